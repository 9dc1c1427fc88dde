export * from './crm-core.module';
export * from './access-log';
export * from './departments';
export * from './staff';
export * from './customers';
export * from './customer-segments';
export * from './customer-quality';
