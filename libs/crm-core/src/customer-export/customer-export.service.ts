import { Inject, Injectable } from '@nestjs/common';
import { Permission, can } from '@pcrm/access';
import {
  BackgroundJobs,
  RequestContexts,
  TenantDatabase,
  badInput,
  notFound,
  recordAudit,
  run,
  type Job,
  type JobContext,
} from '@pcrm/tenancy';
import { ExportFormat, toCsv, toXlsx } from '../department-export';
import { SegmentService, type RuleGroup } from '../customer-segments';
import { CustomerExportQueries as Q, type ExportCustomerRow } from './customer-export.sql';
import { EXPORTED_PERSONAL_FIELDS, customerExportTable } from './customer-export-table';
import type { StartCustomerExportInput } from './customer-export.inputs';

export const CUSTOMER_EXPORT_JOB = 'customer-export';

/** What the job carries: the rule fixed when it was asked for, so the file holds what the requester chose. */
export interface CustomerExportParams {
  format: ExportFormat;
  reason: string;
  rules: RuleGroup;
  segmentId: string | null;
}

/** More rows than this are refused up front: narrow the export down (a file this size is already ~20 MB). */
export const EXPORT_MAX_ROWS = 100_000;
const PAGE = 1_000;
const REASON_MAX = 200;

const EVERYONE: RuleGroup = { match: 'ALL', conditions: [] };

const stamp = (d: Date): string => d.toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');

/** The stated reason, trimmed; blank, too long or with control characters is refused. */
function checkedReason(reason: string): string {
  const text = reason.normalize('NFC').trim();
  if (!text || Array.from(text).length > REASON_MAX || /\p{Cc}/u.test(text))
    throw badInput(
      'input.reason',
      `내보내기 사유를 1~${REASON_MAX}자로 적어 주세요. 사유는 개인정보 열람 기록에 남습니다.`,
      `State the reason for the export in 1 to ${REASON_MAX} characters; it is kept in the access log.`,
    );
  return text;
}

/** Customers to XLSX/CSV as a background job, with a stated reason, access-logged (issue 7 #7). */
@Injectable()
export class CustomerExportService {
  constructor(
    @Inject(TenantDatabase) private readonly db: TenantDatabase,
    @Inject(BackgroundJobs) private readonly jobs: BackgroundJobs,
    @Inject(SegmentService) private readonly segments: SegmentService,
  ) {}

  async start(input: StartCustomerExportInput): Promise<Job> {
    const reason = checkedReason(input.reason);
    let rules = EVERYONE;
    if (input.segmentId) {
      const segment = await this.segments.find(input.segmentId);
      if (!segment) throw notFound('세그먼트', 'Segment');
      rules = this.segments.storedRules(segment);
    }
    const count = await this.segments.preview(rules);
    if (count > EXPORT_MAX_ROWS)
      throw badInput(
        'input',
        `내보낼 고객이 ${count.toLocaleString('ko-KR')}명으로 한 번에 내보낼 수 있는 ${EXPORT_MAX_ROWS.toLocaleString('ko-KR')}명을 넘습니다. 조건을 좁혀 주세요.`,
        `${count} customers exceed the ${EXPORT_MAX_ROWS} one export may hold. Narrow it down.`,
      );
    return this.jobs.enqueue<CustomerExportParams>(CUSTOMER_EXPORT_JOB, {
      format: input.format,
      reason,
      rules,
      segmentId: input.segmentId ?? null,
    });
  }

  /** One of the caller's own customer exports (progress and download path); anything else is NOT_FOUND. */
  async ownJob(id: string): Promise<Job> {
    const { principal } = RequestContexts.require();
    const job = await this.jobs.find(id);
    if (!job || job.kind !== CUSTOMER_EXPORT_JOB || job.requestedBySubject !== principal.subject)
      throw notFound('내보내기 작업', 'Export job');
    return job;
  }

  /** The job: in the requester's job scope (RLS of their tenant), masked as the requester may see customers. */
  async run(params: CustomerExportParams, job: JobContext): Promise<void> {
    const sql = this.db.request();
    const total = Math.min(await this.segments.preview(params.rules), EXPORT_MAX_ROWS);
    await job.progress(0, total);
    const customers: ExportCustomerRow[] = [];
    for (let after: string | null = null; customers.length < EXPORT_MAX_ROWS;) {
      const page = await this.segments.memberPage(params.rules, after, PAGE);
      if (page.length === 0) break;
      customers.push(...(await run(sql, Q.rows(page.map((m) => m.id)))));
      await job.progress(customers.length, Math.max(total, customers.length));
      if (page.length < PAGE) break;
      after = page[page.length - 1].customerNo;
    }
    const exported = customers.slice(0, EXPORT_MAX_ROWS);

    const { principal } = RequestContexts.require();
    const unmasked = can(principal.roles, Permission.CustomerPersonalRead);
    const table = customerExportTable(exported, unmasked);
    const file = params.format === ExportFormat.CSV ? toCsv(table) : await toXlsx(table, '고객');
    const fileName = `고객-${principal.tenantId}-${stamp(new Date())}.${file.extension}`;
    await job.saveFile({ fileName, contentType: file.contentType, content: file.content });
    await run(
      sql,
      Q.logAccess({
        actor: principal.username,
        actorSubject: principal.subject,
        actorRoles: principal.roles,
        reason: params.reason,
        jobId: job.jobId,
        fields: EXPORTED_PERSONAL_FIELDS,
        masked: !unmasked,
        records: exported.length,
      }),
    );
    await recordAudit(sql, {
      action: 'export',
      entity: 'customer_export',
      entityId: job.jobId,
      after: {
        format: params.format,
        fileName,
        reason: params.reason,
        segmentId: params.segmentId,
        customers: exported.length,
        masked: !unmasked,
        bytes: file.content.length,
      },
    });
  }
}
