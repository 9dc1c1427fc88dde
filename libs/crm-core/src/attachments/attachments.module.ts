import { Inject, Module, type OnModuleInit } from '@nestjs/common';
import { BackgroundJobs } from '@pcrm/tenancy';
import { AccessLogModule } from '../access-log';
import { AttachmentAccess } from './attachment-access';
import { AttachmentEndpoints } from './attachment-endpoints';
import { ATTACHMENT_PURGE_JOB, ATTACHMENT_PURGE_SCHEDULE, AttachmentPurge } from './attachment-purge';
import { AttachmentStore } from './attachment.store';
import { AttachmentResolver } from './attachment.resolver';
import { AttachmentUploads } from './attachment-uploads';

/**
 * Attachments: uploads (`POST /attachments`), claims by the owning capability, access-checked downloads
 * (`GET /attachments/:id`), the nightly purge of unclaimed uploads. The storage (`ATTACHMENT_STORAGE`) is
 * provided by the composition root.
 */
@Module({
  imports: [AccessLogModule],
  providers: [
    AttachmentStore,
    AttachmentAccess,
    AttachmentUploads,
    AttachmentEndpoints,
    AttachmentPurge,
    AttachmentResolver,
  ],
  exports: [AttachmentStore, AttachmentAccess, AttachmentUploads, AttachmentEndpoints],
})
export class AttachmentsModule implements OnModuleInit {
  constructor(
    @Inject(BackgroundJobs) private readonly jobs: BackgroundJobs,
    @Inject(AttachmentPurge) private readonly purge: AttachmentPurge,
  ) {}

  onModuleInit(): void {
    this.jobs.define(ATTACHMENT_PURGE_JOB, async () => {
      await this.purge.purge();
    });
    this.jobs.scheduleForEachTenant(ATTACHMENT_PURGE_SCHEDULE);
  }
}
