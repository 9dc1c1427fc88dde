import { Role } from '@pcrm/access';
import { serviceTestbed, type ServiceTestbed } from '../../test/service-testbed';
import { newDepartment, newStaff } from '../../test/factories';
import { insertCustomerRow } from '../../test/customer-rows';
import { ensureVocReference, insertVocRow } from '../../test/voc-rows';
import { MeasureCatalogue } from './measure-catalogue';
import { ScopeKind } from './measure';
import { Direction } from './indicator-evaluation';
import { IndicatorPeriod } from './indicator.model';
import { PerformanceIndicatorService } from './indicator.service';
import { PerformanceRollupService } from './rollup.service';
import { ScorecardService } from './scorecard.service';
import type { SavePerformanceIndicatorInput } from './indicator.inputs';
import type { DrillDownArgs, ScorecardArgs } from './scorecard.args';

const DAY = 86_400_000;
/** Korean time, where month boundaries fall. */
const kst = (iso: string) => new Date(`${iso}+09:00`);
const after = (from: Date, days: number) => new Date(from.getTime() + days * DAY);

let bed: ServiceTestbed;
let rollups: PerformanceRollupService;
let indicators: PerformanceIndicatorService;
let scorecards: ScorecardService;
const ids: Record<string, string> = {};
let taskSeq = 0;

const MANAGER = [Role.Manager];
const asManager = <T>(work: () => Promise<T>) => bed.scope(work, MANAGER, 'read-only');
const sql = () => bed.sql();

async function insertTask(seed: {
  departmentId: string;
  ownerId: string | null;
  status: 'COMPLETED' | 'IMPOSSIBLE' | 'IN_PROGRESS';
  progress: number;
  compliance: number | null;
  closedAt: Date | null;
}): Promise<string> {
  taskSeq += 1;
  const [{ id }] = await sql().query<{ id: string }>(
    `INSERT INTO tasks (tenant_id, management_year, management_seq, management_no, title, source, kind,
       department_id, owner_id, impossible_reason, status, workflow_key, workflow_version, weight_total, progress,
       compliance, closed_at, created_by)
     VALUES (current_setting('app.tenant_id', true), 2026, $1::bigint, 'T-2026-' || lpad($1::text, 4, '0'),
       '시험 과업 ' || $1::text, 'SELF', 'SHORT_TERM', $2, $3, CASE WHEN $4 = 'IMPOSSIBLE' THEN '예산 없음' END,
       $4, 'task', 1, 100, $5, $6, $7, 'test')
     RETURNING id`,
    [taskSeq, seed.departmentId, seed.ownerId, seed.status, seed.progress, seed.compliance, seed.closedAt],
  );
  return id;
}

async function insertSurvey(vocId: string, scores: [number, number, number, number], at: Date) {
  await sql().query(
    `INSERT INTO voc_survey_responses (tenant_id, voc_id, department_id, officer_id, speed, kindness, fairness,
       convenience, submitted_at)
     SELECT tenant_id, id, department_id, officer_id, $2::smallint, $3::smallint, $4::smallint, $5::smallint,
       $6::timestamptz FROM voc_items WHERE id = $1`,
    [vocId, ...scores, at],
  );
}

/**
 * March 2026 in department D (officers O1, O2) — every expected value below is counted by hand:
 * P1 (X, O1) closed in 2 days: within target and statutory period; P2 (X, O1) in 5 days: statutory only;
 * P3 (Y, O2) in 9 days: late; P4 (Z, O2) in 1 day: both; P5 (anonymous, O1) open; P6 (anonymous, O1)
 * received 03-30, closed 04-01 00:30 KST (April in Seoul, still March in UTC). Y filed P0 in May 2025.
 */
