import { Inject, Injectable } from '@nestjs/common';
import { maskPersonalData } from '@pcrm/access';
import {
  BackgroundJobs,
  RequestContexts,
  TenantDatabase,
  recordAudit,
  type Job,
  type JobContext,
} from '@pcrm/tenancy';
import { DepartmentExportSql, type ExportDepartmentRow, type ExportStaffRow } from './department-export.sql';
import { exportTable } from './export-table';
import { ExportFormat, toCsv, toXlsx } from './export-writers';

export const DEPARTMENT_EXPORT_JOB = 'department-export';

export interface DepartmentExportParams {
  format: ExportFormat;
}

const PAGE = 500;

const stamp = (d: Date): string => d.toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');

/** Exports the caller's department tree with its staff to XLSX or CSV, as a background job. */
@Injectable()
export class DepartmentExportService {
  constructor(
    @Inject(TenantDatabase) private readonly db: TenantDatabase,
    @Inject(BackgroundJobs) private readonly jobs: BackgroundJobs,
  ) {}

  start(format: ExportFormat): Promise<Job> {
    return this.jobs.enqueue<DepartmentExportParams>(DEPARTMENT_EXPORT_JOB, { format });
  }

  /** The job: runs in the job scope, so every read is the requester's tenant under RLS. */
  async run(params: DepartmentExportParams, job: JobContext): Promise<void> {
    const sql = this.db.request();
    const departments = await sql.query<ExportDepartmentRow>(DepartmentExportSql.departments);
    const [{ n: staffTotal }] = await sql.query<{ n: number }>(DepartmentExportSql.staffCount);
    const total = departments.length + staffTotal;
    await job.progress(departments.length, total);

    const staff: ExportStaffRow[] = [];
    for (let last: ExportStaffRow | undefined; ;) {
      const page = await sql.query<ExportStaffRow>(DepartmentExportSql.staffPage, [
        last?.name ?? null,
        last?.id ?? null,
        PAGE,
      ]);
      staff.push(...page);
      await job.progress(departments.length + staff.length, total);
      if (page.length < PAGE) break;
      last = page[page.length - 1];
    }

    const { principal } = RequestContexts.require();
    // Contact details as the requester may see them anywhere else (masked without the permission).
    const visible = staff.map((s) => maskPersonalData('Staff', s, principal.roles));
    const table = exportTable(departments, visible);
    const file = params.format === ExportFormat.CSV ? toCsv(table) : await toXlsx(table, '부서·직원');
    const fileName = `부서-직원-${principal.tenantId}-${stamp(new Date())}.${file.extension}`;
    await job.saveFile({ fileName, contentType: file.contentType, content: file.content });
    await recordAudit(sql, {
      action: 'export',
      entity: 'department_export',
      entityId: job.jobId,
      after: {
        format: params.format,
        fileName,
        departments: departments.length,
        staff: staff.length,
        bytes: file.content.length,
      },
    });
  }
}
