import { randomBytes } from 'node:crypto';
import { gql, userToken } from './support/api';
import { JOB_FIELDS, csvRows, download, waitForJob, xlsxRows, type JobView } from './support/jobs';
import { inTenant, roleClients } from './support/runtime-role';
import { insertCase } from './support/voc-cases';

/**
 * Performance indicators and scorecards through the API (issue 10 #5–#7) in jeonbuk, with gyeongnam as the
 * other tenant: the designer (versions, refusals, roles), a department scorecard from the roll-ups after the
 * full recomputation job, the drill-down's sums, and isolation through the API and at the database.
 */
const db = roleClients();
const suffix = randomBytes(3).toString('hex').toUpperCase();
const CODE = `E2E_${suffix}`;
const tokens: Record<string, string> = {};
let departmentId: string;
const caseIds: string[] = [];

const INDICATOR = `code version measureCode nameKo weight target direction active standard overridden
  bands { grade threshold score }`;
const SAVE = `mutation($input: SavePerformanceIndicatorInput!) { savePerformanceIndicator(input: $input) { ${INDICATOR} } }`;
const VERSIONS = `query($code: String!, $after: String) {
  performanceIndicatorVersions(code: $code, first: 1, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { version target } } } }`;
const SCORECARD = `query($id: ID!, $period: IndicatorPeriod!, $index: Int!) {
  performanceScorecard(scope: DEPARTMENT, scopeId: $id, period: $period, year: 2026, index: $index) {
    scopeName from to weightTotal weightedTotal problemKo problemEn
    rows { indicator { code } measure { code unit } numerator denominator value grade score weight weightedScore
           trend { month value } } } }`;
const DRILL = `query($id: ID!, $measure: String!, $after: String) {
  performanceDrillDownTotals(measureCode: $measure, scope: DEPARTMENT, scopeId: $id, period: MONTH, year: 2026,
                             index: 3) { cases numerator denominator }
  performanceDrillDown(measureCode: $measure, scope: DEPARTMENT, scopeId: $id, period: MONTH, year: 2026, index: 3,
                       first: 2, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id number subject numerator denominator month } } } }`;

const input = (over: Record<string, unknown> = {}) => ({
  code: CODE,
  expectedVersion: 0,
  measureCode: 'CONTACTS_LOGGED',
  nameKo: '접촉이력 등록률 시험',
  nameEn: 'Contacts logged test',
  typeTag: 'ADOPTION',
  scope: 'OFFICER',
  period: 'QUARTER',
  weight: 0,
  target: 80,
  direction: 'HIGHER_IS_BETTER',
  bands: [
    { grade: 'A', threshold: 80, score: 100 },
    { grade: 'B', threshold: null, score: 50 },
  ],
  active: true,
  ...over,
});

const kst = (iso: string) => `${iso}+09:00`;

beforeAll(async () => {
  for (const [name, realm, user] of [
    ['admin', 'jeonbuk', 'admin'],
    ['manager', 'jeonbuk', 'manager'],
    ['officer', 'jeonbuk', 'officer'],
    ['otherAdmin', 'gyeongnam', 'admin'],
  ] as const)
    tokens[name] = await userToken(realm, user);
  const created = await gql(
    tokens.admin,
    `mutation($input: CreateDepartmentInput!) { createDepartment(input: $input) { id } }`,
    { input: { name: `성과시험과 ${suffix}`, code: `PERF-${suffix}` } },
  );
  departmentId = created.data!.createDepartment.id;
  // March 2026: closed in 1 day (within target), in 5 days (statutory only), in 9 days (late).
  for (const days of [1, 5, 9]) {
    const id = await insertCase(db.owner, 'jeonbuk', { departmentId });
    await db.owner.query(
      `UPDATE voc_items SET received_at = $2, target_due_at = $2::timestamptz + interval '3.5 days',
         due_at = $2::timestamptz + interval '7 days', answered_at = $2::timestamptz + make_interval(days => $3),
         closed_at = $2::timestamptz + make_interval(days => $3), status = 'CLOSED'
       WHERE id = $1`,
      [id, kst('2026-03-02T10:00:00'), days],
    );
    caseIds.push(id);
  }
  const started = await gql<{ startPerformanceRollup: JobView }>(
    tokens.admin,
    `mutation { startPerformanceRollup(full: true) { ${JOB_FIELDS} } }`,
  );
  expect(started.errors).toBeUndefined();
  const done = await waitForJob(tokens.admin, started.data!.startPerformanceRollup.id, { timeoutMs: 90_000 });
  expect([done.state, done.lastError]).toEqual(['COMPLETED', null]);
}, 180_000);