beforeAll(async () => {
  bed = await serviceTestbed('performance indicators test');
  rollups = bed.get(PerformanceRollupService);
  indicators = bed.get(PerformanceIndicatorService);
  scorecards = bed.get(ScorecardService);
  await bed.scope(async () => {
    await ensureVocReference(bed);
    await sql().query(
      `INSERT INTO voc_workflows (tenant_id, key, version, standard_version, definition, created_by)
       VALUES (current_setting('app.tenant_id', true), 'task', 1, 1, '{}'::jsonb, 'test')`,
    );
    const d = await newDepartment(bed, { name: '민원국' });
    const other = await newDepartment(bed, { name: '다른국' });
    const o1 = await newStaff(bed, { name: '김담당', departmentId: d.id });
    const o2 = await newStaff(bed, { name: '이담당', departmentId: d.id });
    Object.assign(ids, { d: d.id, other: other.id, o1: o1.id, o2: o2.id });
    const x = await insertCustomerRow(bed, { name: '홍길동' });
    const y = await insertCustomerRow(bed, { name: '김영희' });
    const z = await insertCustomerRow(bed, { name: '이철수' });
    Object.assign(ids, { x, y, z });
    const petition = async (
      officer: string,
      customer: string | null,
      received: string,
      closeDays: number | null,
    ) => {
      const at = kst(received);
      return insertVocRow(bed, {
        receivedAt: at,
        closedAt: closeDays === null ? null : after(at, closeDays),
        answeredAt: closeDays === null ? null : after(at, closeDays),
        departmentId: d.id,
        officerId: officer,
        customerId: customer,
      });
    };
    ids.p0 = await petition(o2.id, y, '2025-05-10T10:00:00', null);
    ids.p1 = await petition(o1.id, x, '2026-03-02T10:00:00', 2);
    ids.p2 = await petition(o1.id, x, '2026-03-03T10:00:00', 5);
    ids.p3 = await petition(o2.id, y, '2026-03-04T10:00:00', 9);
    ids.p4 = await petition(o2.id, z, '2026-03-05T10:00:00', 1);
    ids.p5 = await petition(o1.id, null, '2026-03-06T10:00:00', null);
    ids.p6 = await insertVocRow(bed, {
      receivedAt: kst('2026-03-30T10:00:00'),
      closedAt: kst('2026-04-01T00:30:00'),
      answeredAt: kst('2026-04-01T00:30:00'),
      departmentId: d.id,
      officerId: o1.id,
    });
    // Reply channels and contact logging: P1 complete (no reply wanted) and logged; P2 wants SMS without a
    // phone; P3 wants SMS with a phone and is logged; P4 wants e-mail without an address.
    const [contact] = await sql().query<{ id: string }>(
      `INSERT INTO contact_history (tenant_id, customer_id, channel, direction, occurred_at, summary,
         origin_customer_id, created_by)
       VALUES (current_setting('app.tenant_id', true), $1, 'WEB', 'INBOUND', now(), '민원 접수', $1, 'test')
       RETURNING id`,
      [x],
    );
    await sql().query(`UPDATE voc_items SET contact_history_id = $2 WHERE id = $1`, [ids.p1, contact.id]);
    await sql().query(`UPDATE voc_items SET reply_channel = 'SMS' WHERE id = $1`, [ids.p2]);
    await sql().query(
      `UPDATE voc_items SET reply_channel = 'SMS', contact_phone = '01012345678', contact_history_id = $2
       WHERE id = $1`,
      [ids.p3, contact.id],
    );
    await sql().query(`UPDATE voc_items SET reply_channel = 'EMAIL' WHERE id = $1`, [ids.p4]);
    await insertSurvey(ids.p1, [5, 4, 5, 4], kst('2026-03-05T09:00:00'));
    await insertSurvey(ids.p2, [3, 3, 4, 2], kst('2026-03-09T09:00:00'));
    await insertSurvey(ids.p3, [1, 2, 3, 4], kst('2026-03-14T09:00:00'));
    const closed = kst('2026-03-20T12:00:00');
    ids.t1 = await insertTask({
      departmentId: d.id,
      ownerId: o1.id,
      status: 'COMPLETED',
      progress: 100,
      compliance: 80,
      closedAt: closed,
    });
    ids.t2 = await insertTask({
      departmentId: d.id,
      ownerId: o2.id,
      status: 'COMPLETED',
      progress: 100,
      compliance: 100,
      closedAt: closed,
    });
    ids.t3 = await insertTask({
      departmentId: d.id,
      ownerId: o1.id,
      status: 'IMPOSSIBLE',
      progress: 30,
      compliance: null,
      closedAt: closed,
    });
    await insertTask({
      departmentId: d.id,
      ownerId: o1.id,
      status: 'IN_PROGRESS',
      progress: 50,
      compliance: null,
      closedAt: null,
    });
  });
  await bed.scope(() => rollups.recomputeAll());
});

