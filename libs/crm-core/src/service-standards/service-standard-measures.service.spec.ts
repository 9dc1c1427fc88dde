import { Role } from '@pcrm/access';
import { serviceTestbed, type ServiceTestbed } from '../../test/service-testbed';
import { newDepartment } from '../../test/factories';
import {
  Direction,
  IndicatorPeriod,
  MeasureCatalogue,
  MeasureSubject,
  PerformanceIndicatorService,
  PerformanceRollupService,
  ScopeKind,
  ScorecardService,
} from '../performance-indicators';
import {
  ServiceStandardsService,
  ServiceSurveysService,
  StandardUnit,
  SurveyPeriod,
  TargetDirection,
  Touchpoint,
} from '.';

let bed: ServiceTestbed;
let rollups: PerformanceRollupService;
let scorecards: ScorecardService;
let dept: string;
const ADMIN = ['tenant-admin'];
const asManager = <T>(work: () => Promise<T>) => bed.scope(work, [Role.Manager], 'read-only');
const MEASURES = ['SERVICE_STANDARD_ATTAINMENT', 'SERVICE_CSI_INDEX', 'SERVICE_PHONE_COURTESY'];

/** Every roll-up row of the tenant's service-standard measures, in a comparable order. */
const rollupRows = () =>
  bed.owner(
    `SELECT measure_code, scope_kind, scope_id, to_char(month, 'YYYY-MM') AS month,
            numerator::numeric(20, 6)::text AS n, denominator::text AS d
     FROM performance_rollups WHERE tenant_id = $1 AND measure_code = ANY($2) AND scope_kind <> 'TENANT'
     ORDER BY 1, 2, 3, 4`,
    [bed.tenant.code, MEASURES],
  );

/**
 * May 2026 in one department, recorded through the service-standards services (so their months are marked):
 * attainment: phone 36 of 40 met + passport 2.5 days (≤ 3: 1 of 1) → 37 / 41 = 90.2439 %;
 * CSI: one round of 100 respondents, every item mean 5 → index 66.7 → 6670 / 100 = 66.7;
 * courtesy: 10 calls at 90.5 and 30 calls at 80 → (905 + 2400) / 40 = 82.625.
 */
beforeAll(async () => {
  bed = await serviceTestbed('service standard measures');
  rollups = bed.get(PerformanceRollupService);
  scorecards = bed.get(ScorecardService);
  const standards = bed.get(ServiceStandardsService);
  const surveys = bed.get(ServiceSurveysService);
  dept = (await bed.scope(() => newDepartment(bed, { name: '민원봉사과' }))).id;
  const v = (await bed.scope(() => standards.settings(), ADMIN)).version;
  const standard = (name: string, unit: StandardUnit, version: number) =>
    bed.scope(
      () =>
        standards.create(
          {
            touchpoint: Touchpoint.PHONE,
            coreService: null,
            name,
            commitment: `${name}을 지킵니다.`,
            targetValue: 3,
            unit,
            direction: TargetDirection.AT_MOST,
            departmentId: dept,
            active: true,
          },
          version,
        ),
      ADMIN,
    );
  const phone = await standard('전화 3회 이내 응답', StandardUnit.RINGS, v);
  const passport = await standard('여권 3근무일 발급', StandardUnit.WORKING_DAYS, v + 1);
  await bed.scope(
    () => standards.record({ standardId: phone.id, month: '2026-05', sampleSize: 40, metCount: 36 }),
    ADMIN,
  );
  await bed.scope(
    () =>
      standards.record({ standardId: passport.id, month: '2026-05', sampleSize: 120, measuredValue: 2.5 }),
    ADMIN,
  );
  await bed.scope(
    () =>
      surveys.recordCsiRound({
        departmentId: dept,
        year: 2026,
        period: SurveyPeriod.YEAR,
        surveyedOn: '2026-05-20',
        respondents: 100,
        items: ['ACCESS', 'PROCESS', 'COURTESY', 'EXPERTISE', 'FACILITY', 'OVERALL'].map((code) => ({
          code,
          mean: 5,
          respondents: 100,
        })),
      }),
    ADMIN,
  );
  for (const [checkedOn, callsChecked, scores] of [
    ['2026-05-03', 10, [18, 17.5, 19, 16, 20]],
    ['2026-05-20', 30, [16, 16, 16, 16, 16]],
  ] as const)
    await bed.scope(
      () =>
        surveys.recordCourtesy({
          departmentId: dept,
          checkedOn,
          callsChecked,
          greeting: scores[0],
          promptness: scores[1],
          kindness: scores[2],
          accuracy: scores[3],
          closing: scores[4],
        }),
      ADMIN,
    );
  const indicators = bed.get(PerformanceIndicatorService);
  const indicator = (code: string, measureCode: string, typeTag: string, weight: number, target: number) =>
    bed.scope(
      () =>
        indicators.save({
          code,
          expectedVersion: 0,
          measureCode,
          nameKo: code,
          nameEn: code,
          typeTag: typeTag as never,
          scope: ScopeKind.DEPARTMENT,
          period: IndicatorPeriod.MONTH,
          weight,
          target,
          direction: Direction.HIGHER_IS_BETTER,
          bands: [
            { grade: 'A', threshold: 85, score: 100 },
            { grade: 'B', threshold: null, score: 50 },
          ],
          active: true,
        }),
      ADMIN,
    );
  await indicator('SS_ATTAINMENT', 'SERVICE_STANDARD_ATTAINMENT', 'EFFICIENCY', 10, 90);
  await indicator('SS_CSI', 'SERVICE_CSI_INDEX', 'SATISFACTION', 10, 70);
  await indicator('SS_COURTESY', 'SERVICE_PHONE_COURTESY', 'SATISFACTION', 10, 80);
});
afterAll(() => bed?.close());

