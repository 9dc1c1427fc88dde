import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { ErrorCode, maskPersonalData } from '@pcrm/access';
import {
  AppError,
  BackgroundJobs,
  Cursor,
  PermanentJobError,
  RequestContexts,
  TenantDatabase,
  conflict,
  notFound,
  recordAudit,
  toConnection,
  type Connection,
  type JobContext,
  type Sql,
} from '@pcrm/tenancy';
import {
  CustomFieldDefinitionsService,
  CustomFieldValuesValidator,
  mayEdit,
  type CustomFieldDefinitionData,
} from '@pcrm/customization';
import { formatPhone } from '../customer-keys';
import { CUSTOMER_ENTITY } from '../customers';
import { asAppErrors } from './import-app-error';
import { IMPORT_LIMITS } from './import-limits';
import { logMerges } from '../customer-merge';
import {
  resolveCustomColumns,
  resolveMapping,
  storedMapping,
  suggestMapping,
  type ColumnMapping,
} from './column-mapping';
import { CustomerImportSql } from './customer-import.sql';
import {
  ImportBatch,
  ImportBatchState,
  ImportDecision,
  ImportReviewState,
  type CustomerImportSource,
  type ImportPerson,
  type ImportPreview,
  type ImportReviewItem,
  type ImportRowError,
} from './customer-import.model';
import type { MatchReason } from './customer-matching';
import { readImportFile, type ImportEncoding, type ImportFormat, type ImportTable } from './import-file';
import { planImport, writeRecords, type RowDecision, type WrittenMerge } from './import-plan';
import {
  customError,
  toImportRecord,
  type ImportCustomColumn,
  type ImportRecord,
  type RowError,
} from './import-record';

export const CUSTOMER_IMPORT_JOB = 'customer-import';

/** The batch is the job: its id is the job's, so the job needs no parameters of its own. */
export type CustomerImportParams = Record<string, never>;

export interface ImportRequest {
  uploadId: string;
  source: string;
  encoding?: ImportEncoding | null;
  mapping?: readonly ColumnMapping[] | null;
}

const PREVIEW_ERRORS = 100;
const STORED_ERRORS = 1000;

interface BatchRow {
  id: string;
  job_id: string;
  upload_id: string;
  source: string;
  file_name: string;
  format: ImportFormat;
  encoding: ImportEncoding | null;
  mapping: ColumnMapping[];
  total_rows: number | null;
  created_count: number;
  merged_count: number;
  review_count: number;
  error_count: number;
  completed_at: Date | null;
  undone_at: Date | null;
  undone_by: string | null;
  requested_by: string;
  requested_by_subject: string;
  created_at: Date;
  created_key: string;
  job_state: string;
  processed_rows: number;
  job_total_rows: number | null;
  last_error: string | null;
  last_error_en: string | null;
  pending_reviews: number;
}

interface ReviewRow {
  id: string;
  batch_id: string;
  line: number;
  record: ImportRecord;
  candidate_id: string;
  score: number;
  reasons: MatchReason[];
  state: ImportReviewState;
  result_customer_id: string | null;
  decided_by: string | null;
  decided_at: Date | null;
  candidate_no: string;
  candidate_name: string;
  candidate_birth_date: string | null;
  candidate_road_address: string | null;
  candidate_status: string;
}

interface ErrorRow {
  line: number;
  column_name: string | null;
  field: ImportRowError['field'];
  code: string;
  message: string;
  message_en: string;
}

const STATE: Record<string, ImportBatchState> = {
  queued: ImportBatchState.QUEUED,
  running: ImportBatchState.RUNNING,
  retrying: ImportBatchState.RUNNING,
  completed: ImportBatchState.COMPLETED,
  failed: ImportBatchState.FAILED,
};

const principal = () => RequestContexts.require().principal;
const actor = (): string => principal().name ?? principal().username;

const batchNotFound = () => notFound('가져오기 배치', 'Import batch');
const uploadNotFound = () => notFound('올린 파일', 'Upload');
const uploadPurged = () =>
  new AppError(
    ErrorCode.BadRequest,
    `올린 파일은 ${IMPORT_LIMITS.uploadRetentionDays}일 보관 후 개인정보 보호를 위해 삭제되었습니다. 파일을 다시 올려 주십시오.`,
    `Uploaded files are deleted after ${IMPORT_LIMITS.uploadRetentionDays} days to protect personal data; upload the file again.`,
    { field: 'uploadId' },
  );

