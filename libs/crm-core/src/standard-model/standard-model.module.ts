import { Inject, Module, type OnModuleInit } from '@nestjs/common';
import { CustomizationModule } from '@pcrm/customization';
import { BackgroundJobs } from '@pcrm/tenancy';
import { PerformanceIndicatorsModule } from '../performance-indicators';
import { CONFORMANCE_PUBLISH_JOB, CONFORMANCE_PUBLISH_SCHEDULE } from './conformance-schedule';
import { StandardModelResolver } from './standard-model.resolver';
import { StandardModelService } from './standard-model.service';
import { StandardUpgrades } from './standard-upgrades';

/**
 * The tenant's standard-model version: catalogue, dry run, apply, conformance report (docs/adr/0026), and
 * the conformance summary published for the ministry every night (docs/adr/0019).
 */
@Module({
  imports: [CustomizationModule, PerformanceIndicatorsModule],
  providers: [StandardModelService, StandardUpgrades, StandardModelResolver],
  exports: [StandardUpgrades],
})
export class StandardModelModule implements OnModuleInit {
  constructor(
    @Inject(BackgroundJobs) private readonly jobs: BackgroundJobs,
    @Inject(StandardModelService) private readonly standardModel: StandardModelService,
  ) {}

  onModuleInit(): void {
    this.jobs.define(CONFORMANCE_PUBLISH_JOB, () => this.standardModel.publishConformance());
    this.jobs.scheduleForEachTenant(CONFORMANCE_PUBLISH_SCHEDULE);
  }
}
