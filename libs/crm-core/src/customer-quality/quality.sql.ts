import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import { queryBuilder, type StatementExamples } from '@pcrm/tenancy';
import {
  MAX_AGE_YEARS,
  PLACEHOLDER_NAMES,
  QUALITY_PATTERNS as P,
  QualityField,
  QualityGroupBy,
} from './quality-rules';

/** The columns of the customers capability's tables that the report reads. */
interface CustomersTable {
  id: string;
  status: string;
  party_type: string;
  name: string;
  birth_date: Date | null;
  sido: string | null;
  sigungu: string | null;
  road_address: string | null;
  jibun_address: string | null;
  postal_code: string | null;
  source: string;
  import_batch_id: string | null;
  created_at: Date;
}

interface PhonesTable {
  customer_id: string;
  kind: string;
  digits: string;
}

interface EmailsTable {
  customer_id: string;
  address: string;
}

interface QualitySnapshotsTable {
  tenant_id: string;
  group_by: string;
  taken_on: string;
  group_key: string;
  field: string;
  total: number;
  filled: number;
  valid: number;
}

type QualityDatabase = {
  customers: CustomersTable;
  customer_phones: PhonesTable;
  customer_emails: EmailsTable;
  customer_quality_snapshots: QualitySnapshotsTable;
};
const db = queryBuilder<QualityDatabase>();

/** One group's counts: `<field>_filled` / `<field>_valid` per field; `total` and `persons` the denominators. */
export interface QualityCountsRow {
  /** See GROUPING_OF. */
  grouping: number;
  group_key: string;
  source: string | null;
  total: number;
  persons: number;
  name_filled: number;
  name_valid: number;
  address_filled: number;
  address_valid: number;
  phone_filled: number;
  phone_valid: number;
  mobile_filled: number;
  mobile_valid: number;
  email_filled: number;
  email_valid: number;
  birth_date_filled: number;
  birth_date_valid: number;
}

type Row = ExpressionBuilder<
  QualityDatabase & {
    c: CustomersTable;
    p: { mobile_filled: boolean; mobile_valid: boolean; phone_filled: boolean; phone_valid: boolean };
    e: { email_valid: boolean };
  },
  'c' | 'p' | 'e'
>;

const countWhere = (condition: Expression<SqlBool>) =>
  sql<number>`(count(*) filter (where ${condition}))::int`;

const notBlank = (eb: Row, column: 'c.road_address' | 'c.jibun_address' | 'c.sido' | 'c.sigungu') =>
  sql<SqlBool>`btrim(coalesce(${eb.ref(column)}, '')) <> ''`;

/** Per customer: whether it has a mobile / a landline, and whether one of them is valid. */
const phonesPerCustomer = () =>
  db
    .selectFrom('customer_phones')
    .select([
      'customer_id',
      sql<boolean>`bool_or(kind = 'MOBILE')`.as('mobile_filled'),
      sql<boolean>`bool_or(kind = 'MOBILE' AND digits ~ ${P.mobile})`.as('mobile_valid'),
      sql<boolean>`bool_or(kind <> 'MOBILE')`.as('phone_filled'),
      sql<boolean>`bool_or(kind <> 'MOBILE' AND digits ~ ${P.landline})`.as('phone_valid'),
    ])
    .groupBy('customer_id');

const emailsPerCustomer = () =>
  db
    .selectFrom('customer_emails')
    .select(['customer_id', sql<boolean>`bool_or(address ~ ${P.email})`.as('email_valid')])
    .groupBy('customer_id');

/** `grouping(c.source, c.import_batch_id)` of each grouping set: which grouping a result row belongs to. */
export const GROUPING_OF: Record<number, QualityGroupBy> = {
  3: QualityGroupBy.TENANT,
  1: QualityGroupBy.SOURCE,
  2: QualityGroupBy.BATCH,
};

export interface QualityResultRow {
  groupBy: QualityGroupBy;
  key: string;
  field: QualityField;
  total: number;
  filled: number;
  valid: number;
}