const toRowError = (e: RowError | ErrorRow): ImportRowError =>
  'message_en' in e
    ? {
        line: e.line,
        column: e.column_name,
        field: e.field,
        code: e.code,
        message: e.message,
        messageEn: e.message_en,
      }
    : {
        line: e.line,
        column: e.column,
        field: e.field,
        code: e.code,
        message: e.message,
        messageEn: e.messageEn,
      };

/** A table checked under a mapping: its valid records and every row error. */
interface CheckedTable {
  records: ImportRecord[];
  errors: RowError[];
  errorRows: number;
}

const count = (decisions: readonly RowDecision[], kind: RowDecision['kind']) =>
  decisions.filter((d) => d.kind === kind).length;

const addressOf = (r: {
  roadAddress?: string | null;
  jibunAddress?: string | null;
  addressDetail?: string | null;
}) => [r.roadAddress ?? r.jibunAddress, r.addressDetail].filter(Boolean).join(' ') || null;

/** Import of acquired customers (입수고객): uploads, mappings, preview, batch job, review queue, undo. */
@Injectable()
export class CustomerImportService {
  constructor(
    @Inject(TenantDatabase) private readonly db: TenantDatabase,
    @Inject(BackgroundJobs) private readonly jobs: BackgroundJobs,
    @Inject(CustomFieldDefinitionsService) private readonly definitions: CustomFieldDefinitionsService,
    @Inject(CustomFieldValuesValidator) private readonly customValues: CustomFieldValuesValidator,
  ) {}

  /** The customer custom fields the importer may fill: active and editable by their roles. */
  private async editableFields(): Promise<CustomFieldDefinitionData[]> {
    const { roles } = principal();
    return (await this.definitions.compiled(CUSTOMER_ENTITY.id)).active.filter((d) => mayEdit(d, roles));
  }

  /** The mapping a file's header suggests, the importer's editable custom fields included (cached definitions). */
  async suggestedMapping(headers: readonly string[]): Promise<ColumnMapping[]> {
    return suggestMapping(headers, await this.editableFields());
  }

  /** The mapping's custom-field columns, refused (on `mapping`) unless each names a field the importer may edit. */
  private async customColumns(headers: readonly string[], mapping: readonly ColumnMapping[]) {
    const editable = new Map((await this.editableFields()).map((d) => [d.key, d]));
    return resolveCustomColumns(headers, mapping, (key) => editable.get(key) ?? null);
  }

  /**
   * Valid records and every row error of a table under a mapping. Custom values are read from their text,
   * then checked by the tenant's cached custom-field validator like any customer write (defaults filled,
   * required fields enforced); its refusal becomes the row's error on the column of that field.
   */
  private async check(table: ImportTable, mapping: readonly ColumnMapping[]): Promise<CheckedTable> {
    const columns = resolveMapping(table.headers, mapping);
    const customColumns: readonly ImportCustomColumn[] = await this.customColumns(table.headers, mapping);
    const { roles } = principal();
    const hasFields = (await this.definitions.compiled(CUSTOMER_ENTITY.id)).active.length > 0;
    const records: ImportRecord[] = [];
    const errors: RowError[] = [];
    let errorRows = 0;
    for (const row of table.rows) {
      const { record, errors: rowErrors } = toImportRecord(row, columns, table.headers, customColumns);
      if (record && hasFields) {
        try {
          record.customFields = await this.customValues.validate(
            CUSTOMER_ENTITY.id,
            record.customFields,
            null,
            { roles },
          );
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          const key = String(error.extensions.field ?? '').replace(/^customFields\./u, '');
          rowErrors.push({
            ...customError(row.line, customColumns.find((c) => c.def.key === key)?.column ?? null),
            message: error.message,
            messageEn: String(error.extensions.messageEn),
          });
        }
      }
      if (rowErrors.length) {
        errorRows++;
        errors.push(...rowErrors);
      } else if (record) records.push(record);
    }
    return { records, errors, errorRows };
  }

  async sources(): Promise<CustomerImportSource[]> {
    const rows = await this.db.request().query<SourceRow>(CustomerImportSql.sources);
    return rows.map(toSource);
  }

