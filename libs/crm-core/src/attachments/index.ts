/** What other capabilities, the resident pages and the platform may use of attachments. */
export * from './attachments.module';
export { Attachment, ATTACHMENTS_PATH } from './attachment.model';
export { AttachmentStore, type AttachmentOwner } from './attachment.store';
export { AttachmentAccess, type AttachmentAccessRule } from './attachment-access';
export { AttachmentUploads, residentUploader, type ReceivedUpload } from './attachment-uploads';
export { AttachmentEndpoints } from './attachment-endpoints';
export {
  ATTACHMENT_STORAGE,
  AttachmentStorageModule,
  LocalDiskAttachmentStorage,
  type AttachmentStorage,
} from './attachment-storage';
export { ATTACHMENT_LIMITS } from './attachment-limits';
export { AttachmentRefusal } from './attachment-errors';
export { ATTACHMENT_TYPES } from './media-types';
export { ATTACHMENT_PURGE_JOB } from './attachment-purge';
