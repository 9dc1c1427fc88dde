export * from './customer-merge.module';
export {
  CustomerMergeService,
  logMerges,
  type MergeLogEntry,
  type MovedRecords,
} from './customer-merge.service';
export { MergedRecord } from './customer-merge.model';
