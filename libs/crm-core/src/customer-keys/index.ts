/**
 * The search and matching keys of customers, framework-free so that plain Node code (the bench generator,
 * unit specs, test helpers) can use them without loading NestJS; the customers capability re-exports them.
 */
export * from './customer-keys';
export * from './age-bands';
