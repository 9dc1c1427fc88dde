/** What other capabilities and the API may use of tasks; everything else in this folder is private to it. */
export { TasksModule } from './tasks.module';
export { TaskService, planDay } from './task.service';
export { PublicTaskChecks, type PublicTaskCheck } from './public-task-checks';
export * from './action-plan';
export * from './task.enums';
export { STANDARD_TASK_WORKFLOW, TASK_PROFILE, type TaskFacts } from './task-workflow';
export { formatManagementNo } from './task-number';
export { TASK_ENTITY } from './task.entity';
export { Task, TaskPlan, TaskStep, TaskVocItem } from './task.model';
