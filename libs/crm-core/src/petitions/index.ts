/** What other capabilities may use of petitions (VOC); everything else in this folder is private to it. */
export * from './voc.enums';
export * from './petition-events';
export * from './reference-data';
export * from './standard-workflow';
export * from './voc-deadlines';
export { startingWorkflowVersion } from './workflow-start';
export { PetitionsModule } from './petitions.module';
export type { CategoryRow as VocCategoryRow, PeriodRow as VocPeriodRow } from './voc.sql';
export { VocReferenceService, routingText, type VocRoute } from './voc-reference.service';
export { ROUTING_KEYWORD_LIMIT, ROUTING_RULE_LIMIT } from './routing-seed';
export { VocReadService, dueStateOf, STOPPED_STATUSES } from './voc-read.service';
export { VocIntakeService } from './voc-intake.service';
export { allocateReceiptNo, formatReceiptNo, receiptYear, RECEIPT_NO } from './receipt-number';
export {
  DueState,
  VocCategory,
  VocConnection,
  VocContact,
  VocDeadline,
  VocDeadlineStatus,
  VocItem,
  VocLocation,
  VocPeriod,
  VocTransition,
} from './voc.model';
export {
  AddVocAttachmentsArgs,
  ReceiveVocInput,
  AnonymousContactInput,
  VOC_LIMITS,
  InboxScope,
} from './voc.inputs';
export { VOC_ATTACHMENT_OWNER } from './voc-attachments';
export * from './petition.entity';