afterAll(() => bed.close());

/** The roll-up's numerator and denominator of one measure, scope and month. */
async function rolled(measure: string, scope: ScopeKind, scopeId: string, month: string) {
  const rows = await bed.owner<{ numerator: string; denominator: string }>(
    `SELECT numerator::text, denominator::text FROM performance_rollups
     WHERE tenant_id = $1 AND measure_code = $2 AND scope_kind = $3 AND scope_id = $4 AND month = $5::date`,
    [bed.tenant.code, measure, scope, scopeId, `${month}-01`],
  );
  return rows[0] ? [Number(rows[0].numerator), Number(rows[0].denominator)] : null;
}

/** Every roll-up row of the tenant, in a comparable order. */
const allRollups = () =>
  bed.owner(
    `SELECT measure_code, scope_kind, scope_id, to_char(month, 'YYYY-MM') AS month, numerator::numeric(20, 6)::text AS n,
            denominator::text AS d
     FROM performance_rollups WHERE tenant_id = $1 ORDER BY 1, 2, 3, 4`,
    [bed.tenant.code],
  );

const DEPT = ScopeKind.DEPARTMENT;
const OFFICER = ScopeKind.OFFICER;

describe('each measure against the hand count (March 2026)', () => {
  it.each([
    ['PETITION_CLOSED_WITHIN_TARGET', DEPT, 'd', [2, 4]],
    ['PETITION_CLOSED_WITHIN_TARGET', OFFICER, 'o1', [1, 2]],
    ['PETITION_CLOSED_WITHIN_TARGET', OFFICER, 'o2', [1, 2]],
    ['PETITION_CLOSED_WITHIN_STATUTORY', DEPT, 'd', [3, 4]],
    ['PETITION_CLOSED_WITHIN_STATUTORY', OFFICER, 'o1', [2, 2]],
    ['PETITION_CLOSED_WITHIN_STATUTORY', OFFICER, 'o2', [1, 2]],
    ['SURVEY_SPEED', DEPT, 'd', [9, 3]],
    ['SURVEY_KINDNESS', DEPT, 'd', [9, 3]],
    ['SURVEY_FAIRNESS', DEPT, 'd', [12, 3]],
    ['SURVEY_CONVENIENCE', DEPT, 'd', [10, 3]],
    ['SURVEY_OVERALL', DEPT, 'd', [10, 3]],
    ['SURVEY_OVERALL', OFFICER, 'o1', [7.5, 2]],
    ['TASK_DEADLINE_COMPLIANCE', DEPT, 'd', [180, 2]],
    ['TASK_DEADLINE_COMPLIANCE', OFFICER, 'o1', [80, 1]],
    ['TASK_PROGRESS', DEPT, 'd', [230, 3]],
    ['REPEAT_PETITION_SHARE', DEPT, 'd', [2, 4]],
    ['PETITION_DATA_COMPLETENESS', DEPT, 'd', [2, 6]],
    ['CONTACTS_LOGGED', DEPT, 'd', [2, 6]],
    ['CONTACTS_LOGGED', OFFICER, 'o2', [1, 2]],
  ] as const)('%s for %s %s', async (measure, scope, who, expected) => {
    expect(await rolled(measure, scope, ids[who], '2026-03')).toEqual(expected);
  });

  it('counts a case closed at 00:30 on 1 April in Seoul in April, not March', async () => {
    expect(await rolled('PETITION_CLOSED_WITHIN_TARGET', DEPT, ids.d, '2026-04')).toEqual([1, 1]);
  });

  it('counts nothing for a department without cases', async () => {
    expect(await rolled('PETITION_CLOSED_WITHIN_TARGET', DEPT, ids.other, '2026-03')).toBeNull();
  });
});

