import { sql, type Expression, type SqlBool } from 'kysely';
import { queryBuilder, type StatementExamples } from '@pcrm/tenancy';

/** The columns of `voc_items` the analytics read (the table belongs to the petitions capability). */
interface VocItemsTable {
  id: string;
  parent_id: string | null;
  receipt_no: string;
  title: string;
  status: string;
  handling_class: string;
  customer_id: string | null;
  department_id: string | null;
  officer_id: string | null;
  received_at: Date;
  due_at: Date;
  target_due_at: Date;
  answered_at: Date | null;
  closed_at: Date | null;
}
interface DepartmentsTable {
  id: string;
  parent_id: string | null;
  name: string;
}
interface StaffTable {
  id: string;
  name: string;
}
interface CustomersTable {
  id: string;
  customer_no: number;
  name: string;
}

type AnalyticsDatabase = {
  voc_items: VocItemsTable;
  departments: DepartmentsTable;
  staff: StaffTable;
  customers: CustomersTable;
};
const db = queryBuilder<AnalyticsDatabase>();

export enum ProcessingGroupBy {
  BUREAU = 'BUREAU',
  DEPARTMENT = 'DEPARTMENT',
  CLASS = 'CLASS',
}

/** A half-open time range [from, to). */
export interface TimeRange {
  from: Date;
  to: Date;
}

/** One group of finished cases; `grouping` bit 1 = summed over keys, bit 0 = summed over months. */
export interface ProcessingCountsRow {
  period: 'CURRENT' | 'PREVIOUS';
  key: string | null;
  month: string | null;
  grouping: number;
  finished: number;
  total_days: number;
  within_target: number;
  within_statutory: number;
}

const SEOUL_MONTH = (column: Expression<Date | null>) =>
  sql<string>`to_char(${column} AT TIME ZONE 'Asia/Seoul', 'YYYY-MM')`;

const inRange = (column: 'answered_at' | 'received_at', r: TimeRange) =>
  sql<SqlBool>`(${sql.ref(`v.${column}`)} >= ${r.from} AND ${sql.ref(`v.${column}`)} < ${r.to})`;

/** Every department with the top-level department (국·실·본부) it belongs to. */
const bureaus = () =>
  db
    .withRecursive('bureau(id, root)', (tree) =>
      tree
        .selectFrom('departments')
        .select(['id', 'id as root'])
        .where('parent_id', 'is', null)
        .unionAll(
          tree
            .selectFrom('departments as d')
            .innerJoin('bureau', 'bureau.id', 'd.parent_id')
            .select(['d.id', 'bureau.root']),
        ),
    )
    .selectFrom('bureau')
    .select(['id', 'root']);

/** Finished cases of this period and of the same months a year before, one row each with its group key. */
function finishedCases(groupBy: ProcessingGroupBy, current: TimeRange, previous: TimeRange) {
  const base = db
    .selectFrom('voc_items as v')
    .where('v.parent_id', 'is', null)
    .where('v.answered_at', 'is not', null)
    .where(sql<SqlBool>`(${inRange('answered_at', current)} OR ${inRange('answered_at', previous)})`);
  const common = [
    sql<
      'CURRENT' | 'PREVIOUS'
    >`CASE WHEN v.answered_at >= ${current.from} THEN 'CURRENT' ELSE 'PREVIOUS' END`.as('period'),
    SEOUL_MONTH(sql.ref('v.answered_at')).as('month'),
    sql<number>`extract(epoch FROM v.answered_at - v.received_at) / 86400`.as('days'),
    sql<number>`(v.answered_at <= v.target_due_at)::int`.as('in_target'),
    sql<number>`(v.answered_at <= v.due_at)::int`.as('in_statutory'),
  ];
  if (groupBy === ProcessingGroupBy.BUREAU)
    return base
      .leftJoin(bureaus().as('b'), 'b.id', 'v.department_id')
      .select([sql<string | null>`b.root::text`.as('key'), ...common]);
  if (groupBy === ProcessingGroupBy.DEPARTMENT)
    return base.select([sql<string | null>`v.department_id::text`.as('key'), ...common]);
  return base.select([sql<string | null>`v.handling_class`.as('key'), ...common]);
}