  async saveMapping(source: string, mapping: readonly ColumnMapping[]): Promise<CustomerImportSource> {
    const sql = this.db.request();
    const [row] = await sql.query<SourceRow>(CustomerImportSql.saveSource, [
      source,
      JSON.stringify(storedMapping(mapping)),
      actor(),
    ]);
    await recordAudit(sql, {
      action: 'update',
      entity: 'customer_import_source',
      entityId: source,
      after: row.mapping,
    });
    return toSource(row);
  }

  /** The upload read with the request's encoding and the mapping to use (given, saved, or suggested). */
  private async table(sql: Sql, input: ImportRequest) {
    const [upload] = await sql.query<{
      id: string;
      file_name: string;
      format: ImportFormat;
      content: Buffer | null;
    }>(CustomerImportSql.upload, [input.uploadId]);
    if (!upload) throw uploadNotFound();
    const content = upload.content;
    if (!content) throw uploadPurged();
    const table = await asAppErrors(() => readImportFile(content, input.encoding));
    let mapping = input.mapping?.length ? [...input.mapping] : null;
    if (!mapping) {
      const [saved] = await sql.query<SourceRow>(CustomerImportSql.source, [input.source]);
      mapping = saved?.mapping ?? (await this.suggestedMapping(table.headers));
    }
    return { upload, table, mapping: storedMapping(mapping) };
  }

  /** The dry run: counts of what the import would do and the row errors; nothing is written. */
  async preview(input: ImportRequest): Promise<ImportPreview> {
    const sql = this.db.request();
    const { table, mapping } = await this.table(sql, input);
    const { records, errors, errorRows } = await asAppErrors(() => this.check(table, mapping));
    const decisions = await planImport(sql, records, async () => undefined);
    return {
      format: table.format,
      encoding: table.encoding,
      headers: [...table.headers],
      mapping,
      totalRows: table.rows.length,
      createCount: count(decisions, 'create'),
      mergeCount: count(decisions, 'merge'),
      reviewCount: count(decisions, 'review'),
      errorCount: errorRows,
      errors: errors.slice(0, PREVIEW_ERRORS).map(toRowError),
    };
  }

  /** Queues the batch; the file and mapping are checked now (bad input fails the request, not the job). */
  async start(input: ImportRequest): Promise<ImportBatch> {
    const sql = this.db.request();
    const { upload, table, mapping } = await this.table(sql, input);
    await asAppErrors(async () => {
      resolveMapping(table.headers, mapping);
      await this.customColumns(table.headers, mapping);
    });
    const job = await this.jobs.enqueue<CustomerImportParams>(CUSTOMER_IMPORT_JOB, {});
    const p = principal();
    await sql.query(CustomerImportSql.insertBatch, [
      job.id,
      upload.id,
      input.source,
      upload.file_name,
      table.format,
      table.encoding,
      JSON.stringify(mapping),
      actor(),
      p.subject,
    ]);
    await sql.query(CustomerImportSql.saveSource, [input.source, JSON.stringify(mapping), actor()]);
    await recordAudit(sql, {
      action: 'create',
      entity: 'customer_import_batch',
      entityId: job.id,
      after: { source: input.source, fileName: upload.file_name, rows: table.rows.length, mapping },
    });
    return this.batch(job.id);
  }

