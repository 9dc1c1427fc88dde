import { SEED_CREATOR, type PlannedCustomer, type PlannedRelation } from './customer-plan';

/** Anything that runs a statement inside the tenant's transaction: the API's `Sql` or a `pg` client. */
export interface SqlRunner {
  query(text: string, params?: unknown[]): Promise<unknown>;
}

/** Arrays of arrays cannot go through `unnest` (it flattens them): lists travel as unit-separator-joined text. */
const SEP = '\u001f';
const joined = (items: readonly string[]) => items.join(SEP);

const INSERT_CUSTOMERS = `
  INSERT INTO customers (tenant_id, id, customer_no, party_type, kind, name, name_initials, search_grams,
    birth_date, sex, business_no, representative_name, sido, sigungu, eupmyeondong, road_address, jibun_address,
    building_no, address_detail, postal_code, household_key, tags, source, last_contact_at, created_by,
    created_at, updated_at)
  SELECT current_setting('app.tenant_id', true), c.id, c.customer_no, c.party_type, c.kind, c.name, c.initials,
    string_to_array(c.grams, chr(31)), c.birth_date, c.sex, c.business_no, c.representative_name, c.sido,
    c.sigungu, c.eupmyeondong, c.road_address, c.jibun_address, c.building_no, c.address_detail, c.postal_code,
    c.household_key, string_to_array(c.tags, chr(31)), c.source, c.last_contact_at, $24, c.created_at, c.created_at
  FROM unnest($1::uuid[], $2::bigint[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::date[],
    $9::text[], $10::text[], $11::text[], $12::text[], $13::text[], $14::text[], $15::text[], $16::text[],
    $17::text[], $18::text[], $19::text[], $20::text[], $21::text[], $22::text[], $23::timestamptz[],
    $25::timestamptz[])
    AS c(id, customer_no, party_type, kind, name, initials, grams, birth_date, sex, business_no,
      representative_name, sido, sigungu, eupmyeondong, road_address, jibun_address, building_no,
      address_detail, postal_code, household_key, tags, source, last_contact_at, created_at)`;

const INSERT_PHONES = `
  INSERT INTO customer_phones (tenant_id, customer_id, kind, digits, is_primary)
  SELECT current_setting('app.tenant_id', true), p.customer_id, p.kind, p.digits, p.is_primary
  FROM unnest($1::uuid[], $2::text[], $3::text[], $4::boolean[]) AS p(customer_id, kind, digits, is_primary)
  ON CONFLICT DO NOTHING`;

const INSERT_EMAILS = `
  INSERT INTO customer_emails (tenant_id, customer_id, address, is_primary)
  SELECT current_setting('app.tenant_id', true), e.customer_id, e.address, e.is_primary
  FROM unnest($1::uuid[], $2::text[], $3::boolean[]) AS e(customer_id, address, is_primary)
  ON CONFLICT DO NOTHING`;

const INSERT_CONSENTS = `
  INSERT INTO customer_consents (tenant_id, customer_id, purpose, granted_at, channel, evidence, recorded_by,
    withdrawn_at, withdrawn_by, withdrawal_channel, created_at)
  SELECT current_setting('app.tenant_id', true), c.customer_id, c.purpose, c.granted_at, c.channel, c.evidence,
    c.recorded_by, c.withdrawn_at, c.withdrawn_by, c.withdrawal_channel, c.granted_at
  FROM unnest($1::uuid[], $2::text[], $3::timestamptz[], $4::text[], $5::text[], $6::text[], $7::timestamptz[],
    $8::text[], $9::text[])
    AS c(customer_id, purpose, granted_at, channel, evidence, recorded_by, withdrawn_at, withdrawn_by,
      withdrawal_channel)`;

const INSERT_CONTACTS = `
  INSERT INTO contact_history (tenant_id, customer_id, channel, direction, occurred_at, staff_id, department_id,
    summary, origin_customer_id, created_by, created_at)
  SELECT current_setting('app.tenant_id', true), h.customer_id, h.channel, h.direction, h.occurred_at,
    h.staff_id, h.department_id, h.summary, h.customer_id, h.created_by, h.occurred_at
  FROM unnest($1::uuid[], $2::text[], $3::text[], $4::timestamptz[], $5::uuid[], $6::uuid[], $7::text[],
    $8::text[]) AS h(customer_id, channel, direction, occurred_at, staff_id, department_id, summary, created_by)`;

