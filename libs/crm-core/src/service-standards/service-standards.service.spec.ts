import { serviceTestbed, type ServiceTestbed } from '../../test/service-testbed';
import { newDepartment } from '../../test/factories';
import {
  RecognitionKind,
  RecognitionService,
  ServiceStandardsService,
  ServiceSurveysService,
  StandardUnit,
  SurveyPeriod,
  TargetDirection,
  Touchpoint,
} from '.';

let bed: ServiceTestbed;
let standards: ServiceStandardsService;
let surveys: ServiceSurveysService;
let recognition: RecognitionService;
beforeAll(async () => {
  bed = await serviceTestbed('service standards');
  standards = bed.get(ServiceStandardsService);
  surveys = bed.get(ServiceSurveysService);
  recognition = bed.get(RecognitionService);
});
afterAll(() => bed?.close());

const ADMIN = ['tenant-admin'];
const phoneStandard = (departmentId: string, name = '전화 3회 이내 응답') => ({
  touchpoint: Touchpoint.PHONE,
  coreService: null,
  name,
  commitment: '전화는 벨이 3번 울리기 전에 받습니다.',
  targetValue: 3,
  unit: StandardUnit.RINGS,
  direction: TargetDirection.AT_MOST,
  departmentId,
  active: true,
});
const version = async () => (await bed.scope(() => standards.settings(), ADMIN)).version;

it('versions the standards like reference data and refuses a stale version', async () => {
  const dept = await bed.scope(() => newDepartment(bed));
  const v0 = await version();
  const created = await bed.scope(() => standards.create(phoneStandard(dept.id, '버전 시험'), v0), ADMIN);
  await bed.scope(
    () => standards.update(created.id, { ...phoneStandard(dept.id, '버전 시험'), targetValue: 4 }, v0 + 1),
    ADMIN,
  );
  await expect(
    bed.scope(() => standards.update(created.id, phoneStandard(dept.id, '버전 시험'), v0 + 1), ADMIN),
  ).rejects.toMatchObject({ extensions: { code: 'CONFLICT', field: 'expectedVersion' } });
  const settings = await bed.scope(() => standards.settings(), ADMIN);
  expect(settings.version).toBe(v0 + 2);
  expect(settings.standards.find((s) => s.id === created.id)?.targetValue).toBe(4);
  expect(JSON.parse(settings.changes[0].before)).toMatchObject({ targetValue: 3 });
  expect(JSON.parse(settings.changes[0].after)).toMatchObject({ targetValue: 4 });
});

it('computes attainment per standard and department per month (hand-computed)', async () => {
  const dept = await bed.scope(() => newDepartment(bed));
  const v = await version();
  const phone = await bed.scope(() => standards.create(phoneStandard(dept.id, '달성률 전화'), v), ADMIN);
  const passport = await bed.scope(
    () =>
      standards.create(
        {
          touchpoint: null,
          coreService: '여권 발급',
          name: '달성률 여권',
          commitment: '여권은 3근무일 안에 발급합니다.',
          targetValue: 3,
          unit: StandardUnit.WORKING_DAYS,
          direction: TargetDirection.AT_MOST,
          departmentId: dept.id,
          active: true,
        },
        v + 1,
      ),
    ADMIN,
  );
  const record = (standardId: string, month: string, extra: object) =>
    bed.scope(() => standards.record({ standardId, month, sampleSize: 1, ...extra }), ADMIN);
  // 2025-03: phone 36 of 40 met, passport a measured 2.5 days (≤ 3: met) → (36 + 1) / (40 + 1) = 90.2 %
  await record(phone.id, '2025-03', { sampleSize: 40, metCount: 36 });
  await record(passport.id, '2025-03', { sampleSize: 120, measuredValue: 2.5 });
  // 2025-04: phone 18 of 20, passport 3.5 days (not met) → 18 / 21 = 85.7 %
  await record(phone.id, '2025-04', { sampleSize: 20, metCount: 18 });
  await record(passport.id, '2025-04', { sampleSize: 90, measuredValue: 3.5 });

  const perStandard = await bed.scope(() => standards.attainment('2025-03', '2025-04'), ADMIN);
  const named = perStandard
    .filter((a) => [phone.id, passport.id].includes(a.standardId))
    .map((a) => [
      a.month,
      a.standardId === phone.id ? 'phone' : 'passport',
      a.checksMet,
      a.checks,
      a.attainment,
    ])
    .sort((a, b) => `${a[0]}${a[1]}`.localeCompare(`${b[0]}${b[1]}`));
  expect(named).toEqual([
    ['2025-03', 'passport', 1, 1, 100],
    ['2025-03', 'phone', 36, 40, 90],
    ['2025-04', 'passport', 0, 1, 0],
    ['2025-04', 'phone', 18, 20, 90],
  ]);
  const perDepartment = await bed.scope(
    () => surveys.monthly('standardAttainment', '2025-03', '2025-04'),
    ADMIN,
  );
  expect(perDepartment.filter((f) => f.departmentId === dept.id).map((f) => [f.month, f.value])).toEqual([
    ['2025-03', 90.2],
    ['2025-04', 85.7],
  ]);
  const page = await bed.scope(() => standards.measurements(phone.id, 1), ADMIN);
  expect([page.totalCount, page.edges[0].node.month, page.pageInfo.hasNextPage]).toEqual([
    2,
    '2025-04',
    true,
  ]);
  const next = await bed.scope(() => standards.measurements(phone.id, 1, page.pageInfo.endCursor), ADMIN);
  expect([next.edges[0].node.month, next.pageInfo.hasNextPage]).toEqual(['2025-03', false]);
});

