/** What other capabilities may use of customers (the customers capability extends this). */
export * from './customer-keys';