/** Finished cases of one (period, bureau, department, class, month) cell of the reduction analysis. */
export interface ReductionCountsRow {
  period: 'CURRENT' | 'PREVIOUS';
  bureau_id: string | null;
  department_id: string | null;
  handling_class: string;
  month: string;
  finished: number;
  total_days: number;
}

export interface RepeatHistogramRow {
  /** null: every class together. */
  handling_class: string | null;
  /** Petitions per petitioner. */
  n: number;
  /** Petitioners who filed exactly `n`. */
  customers: number;
}

export interface TopPetitionerRow {
  id: string;
  customer_no: number;
  name: string;
  petitions: number;
  open: number;
  last_received_at: Date;
  classes: string[];
}

export interface BacklogFilter {
  overdueOnly: boolean;
  /** With every department below it. */
  departmentId: string | null;
  now: Date;
}

/** The keyset of the backlog order: the due date to the microsecond (as text, JavaScript has milliseconds) and id. */
export interface BacklogKey {
  dueAt: string;
  id: string;
}

export interface BacklogRow {
  id: string;
  receipt_no: string;
  title: string;
  status: string;
  handling_class: string;
  received_at: Date;
  due_at: Date;
  target_due_at: Date;
  department_id: string | null;
  department_name: string | null;
  officer_name: string | null;
  due_key: string;
}

const subunitsOf = (departmentId: string) =>
  db
    .withRecursive('subunits(id)', (tree) =>
      tree
        .selectFrom('departments')
        .select('id')
        .where('id', '=', departmentId)
        .unionAll(
          tree
            .selectFrom('departments')
            .innerJoin('subunits', 'subunits.id', 'departments.parent_id')
            .select('departments.id'),
        ),
    )
    .selectFrom('subunits')
    .select('id');

/** Open cases: not answered (or rejected or transferred) and not closed. */
const openCases = (f: BacklogFilter) => {
  let q = db.selectFrom('voc_items as v').where('v.answered_at', 'is', null).where('v.closed_at', 'is', null);
  if (f.overdueOnly) q = q.where('v.due_at', '<', f.now);
  if (f.departmentId) q = q.where('v.department_id', 'in', subunitsOf(f.departmentId));
  return q;
};