it('refuses bad standards and records, and changes nothing', async () => {
  const dept = await bed.scope(() => newDepartment(bed));
  const v = await version();
  const standard = await bed.scope(() => standards.create(phoneStandard(dept.id, '거절 시험'), v), ADMIN);
  const before = await bed.scope(() => standards.settings(), ADMIN);
  const refusals: [() => Promise<unknown>, string, string][] = [
    [() => standards.create(phoneStandard(dept.id, ' 거절  시험 '), v + 1), 'CONFLICT', 'name'],
    [
      () => standards.create({ ...phoneStandard(dept.id, '둘 다'), coreService: '여권 발급' }, v + 1),
      'BAD_USER_INPUT',
      'touchpoint',
    ],
    [
      () =>
        standards.create(
          { ...phoneStandard(dept.id, '퍼센트'), unit: StandardUnit.PERCENT, targetValue: 120 },
          v + 1,
        ),
      'BAD_USER_INPUT',
      'targetValue',
    ],
    [
      () => standards.create(phoneStandard('00000000-0000-4000-8000-000000000009', '없는 부서'), v + 1),
      'BAD_USER_INPUT',
      'departmentId',
    ],
    [
      () => standards.record({ standardId: standard.id, month: '2025-05', sampleSize: 10, metCount: 11 }),
      'BAD_USER_INPUT',
      'metCount',
    ],
    [
      () =>
        standards.record({
          standardId: standard.id,
          month: '2025-05',
          sampleSize: 10,
          metCount: 5,
          measuredValue: 2,
        }),
      'BAD_USER_INPUT',
      'metCount',
    ],
    [
      () => standards.record({ standardId: standard.id, month: '2999-01', sampleSize: 10, metCount: 5 }),
      'BAD_USER_INPUT',
      'month',
    ],
    [
      () => standards.update('00000000-0000-4000-8000-000000000009', phoneStandard(dept.id), v + 1),
      'NOT_FOUND',
      '',
    ],
  ];
  for (const [attempt, code, field] of refusals) {
    const error = await bed.scope(attempt, ADMIN).then(
      () => null,
      (e: { extensions?: { code?: string; field?: string } }) => e,
    );
    expect(error?.extensions?.code).toBe(code);
    if (field) expect(error?.extensions?.field).toBe(field);
  }
  expect(await bed.scope(() => standards.settings(), ADMIN)).toEqual(before);
  expect((await bed.scope(() => standards.measurements(standard.id, 10), ADMIN)).totalCount).toBe(0);
});

const csiItems = (means: number[], respondents = 100) =>
  ['ACCESS', 'PROCESS', 'COURTESY', 'EXPERTISE', 'FACILITY', 'OVERALL'].map((code, i) => ({
    code,
    mean: means[i],
    respondents,
  }));

