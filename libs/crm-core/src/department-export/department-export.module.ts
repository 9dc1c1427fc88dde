import { Inject, Module, type OnModuleInit } from '@nestjs/common';
import { BackgroundJobs } from '@pcrm/tenancy';
import { DepartmentExportResolver } from './department-export.resolver';
import {
  DEPARTMENT_EXPORT_JOB,
  DepartmentExportService,
  type DepartmentExportParams,
} from './department-export.service';

/** Department tree + staff to XLSX/CSV as a background job; the file is downloaded at /exports/<jobId>. */
@Module({
  providers: [DepartmentExportService, DepartmentExportResolver],
})
export class DepartmentExportModule implements OnModuleInit {
  constructor(
    @Inject(BackgroundJobs) private readonly jobs: BackgroundJobs,
    @Inject(DepartmentExportService) private readonly exports: DepartmentExportService,
  ) {}

  onModuleInit(): void {
    this.jobs.define<DepartmentExportParams>(DEPARTMENT_EXPORT_JOB, (params, job) =>
      this.exports.run(params, job),
    );
  }
}