  /** The job: every write in the job's one transaction, so a failed or interrupted batch leaves nothing. */
  async run(job: JobContext): Promise<void> {
    const sql = this.db.request();
    const batch = await this.batchRow(job.jobId);
    if (!batch) throw new PermanentJobError('가져오기 배치가 없습니다.', 'The import batch does not exist.');
    let table: ImportTable;
    let checked: CheckedTable;
    try {
      ({ table } = await this.table(sql, {
        uploadId: batch.upload_id,
        source: batch.source,
        encoding: batch.encoding,
        mapping: batch.mapping,
      }));
      checked = await asAppErrors(() => this.check(table, batch.mapping));
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      throw new PermanentJobError(error.message, (error.extensions as { messageEn: string }).messageEn);
    }
    const total = table.rows.length;
    await job.progress(0, total);
    if (checked.errors.length) await this.fail(batch.id, total, checked);

    const decisions = await planImport(sql, checked.records, (n) => job.progress(Math.floor(n / 2), total));
    const writes = decisions.flatMap((d) =>
      d.kind === 'review'
        ? []
        : [{ record: d.record, id: d.id, survivorId: d.kind === 'merge' ? d.survivorId : null }],
    );
    const reasons = new Map(
      decisions.flatMap((d) => (d.kind === 'merge' ? [[d.id, d.reason] as const] : [])),
    );
    const merges = await writeRecords(
      sql,
      writes,
      { source: batch.source, batchId: batch.id, actor: batch.requested_by },
      (n) => job.progress(Math.floor(total / 2 + n / 2), total),
    );
    await this.logImportMerges(sql, batch.id, merges, (m) => reasons.get(m.mergedId) ?? '가져오기 일치');
    const reviews = decisions.filter(
      (d): d is Extract<RowDecision, { kind: 'review' }> => d.kind === 'review',
    );
    if (reviews.length)
      await sql.query(CustomerImportSql.insertReviewItems, [
        batch.id,
        JSON.stringify(
          reviews.map((d) => ({
            line: d.record.line,
            record: d.record,
            candidate_id: d.match.candidateId,
            score: d.match.score,
            reasons: d.match.reasons,
          })),
        ),
      ]);
    const counts = { created: count(decisions, 'create'), merged: merges.length, review: reviews.length };
    await sql.query(CustomerImportSql.finishBatch, [
      batch.id,
      total,
      counts.created,
      counts.merged,
      counts.review,
    ]);
    await recordAudit(sql, {
      action: 'create',
      entity: 'customer_import',
      entityId: batch.id,
      after: { source: batch.source, fileName: batch.file_name, rows: total, ...counts },
    });
  }

  /** Records the row errors in a transaction of their own, then fails the job for good (nothing imported). */
  private async fail(batchId: string, total: number, checked: CheckedTable): Promise<never> {
    const stored = checked.errors.slice(0, STORED_ERRORS).map((e, seq) => ({
      seq,
      line: e.line,
      column_name: e.column,
      field: e.field,
      code: e.code,
      message: e.message,
      message_en: e.messageEn,
    }));
    await this.db.separately(async (own) => {
      await own.query(CustomerImportSql.insertErrors, [batchId, JSON.stringify(stored)]);
      await own.query(CustomerImportSql.failBatch, [batchId, total, checked.errorRows]);
    });
    const first = checked.errors[0];
    const where = `${first.line}행${first.column ? ` '${first.column}' 열` : ''}`;
    const whereEn = `line ${first.line}${first.column ? `, column '${first.column}'` : ''}`;
    throw new PermanentJobError(
      `${checked.errorRows}개 행에 오류가 있어 아무것도 가져오지 않았습니다. 첫 오류: ${where}: ${first.message}`,
      `${checked.errorRows} rows have errors, so nothing was imported. First: ${whereEn}: ${first.messageEn}`,
    );
  }

  private async logImportMerges(
    sql: Sql,
    batchId: string,
    merges: readonly WrittenMerge[],
    reason: (m: WrittenMerge) => string,
  ): Promise<void> {
    await logMerges(
      sql,
      merges.map((m) => ({
        survivorId: m.survivorId,
        mergedId: m.mergedId,
        batchId,
        reason: reason(m),
        moved: { phones: m.phones, emails: m.emails },
      })),
    );
  }

  private async batchRow(id: string): Promise<BatchRow | undefined> {
    const [row] = await this.db.request().query<BatchRow>(CustomerImportSql.batch, [id]);
    return row;
  }

  async batch(id: string): Promise<ImportBatch> {
    const row = await this.batchRow(id);
    if (!row) throw batchNotFound();
    return this.toBatch(row);
  }

  async batches(first: number, after: string | null | undefined): Promise<Connection<ImportBatch>> {
    const sql = this.db.request();
    const [afterCreated, afterId] = after ? Cursor.decode(after, 2) : [null, null];
    const [rows, [{ n }]] = await Promise.all([
      sql.query<BatchRow>(CustomerImportSql.batchPage, [afterCreated, afterId, first + 1]),
      sql.query<{ n: number }>(CustomerImportSql.batchCount),
    ]);
    return toConnection(
      rows,
      first,
      n,
      (r) => this.toBatch(r),
      (r) => [r.created_key, r.id],
    );
  }