it('computes the CSI index, compares years on one design and refuses a second round of a period', async () => {
  const dept = await bed.scope(() => newDepartment(bed));
  // 2024: (15×4 + 20×4 + 20×4 + 20×4 + 10×4 + 15×4) / 6 = 400 / 6 = 66.7 (all means 5)
  const first = await bed.scope(
    () =>
      surveys.recordCsiRound({
        departmentId: dept.id,
        year: 2024,
        period: SurveyPeriod.YEAR,
        surveyedOn: '2024-11-20',
        respondents: 100,
        items: csiItems([5, 5, 5, 5, 5, 5]),
      }),
    ADMIN,
  );
  expect([first.csiIndex, first.previousIndex, first.change]).toEqual([66.7, null, null]);
  // 2025: 456 / 6 = 76 (means 5.8, 5.2, 6.1, 5.5, 4.9, 5.6)
  const second = await bed.scope(
    () =>
      surveys.recordCsiRound({
        departmentId: dept.id,
        year: 2025,
        period: SurveyPeriod.YEAR,
        surveyedOn: '2025-11-20',
        respondents: 300,
        items: csiItems([5.8, 5.2, 6.1, 5.5, 4.9, 5.6], 290),
      }),
    ADMIN,
  );
  expect([second.csiIndex, second.previousIndex, second.previousYear, second.change]).toEqual([
    76, 66.7, 2024, 9.3,
  ]);
  expect(second.items.find((i) => i.code === 'COURTESY')).toEqual({
    code: 'COURTESY',
    mean: 6.1,
    respondents: 290,
  });
  // Both rounds in one range: (66.7 × 100 + 76 × 300) / 400 = 73.7
  const months = await bed.scope(() => surveys.monthly('csiIndex', '2024-01', '2025-12'), ADMIN);
  expect(months.filter((m) => m.departmentId === dept.id).map((m) => [m.month, m.value])).toEqual([
    ['2024-11', 66.7],
    ['2025-11', 76],
  ]);

  const base = {
    departmentId: dept.id,
    year: 2025,
    period: SurveyPeriod.FIRST_HALF,
    surveyedOn: '2025-06-20',
    respondents: 100,
  };
  const refusals: [object, string, string][] = [
    [{ period: SurveyPeriod.YEAR }, 'CONFLICT', 'period'],
    [{ items: csiItems([5, 5, 5, 5, 5, 8]) }, 'BAD_USER_INPUT', 'items.5.mean'],
    [
      { items: [...csiItems([5, 5, 5, 5, 5, 5]).slice(0, 5), { code: 'ACCESS', mean: 5, respondents: 1 }] },
      'BAD_USER_INPUT',
      'items.5.code',
    ],
    [{ items: csiItems([5, 5, 5, 5, 5, 5]).slice(0, 5) }, 'BAD_USER_INPUT', 'items'],
    [{ items: [{ code: 'UNKNOWN', mean: 5, respondents: 1 }] }, 'BAD_USER_INPUT', 'items.0.code'],
    [{ items: csiItems([5, 5, 5, 5, 5, 5], 101) }, 'BAD_USER_INPUT', 'items.0.respondents'],
    [{ surveyedOn: '2024-06-20' }, 'BAD_USER_INPUT', 'surveyedOn'],
    [{ surveyedOn: '2025-02-30' }, 'BAD_USER_INPUT', 'surveyedOn'],
  ];
  for (const [patch, code, field] of refusals)
    await expect(
      bed.scope(
        () => surveys.recordCsiRound({ items: csiItems([5, 5, 5, 5, 5, 5]), ...base, ...patch }),
        ADMIN,
      ),
    ).rejects.toMatchObject({ extensions: { code, field } });
  expect((await bed.scope(() => surveys.csiRounds(dept.id, 10), ADMIN)).totalCount).toBe(2);
});