it('registers the three figures in the catalogue with their type tags, department scope and record rows', () => {
  const catalogue = bed.get(MeasureCatalogue);
  expect(
    MEASURES.map((code) => {
      const m = catalogue.get(code)!;
      return [m.code, m.typeTag, m.scopes, m.subject, typeof m.subjectRows];
    }),
  ).toEqual([
    ['SERVICE_STANDARD_ATTAINMENT', 'EFFICIENCY', [ScopeKind.DEPARTMENT], MeasureSubject.RECORD, 'function'],
    ['SERVICE_CSI_INDEX', 'SATISFACTION', [ScopeKind.DEPARTMENT], MeasureSubject.RECORD, 'function'],
    ['SERVICE_PHONE_COURTESY', 'SATISFACTION', [ScopeKind.DEPARTMENT], MeasureSubject.RECORD, 'function'],
  ]);
});

it('rolls up the months the records marked; the scorecard shows the hand-computed values; recomputation agrees', async () => {
  expect(await bed.scope(() => rollups.refreshTouched())).toContain('2026-05');
  const incremental = await rollupRows();
  expect(incremental.map((r) => [r.measure_code, r.scope_id, r.month, Number(r.n), Number(r.d)])).toEqual([
    ['SERVICE_CSI_INDEX', dept, '2026-05', 6670, 100],
    ['SERVICE_PHONE_COURTESY', dept, '2026-05', 3305, 40],
    ['SERVICE_STANDARD_ATTAINMENT', dept, '2026-05', 37, 41],
  ]);
  const card = await asManager(() =>
    scorecards.scorecard({
      scope: ScopeKind.DEPARTMENT,
      scopeId: dept,
      period: IndicatorPeriod.MONTH,
      year: 2026,
      index: 5,
    }),
  );
  const byCode = Object.fromEntries(card.rows.map((r) => [r.indicator.code, r]));
  expect(byCode.SS_ATTAINMENT).toMatchObject({ value: 90.2439, grade: 'A', targetMet: true });
  expect(byCode.SS_CSI).toMatchObject({ value: 66.7, grade: 'B', targetMet: false });
  expect(byCode.SS_COURTESY).toMatchObject({ value: 82.625, grade: 'B', targetMet: true });
  await bed.scope(() => rollups.recomputeAll());
  expect(await rollupRows()).toEqual(incremental);
});

it('drills down to the records behind each number, whose sums equal the roll-up', async () => {
  const drill = (measureCode: string) =>
    asManager(async () => {
      const args = {
        measureCode,
        scope: ScopeKind.DEPARTMENT,
        scopeId: dept,
        period: IndicatorPeriod.MONTH,
        year: 2026,
        index: 5,
        first: 50,
      };
      return { cases: await scorecards.drillDown(args), totals: await scorecards.drillDownTotals(args) };
    });
  const attainment = await drill('SERVICE_STANDARD_ATTAINMENT');
  expect([attainment.totals.cases, attainment.totals.numerator, attainment.totals.denominator]).toEqual([
    2, 37, 41,
  ]);
  expect(attainment.cases.edges.map((e) => [e.node.subject, e.node.title, e.node.status]).sort()).toEqual([
    [MeasureSubject.RECORD, '여권 3근무일 발급', '1/1'],
    [MeasureSubject.RECORD, '전화 3회 이내 응답', '36/40'],
  ]);
  const csi = await drill('SERVICE_CSI_INDEX');
  expect([csi.totals.cases, csi.totals.numerator, csi.totals.denominator]).toEqual([1, 6670, 100]);
  const courtesy = await drill('SERVICE_PHONE_COURTESY');
  expect([courtesy.totals.cases, courtesy.totals.numerator, courtesy.totals.denominator]).toEqual([
    2, 3305, 40,
  ]);
  expect(courtesy.cases.edges.map((e) => e.node.number).sort()).toEqual(['2026-05-03', '2026-05-20']);
});

it("rolls up nothing of another tenant's records and refuses its department (not found)", async () => {
  const other = await serviceTestbed('service standard measures, other tenant');
  try {
    await other.scope(() => other.get(PerformanceRollupService).recomputeAll());
    const rows = await other.owner(
      `SELECT count(*)::int AS n FROM performance_rollups WHERE tenant_id = $1 AND measure_code = ANY($2)`,
      [other.tenant.code, MEASURES],
    );
    expect(rows).toEqual([{ n: 0 }]);
    await expect(
      other.scope(
        () =>
          other.get(ScorecardService).drillDownTotals({
            measureCode: 'SERVICE_CSI_INDEX',
            scope: ScopeKind.DEPARTMENT,
            scopeId: dept,
            period: IndicatorPeriod.MONTH,
            year: 2026,
            index: 5,
          }),
        [Role.Manager],
        'read-only',
      ),
    ).rejects.toMatchObject({ extensions: { code: 'NOT_FOUND' } });
  } finally {
    await other.close();
  }
});
