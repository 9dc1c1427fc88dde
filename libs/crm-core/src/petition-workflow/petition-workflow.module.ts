import { Inject, Module, type OnModuleInit } from '@nestjs/common';
import { BackgroundJobs } from '@pcrm/tenancy';
import { AttachmentsModule } from '../attachments';
import { PetitionEventsModule, PetitionsModule, VocDeadlinesModule } from '../petitions';
import { PetitionLifecycleResolver } from './lifecycle.resolver';
import { PetitionLifecycleService } from './lifecycle.service';
import { VOC_ALERTS_JOB, VOC_ALERTS_SCHEDULE, VocAlertService } from './voc-alerts';
import { VocAttachmentAdding } from './voc-attachment-adding';
import { VocAttachmentResolver } from './voc-attachment.resolver';
import { WorkflowRegistry } from './workflow-registry';

/** The petition lifecycle: workflow definitions run by XState, transitions, cooperation, approval, alerts. */
@Module({
  imports: [AttachmentsModule, PetitionEventsModule, PetitionsModule, VocDeadlinesModule],
  providers: [
    WorkflowRegistry,
    PetitionLifecycleService,
    VocAlertService,
    PetitionLifecycleResolver,
    VocAttachmentAdding,
    VocAttachmentResolver,
  ],
  exports: [PetitionLifecycleService, WorkflowRegistry],
})
export class PetitionWorkflowModule implements OnModuleInit {
  constructor(
    @Inject(BackgroundJobs) private readonly jobs: BackgroundJobs,
    @Inject(VocAlertService) private readonly alerts: VocAlertService,
  ) {}

  onModuleInit(): void {
    this.jobs.define(VOC_ALERTS_JOB, async () => {
      await this.alerts.run();
    });
    this.jobs.scheduleForEachTenant(VOC_ALERTS_SCHEDULE);
  }
}
