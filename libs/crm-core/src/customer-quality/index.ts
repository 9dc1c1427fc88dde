/** What other capabilities and the API may use of the customer data-quality report. */
export * from './customer-quality.module';
export * from './quality.service';
export { QualityField, QualityGroupBy } from './quality-rules';
export { DATA_QUALITY_SCHEDULE, DATA_QUALITY_SNAPSHOT_JOB } from './quality-schedule';