const scorecardOf = (scope: ScopeKind, id: string, period = IndicatorPeriod.MONTH, index = 3) =>
  asManager(() => scorecards.scorecard({ scope, scopeId: id, period, year: 2026, index } as ScorecardArgs));

describe('scorecard', () => {
  it("evaluates the department's standard indicators from the roll-ups: value, grade, score, weighted total", async () => {
    const card = await scorecardOf(DEPT, ids.d);
    expect(card.scopeName).toBe('민원국');
    expect([card.from, card.to, card.weightTotal, card.problemKo]).toEqual(['2026-03', '2026-03', 100, null]);
    const byCode = Object.fromEntries(card.rows.map((r) => [r.indicator.code, r]));
    // 50 % within target: under C (80) → D 60; 75 % statutory: under C (93) → D 60; 3.3333 points → D 60;
    // task compliance 90 % → A (90–95) 90; repeat share 50 % (lower is better) → D 60.
    expect(byCode.DEPT_TARGET_CLOSURE).toMatchObject({ value: 50, grade: 'D', score: 60, weightedScore: 18 });
    expect(byCode.DEPT_STATUTORY_CLOSURE).toMatchObject({ value: 75, grade: 'D', weightedScore: 12 });
    expect(byCode.DEPT_SATISFACTION).toMatchObject({ value: 3.3333, grade: 'D', targetMet: false });
    expect(byCode.DEPT_TASK_COMPLIANCE).toMatchObject({ value: 90, grade: 'A', score: 90, targetMet: true });
    expect(byCode.DEPT_REPEAT_REDUCTION).toMatchObject({ value: 50, grade: 'D', targetMet: false });
    expect(card.weightedTotal).toBe(18 + 12 + 15 + 13.5 + 6);
    expect(byCode.DEPT_TARGET_CLOSURE.trend.find((p) => p.month === '2026-04')?.value).toBe(100);
  });

  it('sums a quarter from its months', async () => {
    const card = await scorecardOf(DEPT, ids.d, IndicatorPeriod.QUARTER, 1);
    const row = card.rows.find((r) => r.indicator.code === 'DEPT_TARGET_CLOSURE')!;
    expect([card.from, card.to, row.numerator, row.denominator]).toEqual(['2026-01', '2026-03', 2, 4]);
  });

  it('refuses an index past the period and another scope id (not found)', async () => {
    await expect(scorecardOf(DEPT, ids.d, IndicatorPeriod.QUARTER, 5)).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'index' },
    });
    await expect(scorecardOf(DEPT, '00000000-0000-4000-8000-000000000000')).rejects.toMatchObject({
      extensions: { code: 'NOT_FOUND' },
    });
  });
});

describe('drill-down', () => {
  const drill = (measureCode: string, scope: ScopeKind, id: string, first = 50, afterCursor?: string) =>
    asManager(async () => {
      const args = {
        measureCode,
        scope,
        scopeId: id,
        period: IndicatorPeriod.MONTH,
        year: 2026,
        index: 3,
        first,
        after: afterCursor,
      } as DrillDownArgs;
      return { cases: await scorecards.drillDown(args), totals: await scorecards.drillDownTotals(args) };
    });

  it('lists the cases behind a number, whose sums equal the roll-up', async () => {
    for (const measure of [
      'PETITION_CLOSED_WITHIN_TARGET',
      'SURVEY_OVERALL',
      'TASK_PROGRESS',
      'CONTACTS_LOGGED',
    ]) {
      const { totals, cases } = await drill(measure, DEPT, ids.d);
      expect([totals.numerator, totals.denominator]).toEqual(await rolled(measure, DEPT, ids.d, '2026-03'));
      expect(cases.totalCount).toBe(totals.cases);
    }
  });

  it('pages by month and case', async () => {
    const first = await drill('PETITION_DATA_COMPLETENESS', DEPT, ids.d, 4);
    expect(first.cases.edges).toHaveLength(4);
    expect(first.cases.pageInfo.hasNextPage).toBe(true);
    const next = await drill('PETITION_DATA_COMPLETENESS', DEPT, ids.d, 4, first.cases.pageInfo.endCursor!);
    expect(next.cases.edges).toHaveLength(2);
    const all = [...first.cases.edges, ...next.cases.edges].map((e) => e.node.id);
    expect(new Set(all).size).toBe(6);
    expect(all).toContain(ids.p6);
  });

  it('refuses an unknown measure and a forged cursor', async () => {
    await expect(drill('NO_SUCH_MEASURE', DEPT, ids.d)).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'measureCode' },
    });
    const forged = Buffer.from(JSON.stringify(['2026-03', "x' OR 1=1"])).toString('base64url');
    await expect(drill('CONTACTS_LOGGED', DEPT, ids.d, 2, forged)).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'after' },
    });
  });
});

