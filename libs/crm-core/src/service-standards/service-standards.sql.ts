import { sql, type Generated } from 'kysely';
import { queryBuilder, type StatementExamples } from '@pcrm/tenancy';

/** The tables of this capability as its statements see them. Tenant scoping is RLS's job. */
export interface ServiceStandardsTable {
  tenant_id: Generated<string>;
  id: Generated<string>;
  touchpoint: string | null;
  core_service: string | null;
  name: string;
  commitment: string;
  target_value: string;
  unit: string;
  direction: string;
  department_id: string;
  active: Generated<boolean>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface MeasurementsTable {
  tenant_id: Generated<string>;
  id: Generated<string>;
  standard_id: string;
  department_id: string;
  month: string;
  sample_size: number;
  met_count: number | null;
  measured_value: string | null;
  checks: number;
  checks_met: number;
  note: string | null;
  recorded_by: string;
  recorded_at: Generated<Date>;
}

export interface CsiRoundsTable {
  tenant_id: Generated<string>;
  id: Generated<string>;
  department_id: string;
  year: number;
  half: number;
  design_version: number;
  surveyed_on: string;
  respondents: number;
  csi_index: string;
  note: string | null;
  recorded_by: string;
  recorded_at: Generated<Date>;
}

export interface CsiRoundItemsTable {
  tenant_id: Generated<string>;
  round_id: string;
  item_code: string;
  mean: string;
  respondents: number;
}

export interface CourtesyChecksTable {
  tenant_id: Generated<string>;
  id: Generated<string>;
  department_id: string;
  checked_on: string;
  calls_checked: number;
  greeting: string;
  promptness: string;
  kindness: string;
  accuracy: string;
  closing: string;
  total: Generated<string>;
  note: string | null;
  recorded_by: string;
  recorded_at: Generated<Date>;
}

export interface RecognitionAwardsTable {
  tenant_id: Generated<string>;
  id: Generated<string>;
  department_id: string;
  year: number;
  half: number;
  kind: string;
  note: string | null;
  awarded_by: string;
  awarded_at: Generated<Date>;
}

interface DepartmentsTable {
  id: string;
  active: boolean;
}

const db = queryBuilder<{
  service_standards: ServiceStandardsTable;
  service_standard_measurements: MeasurementsTable;
  csi_rounds: CsiRoundsTable;
  csi_round_items: CsiRoundItemsTable;
  phone_courtesy_checks: CourtesyChecksTable;
  recognition_awards: RecognitionAwardsTable;
  departments: DepartmentsTable;
}>();

const tenant = sql<string>`current_setting('app.tenant_id', true)`;
/** `YYYY-MM-DD` of a date column (a JS Date would shift with the server's time zone). */
const day = (column: string) => sql<string>`to_char(${sql.ref(column)}, 'YYYY-MM-DD')`;
const float = (expression: ReturnType<typeof sql>) => sql<number>`(${expression})::float8`;

const STANDARD_COLUMNS = [
  'id',
  'touchpoint',
  'core_service',
  'name',
  'commitment',
  sql<number>`target_value::float8`.as('target_value'),
  'unit',
  'direction',
  'department_id',
  'active',
  'updated_at',
] as const;

export interface StandardWrite {
  touchpoint: string | null;
  coreService: string | null;
  name: string;
  commitment: string;
  targetValue: number;
  unit: string;
  direction: string;
  departmentId: string;
  active: boolean;
}

export interface MeasurementWrite {
  standardId: string;
  departmentId: string;
  month: string;
  sampleSize: number;
  metCount: number | null;
  measuredValue: number | null;
  checks: number;
  checksMet: number;
  note: string | null;
  recordedBy: string;
}

export interface CsiRoundWrite {
  departmentId: string;
  year: number;
  half: number;
  designVersion: number;
  surveyedOn: string;
  respondents: number;
  csiIndex: number;
  note: string | null;
  recordedBy: string;
}

export interface CourtesyWrite {
  departmentId: string;
  checkedOn: string;
  callsChecked: number;
  greeting: number;
  promptness: number;
  kindness: number;
  accuracy: number;
  closing: number;
  note: string | null;
  recordedBy: string;
}

export interface AwardWrite {
  departmentId: string;
  year: number;
  half: number;
  kind: string;
  note: string | null;
  awardedBy: string;
}

/** A month range, both ends the first day of a month (`YYYY-MM-01`), inclusive. */
export interface MonthRange {
  from: string;
  to: string;
}

const MEASUREMENT_COLUMNS = [
  'id',
  'standard_id',
  'department_id',
  day('month').as('month'),
  'sample_size',
  'met_count',
  sql<number | null>`measured_value::float8`.as('measured_value'),
  'checks',
  'checks_met',
  'note',
  'recorded_by',
  'recorded_at',
] as const;

const CSI_COLUMNS = [
  'id',
  'department_id',
  'year',
  'half',
  'design_version',
  day('surveyed_on').as('surveyed_on'),
  'respondents',
  sql<number>`csi_index::float8`.as('csi_index'),
  'note',
  'recorded_by',
  'recorded_at',
] as const;

const COURTESY_COLUMNS = [
  'id',
  'department_id',
  day('checked_on').as('checked_on'),
  'calls_checked',
  sql<number>`greeting::float8`.as('greeting'),
  sql<number>`promptness::float8`.as('promptness'),
  sql<number>`kindness::float8`.as('kindness'),
  sql<number>`accuracy::float8`.as('accuracy'),
  sql<number>`closing::float8`.as('closing'),
  sql<number>`total::float8`.as('total'),
  'note',
  'recorded_by',
  'recorded_at',
] as const;

const AWARD_COLUMNS = [
  'id',
  'department_id',
  'year',
  'half',
  'kind',
  'note',
  'awarded_by',
  'awarded_at',
] as const;

/**
 * The monitored figures, one row per (department, month) with a numerator and a denominator over a month range:
 * the shape a performance indicator's measure reads (issue 10 #5), so each can be registered as a measure.
 * `month` is `YYYY-MM-01`.
 */
export const ServiceStandardMeasures = {
  /** 이행표준 달성률: checks meeting the target / checks (a count record is its sample, a value record one check). */
  standardAttainment: (range: MonthRange) =>
    db
      .selectFrom('service_standard_measurements')
      .select([
        'department_id',
        day('month').as('month'),
        float(sql`sum(checks_met)`).as('numerator'),
        float(sql`sum(checks)`).as('denominator'),
      ])
      .where('month', '>=', sql<string>`${range.from}::date`)
      .where('month', '<=', sql<string>`${range.to}::date`)
      .groupBy(['department_id', 'month']),

  /** CSI 지수: the rounds' indices weighted by respondents (numerator Σ index × respondents, denominator Σ respondents). */
  csiIndex: (range: MonthRange) =>
    db
      .selectFrom('csi_rounds')
      .select([
        'department_id',
        sql<string>`to_char(date_trunc('month', surveyed_on), 'YYYY-MM-DD')`.as('month'),
        float(sql`sum(csi_index * respondents)`).as('numerator'),
        float(sql`sum(respondents)`).as('denominator'),
      ])
      .where('surveyed_on', '>=', sql<string>`${range.from}::date`)
      .where('surveyed_on', '<', sql<string>`(${range.to}::date + interval '1 month')::date`)
      .groupBy(['department_id', sql`date_trunc('month', surveyed_on)`]),

  /** 전화친절도: the checks' totals (0–100) weighted by calls checked. */
  phoneCourtesy: (range: MonthRange) =>
    db
      .selectFrom('phone_courtesy_checks')
      .select([
        'department_id',
        sql<string>`to_char(date_trunc('month', checked_on), 'YYYY-MM-DD')`.as('month'),
        float(sql`sum(total * calls_checked)`).as('numerator'),
        float(sql`sum(calls_checked)`).as('denominator'),
      ])
      .where('checked_on', '>=', sql<string>`${range.from}::date`)
      .where('checked_on', '<', sql<string>`(${range.to}::date + interval '1 month')::date`)
      .groupBy(['department_id', sql`date_trunc('month', checked_on)`]),
};

/** A time range's half-open bounds as Korean dates, for the date columns the records count by. */
interface InstantRange {
  from: Date;
  to: Date;
}
const seoulDay = (at: Date) => sql<string>`(${at}::timestamptz AT TIME ZONE 'Asia/Seoul')::date`;
const firstOfMonth = (column: string) => sql<string>`date_trunc('month', ${sql.ref(column)})::date`;
const NO_OFFICER = sql<string | null>`NULL::uuid`;

/**
 * The same figures one record at a time, as performance-indicator measure facts (subject_id, department_id,
 * officer_id, month, numerator, denominator) over a half-open time range, and the rows the drill-down shows.
 */
export const ServiceStandardFacts = {
  standardAttainment: (r: InstantRange) =>
    db
      .selectFrom('service_standard_measurements as m')
      .where('m.month', '>=', seoulDay(r.from))
      .where('m.month', '<', seoulDay(r.to))
      .select([
        'm.id as subject_id',
        'm.department_id',
        NO_OFFICER.as('officer_id'),
        'm.month',
        sql<number>`m.checks_met::numeric`.as('numerator'),
        sql<number>`m.checks::numeric`.as('denominator'),
      ]),

  csiIndex: (r: InstantRange) =>
    db
      .selectFrom('csi_rounds as c')
      .where('c.surveyed_on', '>=', seoulDay(r.from))
      .where('c.surveyed_on', '<', seoulDay(r.to))
      .select([
        'c.id as subject_id',
        'c.department_id',
        NO_OFFICER.as('officer_id'),
        firstOfMonth('c.surveyed_on').as('month'),
        sql<number>`c.csi_index * c.respondents`.as('numerator'),
        sql<number>`c.respondents::numeric`.as('denominator'),
      ]),

  phoneCourtesy: (r: InstantRange) =>
    db
      .selectFrom('phone_courtesy_checks as p')
      .where('p.checked_on', '>=', seoulDay(r.from))
      .where('p.checked_on', '<', seoulDay(r.to))
      .select([
        'p.id as subject_id',
        'p.department_id',
        NO_OFFICER.as('officer_id'),
        firstOfMonth('p.checked_on').as('month'),
        sql<number>`p.total * p.calls_checked`.as('numerator'),
        sql<number>`p.calls_checked::numeric`.as('denominator'),
      ]),
};

/** The drill-down's rows of each record kind: number, title, status (its figure), when it was recorded. */
export const ServiceStandardFactRows = {
  standardAttainment: () =>
    db
      .selectFrom('service_standard_measurements as m')
      .innerJoin('service_standards as s', 's.id', 'm.standard_id')
      .select([
        'm.id',
        sql<string>`to_char(m.month, 'YYYY-MM')`.as('number'),
        's.name as title',
        sql<string>`m.checks_met || '/' || m.checks`.as('status'),
        'm.recorded_at as opened_at',
        sql<Date | null>`NULL::timestamptz`.as('closed_at'),
      ]),

  csiIndex: () =>
    db
      .selectFrom('csi_rounds as c')
      .select([
        'c.id',
        sql<string>`c.year || '-' || (c.half + 1)`.as('number'),
        sql<string>`'CSI ' || c.year || ' (' || c.respondents || '명)'`.as('title'),
        sql<string>`c.csi_index::text`.as('status'),
        'c.recorded_at as opened_at',
        sql<Date | null>`NULL::timestamptz`.as('closed_at'),
      ]),

  phoneCourtesy: () =>
    db
      .selectFrom('phone_courtesy_checks as p')
      .select([
        'p.id',
        sql<string>`to_char(p.checked_on, 'YYYY-MM-DD')`.as('number'),
        sql<string>`'전화친절도 (' || p.calls_checked || '통)'`.as('title'),
        sql<string>`p.total::text`.as('status'),
        'p.recorded_at as opened_at',
        sql<Date | null>`NULL::timestamptz`.as('closed_at'),
      ]),
};

/**
 * The rounds, each with the index and year of the same department's previous round of the same period and
 * design version (null when there is none): years compare only on one questionnaire design.
 */
const comparedRounds = (departmentId: string | null) =>
  db
    .selectFrom('csi_rounds')
    .select([
      ...CSI_COLUMNS,
      sql<
        number | null
      >`(lag(csi_index) OVER (PARTITION BY department_id, half, design_version ORDER BY year))::float8`.as(
        'previous_index',
      ),
      sql<number | null>`lag(year) OVER (PARTITION BY department_id, half, design_version ORDER BY year)`.as(
        'previous_year',
      ),
    ])
    .$if(departmentId !== null, (q) => q.where('department_id', '=', departmentId!));

/** Every statement of the capability's own screens; `service-standards.queries.sql` holds what each compiles to. */
export const ServiceStandardQueries = {
  standards: () =>
    db.selectFrom('service_standards').select(STANDARD_COLUMNS).orderBy('name').orderBy('id').limit(201),

  standardForUpdate: (id: string) =>
    db.selectFrom('service_standards').select(STANDARD_COLUMNS).where('id', '=', id).forUpdate(),

  standardCount: () => db.selectFrom('service_standards').select(sql<number>`count(*)::int`.as('n')),

  insertStandard: (w: StandardWrite) =>
    db
      .insertInto('service_standards')
      .values({
        tenant_id: tenant,
        touchpoint: w.touchpoint,
        core_service: w.coreService,
        name: w.name,
        commitment: w.commitment,
        target_value: String(w.targetValue),
        unit: w.unit,
        direction: w.direction,
        department_id: w.departmentId,
        active: w.active,
      })
      .returning(STANDARD_COLUMNS),

  updateStandard: (id: string, w: StandardWrite) =>
    db
      .updateTable('service_standards')
      .set({
        touchpoint: w.touchpoint,
        core_service: w.coreService,
        name: w.name,
        commitment: w.commitment,
        target_value: String(w.targetValue),
        unit: w.unit,
        direction: w.direction,
        department_id: w.departmentId,
        active: w.active,
        updated_at: sql<Date>`now()`,
      })
      .where('id', '=', id)
      .returning(STANDARD_COLUMNS),

  activeDepartment: (id: string) =>
    db.selectFrom('departments').select(['id', 'active']).where('id', '=', id),

  insertMeasurement: (w: MeasurementWrite) =>
    db
      .insertInto('service_standard_measurements')
      .values({
        tenant_id: tenant,
        standard_id: w.standardId,
        department_id: w.departmentId,
        month: w.month,
        sample_size: w.sampleSize,
        met_count: w.metCount,
        measured_value: w.measuredValue === null ? null : String(w.measuredValue),
        checks: w.checks,
        checks_met: w.checksMet,
        note: w.note,
        recorded_by: w.recordedBy,
      })
      .returning(MEASUREMENT_COLUMNS),

  /** One standard's records, newest month first (keyset: month, recorded_at, id). */
  measurements: (standardId: string, after: [string, string, string] | null, limit: number) => {
    let q = db
      .selectFrom('service_standard_measurements')
      .select([
        ...MEASUREMENT_COLUMNS,
        // The cursor's time to the microsecond: a JS Date keeps milliseconds only, and two records of one
        // millisecond would otherwise be skipped between pages.
        sql<string>`to_char(recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`.as(
          'recorded_key',
        ),
      ])
      .where('standard_id', '=', standardId);
    if (after)
      q = q.where(
        sql<boolean>`(month, recorded_at, id) < (${after[0]}::date, ${after[1]}::timestamptz, ${after[2]}::uuid)`,
      );
    return q.orderBy('month', 'desc').orderBy('recorded_at', 'desc').orderBy('id', 'desc').limit(limit);
  },

  measurementCount: (standardId: string) =>
    db
      .selectFrom('service_standard_measurements')
      .select(sql<number>`count(*)::int`.as('n'))
      .where('standard_id', '=', standardId),

  /** Attainment per standard and month over a range (the standards screen's table). */
  standardMonths: (range: MonthRange) =>
    db
      .selectFrom('service_standard_measurements')
      .select([
        'standard_id',
        day('month').as('month'),
        sql<number>`sum(checks_met)::int`.as('checks_met'),
        sql<number>`sum(checks)::int`.as('checks'),
      ])
      .where('month', '>=', sql<string>`${range.from}::date`)
      .where('month', '<=', sql<string>`${range.to}::date`)
      .groupBy(['standard_id', 'month'])
      .orderBy('month')
      .orderBy('standard_id')
      .limit(5000),

  insertCsiRound: (w: CsiRoundWrite) =>
    db
      .insertInto('csi_rounds')
      .values({
        tenant_id: tenant,
        department_id: w.departmentId,
        year: w.year,
        half: w.half,
        design_version: w.designVersion,
        surveyed_on: w.surveyedOn,
        respondents: w.respondents,
        csi_index: String(w.csiIndex),
        note: w.note,
        recorded_by: w.recordedBy,
      })
      .returning(CSI_COLUMNS),

  insertCsiItems: (roundId: string, items: readonly { code: string; mean: number; respondents: number }[]) =>
    db.insertInto('csi_round_items').values(
      items.map((i) => ({
        tenant_id: tenant,
        round_id: roundId,
        item_code: i.code,
        mean: String(i.mean),
        respondents: i.respondents,
      })),
    ),

  /** The rounds, newest first, with their comparison. */
  csiRounds: (departmentId: string | null, after: [number, number, string] | null, limit: number) => {
    let q = db.selectFrom(comparedRounds(departmentId).as('r')).selectAll();
    if (after)
      q = q.where(
        sql<boolean>`(r.year, r.half, r.id) < (${after[0]}::int, ${after[1]}::int, ${after[2]}::uuid)`,
      );
    return q.orderBy('r.year', 'desc').orderBy('r.half', 'desc').orderBy('r.id', 'desc').limit(limit);
  },

  /** One round with its comparison (the window runs over the round's department). */
  csiRound: (departmentId: string, id: string) =>
    db.selectFrom(comparedRounds(departmentId).as('r')).selectAll().where('r.id', '=', id),

  csiRoundCount: (departmentId: string | null) =>
    db
      .selectFrom('csi_rounds')
      .select(sql<number>`count(*)::int`.as('n'))
      .$if(departmentId !== null, (q) => q.where('department_id', '=', departmentId!)),

  csiItems: (roundIds: readonly string[]) =>
    db
      .selectFrom('csi_round_items')
      .select(['round_id', 'item_code', sql<number>`mean::float8`.as('mean'), 'respondents'])
      .where('round_id', '=', sql<string>`any(${[...roundIds]}::uuid[])`)
      .orderBy('round_id')
      .orderBy('item_code'),

  insertCourtesy: (w: CourtesyWrite) =>
    db
      .insertInto('phone_courtesy_checks')
      .values({
        tenant_id: tenant,
        department_id: w.departmentId,
        checked_on: w.checkedOn,
        calls_checked: w.callsChecked,
        greeting: String(w.greeting),
        promptness: String(w.promptness),
        kindness: String(w.kindness),
        accuracy: String(w.accuracy),
        closing: String(w.closing),
        note: w.note,
        recorded_by: w.recordedBy,
      })
      .returning(COURTESY_COLUMNS),

  courtesyChecks: (departmentId: string | null, after: [string, string] | null, limit: number) => {
    let q = db
      .selectFrom('phone_courtesy_checks')
      .select(COURTESY_COLUMNS)
      .$if(departmentId !== null, (q) => q.where('department_id', '=', departmentId!));
    if (after) q = q.where(sql<boolean>`(checked_on, id) < (${after[0]}::date, ${after[1]}::uuid)`);
    return q.orderBy('checked_on', 'desc').orderBy('id', 'desc').limit(limit);
  },

  courtesyCount: (departmentId: string | null) =>
    db
      .selectFrom('phone_courtesy_checks')
      .select(sql<number>`count(*)::int`.as('n'))
      .$if(departmentId !== null, (q) => q.where('department_id', '=', departmentId!)),

  insertAward: (w: AwardWrite) =>
    db
      .insertInto('recognition_awards')
      .values({
        tenant_id: tenant,
        department_id: w.departmentId,
        year: w.year,
        half: w.half,
        kind: w.kind,
        note: w.note,
        awarded_by: w.awardedBy,
      })
      .returning(AWARD_COLUMNS),

  awards: (year: number, half: number) =>
    db
      .selectFrom('recognition_awards')
      .select(AWARD_COLUMNS)
      .where('year', '=', year)
      .where('half', '=', half)
      .orderBy('kind')
      .orderBy('awarded_at')
      .limit(500),
};

const ID = '00000000-0000-4000-8000-000000000001';
const DEPT = '00000000-0000-4000-8000-000000000002';
const RANGE: MonthRange = { from: '2026-01-01', to: '2026-12-01' };
const STANDARD: StandardWrite = {
  touchpoint: 'PHONE',
  coreService: null,
  name: '전화 응답',
  commitment: '전화는 벨이 3번 울리기 전에 받습니다.',
  targetValue: 3,
  unit: 'RINGS',
  direction: 'AT_MOST',
  departmentId: DEPT,
  active: true,
};

export const SERVICE_STANDARD_MEASURE_STATEMENTS: {
  [K in keyof typeof ServiceStandardMeasures]: StatementExamples[string];
} = {
  standardAttainment: ServiceStandardMeasures.standardAttainment(RANGE),
  csiIndex: ServiceStandardMeasures.csiIndex(RANGE),
  phoneCourtesy: ServiceStandardMeasures.phoneCourtesy(RANGE),
};

const INSTANTS: InstantRange = {
  from: new Date('2025-12-31T15:00:00Z'),
  to: new Date('2026-12-31T15:00:00Z'),
};

export const SERVICE_STANDARD_FACT_STATEMENTS: StatementExamples = {
  standardAttainmentFacts: ServiceStandardFacts.standardAttainment(INSTANTS),
  csiIndexFacts: ServiceStandardFacts.csiIndex(INSTANTS),
  phoneCourtesyFacts: ServiceStandardFacts.phoneCourtesy(INSTANTS),
  standardAttainmentRows: ServiceStandardFactRows.standardAttainment(),
  csiIndexRows: ServiceStandardFactRows.csiIndex(),
  phoneCourtesyRows: ServiceStandardFactRows.phoneCourtesy(),
};

export const SERVICE_STANDARD_STATEMENTS: {
  [K in keyof typeof ServiceStandardQueries]: StatementExamples[string];
} = {
  standards: ServiceStandardQueries.standards(),
  standardForUpdate: ServiceStandardQueries.standardForUpdate(ID),
  standardCount: ServiceStandardQueries.standardCount(),
  insertStandard: ServiceStandardQueries.insertStandard(STANDARD),
  updateStandard: ServiceStandardQueries.updateStandard(ID, STANDARD),
  activeDepartment: ServiceStandardQueries.activeDepartment(DEPT),
  insertMeasurement: ServiceStandardQueries.insertMeasurement({
    standardId: ID,
    departmentId: DEPT,
    month: '2026-11-01',
    sampleSize: 40,
    metCount: 36,
    measuredValue: null,
    checks: 40,
    checksMet: 36,
    note: null,
    recordedBy: '홍길동',
  }),
  measurements: {
    'first page': ServiceStandardQueries.measurements(ID, null, 51),
    'after a cursor': ServiceStandardQueries.measurements(ID, ['2026-11-01', '2026-11-20T00:00:00Z', ID], 51),
  },
  measurementCount: ServiceStandardQueries.measurementCount(ID),
  standardMonths: ServiceStandardQueries.standardMonths(RANGE),
  insertCsiRound: ServiceStandardQueries.insertCsiRound({
    departmentId: DEPT,
    year: 2026,
    half: 0,
    designVersion: 1,
    surveyedOn: '2026-11-15',
    respondents: 200,
    csiIndex: 71.5,
    note: null,
    recordedBy: '홍길동',
  }),
  insertCsiItems: ServiceStandardQueries.insertCsiItems(ID, [
    { code: 'ACCESS', mean: 5.2, respondents: 200 },
    { code: 'OVERALL', mean: 5.5, respondents: 198 },
  ]),
  csiRounds: {
    'every department, first page': ServiceStandardQueries.csiRounds(null, null, 51),
    'one department, after a cursor': ServiceStandardQueries.csiRounds(DEPT, [2026, 0, ID], 51),
  },
  csiRound: ServiceStandardQueries.csiRound(DEPT, ID),
  csiRoundCount: {
    'every department': ServiceStandardQueries.csiRoundCount(null),
    'one department': ServiceStandardQueries.csiRoundCount(DEPT),
  },
  csiItems: ServiceStandardQueries.csiItems([ID]),
  insertCourtesy: ServiceStandardQueries.insertCourtesy({
    departmentId: DEPT,
    checkedOn: '2026-11-10',
    callsChecked: 10,
    greeting: 18,
    promptness: 17.5,
    kindness: 19,
    accuracy: 16,
    closing: 20,
    note: null,
    recordedBy: '홍길동',
  }),
  courtesyChecks: {
    'every department, first page': ServiceStandardQueries.courtesyChecks(null, null, 51),
    'one department, after a cursor': ServiceStandardQueries.courtesyChecks(DEPT, ['2026-11-10', ID], 51),
  },
  courtesyCount: {
    'every department': ServiceStandardQueries.courtesyCount(null),
    'one department': ServiceStandardQueries.courtesyCount(DEPT),
  },
  insertAward: ServiceStandardQueries.insertAward({
    departmentId: DEPT,
    year: 2026,
    half: 0,
    kind: 'EXCELLENT_DEPARTMENT',
    note: null,
    awardedBy: '홍길동',
  }),
  awards: ServiceStandardQueries.awards(2026, 0),
};
