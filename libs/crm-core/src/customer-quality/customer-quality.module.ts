import { Inject, Module, type OnModuleInit } from '@nestjs/common';
import { BackgroundJobs } from '@pcrm/tenancy';
import { DataQualityResolver } from './quality.resolver';
import { DataQualityService } from './quality.service';
import { DATA_QUALITY_SCHEDULE, DATA_QUALITY_SNAPSHOT_JOB } from './quality-schedule';

/** The customer data-quality report (충실도·정확도) and its dated history, snapshotted daily (issue 7 #6). */
@Module({
  providers: [DataQualityService, DataQualityResolver],
  exports: [DataQualityService],
})
export class CustomerQualityModule implements OnModuleInit {
  constructor(
    @Inject(BackgroundJobs) private readonly jobs: BackgroundJobs,
    @Inject(DataQualityService) private readonly quality: DataQualityService,
  ) {}

  onModuleInit(): void {
    this.jobs.define(DATA_QUALITY_SNAPSHOT_JOB, async () => {
      await this.quality.snapshot();
    });
    this.jobs.scheduleForEachTenant(DATA_QUALITY_SCHEDULE);
  }
}
