import { sql, type Expression, type SqlBool } from 'kysely';
import { queryBuilder, type StatementExamples } from '@pcrm/tenancy';
import { MeasureSubject, ScopeKind, type Measure, type TimeRange } from './measure';
import { STANDARD_MEASURES } from './standard-measures';

interface PerformanceRollupsTable {
  tenant_id: string;
  measure_code: string;
  scope_kind: string;
  scope_id: string;
  month: string;
  numerator: string;
  denominator: string;
  refreshed_at: Date;
}
interface PerformanceDirtyMonthsTable {
  tenant_id: string;
  month: string;
  xact: string;
}
/** What the drill-down shows of a petition or a task (tables of the petitions and tasks capabilities). */
interface VocItemsTable {
  id: string;
  receipt_no: string;
  title: string;
  status: string;
  received_at: Date;
  closed_at: Date | null;
}
interface TasksTable {
  id: string;
  management_no: string;
  title: string;
  status: string;
  created_at: Date;
  closed_at: Date | null;
}
interface NamedTable {
  id: string;
  name: string;
}
type RollupDatabase = {
  departments: NamedTable;
  staff: NamedTable;
  performance_rollups: PerformanceRollupsTable;
  performance_dirty_months: PerformanceDirtyMonthsTable;
  voc_items: VocItemsTable;
  tasks: TasksTable;
};
const db = queryBuilder<RollupDatabase>();

const TENANT = sql<string>`current_setting('app.tenant_id', true)`;
const SCOPE_COLUMN: Record<ScopeKind, 'f.department_id' | 'f.officer_id'> = {
  DEPARTMENT: 'f.department_id',
  OFFICER: 'f.officer_id',
};

/** Which months of the facts to keep: all of the range, or only these (YYYY-MM). */
export type MonthFilter = readonly string[] | null;

const monthIn = (months: MonthFilter): Expression<SqlBool> =>
  months ? sql<SqlBool>`to_char(f.month, 'YYYY-MM') = ANY(${[...months]}::text[])` : sql<SqlBool>`true`;

/**
 * The tenant-wide row of a measure and month (`scope_kind` TENANT, nil `scope_id`): every fact, with or without
 * a department or officer (a petition closed or transferred before assignment has neither). Scorecards never
 * read it; the ministry's standard-indicator sums do (docs/adr/0019 "Standard indicators").
 */
const TENANT_SCOPE = 'TENANT';
const TENANT_SCOPE_ID = sql<string>`'00000000-0000-0000-0000-000000000000'::uuid`;

/**
 * A measure's facts summed per month and scope (one pass: GROUPING SETS over department, officer and the
 * whole tenant), as the rows of `performance_rollups`; facts without a department or officer count for no
 * scope of that kind, but for the tenant.
 */
function rollupRows(m: Measure, range: TimeRange, months: MonthFilter) {
  const facts = db.selectFrom(m.facts(range).as('f')).where(monthIn(months));
  const sums = [
    sql<string>`sum(f.numerator)`.as('numerator'),
    sql<string>`sum(f.denominator)`.as('denominator'),
  ];
  const scopes = m.scopes.map((scope) => ({ scope, column: sql.ref(SCOPE_COLUMN[scope]) }));
  const sets = scopes.map(({ column }) => sql`(f.month, ${column})`);
  const grouped = (column: (typeof scopes)[number]['column']) => sql<SqlBool>`grouping(${column}) = 0`;
  const kind = scopes.reduceRight(
    (otherwise, { scope, column }) =>
      sql<string>`CASE WHEN ${grouped(column)} THEN ${scope}::text ELSE ${otherwise} END`,
    sql<string>`${TENANT_SCOPE}::text`,
  );
  const id = scopes.reduceRight(
    (otherwise, { column }) => sql<string>`CASE WHEN ${grouped(column)} THEN ${column} ELSE ${otherwise} END`,
    TENANT_SCOPE_ID,
  );
  const onlyMonth = sql.join(
    scopes.map(({ column }) => sql`grouping(${column}) = 1`),
    sql` AND `,
  );
  return facts
    .groupBy(sql`GROUPING SETS (${sql.join(sets)}, (f.month))`)
    .having(
      sql<SqlBool>`(${onlyMonth}) OR ${sql.join(
        scopes.map(({ column }) => sql`(${grouped(column)} AND ${column} IS NOT NULL)`),
        sql` OR `,
      )}`,
    )
    .select([
      TENANT.as('tenant_id'),
      sql<string>`${m.code}::text`.as('measure_code'),
      kind.as('scope_kind'),
      id.as('scope_id'),
      'f.month',
      ...sums,
    ]);
}

