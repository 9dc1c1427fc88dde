import { Inject, Module, type OnModuleInit } from '@nestjs/common';
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

/** Import of acquired customers (입수고객); the upload itself is `POST /imports/customers` (upload-endpoint.ts). */
@Module({
  providers: [
    CustomerImportService,
    CustomerImportResolver,
    ImportBatchFieldsResolver,
    ImportSourceFieldsResolver,
  ],
  exports: [CustomerImportService],
})
export class CustomerImportModule implements OnModuleInit {
  constructor(
    @Inject(BackgroundJobs) private readonly jobs: BackgroundJobs,
    @Inject(CustomerImportService) private readonly imports: CustomerImportService,
  ) {}

  onModuleInit(): void {
    this.jobs.define<CustomerImportParams>(CUSTOMER_IMPORT_JOB, (_params, job) => this.imports.run(job));
  }
}
