import { Client } from 'pg';
import { formatPhone } from '../../libs/crm-core/src/customer-keys';
import { STANDARD_TENANTS } from '../../libs/tenancy/src/registry/tenant-catalog';
import { CustomerPlanner, type PlannedCustomer } from '../../apps/api/src/seed/customers/customer-plan';
import { arrayLiteral, copyFrom, csvField } from '../support/copy-from';

/** Generated customers of one tenant as an office list would hold them (no consents or contacts). */
export function plannedCustomers(tenant: string, count: number, seed: string): PlannedCustomer[] {
  const where = STANDARD_TENANTS.find((t) => t.code === tenant);
  if (!where) throw new Error(`unknown tenant '${tenant}'`);
  return new CustomerPlanner({
    sidoName: where.nameKo,
    seed,
    firstCustomerNo: 1,
    consents: false,
    now: new Date(Date.UTC(2026, 10, 1)),
  }).take(count).customers;
}

const phoneOf = (c: PlannedCustomer, kind: 'MOBILE' | 'HOME' | 'WORK') => {
  const p = c.phones.find((x) => x.kind === kind);
  return p ? formatPhone(p.digits) : null;
};

/**
 * The columns of the import file, by the Korean headers the import maps on its own. 시·도 and the 지번 address
 * are left out: the road address carries the 시·도, and 100,000 rows must stay under the 20 MB upload limit.
 */
const IMPORT_COLUMNS: readonly (readonly [string, (c: PlannedCustomer) => string | null])[] = [
  ['고객유형', (c) => (c.partyType === 'PERSON' ? '개인' : '법인·단체')],
  ['이름', (c) => c.name],
  ['생년월일', (c) => c.birthDate],
  ['성별', (c) => (c.sex === 'MALE' ? '남' : c.sex === 'FEMALE' ? '여' : null)],
  ['휴대전화', (c) => phoneOf(c, 'MOBILE')],
  ['자택전화', (c) => phoneOf(c, 'HOME')],
  ['직장전화', (c) => phoneOf(c, 'WORK')],
  ['이메일', (c) => c.emails[0] ?? null],
  ['시군구', (c) => c.address?.sigungu || null],
  ['읍면동', (c) => c.address?.eupmyeondong ?? null],
  ['도로명주소', (c) => c.address?.roadAddress ?? null],
  ['건물번호', (c) => c.address?.buildingNo ?? null],
  ['상세주소', (c) => c.address?.addressDetail || null],
  ['우편번호', (c) => c.address?.postalCode ?? null],
  ['사업자등록번호', (c) => c.businessNo],
  ['대표자', (c) => c.representativeName],
  ['태그', (c) => (c.tags.length ? c.tags.join(',') : null)],
];

const plainCsv = (v: string | null) =>
  v === null ? '' : /[",\n\r]/u.test(v) ? `"${v.replace(/"/gu, '""')}"` : v;

/** The import file: UTF-8 CSV with a header row, as a spreadsheet exports it. */
export function importCsv(customers: readonly PlannedCustomer[]): string {
  const lines = [IMPORT_COLUMNS.map(([h]) => h).join(',')];
  for (const c of customers) lines.push(IMPORT_COLUMNS.map(([, f]) => plainCsv(f(c))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

const COPY_CUSTOMERS = `COPY customers (tenant_id, id, customer_no, party_type, kind, name, name_initials, search_grams,
  birth_date, sex, business_no, representative_name, sido, sigungu, eupmyeondong, road_address, building_no,
  address_detail, postal_code, household_key, tags, source, created_by) FROM STDIN (FORMAT csv)`;
const COPY_PHONES = `COPY customer_phones (tenant_id, customer_id, kind, digits, is_primary) FROM STDIN (FORMAT csv)`;
const COPY_EMAILS = `COPY customer_emails (tenant_id, customer_id, address, is_primary) FROM STDIN (FORMAT csv)`;

/**
 * The floor of a bulk import: the same rows, their keys computed by customer-keys.ts as the generator did,
 * written with three raw `COPY … FROM STDIN` as the owner (PostgreSQL refuses `COPY FROM` under row-level
 * security) in one transaction. No matching, no validation, no audit: the least PostgreSQL can do.
 */
export async function copyCustomers(
  ownerUrl: string,
  tenant: string,
  customers: readonly PlannedCustomer[],
  source: string,
): Promise<void> {
  const client = new Client({ connectionString: ownerUrl, application_name: 'pcrm-bench-copy' });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query("SELECT set_config('app.tenant_id', $1, true)", [tenant]);
    // The owner is not bound by row-level security: the tenant is named (the seed's allocation, run as the
    // runtime role, would move every tenant's counter here).
    const { rows: allocated } = await client.query<{ first: string }>(
      `UPDATE customer_settings SET next_customer_no = next_customer_no + $2, updated_at = now()
        WHERE tenant_id = $1 RETURNING next_customer_no - $2 AS first`,
      [tenant, customers.length],
    );
    if (allocated.length !== 1) throw new Error(`no customer_settings row for '${tenant}'`);
    const first = Number(allocated[0].first);
    const t = csvField(tenant);
    const rows: string[] = [];
    const phones: string[] = [];
    const emails: string[] = [];
    customers.forEach((c, i) => {
      const a = c.address;
      rows.push(
        [
          t,
          csvField(c.id),
          csvField(first + i),
          csvField(c.partyType),
          csvField('ACQUIRED'),
          csvField(c.name),
          csvField(c.nameInitials),
          csvField(arrayLiteral(c.searchGrams)),
          csvField(c.birthDate),
          csvField(c.sex),
          csvField(c.businessNo),
          csvField(c.representativeName),
          csvField(a?.sido),
          csvField(a?.sigungu || null),
          csvField(a?.eupmyeondong),
          csvField(a?.roadAddress),
          csvField(a?.buildingNo),
          csvField(a?.addressDetail || null),
          csvField(a?.postalCode),
          csvField(c.householdKey),
          csvField(arrayLiteral(c.tags)),
          csvField(source),
          csvField('bench-copy'),
        ].join(','),
      );
      for (const p of c.phones)
        phones.push(
          [t, csvField(c.id), csvField(p.kind), csvField(p.digits), csvField(p.isPrimary)].join(','),
        );
      c.emails.forEach((e, j) => emails.push([t, csvField(c.id), csvField(e), csvField(j === 0)].join(',')));
    });
    await copyFrom(client, COPY_CUSTOMERS, `${rows.join('\n')}\n`);
    if (phones.length) await copyFrom(client, COPY_PHONES, `${phones.join('\n')}\n`);
    if (emails.length) await copyFrom(client, COPY_EMAILS, `${emails.join('\n')}\n`);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