export interface RollupSumRow {
  measure_code: string;
  numerator: string;
  denominator: string;
}
export interface RollupMonthRow extends RollupSumRow {
  month: string;
}
export interface DrillKey {
  month: string;
  subjectId: string;
}
export interface DrillRow {
  subject_id: string;
  month: string;
  numerator: string;
  denominator: string;
  number: string;
  title: string;
  status: string;
  opened_at: Date;
  closed_at: Date | null;
}

/** The facts of one measure for one scope, the drill-down's rows and count (the roll-up's own predicate). */
const scopeFacts = (m: Measure, scope: ScopeKind, scopeId: string, range: TimeRange) =>
  db
    .selectFrom(m.facts(range).as('f'))
    .where(sql.ref(SCOPE_COLUMN[scope]), '=', scopeId)
    .where(m.scopes.includes(scope) ? sql<SqlBool>`true` : sql<SqlBool>`false`);

export const RollupQueries = {
  /** Roll-ups of one tenant run one at a time (two runs at once would each write the same months). */
  lock: () =>
    db.selectNoFrom(
      sql<string>`pg_advisory_xact_lock(hashtext('performance-rollup:' || current_setting('app.tenant_id', true)))::text`.as(
        'locked',
      ),
    ),

  /** Takes the committed marks: their months are recomputed by the statements that follow. */
  takeDirtyMonths: () =>
    db.deleteFrom('performance_dirty_months').returning(sql<string>`to_char(month, 'YYYY-MM')`.as('month')),

  deleteMonths: (months: readonly string[]) =>
    db
      .deleteFrom('performance_rollups')
      .where(sql<SqlBool>`to_char(month, 'YYYY-MM') = ANY(${[...months]}::text[])`),

  deleteAll: () => db.deleteFrom('performance_rollups'),

  /**
   * Republishes the tenant's standard-indicator sums and indicator list for the ministry from the roll-ups
   * just written (SECURITY DEFINER, k = 5 applied there; docs/adr/0019 "Standard indicators").
   */
  publishForMinistry: () => db.selectNoFrom(sql<number>`refresh_performance_ministry()`.as('rows')),

  insertMeasure: (m: Measure, range: TimeRange, months: MonthFilter) =>
    db
      .insertInto('performance_rollups')
      .columns(['tenant_id', 'measure_code', 'scope_kind', 'scope_id', 'month', 'numerator', 'denominator'])
      .expression(rollupRows(m, range, months)),

  /** Numerator and denominator per measure of one scope over whole months [from, to] (YYYY-MM). */
  sums: (scope: ScopeKind, scopeId: string, measures: readonly string[], from: string, to: string) =>
    db
      .selectFrom('performance_rollups')
      .where('scope_kind', '=', scope)
      .where('scope_id', '=', scopeId)
      .where('measure_code', 'in', [...measures])
      .where(sql<SqlBool>`month BETWEEN ${`${from}-01`}::date AND ${`${to}-01`}::date`)
      .groupBy('measure_code')
      .select([
        'measure_code',
        sql<string>`sum(numerator)`.as('numerator'),
        sql<string>`sum(denominator)`.as('denominator'),
      ]),

  /** The monthly rows of one scope's measures over whole months [from, to] (the trend). */
  months: (scope: ScopeKind, scopeId: string, measures: readonly string[], from: string, to: string) =>
    db
      .selectFrom('performance_rollups')
      .where('scope_kind', '=', scope)
      .where('scope_id', '=', scopeId)
      .where('measure_code', 'in', [...measures])
      .where(sql<SqlBool>`month BETWEEN ${`${from}-01`}::date AND ${`${to}-01`}::date`)
      .select([
        'measure_code',
        sql<string>`to_char(month, 'YYYY-MM')`.as('month'),
        sql<string>`numerator::text`.as('numerator'),
        sql<string>`denominator::text`.as('denominator'),
      ])
      .orderBy('measure_code')
      .orderBy('month'),

  /** The department's or officer's name; none for another tenant's id (RLS). */
  scopeName: (scope: ScopeKind, scopeId: string) =>
    db
      .selectFrom(scope === ScopeKind.DEPARTMENT ? 'departments' : 'staff')
      .select('name')
      .where('id', '=', scopeId),

  /** When the scope's roll-up rows were last written. */
  refreshedAt: (scope: ScopeKind, scopeId: string) =>
    db
      .selectFrom('performance_rollups')
      .where('scope_kind', '=', scope)
      .where('scope_id', '=', scopeId)
      .select(sql<Date | null>`max(refreshed_at)`.as('at')),

  /** The rows behind one number, by month then subject, one more than `limit` to tell if more follow. */
  drillDown: (
    m: Measure,
    scope: ScopeKind,
    scopeId: string,
    range: TimeRange,
    after: DrillKey | null,
    limit: number,
  ) => {
    let q = scopeFacts(m, scope, scopeId, range);
    if (after)
      q = q.where(
        sql<SqlBool>`(to_char(f.month, 'YYYY-MM'), f.subject_id) > (${after.month}, ${after.subjectId}::uuid)`,
      );
    const page = q.orderBy('f.month').orderBy('f.subject_id').limit(limit);
    const common = [
      'f.subject_id',
      sql<string>`to_char(f.month, 'YYYY-MM')`.as('month'),
      sql<string>`f.numerator::text`.as('numerator'),
      sql<string>`f.denominator::text`.as('denominator'),
    ] as const;
    if (m.subject === MeasureSubject.RECORD) {
      if (!m.subjectRows) throw new Error(`Measure '${m.code}' has RECORD subjects but no subjectRows`);
      return page
        .innerJoin(m.subjectRows().as('s'), 's.id', 'f.subject_id')
        .select([...common, 's.number', 's.title', 's.status', 's.opened_at', 's.closed_at']);
    }
    return m.subject === MeasureSubject.TASK
      ? page
          .innerJoin('tasks as s', 's.id', 'f.subject_id')
          .select([
            ...common,
            's.management_no as number',
            's.title',
            's.status',
            's.created_at as opened_at',
            's.closed_at',
          ])
      : page
          .innerJoin('voc_items as s', 's.id', 'f.subject_id')
          .select([
            ...common,
            's.receipt_no as number',
            's.title',
            's.status',
            's.received_at as opened_at',
            's.closed_at',
          ]);
  },

  drillCount: (m: Measure, scope: ScopeKind, scopeId: string, range: TimeRange) =>
    scopeFacts(m, scope, scopeId, range).select([
      sql<number>`count(*)::int`.as('n'),
      sql<string>`coalesce(sum(f.numerator), 0)::text`.as('numerator'),
      sql<string>`coalesce(sum(f.denominator), 0)::text`.as('denominator'),
    ]),
};