describe('indicator designer', () => {
  it('lists the measures and the standard indicators; refuses officers', async () => {
    const res = await gql(
      tokens.manager,
      `{ performanceMeasures { code unit typeTag scopes } performanceIndicators(scope: DEPARTMENT) { code weight active standard } }`,
    );
    expect(res.errors).toBeUndefined();
    const codes = res.data!.performanceMeasures.map((m: { code: string }) => m.code);
    expect(codes).toEqual(
      expect.arrayContaining(['PETITION_CLOSED_WITHIN_TARGET', 'SURVEY_OVERALL', 'CONTACTS_LOGGED']),
    );
    expect(
      res.data!.performanceIndicators.find((i: { code: string }) => i.code === 'DEPT_TARGET_CLOSURE'),
    ).toMatchObject({
      standard: true,
    });
    const refused = await gql(tokens.officer, '{ performanceIndicators { code } }');
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses an unknown measure, impossible bands and a manager, changing nothing', async () => {
    const unknown = await gql(tokens.admin, SAVE, { input: input({ measureCode: 'NOT_A_MEASURE' }) });
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'measureCode' });
    expect(unknown.errors?.[0].message).toContain('NOT_A_MEASURE');
    const bands = await gql(tokens.admin, SAVE, {
      input: input({ bands: [{ grade: 'A', threshold: 80, score: 100 }] }),
    });
    expect(bands.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'bands' });
    const nul = await gql(tokens.admin, SAVE, { input: input({ nameKo: '이름\u0000' }) });
    expect(nul.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const manager = await gql(tokens.manager, SAVE, { input: input() });
    expect(manager.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const versions = await gql(tokens.admin, VERSIONS, { code: CODE });
    expect(versions.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('saves versions with optimistic concurrency and an audit entry each', async () => {
    const v1 = await gql(tokens.admin, SAVE, { input: input() });
    expect(v1.errors).toBeUndefined();
    expect(v1.data!.savePerformanceIndicator).toMatchObject({ code: CODE, version: 1, standard: false });
    const stale = await gql(tokens.admin, SAVE, { input: input({ target: 70 }) });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'expectedVersion' });
    const v2 = await gql(tokens.admin, SAVE, { input: input({ target: 70, expectedVersion: 1 }) });
    expect(v2.data!.savePerformanceIndicator.version).toBe(2);
    const page1 = await gql(tokens.manager, VERSIONS, { code: CODE });
    expect(page1.data!.performanceIndicatorVersions).toMatchObject({
      totalCount: 2,
      pageInfo: { hasNextPage: true },
      edges: [{ node: { version: 2, target: 70 } }],
    });
    const page2 = await gql(tokens.manager, VERSIONS, {
      code: CODE,
      after: page1.data!.performanceIndicatorVersions.pageInfo.endCursor,
    });
    expect(page2.data!.performanceIndicatorVersions.edges).toEqual([{ node: { version: 1, target: 80 } }]);
    const { rows } = await db.owner.query(
      `SELECT action FROM audit_events WHERE tenant_id = 'jeonbuk' AND entity = 'performance-indicator' AND entity_id = $1`,
      [CODE],
    );
    expect(rows.map((r) => r.action)).toEqual(['create', 'update']);
  });
});

