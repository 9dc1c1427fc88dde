/** What other capabilities may use of tasks (the plan figures; the tasks service lands with issue 10 #1). */
export * from './action-plan';
