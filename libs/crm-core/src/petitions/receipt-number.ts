import { RequestContexts, runOne, type Sql } from '@pcrm/tenancy';
import { VocQueries } from './voc.sql';

/** The year a receipt counts in: the calendar year in Asia/Seoul (UTC+9, no daylight saving). */
export function receiptYear(receivedAt: Date): number {
  return new Date(receivedAt.getTime() + 9 * 3_600_000).getUTCFullYear();
}

/** `BUSAN-2026-000123`: the tenant code upper-case, the receipt year, the sequence in at least six digits. */
export function formatReceiptNo(tenantCode: string, year: number, seq: number): string {
  return `${tenantCode.toUpperCase()}-${year}-${String(seq).padStart(6, '0')}`;
}

/** The shape `formatReceiptNo` produces (checked before a lookup by receipt number reaches SQL). */
export const RECEIPT_NO = /^[A-Z][A-Z0-9-]{1,30}-[0-9]{4}-[0-9]{6,12}$/;

/**
 * The next receipt number of the current tenant for a case received at `receivedAt`: the tenant's counter of
 * that year is bumped in the caller's transaction, so a rolled-back case gives its number back (gap-free).
 */
export async function allocateReceiptNo(
  sql: Sql,
  receivedAt: Date,
): Promise<{ year: number; seq: number; receiptNo: string }> {
  const year = receiptYear(receivedAt);
  const seq = Number((await runOne(sql, VocQueries.nextReceiptSeq(year))).seq);
  const tenant = RequestContexts.require().principal.tenantId ?? '';
  return { year, seq, receiptNo: formatReceiptNo(tenant, year, seq) };
}