  private toBatch(row: BatchRow): ImportBatch {
    const done = row.job_state === 'completed';
    const total = row.total_rows ?? row.job_total_rows;
    const processed = done ? (total ?? row.processed_rows) : row.processed_rows;
    const percent = done ? 100 : total ? Math.min(99, Math.floor((processed * 100) / total)) : 0;
    return {
      id: row.id,
      source: row.source,
      fileName: row.file_name,
      format: row.format,
      encoding: row.encoding,
      state: row.undone_at ? ImportBatchState.UNDONE : (STATE[row.job_state] ?? ImportBatchState.QUEUED),
      mapping: row.mapping,
      jobId: row.job_id,
      totalRows: total,
      processedRows: processed,
      progressPercent: percent,
      createdCount: row.created_count,
      mergedCount: row.merged_count,
      reviewCount: row.review_count,
      pendingReviewCount: row.pending_reviews,
      errorCount: row.error_count,
      lastError: row.last_error,
      lastErrorEn: row.last_error_en,
      requestedBy: row.requested_by,
      createdAt: row.created_at,
      completedAt: row.completed_at,
      undoneAt: row.undone_at,
      undoneBy: row.undone_by,
    };
  }

  /** The row errors kept for a failed batch, in file order. */
  async errors(batch: ImportBatch, first: number): Promise<ImportRowError[]> {
    if (batch.errorCount === 0) return [];
    const rows = await this.db.request().query<ErrorRow>(CustomerImportSql.errors, [batch.id, first]);
    return rows.map(toRowError);
  }

  async reviewItems(
    batchId: string,
    first: number,
    after: string | null | undefined,
  ): Promise<Connection<ImportReviewItem>> {
    const sql = this.db.request();
    if (!(await this.batchRow(batchId))) throw batchNotFound();
    const [afterLine, afterId] = after ? Cursor.decode(after, 2) : [null, null];
    if (after && (typeof afterLine !== 'number' || !isUuid(afterId))) Cursor.decode('', 2); // the caller-facing error of a forged cursor
    const [rows, [{ n }]] = await Promise.all([
      sql.query<ReviewRow>(CustomerImportSql.reviewPage, [batchId, afterLine, afterId, first + 1]),
      sql.query<{ n: number }>(CustomerImportSql.reviewCount, [batchId]),
    ]);
    return toConnection(
      rows,
      first,
      n,
      (r) => this.toReviewItem(r),
      (r) => [r.line, r.id],
    );
  }

  private toReviewItem(row: ReviewRow): ImportReviewItem {
    const roles = principal().roles;
    const r = row.record;
    const incoming: ImportPerson = {
      id: row.id,
      customerNo: null,
      name: r.name,
      birthDate: r.birthDate,
      mobile: r.mobile ? formatPhone(r.mobile) : null,
      email: r.email,
      address: addressOf(r),
    };
    const candidate: ImportPerson = {
      id: row.candidate_id,
      customerNo: String(row.candidate_no),
      name: row.candidate_name,
      birthDate: row.candidate_birth_date,
      mobile: null,
      email: null,
      address: row.candidate_road_address,
    };
    return {
      id: row.id,
      batchId: row.batch_id,
      line: row.line,
      state: row.state,
      score: row.score,
      reasons: row.reasons,
      incoming: maskPersonalData('ImportPerson', incoming, roles),
      candidate: maskPersonalData('ImportPerson', candidate, roles),
      resultCustomerId: row.result_customer_id,
      decidedBy: row.decided_by,
      decidedAt: row.decided_at,
    };
  }

