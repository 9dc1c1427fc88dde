import { Inject, Injectable } from '@nestjs/common';
import { Permission, can } from '@pcrm/access';
import { CustomFieldDefinitionsService, mayRead } from '@pcrm/customization';
import {
  BackgroundJobs,
  RequestContexts,
  TenantDatabase,
  badInput,
  notFound,
  recordAudit,
  run,
  runOne,
  type Job,
  type JobContext,
} from '@pcrm/tenancy';
import { REASON_MAX, statedReason } from '../access-log';
import { ExportFormat, toCsv, toXlsx } from '../department-export';
import { SegmentService, type RuleGroup } from '../customer-segments';
import { CUSTOMER_ENTITY, CustomersService, type CustomerKey, type CustomerSearch } from '../customers';
import { CustomerExportQueries as Q, type ExportCustomerRow } from './customer-export.sql';
import { customerExportTable, exportedPersonalFields } from './customer-export-table';
import type { StartCustomerExportInput } from './customer-export.inputs';

export const CUSTOMER_EXPORT_JOB = 'customer-export';

/**
 * What the job carries: the selection fixed when it was asked for (a segment's rule, or a list filter as
 * interpreted then), so the file holds what the requester chose.
 */
export interface CustomerExportParams {
  format: ExportFormat;
  reason: string;
  selection: { segmentId: string; rules: RuleGroup } | { search: CustomerSearch };
}

/** One page of the selection's customer ids, in the selection's order, and where the next page starts. */
interface IdPage {
  ids: string[];
  next: string | CustomerKey | null;
}

/** More rows than this are refused up front: narrow the export down (a file this size is already ~20 MB). */
export const EXPORT_MAX_ROWS = 100_000;
const PAGE = 1_000;

const stamp = (d: Date): string => d.toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');

const checkedReason = (reason: string): string =>
  statedReason(reason, () =>
    badInput(
      'input.reason',
      `내보내기 사유를 1~${REASON_MAX}자로 적어 주세요. 사유는 개인정보 열람 기록에 남습니다.`,
      `State the reason for the export in 1 to ${REASON_MAX} characters; it is kept in the access log.`,
    ),
  );

/** Customers to XLSX/CSV as a background job, with a stated reason, access-logged (issue 7 #7). */
@Injectable()
export class CustomerExportService {
  constructor(
    @Inject(TenantDatabase) private readonly db: TenantDatabase,
    @Inject(BackgroundJobs) private readonly jobs: BackgroundJobs,
    @Inject(SegmentService) private readonly segments: SegmentService,
    @Inject(CustomersService) private readonly customers: CustomersService,
    @Inject(CustomFieldDefinitionsService) private readonly definitions: CustomFieldDefinitionsService,
  ) {}

  async start(input: StartCustomerExportInput): Promise<Job> {
    const reason = checkedReason(input.reason);
    if (input.segmentId && input.filter)
      throw badInput(
        'input.filter',
        '세그먼트(segmentId)와 조건(filter) 중 하나만 주세요.',
        'Give either segmentId or filter, not both.',
      );
    let selection: CustomerExportParams['selection'];
    if (input.segmentId) {
      const segment = await this.segments.find(input.segmentId);
      if (!segment) throw notFound('세그먼트', 'Segment');
      selection = { segmentId: segment.id, rules: await this.segments.storedRules(segment) };
    } else {
      selection = { search: await this.customers.checkedSearch(input.filter) };
    }
    const count = await this.count(selection);
    if (count > EXPORT_MAX_ROWS)
      throw badInput(
        input.segmentId ? 'input.segmentId' : 'input.filter',
        `내보낼 고객이 ${EXPORT_MAX_ROWS.toLocaleString('ko-KR')}명을 넘습니다. 조건을 좁혀 주세요.`,
        `More than ${EXPORT_MAX_ROWS} customers match; one export holds at most that many. Narrow it down.`,
      );
    return this.jobs.enqueue<CustomerExportParams>(CUSTOMER_EXPORT_JOB, {
      format: input.format,
      reason,
      selection,
    });
  }

  /** How many customers the selection holds, counting no further than one past the export's limit. */
  private async count(selection: CustomerExportParams['selection']): Promise<number> {
    if ('rules' in selection) return this.segments.preview(selection.rules);
    return (await runOne(this.db.request(), Q.filterCount(selection.search, EXPORT_MAX_ROWS + 1))).n;
  }

  private async idPage(
    selection: CustomerExportParams['selection'],
    after: string | CustomerKey | null,
  ): Promise<IdPage> {
    if ('rules' in selection) {
      const page = await this.segments.memberPage(selection.rules, after as string | null, PAGE);
      return { ids: page.map((m) => m.id), next: page.length < PAGE ? null : page[PAGE - 1].customerNo };
    }
    const rows = await run(
      this.db.request(),
      Q.filterPage(selection.search, after as CustomerKey | null, PAGE),
    );
    const last = rows[PAGE - 1];
    return { ids: rows.map((r) => r.id), next: rows.length < PAGE ? null : { name: last.name, id: last.id } };
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
    const total = Math.min(await this.count(params.selection), EXPORT_MAX_ROWS);
    await job.progress(0, total);
    const customers: ExportCustomerRow[] = [];
    let after: string | CustomerKey | null = null;
    do {
      const page = await this.idPage(params.selection, after);
      const byId = new Map((await run(sql, Q.rows(page.ids))).map((r) => [r.id, r]));
      for (const id of page.ids) if (byId.has(id)) customers.push(byId.get(id)!);
      await job.progress(Math.min(customers.length, EXPORT_MAX_ROWS), Math.max(total, customers.length));
      after = page.next;
    } while (after !== null && customers.length < EXPORT_MAX_ROWS);
    const exported = customers.slice(0, EXPORT_MAX_ROWS);

    const { principal } = RequestContexts.require();
    const unmasked = can(principal.roles, Permission.CustomerPersonalRead);
    // The requester's readable custom fields, as when the job runs (an archived field is no longer exported).
    const custom = (await this.definitions.compiled(CUSTOMER_ENTITY.id)).active.filter((d) =>
      mayRead(d, principal.roles),
    );
    const table = customerExportTable(exported, unmasked, custom);
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
        fields: exportedPersonalFields(custom),
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
        // Which segment, if any; a list filter's query may hold a name or a phone number, so it is not kept.
        segmentId: 'rules' in params.selection ? params.selection.segmentId : null,
        customers: exported.length,
        masked: !unmasked,
        bytes: file.content.length,
      },
    });
  }
}
