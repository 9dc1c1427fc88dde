export * from './customer-import.module';
export * from './customer-import.service';
export { CUSTOMER_IMPORT_UPLOAD_PATH, CustomerImportUpload } from './upload-endpoint';
export { IMPORT_LIMITS } from './import-limits';
export { UploadRetentionService, IMPORT_UPLOAD_PURGE_JOB } from './upload-retention';
