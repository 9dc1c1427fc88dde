import { Inject, Module, type OnModuleInit } from '@nestjs/common';
import { CustomizationModule } from '@pcrm/customization';
import { BackgroundJobs } from '@pcrm/tenancy';
import { CustomerSegmentsModule } from '../customer-segments';
import { CustomersModule } from '../customers';
import { CustomerExportResolver } from './customer-export.resolver';
import {
  CUSTOMER_EXPORT_JOB,
  CustomerExportService,
  type CustomerExportParams,
} from './customer-export.service';

/** Customers to XLSX/CSV with a stated reason, as a background job; the file is served at /exports/<jobId>. */
@Module({
  imports: [CustomerSegmentsModule, CustomersModule, CustomizationModule],
  providers: [CustomerExportService, CustomerExportResolver],
})
export class CustomerExportModule implements OnModuleInit {
  constructor(
    @Inject(BackgroundJobs) private readonly jobs: BackgroundJobs,
    @Inject(CustomerExportService) private readonly exports: CustomerExportService,
  ) {}

  onModuleInit(): void {
    this.jobs.define<CustomerExportParams>(CUSTOMER_EXPORT_JOB, (params, job) =>
      this.exports.run(params, job),
    );
  }
}