/** Every statement of the petition analytics; `analytics.queries.sql` holds what each compiles to. */
export const AnalyticsQueries = {
  /** Counts per (period, key, month) with the sums over months, over keys and over both (GROUPING SETS). */
  processingTimes: (groupBy: ProcessingGroupBy, current: TimeRange, previous: TimeRange) =>
    db
      .selectFrom(finishedCases(groupBy, current, previous).as('c'))
      .select([
        'c.period',
        'c.key',
        'c.month',
        sql<number>`grouping(c.key, c.month)`.as('grouping'),
        sql<number>`count(*)::int`.as('finished'),
        sql<number>`sum(c.days)::float8`.as('total_days'),
        sql<number>`sum(c.in_target)::int`.as('within_target'),
        sql<number>`sum(c.in_statutory)::int`.as('within_statutory'),
      ])
      .groupBy(
        sql`GROUPING SETS ((c.period, c.key, c.month), (c.period, c.key), (c.period, c.month), (c.period))`,
      )
      .orderBy('c.period')
      .orderBy('c.key')
      .orderBy('c.month'),

  /**
   * Busan's processing-time reduction analysis: finished cases per bureau × department × class × month, for
   * this period and the same months a year before (the same cases and days as `processingTimes`).
   */
  processingReduction: (current: TimeRange, previous: TimeRange) =>
    db
      .selectFrom(
        db
          .selectFrom('voc_items as v')
          .leftJoin(bureaus().as('b'), 'b.id', 'v.department_id')
          .where('v.parent_id', 'is', null)
          .where('v.answered_at', 'is not', null)
          .where(sql<SqlBool>`(${inRange('answered_at', current)} OR ${inRange('answered_at', previous)})`)
          .select([
            sql<
              'CURRENT' | 'PREVIOUS'
            >`CASE WHEN v.answered_at >= ${current.from} THEN 'CURRENT' ELSE 'PREVIOUS' END`.as('period'),
            sql<string | null>`b.root::text`.as('bureau_id'),
            sql<string | null>`v.department_id::text`.as('department_id'),
            'v.handling_class',
            SEOUL_MONTH(sql.ref('v.answered_at')).as('month'),
            sql<number>`extract(epoch FROM v.answered_at - v.received_at) / 86400`.as('days'),
          ])
          .as('c'),
      )
      .select([
        'c.period',
        'c.bureau_id',
        'c.department_id',
        'c.handling_class',
        'c.month',
        sql<number>`count(*)::int`.as('finished'),
        sql<number>`sum(c.days)::float8`.as('total_days'),
      ])
      .groupBy(['c.period', 'c.bureau_id', 'c.department_id', 'c.handling_class', 'c.month'])
      .orderBy('c.bureau_id')
      .orderBy('c.department_id')
      .orderBy('c.handling_class')
      .orderBy('c.month'),

  departmentNames: () => db.selectFrom('departments').select(['id', 'name']),

  /** How many petitioners filed how many petitions, for every class together and per class. */
  repeatHistogram: (range: TimeRange) =>
    db
      .selectFrom(
        db
          .selectFrom('voc_items as v')
          .where('v.parent_id', 'is', null)
          .where('v.customer_id', 'is not', null)
          .where(inRange('received_at', range))
          .select([
            sql<string | null>`v.handling_class`.as('handling_class'),
            sql<number>`count(*)::int`.as('n'),
          ])
          .groupBy(sql`GROUPING SETS ((v.customer_id), (v.handling_class, v.customer_id))`)
          .as('per'),
      )
      .select(['per.handling_class', 'per.n', sql<number>`count(*)::int`.as('customers')])
      .groupBy(['per.handling_class', 'per.n'])
      .orderBy('per.handling_class')
      .orderBy('per.n', 'desc'),

  anonymousPetitions: (range: TimeRange) =>
    db
      .selectFrom('voc_items as v')
      .where('v.parent_id', 'is', null)
      .where('v.customer_id', 'is', null)
      .where(inRange('received_at', range))
      .select(sql<number>`count(*)::int`.as('n')),

  /** The petitioners with the most petitions (ties by id), optionally of one class. */
  topPetitioners: (range: TimeRange, handlingClass: string | null, limit: number) => {
    let per = db
      .selectFrom('voc_items as v')
      .where('v.parent_id', 'is', null)
      .where('v.customer_id', 'is not', null)
      .where(inRange('received_at', range));
    if (handlingClass) per = per.where('v.handling_class', '=', handlingClass);
    const top = per
      .select([
        'v.customer_id',
        sql<number>`count(*)::int`.as('petitions'),
        sql<number>`count(*) FILTER (WHERE v.answered_at IS NULL AND v.closed_at IS NULL)::int`.as('open'),
        sql<Date>`max(v.received_at)`.as('last_received_at'),
        sql<string[]>`array_agg(DISTINCT v.handling_class ORDER BY v.handling_class)`.as('classes'),
      ])
      .groupBy('v.customer_id')
      .orderBy('petitions', 'desc')
      .orderBy('v.customer_id')
      .limit(limit);
    return db
      .selectFrom(top.as('t'))
      .innerJoin('customers as c', 'c.id', 't.customer_id')
      .select(['c.id', 'c.customer_no', 'c.name', 't.petitions', 't.open', 't.last_received_at', 't.classes'])
      .orderBy('t.petitions', 'desc')
      .orderBy('c.id');
  },

  /** A keyset page of open cases by due date (most overdue first). */
  backlogPage: (f: BacklogFilter, after: BacklogKey | null, limit: number) => {
    let q = openCases(f)
      .leftJoin('departments as d', 'd.id', 'v.department_id')
      .leftJoin('staff as s', 's.id', 'v.officer_id')
      .select([
        'v.id',
        'v.receipt_no',
        'v.title',
        'v.status',
        'v.handling_class',
        'v.received_at',
        'v.due_at',
        'v.target_due_at',
        'v.department_id',
        'd.name as department_name',
        's.name as officer_name',
        sql<string>`to_char(v.due_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`.as('due_key'),
      ]);
    if (after)
      q = q.where((eb) =>
        eb(eb.refTuple('v.due_at', 'v.id'), '>', eb.tuple(sql<Date>`${after.dueAt}::timestamptz`, after.id)),
      );
    return q.orderBy('v.due_at').orderBy('v.id').limit(limit);
  },

  /** Open, overdue and at-risk (past the target, not yet the statutory due date) cases of the filter. */
  backlogCounts: (f: BacklogFilter) =>
    openCases(f).select([
      sql<number>`count(*)::int`.as('open'),
      sql<number>`count(*) FILTER (WHERE v.due_at < ${f.now})::int`.as('overdue'),
      sql<number>`count(*) FILTER (WHERE v.target_due_at < ${f.now} AND v.due_at >= ${f.now})::int`.as(
        'at_risk',
      ),
    ]),
};