const RANGE: TimeRange = { from: new Date('2025-12-31T15:00:00Z'), to: new Date('2026-12-31T15:00:00Z') };
const SCOPE = '00000000-0000-4000-8000-000000000001';

export const ROLLUP_STATEMENTS: { [K in keyof typeof RollupQueries]: StatementExamples[string] } = {
  lock: RollupQueries.lock(),
  takeDirtyMonths: RollupQueries.takeDirtyMonths(),
  deleteMonths: RollupQueries.deleteMonths(['2026-01', '2026-03']),
  deleteAll: RollupQueries.deleteAll(),
  publishForMinistry: RollupQueries.publishForMinistry(),
  insertMeasure: Object.fromEntries(
    STANDARD_MEASURES.flatMap((m) => [
      [`${m.code}, every month`, RollupQueries.insertMeasure(m, RANGE, null)],
      [`${m.code}, touched months`, RollupQueries.insertMeasure(m, RANGE, ['2026-01', '2026-03'])],
    ]),
  ),
  sums: RollupQueries.sums(ScopeKind.DEPARTMENT, SCOPE, ['SURVEY_OVERALL'], '2026-01', '2026-03'),
  months: RollupQueries.months(ScopeKind.OFFICER, SCOPE, ['SURVEY_OVERALL'], '2026-01', '2026-12'),
  scopeName: {
    department: RollupQueries.scopeName(ScopeKind.DEPARTMENT, SCOPE),
    officer: RollupQueries.scopeName(ScopeKind.OFFICER, SCOPE),
  },
  refreshedAt: RollupQueries.refreshedAt(ScopeKind.DEPARTMENT, SCOPE),
  drillDown: Object.fromEntries(
    STANDARD_MEASURES.map((m) => [
      m.code,
      RollupQueries.drillDown(m, ScopeKind.DEPARTMENT, SCOPE, RANGE, null, 51),
    ]),
  ),
  drillCount: RollupQueries.drillCount(STANDARD_MEASURES[0], ScopeKind.OFFICER, SCOPE, RANGE),
};