describe('roll-ups', () => {
  it('after mixed writes, the touched-months run equals a recomputation from scratch', async () => {
    const before = await rolled('PETITION_CLOSED_WITHIN_TARGET', DEPT, ids.d, '2026-03');
    await bed.scope(async () => {
      // reopen P1 (March loses a case in target), close P5 late in April, a new survey, a moved task, a new case
      await sql().query(`UPDATE voc_items SET closed_at = NULL, answered_at = NULL WHERE id = $1`, [ids.p1]);
      await sql().query(`UPDATE voc_items SET closed_at = $2 WHERE id = $1`, [
        ids.p5,
        kst('2026-04-20T10:00:00'),
      ]);
      await insertSurvey(ids.p4, [5, 5, 5, 5], kst('2026-03-31T23:59:00'));
      await sql().query(`UPDATE tasks SET department_id = $2 WHERE id = $1`, [ids.t1, ids.other]);
      await insertVocRow(bed, {
        receivedAt: kst('2026-02-10T10:00:00'),
        closedAt: kst('2026-02-11T10:00:00'),
        departmentId: ids.d,
        officerId: ids.o2,
        customerId: ids.z,
      });
    });
    const touched = await bed.scope(() => rollups.refreshTouched());
    expect(touched).toEqual(expect.arrayContaining(['2026-02', '2026-03', '2026-04']));
    expect(await rolled('PETITION_CLOSED_WITHIN_TARGET', DEPT, ids.d, '2026-03')).toEqual([
      before![0] - 1,
      before![1] - 1,
    ]);
    expect(await rolled('TASK_DEADLINE_COMPLIANCE', DEPT, ids.other, '2026-03')).toEqual([80, 1]);
    const incremental = await allRollups();
    await bed.scope(() => rollups.recomputeAll());
    expect(await allRollups()).toEqual(incremental);
    expect(await bed.scope(() => rollups.refreshTouched())).toEqual([]);
  });

  it('two runs at once do not double count', async () => {
    await bed.scope(async () => {
      await sql().query(`UPDATE voc_items SET closed_at = $2 WHERE id = $1`, [
        ids.p1,
        kst('2026-03-03T10:00:00'),
      ]);
    });
    await Promise.all([bed.scope(() => rollups.refreshTouched()), bed.scope(() => rollups.refreshTouched())]);
    const twice = await allRollups();
    await Promise.all([bed.scope(() => rollups.recomputeAll()), bed.scope(() => rollups.recomputeAll())]);
    expect(await allRollups()).toEqual(twice);
    expect(await rolled('PETITION_CLOSED_WITHIN_TARGET', DEPT, ids.d, '2026-03')).toEqual([2, 4]);
  });
});