const RANGE: TimeRange = {
  from: new Date('2026-01-01T00:00:00+09:00'),
  to: new Date('2026-07-01T00:00:00+09:00'),
};
const PREVIOUS: TimeRange = {
  from: new Date('2025-01-01T00:00:00+09:00'),
  to: new Date('2025-07-01T00:00:00+09:00'),
};
const NOW = new Date('2026-07-01T09:00:00+09:00');
const DEPARTMENT = '00000000-0000-4000-8000-000000000001';
const KEY: BacklogKey = { dueAt: '2026-06-30T00:00:00.000000Z', id: '00000000-0000-4000-8000-000000000002' };

export const ANALYTICS_STATEMENTS: { [K in keyof typeof AnalyticsQueries]: StatementExamples[string] } = {
  processingTimes: Object.fromEntries(
    Object.values(ProcessingGroupBy).map((g) => [g, AnalyticsQueries.processingTimes(g, RANGE, PREVIOUS)]),
  ),
  processingReduction: AnalyticsQueries.processingReduction(RANGE, PREVIOUS),
  departmentNames: AnalyticsQueries.departmentNames(),
  repeatHistogram: AnalyticsQueries.repeatHistogram(RANGE),
  anonymousPetitions: AnalyticsQueries.anonymousPetitions(RANGE),
  topPetitioners: {
    'every class': AnalyticsQueries.topPetitioners(RANGE, null, 20),
    'one class': AnalyticsQueries.topPetitioners(RANGE, 'COMPLEX', 20),
  },
  backlogPage: {
    'all open, first page': AnalyticsQueries.backlogPage(
      { overdueOnly: false, departmentId: null, now: NOW },
      null,
      51,
    ),
    'overdue of a department, next page': AnalyticsQueries.backlogPage(
      { overdueOnly: true, departmentId: DEPARTMENT, now: NOW },
      KEY,
      51,
    ),
  },
  backlogCounts: {
    'all open': AnalyticsQueries.backlogCounts({ overdueOnly: false, departmentId: null, now: NOW }),
    'overdue of a department': AnalyticsQueries.backlogCounts({
      overdueOnly: true,
      departmentId: DEPARTMENT,
      now: NOW,
    }),
  },
};
