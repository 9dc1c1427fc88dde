import { Inject, Module, type OnModuleInit } from '@nestjs/common';
import { BackgroundJobs } from '@pcrm/tenancy';
import { AccessLogModule } from '../access-log';
import { CustomersModule } from '../customers';
import { CustomerPrivacyResolver } from './customer-privacy.resolver';
import { CustomerRevealService } from './customer-reveal.service';
import { CustomerRetentionService } from './customer-retention.service';
import {
  CUSTOMER_ANONYMIZE_JOB,
  CustomerAnonymizeService,
  type AnonymizeParams,
} from './customer-anonymize.service';

/** Unmasking with a reason, retention settings and candidates, anonymization (issue 7 #7). */
@Module({
  imports: [AccessLogModule, CustomersModule],
  providers: [
    CustomerRevealService,
    CustomerRetentionService,
    CustomerAnonymizeService,
    CustomerPrivacyResolver,
  ],
  exports: [CustomerRetentionService, CustomerAnonymizeService],
})
export class CustomerPrivacyModule implements OnModuleInit {
  constructor(
    @Inject(BackgroundJobs) private readonly jobs: BackgroundJobs,
    @Inject(CustomerAnonymizeService) private readonly anonymizer: CustomerAnonymizeService,
  ) {}

  onModuleInit(): void {
    this.jobs.define<AnonymizeParams>(CUSTOMER_ANONYMIZE_JOB, (params, job) =>
      this.anonymizer.run(params, job),
    );
  }
}
