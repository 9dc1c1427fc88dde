/** What other capabilities and the API may use of the personal-data access log. */
export * from './access-log.module';
export * from './access-log.writer';
export * from './access-purpose';
export * from './stated-reason';
