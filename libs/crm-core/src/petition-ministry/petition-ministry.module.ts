import { Inject, Module, type OnModuleInit } from '@nestjs/common';
import { BackgroundJobs } from '@pcrm/tenancy';
import { MinistryComparisonResolver } from './ministry.resolver';
import { MinistryComparisonService } from './ministry.service';
import { MinistryEquityService } from './ministry-equity.service';
import { MinistryConformanceService } from './ministry-conformance.service';
import { MinistryTenantDetailService } from './ministry-tenant-detail.service';
import { MinistryIndicatorService } from './ministry-indicators.service';
import { MinistryOpenData } from './ministry-open-data';
import { MINISTRY_ROLLUP_JOB, MINISTRY_ROLLUP_SCHEDULE } from './ministry-schedule';

/** The ministry comparison of the 시·도 (issue 8 #9) over published aggregates only (docs/adr/0019). */
@Module({
  providers: [
    MinistryComparisonService,
    MinistryEquityService,
    MinistryConformanceService,
    MinistryTenantDetailService,
    MinistryIndicatorService,
    MinistryOpenData,
    MinistryComparisonResolver,
  ],
  exports: [MinistryComparisonService, MinistryOpenData],
})
export class PetitionMinistryModule implements OnModuleInit {
  constructor(
    @Inject(BackgroundJobs) private readonly jobs: BackgroundJobs,
    @Inject(MinistryComparisonService) private readonly ministry: MinistryComparisonService,
  ) {}

  onModuleInit(): void {
    this.jobs.define(MINISTRY_ROLLUP_JOB, async () => {
      await this.ministry.refresh();
    });
    this.jobs.scheduleForEachTenant(MINISTRY_ROLLUP_SCHEDULE);
  }
}