/** Transaction-local memory of the report's hash aggregates (× hash_mem_multiplier 2: 1 M customers fit). */
const REPORT_WORK_MEM = '64MB';
/**
 * The report's one statement may run longer than the scope's 15 s: at 1,000,000 customers the pass takes
 * 13–17 s on a small machine. The service runs one at a time per tenant and reuses a slow result for minutes.
 */
export const REPORT_STATEMENT_TIMEOUT_MS = 120_000;

export interface QualityPeriod {
  /** Customers registered from (inclusive) … to (exclusive); null: unbounded. */
  from: Date | null;
  to: Date | null;
}

/** Every statement of the data-quality report; `quality.queries.sql` holds each shape. */
export const QualityQueries = {
  /**
   * The counts of every field for the active customers, per group of every grouping: one pass over customers,
   * joined to one aggregate pass over their phones and one over their e-mails (hash joins, no per-customer
   * subquery), aggregated into the three grouping sets at once.
   */
  counts: (period: QualityPeriod) => {
    let q = db
      .selectFrom('customers as c')
      .leftJoin(phonesPerCustomer().as('p'), 'p.customer_id', 'c.id')
      .leftJoin(emailsPerCustomer().as('e'), 'e.customer_id', 'c.id')
      .where('c.status', '=', 'ACTIVE');
    if (period.from) q = q.where('c.created_at', '>=', period.from);
    if (period.to) q = q.where('c.created_at', '<', period.to);
    const person = (eb: Row) => eb('c.party_type', '=', 'PERSON');
    const select = q.select((eb) => {
      const nameFilled = sql<SqlBool>`btrim(${eb.ref('c.name')}) <> ''`;
      const notPlaceholder = sql<SqlBool>`lower(btrim(${eb.ref('c.name')})) <> ALL (${PLACEHOLDER_NAMES}::text[])`;
      return [
        sql<number>`grouping(${eb.ref('c.source')}, ${eb.ref('c.import_batch_id')})`.as('grouping'),
        sql<string>`coalesce(${eb.ref('c.source')}, ${eb.ref('c.import_batch_id')}::text, '')`.as(
          'group_key',
        ),
        sql<string | null>`min(${eb.ref('c.source')})`.as('source'),
        sql<number>`count(*)::int`.as('total'),
        countWhere(person(eb)).as('persons'),
        countWhere(nameFilled).as('name_filled'),
        countWhere(
          eb.and([
            nameFilled,
            notPlaceholder,
            eb.or([
              eb.and([person(eb), sql<SqlBool>`btrim(${eb.ref('c.name')}) ~ ${P.personName}`]),
              eb.and([
                eb('c.party_type', '=', 'ORGANIZATION'),
                sql<SqlBool>`btrim(${eb.ref('c.name')}) ~ ${P.organizationName}`,
              ]),
            ]),
          ]),
        ).as('name_valid'),
        countWhere(
          eb.or([notBlank(eb, 'c.road_address'), notBlank(eb, 'c.jibun_address'), notBlank(eb, 'c.sido')]),
        ).as('address_filled'),
        countWhere(
          eb.and([
            eb('c.postal_code', 'is not', null),
            notBlank(eb, 'c.road_address'),
            notBlank(eb, 'c.sido'),
            notBlank(eb, 'c.sigungu'),
          ]),
        ).as('address_valid'),
        countWhere(eb('p.phone_filled', '=', true)).as('phone_filled'),
        countWhere(eb('p.phone_valid', '=', true)).as('phone_valid'),
        countWhere(eb('p.mobile_filled', '=', true)).as('mobile_filled'),
        countWhere(eb('p.mobile_valid', '=', true)).as('mobile_valid'),
        countWhere(eb('e.customer_id', 'is not', null)).as('email_filled'),
        countWhere(eb('e.email_valid', '=', true)).as('email_valid'),
        countWhere(eb.and([person(eb), eb('c.birth_date', 'is not', null)])).as('birth_date_filled'),
        countWhere(
          eb.and([
            person(eb),
            eb('c.birth_date', '<=', sql<Date>`current_date`),
            eb(
              'c.birth_date',
              '>',
              sql<Date>`(current_date - make_interval(years => ${MAX_AGE_YEARS}))::date`,
            ),
          ]),
        ).as('birth_date_valid'),
      ];
    });
    // One pass, three groupings: the whole tenant, each source, each import batch (null: not imported).
    return select
      .groupBy(sql`GROUPING SETS ((), (c.source), (c.import_batch_id))`)
      .orderBy(sql`grouping, group_key`);
  },

  /**
   * For the rest of the transaction: memory for the report's hash aggregates (so 1 M customers' flags do not
   * spill to disk), no parallel workers (each would rebuild the per-customer phone aggregate on its own), and
   * the report's statement timeout.
   */
  reportSettings: () =>
    db.selectNoFrom([
      sql<string>`set_config('work_mem', ${REPORT_WORK_MEM}, true)`.as('work_mem'),
      sql<string>`set_config('max_parallel_workers_per_gather', '0', true)`.as('workers'),
      sql<string>`set_config('statement_timeout', ${String(REPORT_STATEMENT_TIMEOUT_MS)}, true)`.as(
        'statement_timeout',
      ),
    ]),

  /** Today in Korea (a snapshot's day). */
  today: () => db.selectNoFrom(sql<string>`to_char(now() AT TIME ZONE 'Asia/Seoul', 'YYYY-MM-DD')`.as('day')),

  /** Re-taking a day replaces it. */
  deleteDay: (day: string) => db.deleteFrom('customer_quality_snapshots').where('taken_on', '=', day),

  /** One row per (grouping, group, field) of the day, from parallel arrays. */
  insertDay: (day: string, rows: QualityResultRow[]) =>
    db
      .insertInto('customer_quality_snapshots')
      .columns(['tenant_id', 'group_by', 'taken_on', 'group_key', 'field', 'total', 'filled', 'valid'])
      .expression(
        sql`SELECT current_setting('app.tenant_id', true), r.group_by, ${day}::date, r.group_key, r.field,
                   r.total, r.filled, r.valid
            FROM unnest(${rows.map((r) => r.groupBy)}::text[], ${rows.map((r) => r.key)}::text[],
                        ${rows.map((r) => r.field)}::text[], ${rows.map((r) => r.total)}::int[],
                        ${rows.map((r) => r.filled)}::int[], ${rows.map((r) => r.valid)}::int[])
              AS r(group_by, group_key, field, total, filled, valid)`,
      ),

  /** A group's dated results `[from, to]` in date order, for charts. */
  history: (groupBy: QualityGroupBy, key: string, from: string, to: string) =>
    db
      .selectFrom('customer_quality_snapshots')
      .select([sql<string>`to_char(taken_on, 'YYYY-MM-DD')`.as('day'), 'field', 'total', 'filled', 'valid'])
      .where('group_by', '=', groupBy)
      .where('group_key', '=', key)
      .where('taken_on', '>=', from)
      .where('taken_on', '<=', to)
      .orderBy('taken_on')
      .orderBy('field'),
};

const PERIOD: QualityPeriod = {
  from: new Date('2026-01-01T00:00:00+09:00'),
  to: new Date('2026-07-01T00:00:00+09:00'),
};

export const QUALITY_STATEMENTS: { [K in keyof typeof QualityQueries]: StatementExamples[string] } = {
  counts: {
    'all time': QualityQueries.counts({ from: null, to: null }),
    period: QualityQueries.counts(PERIOD),
  },
  reportSettings: QualityQueries.reportSettings(),
  today: QualityQueries.today(),
  deleteDay: QualityQueries.deleteDay('2026-11-26'),
  insertDay: QualityQueries.insertDay('2026-11-26', [
    { groupBy: QualityGroupBy.TENANT, key: '', field: QualityField.NAME, total: 10, filled: 10, valid: 9 },
    {
      groupBy: QualityGroupBy.SOURCE,
      key: 'manual',
      field: QualityField.MOBILE,
      total: 4,
      filled: 2,
      valid: 1,
    },
  ]),
  history: QualityQueries.history(QualityGroupBy.TENANT, '', '2026-09-01', '2026-11-26'),
};
