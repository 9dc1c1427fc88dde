import { randomUUID } from 'node:crypto';
import type { Sql } from '@pcrm/tenancy';
import { hangulInitials, householdKey, normalizeEmail, searchGrams } from '../customer-keys';
import { bestFuzzyMatch, type CandidateRow, type FuzzyMatch } from './customer-matching';
import { CustomerImportSql } from './customer-import.sql';
import type { ImportRecord } from './import-record';
import { IMPORT_CHUNK_ROWS } from './import-limits';

/** What one valid row becomes. */
export type RowDecision =
  | { kind: 'create'; record: ImportRecord; id: string }
  | { kind: 'merge'; record: ImportRecord; id: string; survivorId: string; reason: string }
  | { kind: 'review'; record: ImportRecord; match: FuzzyMatch };

const chunks = <T>(items: readonly T[], size = IMPORT_CHUNK_ROWS): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
};
export { chunks };

/** Joins a row's grams or tags into one array element (no imported value holds a control character). */
const UNIT_SEPARATOR = '\u001f';

const nameBirthKey = (name: string, birth: string) => `${name}|${birth}`;

/** First customer per key (the statements order by customer number). */
async function lookup(sql: Sql, statement: string, params: unknown[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (const row of await sql.query<{ key: string; id: string }>(statement, params))
    if (!found.has(row.key)) found.set(row.key, row.id);
  return found;
}

/**
 * Decides every row with set-based lookups, a chunk of rows per statement: exact on mobile, then e-mail,
 * then name + birth date (against ACTIVE customers and against earlier rows of the same file) → merge;
 * else the best fuzzy candidate by name + address at or above the threshold → review; else create.
 */
export async function planImport(
  sql: Sql,
  records: readonly ImportRecord[],
  onChunk: (done: number) => Promise<void>,
): Promise<RowDecision[]> {
  const decisions: RowDecision[] = [];
  const inFile = new Map<string, string>();
  for (const chunk of chunks(records)) {
    const mobiles = [...new Set(chunk.flatMap((r) => (r.mobile ? [r.mobile] : [])))];
    const emails = [...new Set(chunk.flatMap((r) => (r.email ? [normalizeEmail(r.email)!] : [])))];
    const withBirth = chunk.filter((r) => r.birthDate);
    const households = chunk.map((r) => householdKey(r));
    const [byPhone, byEmail, byNameBirth, candidates] = await Promise.all([
      lookup(sql, CustomerImportSql.matchPhones, [mobiles]),
      lookup(sql, CustomerImportSql.matchEmails, [emails]),
      lookup(sql, CustomerImportSql.matchNameBirth, [
        withBirth.map((r) => r.name),
        withBirth.map((r) => r.birthDate),
      ]),
      sql.query<CandidateRow>(CustomerImportSql.candidates, [
        [...new Set(chunk.map((r) => r.name))],
        [...new Set(households.filter((h): h is string => h !== null))],
      ]),
    ]);
    const byName = new Map<string, CandidateRow[]>();
    const byHousehold = new Map<string, CandidateRow[]>();
    for (const c of candidates) {
      byName.set(c.name, [...(byName.get(c.name) ?? []), c]);
      if (c.household_key) byHousehold.set(c.household_key, [...(byHousehold.get(c.household_key) ?? []), c]);
    }
    chunk.forEach((record, i) => {
      const keys: [string, string | undefined, string][] = [];
      if (record.mobile) keys.push([`m:${record.mobile}`, byPhone.get(record.mobile), '휴대전화 일치']);
      if (record.email) {
        const email = normalizeEmail(record.email)!;
        keys.push([`e:${email}`, byEmail.get(email), '이메일 일치']);
      }
      if (record.birthDate) {
        const key = nameBirthKey(record.name, record.birthDate);
        keys.push([`n:${key}`, byNameBirth.get(key), '이름·생년월일 일치']);
      }
      let survivor: { id: string; reason: string } | null = null;
      for (const [key, existing, reason] of keys) {
        const id = existing ?? inFile.get(key);
        if (id) {
          survivor = { id, reason };
          break;
        }
      }
      const household = households[i];
      if (survivor) {
        decisions.push({
          kind: 'merge',
          record,
          id: randomUUID(),
          survivorId: survivor.id,
          reason: survivor.reason,
        });
        for (const [key] of keys) if (!inFile.has(key)) inFile.set(key, survivor.id);
        return;
      }
      const near = [
        ...(byName.get(record.name) ?? []),
        ...(household ? (byHousehold.get(household) ?? []) : []),
      ];
      const match = near.length ? bestFuzzyMatch(record, household, near) : null;
      if (match) {
        decisions.push({ kind: 'review', record, match });
        return;
      }
      const id = randomUUID();
      decisions.push({ kind: 'create', record, id });
      for (const [key] of keys) if (!inFile.has(key)) inFile.set(key, id);
    });
    await onChunk(decisions.length);
  }
  return decisions;
}

/** A record as rows to write: the customer (ACTIVE, or MERGED into a survivor) and its phones/e-mails. */
export interface RecordWrite {
  record: ImportRecord;
  id: string;
  /** Set for a merge: the phones and e-mails go to the survivor; the record is kept as MERGED. */
  survivorId: string | null;
}

export interface WrittenMerge {
  survivorId: string;
  mergedId: string;
  phones: string[];
  emails: string[];
}

/**
 * Writes records in chunks: customers with every key from customer-keys and numbers from one allocation,
 * then phones and e-mails (a merge's onto its survivor, skipping ones it already has). Returns, per merge,
 * the ids of the phones and e-mails it added, for the merge log and for undo.
 */
export async function writeRecords(
  sql: Sql,
  writes: readonly RecordWrite[],
  meta: { source: string; batchId: string; actor: string },
  onChunk: (done: number) => Promise<void> = async () => undefined,
): Promise<WrittenMerge[]> {
  if (writes.length === 0) return [];
  const [{ first }] = await sql.query<{ first: string }>(CustomerImportSql.allocateNumbers, [writes.length]);
  let next = BigInt(first);
  const merges: WrittenMerge[] = [];
  let done = 0;
  for (const chunk of chunks(writes)) {
    const column = <T>(pick: (w: RecordWrite) => T): T[] => chunk.map(pick);
    const numbers = chunk.map(() => String(next++));
    await sql.query(CustomerImportSql.insertCustomers, [
      column((w) => w.id),
      numbers,
      column((w) => w.record.partyType),
      column((w) => (w.survivorId ? 'MERGED' : 'ACTIVE')),
      column((w) => w.record.name),
      column((w) => hangulInitials(w.record.name)),
      column((w) => searchGrams(w.record.name).join(UNIT_SEPARATOR)),
      column((w) => w.record.birthDate),
      column((w) => w.record.sex),
      column((w) => w.record.businessNo),
      column((w) => w.record.representativeName),
      column((w) => w.record.sido),
      column((w) => w.record.sigungu),
      column((w) => w.record.eupmyeondong),
      column((w) => w.record.roadAddress),
      column((w) => w.record.jibunAddress),
      column((w) => w.record.buildingNo),
      column((w) => w.record.addressDetail),
      column((w) => w.record.postalCode),
      column((w) => householdKey(w.record)),
      column((w) => w.record.tags.join(UNIT_SEPARATOR)),
      column((w) => w.survivorId),
      meta.source,
      meta.batchId,
      meta.actor,
      // Null when the row has no custom values (stored as '{}'); a review item's stored record may predate them.
      column((w) => {
        const values = w.record.customFields;
        return values && Object.keys(values).length ? JSON.stringify(values) : null;
      }),
    ]);
    const phones: { id: string; customer_id: string; kind: string; digits: string; is_primary: boolean }[] =
      [];
    const emails: { id: string; customer_id: string; address: string; is_primary: boolean }[] = [];
    const chunkMerges: { merge: WrittenMerge; phones: string[]; emails: string[] }[] = [];
    for (const { record: r, id, survivorId } of chunk) {
      const owner = survivorId ?? id;
      const own = { phones: [] as string[], emails: [] as string[] };
      const seen = new Set<string>();
      for (const [kind, digits] of [
        ['MOBILE', r.mobile],
        ['HOME', r.homePhone],
        ['WORK', r.workPhone],
      ] as const) {
        if (!digits || seen.has(digits)) continue;
        seen.add(digits);
        const phoneId = randomUUID();
        phones.push({
          id: phoneId,
          customer_id: owner,
          kind,
          digits,
          is_primary: !survivorId && seen.size === 1,
        });
        own.phones.push(phoneId);
      }
      if (r.email) {
        const emailId = randomUUID();
        emails.push({ id: emailId, customer_id: owner, address: r.email, is_primary: !survivorId });
        own.emails.push(emailId);
      }
      if (survivorId)
        chunkMerges.push({ merge: { survivorId, mergedId: id, phones: [], emails: [] }, ...own });
    }
    const insertedPhones = new Set(
      (
        await sql.query<{ id: string }>(CustomerImportSql.insertPhones, [
          phones.map((p) => p.id),
          phones.map((p) => p.customer_id),
          phones.map((p) => p.kind),
          phones.map((p) => p.digits),
          phones.map((p) => p.is_primary),
        ])
      ).map((p) => p.id),
    );
    const insertedEmails = new Set(
      (
        await sql.query<{ id: string }>(CustomerImportSql.insertEmails, [
          emails.map((e) => e.id),
          emails.map((e) => e.customer_id),
          emails.map((e) => e.address),
          emails.map((e) => e.is_primary),
        ])
      ).map((e) => e.id),
    );
    for (const m of chunkMerges) {
      m.merge.phones = m.phones.filter((id) => insertedPhones.has(id));
      m.merge.emails = m.emails.filter((id) => insertedEmails.has(id));
      merges.push(m.merge);
    }
    done += chunk.length;
    await onChunk(done);
  }
  return merges;
}
