import { sql, type Generated, type SqlBool } from 'kysely';
import { queryBuilder, type StatementExamples } from '@pcrm/tenancy';
import { COUNT_CAP, SUMMARY_COLUMNS, type CustomerSummaryRow, type CustomersTable } from '../customers';

interface SettingsTable {
  tenant_id: string;
  retention_years: number;
  updated_at: Generated<Date>;
}

interface CustomerChildTable {
  id: string;
  customer_id: string;
}

interface ConsentsTable extends CustomerChildTable {
  evidence: string;
}

interface SensitiveConsentsTable {
  customer_id: string;
}

interface RelationsTable {
  id: string;
  customer_id: string;
  related_customer_id: string;
}

interface ContactHistoryTable {
  id: string;
  customer_id: string;
  summary: string;
}

interface AuditEventsTable {
  action: string;
  entity: string;
  entity_id: string;
  after: unknown;
}

type PrivacyDatabase = {
  audit_events: AuditEventsTable;
  customers: CustomersTable;
  customer_settings: SettingsTable;
  customer_phones: CustomerChildTable;
  customer_emails: CustomerChildTable;
  customer_consents: ConsentsTable;
  customer_sensitive_consents: SensitiveConsentsTable;
  customer_relations: RelationsTable;
  contact_history: ContactHistoryTable;
};
const db = queryBuilder<PrivacyDatabase>();

const TENANT = sql<string>`current_setting('app.tenant_id', true)`;
const uuids = (ids: readonly string[]) => sql<string[]>`${[...ids]}::uuid[]`;

/** The years a tenant keeps an inactive customer before listing it for anonymization (the column's default). */
export const DEFAULT_RETENTION_YEARS = 5;

/** What an anonymized contact keeps instead of its summary: channel, time, staff and subject stay. */
export const ANONYMIZED_SUMMARY = '(익명 처리로 내용 삭제)';
/** What an anonymized customer's consent keeps instead of its evidence. */
export const ANONYMIZED_EVIDENCE = '(익명 처리로 증빙 삭제)';
/** The name an anonymized customer keeps (the column is required); the customer number stays. */
export const ANONYMIZED_NAME = '(익명)';

/** When a customer was last active: its last contact, or its creation when more recent (or never contacted). */
const inactiveSince = sql<Date>`GREATEST(customers.last_contact_at, customers.created_at)`;

/** The last candidate of the previous page: (inactive since, id). */
export interface RetentionKey {
  inactiveSince: string;
  id: string;
}

/** A candidate row; `inactive_key` is its inactivity time to the microsecond, for the cursor. */
export type RetentionRow = CustomerSummaryRow & { inactive_key: string };

/** Microseconds, UTC: a cursor must carry the exact value (a JS Date keeps milliseconds only). */
export const KEY_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

/**
 * Active customers inactive for longer than `years`, longest inactive first. The years are a parameter, not a
 * subquery of the settings: under row-level security a qual holding a subquery is not leakproof, so it
 * would filter row by row instead of bounding the index scan.
 */
const candidates = (years: number) =>
  db
    .selectFrom('customers')
    .where('customers.status', '=', 'ACTIVE')
    .where(inactiveSince, '<', sql<Date>`now() - make_interval(years => ${years}::int)`);