it('averages phone courtesy per department and month, weighted by calls (hand-computed)', async () => {
  const dept = await bed.scope(() => newDepartment(bed));
  const check = (checkedOn: string, callsChecked: number, scores: number[]) =>
    bed.scope(
      () =>
        surveys.recordCourtesy({
          departmentId: dept.id,
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
  const a = await check('2025-05-03', 10, [18, 17.5, 19, 16, 20]); // total 90.5
  await check('2025-05-20', 30, [16, 16, 16, 16, 16]); // total 80
  await check('2025-06-02', 5, [20, 20, 20, 20, 20]); // total 100
  expect(a.total).toBe(90.5);
  // May: (90.5 × 10 + 80 × 30) / 40 = (905 + 2400) / 40 = 82.6 (82.625)
  const months = await bed.scope(() => surveys.monthly('phoneCourtesy', '2025-05', '2025-06'), ADMIN);
  expect(
    months
      .filter((m) => m.departmentId === dept.id)
      .map((m) => [m.month, m.numerator, m.denominator, m.value]),
  ).toEqual([
    ['2025-05', 3305, 40, 82.6],
    ['2025-06', 500, 5, 100],
  ]);
  await expect(bed.scope(() => check('2999-01-01', 1, [1, 1, 1, 1, 1]))).rejects.toMatchObject({
    extensions: { code: 'BAD_USER_INPUT', field: 'checkedOn' },
  });
  const page = await bed.scope(() => surveys.courtesyChecks(dept.id, 2), ADMIN);
  expect([page.totalCount, page.edges.map((e) => e.node.checkedOn)]).toEqual([
    3,
    ['2025-06-02', '2025-05-20'],
  ]);
});

it('ranks departments by the mean of their results and records recognition once per kind', async () => {
  const [good, fair] = await bed.scope(async () => [await newDepartment(bed), await newDepartment(bed)]);
  const v = await version();
  const standard = await bed.scope(() => standards.create(phoneStandard(fair.id, '순위 전화'), v), ADMIN);
  await bed.scope(
    () => standards.record({ standardId: standard.id, month: '2023-03', sampleSize: 10, metCount: 7 }),
    ADMIN,
  );
  await bed.scope(
    () =>
      surveys.recordCourtesy({
        departmentId: good.id,
        checkedOn: '2023-04-01',
        callsChecked: 4,
        greeting: 19,
        promptness: 19,
        kindness: 19,
        accuracy: 19,
        closing: 19,
      }),
    ADMIN,
  );
  await bed.scope(
    () =>
      surveys.recordCsiRound({
        departmentId: fair.id,
        year: 2023,
        period: SurveyPeriod.FIRST_HALF,
        surveyedOn: '2023-06-10',
        respondents: 50,
        items: csiItems([6, 6, 6, 6, 6, 6], 50),
      }),
    ADMIN,
  );
  // good: courtesy 95 → 95; fair: CSI 83.3 (5/6 × 100) and attainment 70 → (83.3 + 70) / 2 = 76.7
  const ranking = await bed.scope(() => recognition.ranking(2023, SurveyPeriod.FIRST_HALF), ADMIN);
  const mine = ranking.filter((r) => [good.id, fair.id].includes(r.departmentId));
  expect(mine.map((r) => [r.departmentId, r.csiIndex, r.courtesy, r.attainment, r.combined])).toEqual([
    [good.id, null, 95, null, 95],
    [fair.id, 83.3, null, 70, 76.7],
  ]);
  expect(mine[0].rank).toBeLessThan(mine[1].rank);
  const award = {
    departmentId: good.id,
    year: 2023,
    period: SurveyPeriod.FIRST_HALF,
    kind: RecognitionKind.COURTESY_DEPARTMENT,
  };
  await bed.scope(() => recognition.award({ ...award, note: '친절부서' }), ADMIN);
  await expect(bed.scope(() => recognition.award(award), ADMIN)).rejects.toMatchObject({
    extensions: { code: 'CONFLICT', field: 'kind' },
  });
  const awards = await bed.scope(() => recognition.awards(2023, SurveyPeriod.FIRST_HALF), ADMIN);
  expect(awards.map((a) => [a.departmentId, a.kind, a.note])).toEqual([
    [good.id, 'COURTESY_DEPARTMENT', '친절부서'],
  ]);
  const audit = await bed.owner<{ entity: string }>(
    `SELECT entity FROM audit_events WHERE tenant_id = $1 AND entity = 'recognition_award'`,
    [bed.tenant.code],
  );
  expect(audit).toHaveLength(1);
});

it('sees nothing of another tenant and cannot record against its standards', async () => {
  const other = await serviceTestbed('service standards, other tenant');
  try {
    const dept = await other.scope(() => newDepartment(other));
    const otherStandards = other.get(ServiceStandardsService);
    const v = (await other.scope(() => otherStandards.settings(), ADMIN)).version;
    const foreign = await other.scope(
      () => otherStandards.create(phoneStandard(dept.id, '남의 표준'), v),
      ADMIN,
    );
    await expect(
      bed.scope(
        () => standards.record({ standardId: foreign.id, month: '2025-01', sampleSize: 1, metCount: 1 }),
        ADMIN,
      ),
    ).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'standardId' } });
    const current = await version();
    await expect(
      bed.scope(() => standards.update(foreign.id, phoneStandard(dept.id, '남의 표준'), current), ADMIN),
    ).rejects.toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    const mine = await version();
    await expect(
      bed.scope(() => standards.create(phoneStandard(dept.id, '남의 부서'), mine), ADMIN),
    ).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'departmentId' } });
    expect((await bed.scope(() => standards.settings(), ADMIN)).standards.map((s) => s.id)).not.toContain(
      foreign.id,
    );
    expect((await other.scope(() => otherStandards.measurements(foreign.id, 10), ADMIN)).totalCount).toBe(0);
  } finally {
    await other.close();
  }
});