describe('department scorecard', () => {
  it("evaluates the department's month from the roll-ups", async () => {
    const res = await gql(tokens.manager, SCORECARD, { id: departmentId, period: 'MONTH', index: 3 });
    expect(res.errors).toBeUndefined();
    const card = res.data!.performanceScorecard;
    expect([card.scopeName, card.from, card.to]).toEqual([`성과시험과 ${suffix}`, '2026-03', '2026-03']);
    const row = (code: string) =>
      card.rows.find((r: { indicator: { code: string } }) => r.indicator.code === code);
    expect(row('DEPT_TARGET_CLOSURE')).toMatchObject({
      numerator: 1,
      denominator: 3,
      value: 33.3333,
      grade: 'D',
    });
    expect(row('DEPT_STATUTORY_CLOSURE')).toMatchObject({ numerator: 2, denominator: 3, value: 66.6667 });
    expect(row('DEPT_SATISFACTION')).toMatchObject({ denominator: 0, value: null, grade: null, score: null });
  });

  it('drills down to exactly the cases behind the number, page by page', async () => {
    const first = await gql(tokens.manager, DRILL, {
      id: departmentId,
      measure: 'PETITION_CLOSED_WITHIN_TARGET',
    });
    expect(first.errors).toBeUndefined();
    const d = first.data!.performanceDrillDown;
    expect(first.data!.performanceDrillDownTotals).toEqual({ cases: 3, numerator: 1, denominator: 3 });
    expect(d.totalCount).toBe(3);
    expect(d.edges).toHaveLength(2);
    const next = await gql(tokens.manager, DRILL, {
      id: departmentId,
      measure: 'PETITION_CLOSED_WITHIN_TARGET',
      after: d.pageInfo.endCursor,
    });
    const all = [...d.edges, ...next.data!.performanceDrillDown.edges].map(
      (e: { node: { id: string; numerator: number } }) => e.node,
    );
    expect(all.map((n) => n.id).sort()).toEqual([...caseIds].sort());
    expect(all.reduce((s, n) => s + n.numerator, 0)).toBe(1);
  });

  it('exports the scorecard to CSV (UTF-8 with BOM) and XLSX with Korean headers and the same numbers', async () => {
    for (const format of ['CSV', 'XLSX'] as const) {
      const started = await gql<{ startScorecardExport: JobView }>(
        tokens.admin,
        `mutation($id: ID!, $f: ExportFormat!) {
           startScorecardExport(scope: DEPARTMENT, scopeId: $id, period: MONTH, year: 2026, index: 3, format: $f) {
             ${JOB_FIELDS} } }`,
        { id: departmentId, f: format },
      );
      expect(started.errors).toBeUndefined();
      const job = await waitForJob(tokens.admin, started.data!.startScorecardExport.id);
      expect([job.state, job.lastError]).toEqual(['COMPLETED', null]);
      const file = await download(tokens.admin, job.downloadPath!);
      expect(file.status).toBe(200);
      const rows =
        format === 'CSV'
          ? (expect(file.body.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf])),
            csvRows(file.body.toString('utf8').slice(1)))
          : await xlsxRows(file.body);
      expect(rows[0].slice(0, 4)).toEqual(['지표코드', '지표명', '유형', '측정항목']);
      const target = rows.find((r) => r[0] === 'DEPT_TARGET_CLOSURE')!;
      expect(target.slice(7, 11)).toEqual(['1', '3', '33.3333', 'D']);
      expect(rows.at(-1)![0]).toBe('합계');
    }
  });

  it('refuses an export of another scope id before queueing anything', async () => {
    const res = await gql(
      tokens.otherAdmin,
      `mutation($id: ID!) { startScorecardExport(scope: DEPARTMENT, scopeId: $id, period: MONTH, year: 2026, index: 3,
         format: CSV) { id } }`,
      { id: departmentId },
    );
    expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses officers', async () => {
    const res = await gql(tokens.officer, SCORECARD, { id: departmentId, period: 'MONTH', index: 3 });
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('processing-time reduction analysis', () => {
  const REDUCTION = `query($d: ID) {
    petitionProcessingReduction(from: "2026-03", to: "2026-03", departmentId: $d, first: 10) {
      totalCount edges { node { bureauId departmentId departmentName handlingClass month finished averageDays
                                previousFinished reductionRate } } } }`;

  it("shows the department's cell by bureau, class and month; another tenant finds none of it", async () => {
    const own = await gql(tokens.manager, REDUCTION, { d: departmentId });
    expect(own.errors).toBeUndefined();
    expect(own.data!.petitionProcessingReduction.edges.map((e: { node: unknown }) => e.node)).toEqual([
      {
        bureauId: departmentId,
        departmentId,
        departmentName: `성과시험과 ${suffix}`,
        handlingClass: 'SIMPLE_CONSULT',
        month: '2026-03',
        finished: 3,
        averageDays: 5,
        previousFinished: 0,
        reductionRate: null,
      },
    ]);
    const other = await gql(tokens.otherAdmin, REDUCTION, { d: departmentId });
    expect(other.data!.petitionProcessingReduction.totalCount).toBe(0);
  });
});

describe("gyeongnam against jeonbuk's performance data, through the API", () => {
  it("gets NOT_FOUND for jeonbuk's department and indicator, and never lists it", async () => {
    const card = await gql(tokens.otherAdmin, SCORECARD, { id: departmentId, period: 'YEAR', index: 1 });
    expect(card.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const drill = await gql(tokens.otherAdmin, DRILL, {
      id: departmentId,
      measure: 'PETITION_CLOSED_WITHIN_TARGET',
    });
    expect(drill.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const versions = await gql(tokens.otherAdmin, VERSIONS, { code: CODE });
    expect(versions.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const list = await gql(tokens.otherAdmin, '{ performanceIndicators { code } }');
    expect(list.data!.performanceIndicators.map((i: { code: string }) => i.code)).not.toContain(CODE);
  });
});

describe("a gyeongnam scope against jeonbuk's rows, at the database (RLS)", () => {
  it('reads none of them and changes none', async () => {
    await inTenant(db.app, 'gyeongnam', async () => {
      const read = await db.app.query(
        `SELECT (SELECT count(*)::int FROM performance_indicators WHERE tenant_id = 'jeonbuk') AS indicators,
                (SELECT count(*)::int FROM performance_rollups WHERE tenant_id = 'jeonbuk') AS rollups,
                (SELECT count(*)::int FROM performance_dirty_months WHERE tenant_id = 'jeonbuk') AS marks`,
      );
      expect(read.rows[0]).toEqual({ indicators: 0, rollups: 0, marks: 0 });
      const update = await db.app.query(
        `UPDATE performance_rollups SET numerator = 0 WHERE tenant_id = 'jeonbuk' AND scope_id = $1`,
        [departmentId],
      );
      expect(update.rowCount).toBe(0);
      const removed = await db.app.query(`DELETE FROM performance_dirty_months WHERE tenant_id = 'jeonbuk'`);
      expect(removed.rowCount).toBe(0);
    });
    const { rows } = await db.owner.query(
      `SELECT sum(numerator)::int AS n FROM performance_rollups
       WHERE tenant_id = 'jeonbuk' AND scope_id = $1 AND measure_code = 'PETITION_CLOSED_WITHIN_STATUTORY'`,
      [departmentId],
    );
    expect(rows[0].n).toBe(2);
  });

  it('cannot write a row for jeonbuk', async () => {
    await expect(
      inTenant(db.app, 'gyeongnam', () =>
        db.app.query(
          `INSERT INTO performance_indicators (tenant_id, code, version, measure_code, name_ko, name_en, type_tag,
             scope, period, weight, target, direction, bands, active, created_by)
           VALUES ('jeonbuk', 'INTRUDER', 1, 'CONTACTS_LOGGED', 'x', 'x', 'ADOPTION', 'OFFICER', 'MONTH', 0, 0,
             'HIGHER_IS_BETTER', '[]', true, 'x')`,
        ),
      ),
    ).rejects.toThrow(/row-level security/);
  });
});
