import { RequestContexts, runOne, type Sql } from '@pcrm/tenancy';
import { receiptYear } from '../petitions';
import { TaskQueries } from './task.sql';

/** `SEJONG-T2026-0001`: the tenant code upper-case, T and the year (Korean time), the sequence in four digits or more. */
export function formatManagementNo(tenantCode: string, year: number, seq: number): string {
  return `${tenantCode.toUpperCase()}-T${year}-${String(seq).padStart(4, '0')}`;
}

/**
 * The next management number of the current tenant: the tenant's counter of the year is bumped in the
 * caller's transaction (the row stays locked until it ends), so concurrent tasks get distinct numbers and a
 * rolled-back task gives its number back (gap-free, like receipt numbers).
 */
export async function allocateManagementNo(
  sql: Sql,
  at: Date,
): Promise<{ year: number; seq: number; no: string }> {
  const year = receiptYear(at);
  const seq = Number((await runOne(sql, TaskQueries.nextSeq(year))).seq);
  const tenant = RequestContexts.require().principal.tenantId ?? '';
  return { year, seq, no: formatManagementNo(tenant, year, seq) };
}
