import { Inject, Module, type OnModuleInit } from '@nestjs/common';
import { CustomizationModule } from '@pcrm/customization';
import { BackgroundJobs } from '@pcrm/tenancy';
import {
  CustomerImportResolver,
  ImportBatchFieldsResolver,
  ImportSourceFieldsResolver,
} from './customer-import.resolver';
import {
  CUSTOMER_IMPORT_JOB,
  CustomerImportService,
  type CustomerImportParams,
} from './customer-import.service';
import {
  IMPORT_UPLOAD_PURGE_JOB,
  IMPORT_UPLOAD_PURGE_SCHEDULE,
  UploadRetentionService,
} from './upload-retention';
import { CustomerImportUpload } from './upload-endpoint';

/** Import of acquired customers (입수고객); the upload itself is `POST /imports/customers` (upload-endpoint.ts). */
@Module({
  imports: [CustomizationModule],
  providers: [
    CustomerImportService,
    UploadRetentionService,
    CustomerImportResolver,
    ImportBatchFieldsResolver,
    ImportSourceFieldsResolver,
    CustomerImportUpload,
  ],
  exports: [CustomerImportService, CustomerImportUpload],
})
export class CustomerImportModule implements OnModuleInit {
  constructor(
    @Inject(BackgroundJobs) private readonly jobs: BackgroundJobs,
    @Inject(CustomerImportService) private readonly imports: CustomerImportService,
    @Inject(UploadRetentionService) private readonly retention: UploadRetentionService,
  ) {}

  onModuleInit(): void {
    this.jobs.define<CustomerImportParams>(CUSTOMER_IMPORT_JOB, (_params, job) => this.imports.run(job));
    this.jobs.define(IMPORT_UPLOAD_PURGE_JOB, async () => {
      await this.retention.purge();
    });
    this.jobs.scheduleForEachTenant(IMPORT_UPLOAD_PURGE_SCHEDULE);
  }
}
