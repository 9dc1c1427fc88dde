/** What other capabilities may use of customer privacy (retention, anonymization). */
export { CustomerPrivacyModule } from './customer-privacy.module';
export { CustomerRetentionService } from './customer-retention.service';
export {
  ANONYMIZE_INLINE_MAX,
  CUSTOMER_ANONYMIZE_JOB,
  CustomerAnonymizeService,
} from './customer-anonymize.service';
export {
  ANONYMIZED_EVIDENCE,
  ANONYMIZED_NAME,
  ANONYMIZED_SUMMARY,
  DEFAULT_RETENTION_YEARS,
} from './customer-privacy.sql';
export { AnonymizationResult, CustomerSettings, RevealableField } from './customer-privacy.model';