  /** Staff decide a review item: merge into the candidate (or another customer), create, or skip. */
  async resolveReview(
    itemId: string,
    decision: ImportDecision,
    targetId: string | null | undefined,
  ): Promise<ImportReviewItem> {
    const sql = this.db.request();
    const [locked] = await sql.query<{ id: string }>(CustomerImportSql.lockReviewItem, [itemId]);
    if (!locked) throw notFound('검토 항목', 'Review item');
    const [item] = await sql.query<ReviewRow>(CustomerImportSql.reviewItem, [itemId]);
    await sql.query(CustomerImportSql.lockBatch, [item.batch_id]);
    const batch = (await this.batchRow(item.batch_id))!;
    if (item.state !== ImportReviewState.PENDING || batch.undone_at)
      throw conflict(
        'itemId',
        '이미 결정했거나 되돌린 검토 항목입니다.',
        'The review item was already decided or undone.',
      );
    let result: string | null = null;
    let state = ImportReviewState.SKIPPED;
    const meta = { source: batch.source, batchId: batch.id, actor: actor() };
    if (decision === ImportDecision.CREATE) {
      result = randomUUID();
      await writeRecords(sql, [{ record: item.record, id: result, survivorId: null }], meta);
      await sql.query(CustomerImportSql.countDecision, [batch.id, 1, 0]);
      state = ImportReviewState.CREATED;
    } else if (decision === ImportDecision.MERGE) {
      const target = targetId ?? item.candidate_id;
      const [active] = await sql.query<{ id: string }>(CustomerImportSql.activeCustomer, [target]);
      if (!active) throw notFound('병합할 고객', 'Customer to merge into');
      const merges = await writeRecords(
        sql,
        [{ record: item.record, id: randomUUID(), survivorId: target }],
        meta,
      );
      await this.logImportMerges(sql, batch.id, merges, () => '검토 후 병합');
      await sql.query(CustomerImportSql.countDecision, [batch.id, 0, 1]);
      result = target;
      state = ImportReviewState.MERGED;
    }
    await sql.query(CustomerImportSql.decideReview, [itemId, state, result, actor()]);
    await recordAudit(sql, {
      action: 'update',
      entity: 'customer_import_review',
      entityId: itemId,
      after: { decision, resultCustomerId: result },
    });
    const [after] = await sql.query<ReviewRow>(CustomerImportSql.reviewItem, [itemId]);
    return this.toReviewItem(after);
  }

  /** Removes what a completed batch created and reverses its merges, unless later work depends on them. */
  async undo(batchId: string): Promise<ImportBatch> {
    const sql = this.db.request();
    const [locked] = await sql.query(CustomerImportSql.lockBatch, [batchId]);
    if (!locked) throw batchNotFound();
    const batch = (await this.batchRow(batchId))!;
    if (batch.undone_at)
      throw conflict('batchId', '이미 되돌린 배치입니다.', 'The batch was already undone.');
    if (batch.job_state !== 'completed')
      throw conflict('batchId', '완료된 배치만 되돌릴 수 있습니다.', 'Only a completed batch can be undone.');
    const [blockers] = await sql.query<{
      merged_in: number;
      merges: number;
      contacts: number;
      anonymized: number;
    }>(CustomerImportSql.undoBlockers, [batchId]);
    const merges = blockers.merged_in + blockers.merges;
    // Deleting an anonymized customer would drop it from the statistics its anonymization kept it for.
    if (merges + blockers.contacts + blockers.anonymized > 0)
      throw conflict(
        'batchId',
        `이 배치로 등록한 고객에 이후 작업(병합 ${merges}건, 상담 이력 ${blockers.contacts}건, 익명 처리 ${blockers.anonymized}건)이 있어 되돌릴 수 없습니다.`,
        `Customers of this batch have later work (${merges} merges, ${blockers.contacts} contacts, ${blockers.anonymized} anonymized); it cannot be undone.`,
      );
    await sql.query(CustomerImportSql.undoAddedPhones, [batchId]);
    await sql.query(CustomerImportSql.undoAddedEmails, [batchId]);
    await sql.query(CustomerImportSql.undoMerges, [batchId]);
    await sql.query(CustomerImportSql.undoPendingReviews, [batchId]);
    await sql.query(CustomerImportSql.deleteBatchCustomers, [batchId]);
    await sql.query(CustomerImportSql.markUndone, [batchId, actor()]);
    await recordAudit(sql, {
      action: 'delete',
      entity: 'customer_import',
      entityId: batchId,
      before: { created: batch.created_count, merged: batch.merged_count },
    });
    return this.batch(batchId);
  }
}

const isUuid = (v: unknown): boolean =>
  typeof v === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v);

interface SourceRow {
  source: string;
  mapping: ColumnMapping[];
  updated_by: string;
  updated_at: Date;
}

const toSource = (row: SourceRow): CustomerImportSource => ({
  source: row.source,
  mapping: row.mapping as CustomerImportSource['mapping'],
  updatedBy: row.updated_by,
  updatedAt: row.updated_at,
});
