import { hangulInitials, searchGrams } from '../src/customers';
import type { ServiceTestbed } from './service-testbed';

/**
 * A customer row exactly as given, inserted in the caller's scope under RLS: segment and quality tests need
 * rows the customers service would refuse or correct (invalid phones, future birth dates, placeholders).
 */
export interface CustomerRowSeed {
  name: string;
  partyType?: 'PERSON' | 'ORGANIZATION';
  kind?: 'CURRENT' | 'ACQUIRED' | 'POLICY';
  status?: 'ACTIVE' | 'ANONYMIZED';
  birthDate?: string | null;
  sex?: 'MALE' | 'FEMALE' | null;
  sido?: string | null;
  sigungu?: string | null;
  eupmyeondong?: string | null;
  roadAddress?: string | null;
  jibunAddress?: string | null;
  postalCode?: string | null;
  tags?: string[];
  source?: string;
  importBatchId?: string | null;
  lastContactAt?: Date | null;
  createdAt?: Date;
  phones?: { kind: 'MOBILE' | 'HOME' | 'WORK'; digits: string }[];
  emails?: string[];
  /** Consent purposes granted; `withdrawn` ones were granted and withdrawn. */
  consents?: { purpose: string; withdrawn?: boolean }[];
}

let customerNo = 0;

export async function insertCustomerRow(bed: ServiceTestbed, seed: CustomerRowSeed): Promise<string> {
  const sql = bed.sql();
  customerNo += 1;
  const [{ id }] = await sql.query<{ id: string }>(
    `INSERT INTO customers (tenant_id, customer_no, party_type, kind, status, name, name_initials, search_grams,
       birth_date, sex, sido, sigungu, eupmyeondong, road_address, jibun_address, postal_code, tags, source,
       import_batch_id, last_contact_at, anonymized_at, created_by, created_at)
     VALUES (current_setting('app.tenant_id', true), $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14,
       $15, $16, $17, $18, $19, CASE WHEN $4 = 'ANONYMIZED' THEN now() END, 'test', coalesce($20, now()))
     RETURNING id`,
    [
      customerNo,
      seed.partyType ?? 'PERSON',
      seed.kind ?? 'CURRENT',
      seed.status ?? 'ACTIVE',
      seed.name,
      hangulInitials(seed.name),
      searchGrams(seed.name),
      seed.birthDate ?? null,
      seed.sex ?? null,
      seed.sido ?? null,
      seed.sigungu ?? null,
      seed.eupmyeondong ?? null,
      seed.roadAddress ?? null,
      seed.jibunAddress ?? null,
      seed.postalCode ?? null,
      seed.tags ?? [],
      seed.source ?? 'manual',
      seed.importBatchId ?? null,
      seed.lastContactAt ?? null,
      seed.createdAt ?? null,
    ],
  );
  for (const [i, phone] of (seed.phones ?? []).entries())
    await sql.query(
      `INSERT INTO customer_phones (tenant_id, customer_id, kind, digits, is_primary)
       VALUES (current_setting('app.tenant_id', true), $1, $2, $3, $4)`,
      [id, phone.kind, phone.digits, i === 0],
    );
  for (const [i, address] of (seed.emails ?? []).entries())
    await sql.query(
      `INSERT INTO customer_emails (tenant_id, customer_id, address, is_primary)
       VALUES (current_setting('app.tenant_id', true), $1, $2, $3)`,
      [id, address, i === 0],
    );
  for (const consent of seed.consents ?? [])
    await sql.query(
      `INSERT INTO customer_consents (tenant_id, customer_id, purpose, granted_at, channel, evidence, recorded_by,
         withdrawn_at, withdrawn_by, withdrawal_channel)
       VALUES (current_setting('app.tenant_id', true), $1, $2, now() - interval '30 days', 'WEB', '동의서', 'test',
         CASE WHEN $3 THEN now() END, CASE WHEN $3 THEN 'test' END, CASE WHEN $3 THEN 'WEB' END)`,
      [id, consent.purpose, consent.withdrawn ?? false],
    );
  return id;
}

/** A birth date `years` whole years (and some days) before today, as YYYY-MM-DD. */
export function bornYearsAgo(years: number, extraDays = 30): string {
  const d = new Date();
  d.setUTCFullYear(d.getUTCFullYear() - years);
  d.setUTCDate(d.getUTCDate() - extraDays);
  return d.toISOString().slice(0, 10);
}

export const daysAgo = (days: number): Date => new Date(Date.now() - days * 86_400_000);
