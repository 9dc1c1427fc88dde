import { Inject, Injectable } from '@nestjs/common';
import {
  RequestContexts,
  TenantDatabase,
  badInput,
  conflict,
  notFound,
  recordAudit,
  type Sql,
} from '@pcrm/tenancy';
import { CustomerMergeSql } from './customer-merge.sql';
import type { MergedRecord } from './customer-merge.model';

/** What a merge moved, by table (ids); kept in the merge log. */
export type MovedRecords = Partial<
  Record<'phones' | 'emails' | 'contacts' | 'consents' | 'relations' | 'mergedRecords', string[]>
>;

export interface MergeLogEntry {
  survivorId: string;
  mergedId: string;
  batchId: string | null;
  reason: string;
  moved: MovedRecords;
}

/**
 * The merged record's vulnerable groups go to the survivor: with their consent when the survivor has none,
 * else added under the survivor's; nothing sensitive stays on the merged record. Returns how many groups
 * the survivor gained (sensitive codes stay out of the merge log and the audit entry).
 */
async function moveVulnerableGroups(sql: Sql, params: string[]): Promise<number> {
  const [moved] = await sql.query<{ groups: number }>(CustomerMergeSql.moveSensitiveConsent, params);
  if (moved) return moved.groups;
  const copied = await sql.query<{ code: string }>(CustomerMergeSql.copyVulnerableGroups, params);
  await sql.query(CustomerMergeSql.dropSensitiveConsent, params);
  return copied.length;
}

const actorOf = (): string => {
  const { principal } = RequestContexts.require();
  return principal.name ?? principal.username;
};

/** Appends merges to the log in one statement (an import writes thousands at once). */
export async function logMerges(sql: Sql, entries: readonly MergeLogEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await sql.query(CustomerMergeSql.insertLog, [
    JSON.stringify(
      entries.map((e) => ({
        survivor_id: e.survivorId,
        merged_id: e.mergedId,
        batch_id: e.batchId,
        reason: e.reason,
        moved: e.moved,
      })),
    ),
    actorOf(),
  ]);
}

const ids = (rows: { id: string }[]): string[] => rows.map((r) => r.id);

/**
 * Merges one customer into another of the same tenant: the survivor keeps its record and gains the merged
 * one's phones, e-mails, timeline, consents and relations; the merged record stays (status MERGED,
 * `merged_into_id`) with its own source and fields, and the timeline keeps `origin_customer_id`.
 */
@Injectable()
export class CustomerMergeService {
  constructor(@Inject(TenantDatabase) private readonly db: TenantDatabase) {}

  /** The records merged into `survivorId`, oldest merge first. */
  async mergedInto(survivorId: string): Promise<MergedRecord[]> {
    const rows = await this.db.request().query<{
      id: string;
      customer_no: string;
      source: string;
      import_batch_id: string | null;
      merged_at: Date | null;
      merged_by: string | null;
      reason: string | null;
    }>(CustomerMergeSql.mergedRecords, [survivorId]);
    return rows.map((r) => ({
      id: r.id,
      customerNo: r.customer_no,
      source: r.source,
      importBatchId: r.import_batch_id,
      mergedAt: r.merged_at,
      mergedBy: r.merged_by,
      reason: r.reason,
    }));
  }

  async merge(survivorId: string, mergedId: string, reason: string): Promise<string> {
    if (survivorId === mergedId)
      throw badInput(
        'mergedId',
        '고객을 자기 자신과 병합할 수 없습니다.',
        'A customer cannot be merged with itself.',
      );
    const sql = this.db.request();
    const pair = await sql.query<{ id: string; status: string }>(CustomerMergeSql.lockPair, [
      survivorId,
      mergedId,
    ]);
    for (const [id, field] of [
      [survivorId, 'survivorId'],
      [mergedId, 'mergedId'],
    ] as const) {
      const row = pair.find((r) => r.id === id);
      if (!row) throw notFound('고객', 'Customer');
      if (row.status !== 'ACTIVE')
        throw conflict(
          field,
          '병합된 고객이나 익명 처리된 고객은 병합할 수 없습니다.',
          'A merged or anonymized customer cannot take part in a merge.',
        );
    }
    const params = [survivorId, mergedId];
    const moved: MovedRecords = {
      phones: ids(await sql.query(CustomerMergeSql.movePhones, params)),
      emails: ids(await sql.query(CustomerMergeSql.moveEmails, params)),
      contacts: ids(await sql.query(CustomerMergeSql.moveContacts, params)),
      consents: ids(await sql.query(CustomerMergeSql.moveConsents, params)),
      relations: [
        ...ids(await sql.query(CustomerMergeSql.moveRelationsFrom, params)),
        ...ids(await sql.query(CustomerMergeSql.moveRelationsTo, params)),
      ],
      mergedRecords: ids(await sql.query(CustomerMergeSql.repointMerged, params)),
    };
    const vulnerableGroups = await moveVulnerableGroups(sql, params);
    await sql.query(CustomerMergeSql.markMerged, params);
    await sql.query(CustomerMergeSql.touchSurvivor, params);
    await logMerges(sql, [{ survivorId, mergedId, batchId: null, reason, moved }]);
    await recordAudit(sql, {
      action: 'update',
      entity: 'customer_merge',
      entityId: mergedId,
      after: {
        survivorId,
        mergedId,
        reason,
        moved: {
          ...Object.fromEntries(Object.entries(moved).map(([k, v]) => [k, v.length])),
          vulnerableGroups,
        },
      },
    });
    return survivorId;
  }
}
