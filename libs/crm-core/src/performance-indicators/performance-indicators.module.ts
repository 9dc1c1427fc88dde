import { Inject, Module, type OnModuleInit } from '@nestjs/common';
import { BackgroundJobs } from '@pcrm/tenancy';
import { MeasureCatalogue } from './measure-catalogue';
import { STANDARD_MEASURES } from './standard-measures';
import { PerformanceIndicatorService } from './indicator.service';
import { PerformanceRollupService } from './rollup.service';
import { ScorecardService } from './scorecard.service';
import { PerformanceResolver } from './performance.resolver';
import { SCORECARD_EXPORT_JOB, ScorecardExportService, type ScorecardExportParams } from './scorecard-export';
import {
  ROLLUP_FULL_JOB,
  ROLLUP_FULL_SCHEDULE,
  ROLLUP_TOUCHED_JOB,
  ROLLUP_TOUCHED_SCHEDULE,
} from './performance-jobs';

/**
 * Performance indicators and scorecards (issue 10 #5–#7, docs/adr/0030). Other capabilities add measures
 * through the exported `MeasureCatalogue` in their own `onModuleInit`.
 */
@Module({
  providers: [
    MeasureCatalogue,
    PerformanceIndicatorService,
    PerformanceRollupService,
    ScorecardService,
    ScorecardExportService,
    PerformanceResolver,
  ],
  exports: [MeasureCatalogue, PerformanceIndicatorService, PerformanceRollupService, ScorecardService],
})
export class PerformanceIndicatorsModule implements OnModuleInit {
  constructor(
    @Inject(BackgroundJobs) private readonly jobs: BackgroundJobs,
    @Inject(MeasureCatalogue) private readonly catalogue: MeasureCatalogue,
    @Inject(PerformanceRollupService) private readonly rollups: PerformanceRollupService,
    @Inject(ScorecardExportService) private readonly exports: ScorecardExportService,
  ) {}

  onModuleInit(): void {
    for (const measure of STANDARD_MEASURES) this.catalogue.register(measure);
    this.jobs.define(ROLLUP_TOUCHED_JOB, async () => {
      await this.rollups.refreshTouched();
    });
    this.jobs.define(ROLLUP_FULL_JOB, async () => {
      await this.rollups.recomputeAll();
    });
    this.jobs.define<ScorecardExportParams>(SCORECARD_EXPORT_JOB, (params, job) =>
      this.exports.run(params, job),
    );
    this.jobs.scheduleForEachTenant(ROLLUP_TOUCHED_SCHEDULE);
    this.jobs.scheduleForEachTenant(ROLLUP_FULL_SCHEDULE);
  }
}