export const PrivacyQueries = {
  settings: () => db.selectFrom('customer_settings').select('retention_years'),

  /** Locks the settings row (if any) so concurrent changes are audited in order. */
  settingsForUpdate: () => db.selectFrom('customer_settings').select('retention_years').forUpdate(),

  saveRetention: (years: number) =>
    db
      .insertInto('customer_settings')
      .values({ tenant_id: TENANT, retention_years: years })
      .onConflict((oc) =>
        oc.column('tenant_id').doUpdateSet({ retention_years: years, updated_at: sql<Date>`now()` }),
      )
      .returning('retention_years'),

  /** One keyset page of retention candidates; `limit` is the page size + 1. */
  candidates: (years: number, after: RetentionKey | null, limit: number) => {
    let q = candidates(years).select([
      ...SUMMARY_COLUMNS,
      sql<string>`to_char(${inactiveSince} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`.as(
        'inactive_key',
      ),
    ]);
    if (after)
      q = q.where(
        sql<SqlBool>`(GREATEST(customers.last_contact_at, customers.created_at), customers.id) > (${after.inactiveSince}::timestamptz, ${after.id}::uuid)`,
      );
    return q.orderBy(inactiveSince).orderBy('customers.id').limit(limit);
  },

  /** How many candidates there are, counting no further than `COUNT_CAP`. */
  candidateCount: (years: number) =>
    db
      .selectFrom(candidates(years).select('customers.id').limit(COUNT_CAP).as('hit'))
      .select(sql<number>`count(*)::int`.as('n')),

  /** The named customers and the records merged into them, locked in id order (concurrent runs queue). */
  lockTargets: (ids: readonly string[]) =>
    db
      .selectFrom('customers')
      .select(['id', 'status'])
      .where((eb) =>
        eb.or([
          eb(sql`customers.id`, '=', sql`ANY(${uuids(ids)})`),
          eb(sql`customers.merged_into_id`, '=', sql`ANY(${uuids(ids)})`),
        ]),
      )
      .orderBy('id')
      .forUpdate(),

  deletePhones: (ids: readonly string[]) =>
    db.deleteFrom('customer_phones').where(sql<SqlBool>`customer_id = ANY(${uuids(ids)})`),
  deleteEmails: (ids: readonly string[]) =>
    db.deleteFrom('customer_emails').where(sql<SqlBool>`customer_id = ANY(${uuids(ids)})`),
  /**
   * Consents stay (purpose, dates and channels keep the consent statistics right; the runtime role may not
   * delete consent records), their evidence (a signed form's description, a recording's reference) goes.
   */
  blankConsentEvidence: (ids: readonly string[]) =>
    db
      .updateTable('customer_consents')
      .set({ evidence: ANONYMIZED_EVIDENCE })
      .where(sql<SqlBool>`customer_id = ANY(${uuids(ids)})`)
      .where('evidence', '<>', ANONYMIZED_EVIDENCE),
  /** Vulnerable groups (sensitive) go entirely: their consent, and the groups with it (cascade). */
  deleteSensitiveConsents: (ids: readonly string[]) =>
    db.deleteFrom('customer_sensitive_consents').where(sql<SqlBool>`customer_id = ANY(${uuids(ids)})`),
  deleteRelations: (ids: readonly string[]) =>
    db
      .deleteFrom('customer_relations')
      .where(sql<SqlBool>`customer_id = ANY(${uuids(ids)}) OR related_customer_id = ANY(${uuids(ids)})`),

  /** The timeline stays (channel, time, staff, department, subject) without what was said. */
  blankContacts: (ids: readonly string[]) =>
    db
      .updateTable('contact_history')
      .set({ summary: ANONYMIZED_SUMMARY })
      .where(sql<SqlBool>`customer_id = ANY(${uuids(ids)})`)
      .where('summary', '<>', ANONYMIZED_SUMMARY),

  /**
   * The row stays for statistics: kind, party type, sex, 시·도 and 시·군·구, the birth year (as 1 July, so the
   * age band stays right), tags are dropped (free text), source, batch, customer number and dates stay.
   */
  anonymize: (ids: readonly string[]) =>
    db
      .updateTable('customers')
      .set({
        status: 'ANONYMIZED',
        merged_into_id: null,
        name: ANONYMIZED_NAME,
        name_initials: '',
        search_grams: sql<string[]>`'{}'::text[]`,
        birth_date: sql<string | null>`make_date(extract(year FROM birth_date)::int, 7, 1)`,
        business_no: null,
        representative_name: null,
        eupmyeondong: null,
        road_address: null,
        jibun_address: null,
        building_no: null,
        address_detail: null,
        postal_code: null,
        household_key: null,
        tags: sql<string[]>`'{}'::text[]`,
        custom_fields: sql<Record<string, unknown>>`'{}'::jsonb`,
        anonymized_at: sql<Date>`now()`,
        updated_at: sql<Date>`now()`,
        version: sql<number>`version + 1`,
      })
      .where(sql<SqlBool>`id = ANY(${uuids(ids)})`)
      .where('status', '<>', 'ANONYMIZED')
      .returning('id'),

  /** One audit entry per anonymized customer, in one statement (the database adds tenant, actor and time). */
  auditAnonymized: (ids: readonly string[], reason: string, jobId: string | null) =>
    db
      .insertInto('audit_events')
      .columns(['action', 'entity', 'entity_id', 'after'])
      .expression(
        db
          .selectFrom(sql<{ a: string }>`unnest(${uuids(ids)})`.as('a'))
          .select([
            sql.lit('delete').as('action'),
            sql.lit('customer').as('entity'),
            sql<string>`a.a::text`.as('entity_id'),
            sql<unknown>`jsonb_build_object('anonymized', true, 'reason', ${reason}::text, 'jobId', ${jobId}::text)`.as(
              'after',
            ),
          ]),
      ),
};

// ---- examples of every shape, for the snapshot ---------------------------------------------------------

const IDS = ['00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002'];

export const PRIVACY_STATEMENTS: { [K in keyof typeof PrivacyQueries]: StatementExamples[string] } = {
  settings: PrivacyQueries.settings(),
  settingsForUpdate: PrivacyQueries.settingsForUpdate(),
  saveRetention: PrivacyQueries.saveRetention(3),
  candidates: {
    'first page': PrivacyQueries.candidates(5, null, 51),
    'after a cursor': PrivacyQueries.candidates(
      5,
      { inactiveSince: '2019-05-01T00:00:00.000000Z', id: IDS[0] },
      51,
    ),
  },
  candidateCount: PrivacyQueries.candidateCount(5),
  lockTargets: PrivacyQueries.lockTargets(IDS),
  deletePhones: PrivacyQueries.deletePhones(IDS),
  deleteEmails: PrivacyQueries.deleteEmails(IDS),
  blankConsentEvidence: PrivacyQueries.blankConsentEvidence(IDS),
  deleteSensitiveConsents: PrivacyQueries.deleteSensitiveConsents(IDS),
  deleteRelations: PrivacyQueries.deleteRelations(IDS),
  blankContacts: PrivacyQueries.blankContacts(IDS),
  anonymize: PrivacyQueries.anonymize(IDS),
  auditAnonymized: {
    'in the request': PrivacyQueries.auditAnonymized(IDS, '보유기간 경과', null),
    'in a job': PrivacyQueries.auditAnonymized(IDS, '보유기간 경과', '00000000-0000-4000-8000-000000000003'),
  },
};