describe('indicator definitions', () => {
  const input = (over: Partial<SavePerformanceIndicatorInput> = {}): SavePerformanceIndicatorInput => ({
    code: 'DEPT_TARGET_CLOSURE',
    expectedVersion: 0,
    measureCode: 'PETITION_CLOSED_WITHIN_TARGET',
    nameKo: '목표기한 내 처리율',
    nameEn: 'Closed within target',
    typeTag: 'EFFICIENCY' as SavePerformanceIndicatorInput['typeTag'],
    scope: DEPT,
    period: IndicatorPeriod.MONTH,
    weight: 30,
    target: 85,
    direction: Direction.HIGHER_IS_BETTER,
    bands: [
      { grade: 'A', threshold: 40, score: 100 },
      { grade: 'B', threshold: null, score: 50 },
    ],
    active: true,
    ...over,
  });
  const save = (over: Partial<SavePerformanceIndicatorInput> = {}) =>
    bed.scope(() => indicators.save(input(over)));
  const versionsOf = (code: string) =>
    bed.owner(`SELECT version FROM performance_indicators WHERE tenant_id = $1 AND code = $2`, [
      bed.tenant.code,
      code,
    ]);

  it('refuses an unknown measure with the reason, and writes nothing', async () => {
    await expect(save({ code: 'NEW_ONE', measureCode: 'NO_SUCH_MEASURE' })).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'measureCode' },
      message: expect.stringContaining('NO_SUCH_MEASURE'),
    });
    expect(await versionsOf('NEW_ONE')).toEqual([]);
  });

  it('refuses bands that cannot evaluate', async () => {
    await expect(
      save({
        code: 'NEW_ONE',
        bands: [
          { grade: 'A', threshold: 40, score: 100 },
          { grade: 'B', threshold: 60, score: 50 },
          { grade: 'C', threshold: null, score: 0 },
        ],
      }),
    ).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'bands' } });
    expect(await versionsOf('NEW_ONE')).toEqual([]);
  });

  it('overrides a standard indicator as version 1, keeps the history, refuses a stale version and audits', async () => {
    const v1 = await save();
    expect(v1).toMatchObject({ version: 1, standard: true, overridden: true, target: 85 });
    await expect(save({ target: 80 })).rejects.toMatchObject({
      extensions: { code: 'CONFLICT', field: 'expectedVersion' },
    });
    const v2 = await save({ expectedVersion: 1, target: 80 });
    expect(v2.version).toBe(2);
    const history = await asManager(() => indicators.versions('DEPT_TARGET_CLOSURE', 1));
    expect(history.totalCount).toBe(2);
    expect(history.edges[0].node.target).toBe(80);
    const page2 = await asManager(() =>
      indicators.versions('DEPT_TARGET_CLOSURE', 1, history.pageInfo.endCursor),
    );
    expect(page2.edges.map((e) => e.node.version)).toEqual([1]);
    const audit = await bed.owner(
      `SELECT action FROM audit_events WHERE tenant_id = $1 AND entity = 'performance-indicator' ORDER BY id`,
      [bed.tenant.code],
    );
    expect(audit.map((a) => a.action)).toEqual(['update', 'update']);
    // The override's bands give 50 % an A (threshold 40).
    const card = await scorecardOf(DEPT, ids.d);
    expect(card.rows.find((r) => r.indicator.code === 'DEPT_TARGET_CLOSURE')).toMatchObject({
      grade: 'A',
      score: 100,
    });
  });

  it('concurrent saves of one version: one wins, the other is a conflict', async () => {
    const results = await Promise.allSettled([
      save({ code: 'DEPT_EXTRA', measureCode: 'CONTACTS_LOGGED', weight: 0 }),
      save({ code: 'DEPT_EXTRA', measureCode: 'CONTACTS_LOGGED', weight: 0 }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(await versionsOf('DEPT_EXTRA')).toHaveLength(1);
  });

  it('a scorecard whose active weights do not sum to 100 says so and gives no total', async () => {
    const current = (await bed.scope(() => indicators.effective(DEPT))).find((i) => i.code === 'DEPT_EXTRA')!;
    await save({
      code: 'DEPT_EXTRA',
      measureCode: 'CONTACTS_LOGGED',
      weight: 10,
      expectedVersion: current.version,
    });
    const card = await scorecardOf(DEPT, ids.d);
    expect(card.weightTotal).toBe(110);
    expect(card.weightedTotal).toBeNull();
    expect(card.problemKo).toContain('110');
  });

  it('the measure catalogue refuses a second measure under a taken code', () => {
    const catalogue = bed.get(MeasureCatalogue);
    const taken = catalogue.get('CONTACTS_LOGGED')!;
    expect(() => catalogue.register({ ...taken })).toThrow(/registered twice/);
  });
});