const INSERT_RELATIONS = `
  INSERT INTO customer_relations (tenant_id, customer_id, related_customer_id, kind, created_by)
  SELECT current_setting('app.tenant_id', true), r.customer_id, r.related_customer_id, r.kind, $4
  FROM unnest($1::uuid[], $2::uuid[], $3::text[]) AS r(customer_id, related_customer_id, kind)
  ON CONFLICT DO NOTHING`;

/** Column arrays of rows: one `unnest` parameter per column. */
export function columns<T>(rows: readonly T[], pick: readonly ((row: T) => unknown)[]): unknown[][] {
  return pick.map((f) => rows.map(f));
}

/** Everything a batch of planned customers owns, in one multi-row INSERT per table. */
export async function writeCustomers(
  sql: SqlRunner,
  customers: readonly PlannedCustomer[],
  relations: readonly PlannedRelation[] = [],
  createdBy = SEED_CREATOR,
): Promise<void> {
  if (!customers.length) return;
  const a = (c: PlannedCustomer) => c.address;
  await sql.query(INSERT_CUSTOMERS, [
    ...columns(customers, [
      (c) => c.id,
      (c) => c.customerNo,
      (c) => c.partyType,
      (c) => c.kind,
      (c) => c.name,
      (c) => c.nameInitials,
      (c) => joined(c.searchGrams),
      (c) => c.birthDate,
      (c) => c.sex,
      (c) => c.businessNo,
      (c) => c.representativeName,
      (c) => a(c)?.sido ?? null,
      (c) => a(c)?.sigungu || null,
      (c) => a(c)?.eupmyeondong ?? null,
      (c) => a(c)?.roadAddress ?? null,
      (c) => a(c)?.jibunAddress ?? null,
      (c) => a(c)?.buildingNo ?? null,
      (c) => a(c)?.addressDetail || null,
      (c) => a(c)?.postalCode ?? null,
      (c) => c.householdKey,
      (c) => joined(c.tags),
      (c) => c.source,
      (c) => c.lastContactAt,
    ]),
    createdBy,
    customers.map((c) => c.createdAt),
  ]);
  const phones = customers.flatMap((c) => c.phones.map((p) => ({ id: c.id, ...p })));
  if (phones.length)
    await sql.query(
      INSERT_PHONES,
      columns(phones, [(p) => p.id, (p) => p.kind, (p) => p.digits, (p) => p.isPrimary]),
    );
  const emails = customers.flatMap((c) =>
    c.emails.map((address, i) => ({ id: c.id, address, primary: i === 0 })),
  );
  if (emails.length)
    await sql.query(INSERT_EMAILS, columns(emails, [(e) => e.id, (e) => e.address, (e) => e.primary]));
  const consents = customers.flatMap((c) => c.consents.map((x) => ({ id: c.id, ...x })));
  if (consents.length)
    await sql.query(
      INSERT_CONSENTS,
      columns(consents, [
        (x) => x.id,
        (x) => x.purpose,
        (x) => x.grantedAt,
        (x) => x.channel,
        (x) => x.evidence,
        (x) => x.recordedBy,
        (x) => x.withdrawnAt,
        (x) => x.withdrawnBy,
        (x) => x.withdrawalChannel,
      ]),
    );
  const contacts = customers.flatMap((c) => c.contacts.map((x) => ({ id: c.id, ...x })));
  if (contacts.length)
    await sql.query(
      INSERT_CONTACTS,
      columns(contacts, [
        (x) => x.id,
        (x) => x.channel,
        (x) => x.direction,
        (x) => x.occurredAt,
        (x) => x.staffId,
        (x) => x.departmentId,
        (x) => x.summary,
        (x) => x.createdBy,
      ]),
    );
  if (relations.length)
    await sql.query(INSERT_RELATIONS, [
      ...columns(relations, [(r) => r.customerId, (r) => r.relatedCustomerId, (r) => r.kind]),
      createdBy,
    ]);
}
