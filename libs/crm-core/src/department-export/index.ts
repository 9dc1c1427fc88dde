export * from './department-export.module';
export * from './export-writers';
