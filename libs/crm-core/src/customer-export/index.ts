/** What other capabilities and the API may use of the customer export. */
export * from './customer-export.module';
