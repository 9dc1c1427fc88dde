import { randomBytes } from 'node:crypto';
import { gql, userToken } from './support/api';
import { expectRefused } from './support/customer-360';
import { inTenant, roleClients } from './support/runtime-role';

/**
 * Service standards, CSI rounds, phone courtesy, recognition and the approval matrix end to end (issue 10 #6a),
 * in 전라남도 (jeonnam) with 광주 (gwangju) as the other tenant. Every assertion is on rows this file made
 * (names carry a run id); the periods are in 2021–2022, which no other spec writes.
 */
const db = roleClients();
const TENANT = 'jeonnam';
const OTHER = 'gwangju';
const RUN = randomBytes(3).toString('hex');
const tokens = {} as Record<'admin' | 'manager' | 'officer' | 'agent' | 'otherAdmin', string>;
let departmentId: string;
let otherDepartmentId: string;

const SETTINGS = `{ serviceStandards { version standards { id name touchpoint coreService targetValue unit direction departmentId active }
  changes { version changedBy before after } } }`;
const CREATE = `mutation($i: ServiceStandardInput!, $v: Int!) { createServiceStandard(input: $i, expectedVersion: $v) {
  id name targetValue active } }`;
const UPDATE = `mutation($id: ID!, $i: ServiceStandardInput!, $v: Int!) { updateServiceStandard(id: $id, input: $i, expectedVersion: $v) {
  id name targetValue active } }`;
const RECORD = `mutation($i: StandardMeasurementInput!) { recordStandardMeasurement(input: $i) {
  id month sampleSize metCount measuredValue checks checksMet recordedBy } }`;
const MEASUREMENTS = `query($s: ID!, $first: Int, $after: String) { standardMeasurements(standardId: $s, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id month checks checksMet } } } }`;
const ATTAINMENT = `query($from: String!, $to: String!) { standardAttainment(from: $from, to: $to) { standardId month checks checksMet attainment }
  departmentStandardAttainment(from: $from, to: $to) { departmentId month numerator denominator value } }`;
const CSI = `mutation($i: CsiRoundInput!) { recordCsiRound(input: $i) { id year period designVersion csiIndex previousIndex change
  items { code mean respondents } } }`;
const CSI_ROUNDS = `query($d: ID) { csiRounds(departmentId: $d, first: 10) { totalCount edges { node { id year csiIndex change } } } }`;
const COURTESY = `mutation($i: CourtesyCheckInput!) { recordCourtesyCheck(input: $i) { id total checkedOn } }`;
const COURTESY_MONTHLY = `query($from: String!, $to: String!) { courtesyMonthly(from: $from, to: $to) { departmentId month value } }`;
const RANKING = `query($y: Int!, $p: SurveyPeriod!) { recognitionRanking(year: $y, period: $p) { rank departmentId csiIndex courtesy attainment combined }
  recognitionAwards(year: $y, period: $p) { departmentId kind note } }`;
const AWARD = `mutation($i: RecognitionAwardInput!) { awardRecognition(input: $i) { id kind } }`;
const MATRIX = `{ approvalMatrix { version rules { subjectKind subjectType condition level } titles { title level } } }`;
const SET_MATRIX = `mutation($r: [ApprovalMatrixRuleInput!]!, $t: [ApprovalLevelTitleInput!]!, $v: Int!) {
  setApprovalMatrix(rules: $r, titles: $t, expectedVersion: $v) { version rules { subjectType condition level } titles { title level } } }`;
const SHARES = `query($from: String!, $to: String!) { approvalLevelShares(from: $from, to: $to) { month level decisions total share } }`;

const standard = (name: string, extra: object = {}) => ({
  touchpoint: 'PHONE',
  name: `${name} ${RUN}`,
  commitment: '전화는 벨이 3번 울리기 전에 받습니다.',
  targetValue: 3,
  unit: 'RINGS',
  direction: 'AT_MOST',
  departmentId,
  ...extra,
});
const csiItems = (mean: number) =>
  ['ACCESS', 'PROCESS', 'COURTESY', 'EXPERTISE', 'FACILITY', 'OVERALL'].map((code) => ({
    code,
    mean,
    respondents: 40,
  }));

async function settings(token = tokens.admin) {
  const res = await gql(token, SETTINGS);
  expect(res.errors).toBeUndefined();
  return res.data!.serviceStandards as {
    version: number;
    standards: { id: string; name: string; targetValue: number }[];
    changes: { version: number; before: string; after: string }[];
  };
}

async function create(name: string, extra: object = {}): Promise<string> {
  const { version } = await settings();
  const res = await gql(tokens.admin, CREATE, { i: standard(name, extra), v: version });
  expect(res.errors).toBeUndefined();
  return res.data!.createServiceStandard.id;
}

beforeAll(async () => {
  [tokens.admin, tokens.manager, tokens.officer, tokens.agent, tokens.otherAdmin] = await Promise.all([
    userToken(TENANT, 'admin'),
    userToken(TENANT, 'manager'),
    userToken(TENANT, 'officer'),
    userToken(TENANT, 'agent'),
    userToken(OTHER, 'admin'),
  ]);
  const pick = async (tenant: string) =>
    (
      await db.owner.query<{ id: string }>(
        `SELECT id FROM departments WHERE tenant_id = $1 AND active AND parent_id IS NOT NULL ORDER BY code LIMIT 1`,
        [tenant],
      )
    ).rows[0].id;
  [departmentId, otherDepartmentId] = [await pick(TENANT), await pick(OTHER)];
});

describe('service standards', () => {
  it('are created and changed by the tenant admin, versioned with their history and audited', async () => {
    const id = await create('전화 응답');
    const { version } = await settings();
    const res = await gql(tokens.admin, UPDATE, {
      id,
      i: standard('전화 응답', { targetValue: 4 }),
      v: version,
    });
    expect(res.data!.updateServiceStandard).toMatchObject({ id, targetValue: 4 });
    const after = await settings(tokens.agent);
    expect(after.version).toBe(version + 1);
    expect(JSON.parse(after.changes[0].before)).toMatchObject({ id, targetValue: 3 });
    expect(JSON.parse(after.changes[0].after)).toMatchObject({ id, targetValue: 4 });
    const { rows } = await db.owner.query(
      `SELECT entity_id FROM audit_events WHERE tenant_id = $1 AND entity = 'service_standards' AND entity_id = $2`,
      [TENANT, `service_standards@${version + 1}`],
    );
    expect(rows).toHaveLength(1);
    expectRefused(
      await gql(tokens.manager, CREATE, { i: standard('관리자 아님'), v: version + 1 }),
      'FORBIDDEN',
    );
  });

  it('refuses bad input with its code and field and changes nothing', async () => {
    const before = await settings();
    const v = before.version;
    const cases: [Record<string, unknown>, string, string][] = [
      [{ i: standard('둘 다', { coreService: '여권 발급' }), v }, 'BAD_USER_INPUT', 'touchpoint'],
      [{ i: standard('퍼센트', { unit: 'PERCENT', targetValue: 101 }), v }, 'BAD_USER_INPUT', 'targetValue'],
      [{ i: standard('음수', { targetValue: -1 }), v }, 'BAD_USER_INPUT', 'targetValue'],
      [{ i: standard('보이지\u200b않는'), v }, 'BAD_USER_INPUT', 'name'],
      [{ i: standard('널\u0000문자'), v }, 'BAD_USER_INPUT', 'name'],
      [
        { i: standard('남의 부서', { departmentId: otherDepartmentId }), v },
        'BAD_USER_INPUT',
        'departmentId',
      ],
      [{ i: standard('오래된 버전'), v: v - 1 }, 'CONFLICT', 'expectedVersion'],
      [{ i: standard('전화 응답'), v }, 'CONFLICT', 'name'],
    ];
    for (const [variables, code, field] of cases)
      expectRefused(await gql(tokens.admin, CREATE, variables), code, field);
    expect(await settings()).toEqual(before);
  });

  it('lets one of two concurrent saves from the same version through', async () => {
    const { version, standards } = await settings();
    const results = await Promise.all(
      ['동시 하나', '동시 둘'].map((name) => gql(tokens.admin, CREATE, { i: standard(name), v: version })),
    );
    expect(results.filter((r) => r.errors === undefined)).toHaveLength(1);
    expectRefused(
      results.find((r) => r.errors)!,
      'CONFLICT',
      'expectedVersion',
    );
    const after = await settings();
    expect([after.version, after.standards.length]).toEqual([version + 1, standards.length + 1]);
  });

  it('records monitoring results (manager) and reports attainment per standard and department', async () => {
    const phone = await create('모니터링 전화');
    const wait = await create('모니터링 대기', {
      touchpoint: 'VISIT',
      unit: 'MINUTES',
      targetValue: 10,
      commitment: '민원실 대기 시간은 10분 이내입니다.',
    });
    const record = (variables: object) => gql(tokens.manager, RECORD, { i: variables });
    expect(
      (await record({ standardId: phone, month: '2021-03', sampleSize: 50, metCount: 45 })).errors,
    ).toBeUndefined();
    const value = await record({
      standardId: wait,
      month: '2021-03',
      sampleSize: 300,
      measuredValue: 8.5,
      note: '평균',
    });
    expect(value.data!.recordStandardMeasurement).toMatchObject({
      checks: 1,
      checksMet: 1,
      measuredValue: 8.5,
    });
    expectRefused(
      await gql(tokens.officer, RECORD, {
        i: { standardId: phone, month: '2021-03', sampleSize: 1, metCount: 1 },
      }),
      'FORBIDDEN',
    );
    for (const [i, code, field] of [
      [{ standardId: phone, month: '2021-13', sampleSize: 1, metCount: 1 }, 'BAD_USER_INPUT', 'month'],
      [{ standardId: phone, month: '2021-04', sampleSize: 5, metCount: 6 }, 'BAD_USER_INPUT', 'metCount'],
      [{ standardId: phone, month: '2021-04', sampleSize: 5 }, 'BAD_USER_INPUT', 'metCount'],
      [{ standardId: phone, month: '2999-01', sampleSize: 5, metCount: 1 }, 'BAD_USER_INPUT', 'month'],
    ] as [object, string, string][])
      expectRefused(await record(i), code, field);

    const res = await gql(tokens.officer, ATTAINMENT, { from: '2021-03', to: '2021-03' });
    const mine = res.data!.standardAttainment.filter((a: { standardId: string }) =>
      [phone, wait].includes(a.standardId),
    );
    expect(
      mine
        .map((a: { standardId: string; attainment: number }) => [a.standardId === phone, a.attainment])
        .sort(),
    ).toEqual([
      [false, 100],
      [true, 90],
    ]);
    // (45 + 1) / (50 + 1) = 90.2 %: only this test records 2021-03
    const dept = res.data!.departmentStandardAttainment.find(
      (f: { departmentId: string }) => f.departmentId === departmentId,
    );
    expect([dept.numerator, dept.denominator, dept.value]).toEqual([46, 51, 90.2]);
    const page = await gql(tokens.officer, MEASUREMENTS, { s: phone, first: 1 });
    expect(page.data!.standardMeasurements.totalCount).toBe(1);
    expectRefused(
      await gql(tokens.officer, MEASUREMENTS, { s: phone, first: 1, after: 'bm90LWEtY3Vyc29y' }),
      'BAD_USER_INPUT',
      'after',
    );
    expectRefused(await gql(tokens.agent, ATTAINMENT, { from: '2021-03', to: '2021-03' }), 'FORBIDDEN');
    expectRefused(
      await gql(tokens.officer, ATTAINMENT, { from: '2021-01', to: '2024-01' }),
      'BAD_USER_INPUT',
      'to',
    );
  });
});

describe('CSI rounds, phone courtesy and recognition', () => {
  it('computes the CSI index, compares with the year before and refuses a second round of a period', async () => {
    const round = (year: number, mean: number) =>
      gql(tokens.manager, CSI, {
        i: {
          departmentId,
          year,
          period: 'SECOND_HALF',
          surveyedOn: `${year}-11-30`,
          respondents: 40,
          items: csiItems(mean),
        },
      });
    expect((await round(2021, 5.5)).data!.recordCsiRound).toMatchObject({
      csiIndex: 75,
      previousIndex: null,
      designVersion: 1,
    });
    expect((await round(2022, 6.1)).data!.recordCsiRound).toMatchObject({
      csiIndex: 85,
      previousIndex: 75,
      change: 10,
    });
    expectRefused(await round(2022, 6), 'CONFLICT', 'period');
    const bad = (patch: object) =>
      gql(tokens.manager, CSI, {
        i: {
          departmentId,
          year: 2022,
          period: 'FIRST_HALF',
          surveyedOn: '2022-06-30',
          respondents: 40,
          items: csiItems(5),
          ...patch,
        },
      });
    expectRefused(await bad({ items: csiItems(7.5) }), 'BAD_USER_INPUT', 'items.0.mean');
    expectRefused(await bad({ items: csiItems(5).slice(1) }), 'BAD_USER_INPUT', 'items');
    expectRefused(await bad({ departmentId: otherDepartmentId }), 'BAD_USER_INPUT', 'departmentId');
    expectRefused(
      await bad({ items: Array.from({ length: 41 }, () => csiItems(5)[0]) }),
      'BAD_USER_INPUT',
      'items',
    );
    const rounds = await gql(tokens.officer, CSI_ROUNDS, { d: departmentId });
    expect(
      rounds.data!.csiRounds.edges.filter((e: { node: { year: number } }) => e.node.year <= 2022),
    ).toHaveLength(2);
  });

  it('averages phone courtesy per month and ranks the department with its recognition', async () => {
    const check = (checkedOn: string, calls: number, score: number) =>
      gql(tokens.manager, COURTESY, {
        i: {
          departmentId,
          checkedOn,
          callsChecked: calls,
          greeting: score,
          promptness: score,
          kindness: score,
          accuracy: score,
          closing: score,
        },
      });
    expect((await check('2022-08-01', 3, 18)).data!.recordCourtesyCheck.total).toBe(90);
    await check('2022-08-15', 1, 14); // (90 × 3 + 70 × 1) / 4 = 85
    expectRefused(await check('2022-08-16', 1, 20.5), 'BAD_USER_INPUT', 'greeting');
    const monthly = await gql(tokens.officer, COURTESY_MONTHLY, { from: '2022-08', to: '2022-08' });
    expect(
      monthly.data!.courtesyMonthly.find((m: { departmentId: string }) => m.departmentId === departmentId)
        .value,
    ).toBe(85);

    const award = {
      departmentId,
      year: 2022,
      period: 'SECOND_HALF',
      kind: 'COURTESY_DEPARTMENT',
      note: `친절 ${RUN}`,
    };
    expectRefused(await gql(tokens.manager, AWARD, { i: award }), 'FORBIDDEN');
    expect((await gql(tokens.admin, AWARD, { i: award })).errors).toBeUndefined();
    expectRefused(await gql(tokens.admin, AWARD, { i: award }), 'CONFLICT', 'kind');
    const ranking = await gql(tokens.officer, RANKING, { y: 2022, p: 'SECOND_HALF' });
    expect(ranking.errors).toBeUndefined();
    const row = ranking.data!.recognitionRanking.find(
      (r: { departmentId: string }) => r.departmentId === departmentId,
    );
    // CSI 85 (2022 second half), courtesy 85, no standards recorded in that half → (85 + 85) / 2
    expect(row).toMatchObject({
      csiIndex: 85,
      courtesy: 85,
      attainment: null,
      combined: 85,
    });
    expect(ranking.data!.recognitionAwards.filter((a: { note: string }) => a.note === `친절 ${RUN}`)).toEqual(
      [{ departmentId, kind: 'COURTESY_DEPARTMENT', note: `친절 ${RUN}` }],
    );
  });
});

describe('the approval matrix', () => {
  it('is saved whole by the tenant admin, refuses conflicts and reports level shares to managers', async () => {
    const { version } = (await gql(tokens.agent, MATRIX)).data!.approvalMatrix;
    const rules = [
      { subjectKind: 'PETITION', subjectType: 'SIMPLE_CONSULT', level: 'STAFF' },
      { subjectKind: 'PETITION', subjectType: 'COMPLEX', condition: `예산 ${RUN}`, level: 'BUREAU_HEAD' },
      { subjectKind: 'TASK', subjectType: 'LONG_TERM', level: 'DEPUTY_MAYOR' },
    ];
    const titles = [{ title: '과장', level: 'SECTION_HEAD' }];
    expectRefused(await gql(tokens.manager, SET_MATRIX, { r: rules, t: titles, v: version }), 'FORBIDDEN');
    const conflicting = [
      ...rules,
      { subjectKind: 'PETITION', subjectType: 'COMPLEX', condition: ` 예산  ${RUN}`, level: 'MAYOR' },
    ];
    expectRefused(
      await gql(tokens.admin, SET_MATRIX, { r: conflicting, t: titles, v: version }),
      'CONFLICT',
      'rules.3.condition',
    );
    expectRefused(
      await gql(tokens.admin, SET_MATRIX, {
        r: [{ subjectKind: 'TASK', subjectType: 'COMPLEX', level: 'STAFF' }],
        t: [],
        v: version,
      }),
      'BAD_USER_INPUT',
      'rules.0.subjectType',
    );
    const huge = Array.from({ length: 201 }, () => rules[0]);
    expectRefused(
      await gql(tokens.admin, SET_MATRIX, { r: huge, t: [], v: version }),
      'BAD_USER_INPUT',
      'rules',
    );
    expect((await gql(tokens.admin, MATRIX)).data!.approvalMatrix.version).toBe(version);
    const saved = await gql(tokens.admin, SET_MATRIX, { r: rules, t: titles, v: version });
    expect(saved.data!.setApprovalMatrix).toMatchObject({ version: version + 1, titles });
    expect((await gql(tokens.manager, SHARES, { from: '2021-01', to: '2021-02' })).errors).toBeUndefined();
    expectRefused(await gql(tokens.agent, SHARES, { from: '2021-01', to: '2021-02' }), 'FORBIDDEN');
  });
});

describe('another tenant', () => {
  it('cannot read, change or record against this tenant’s rows through the API', async () => {
    const id = await create('격리');
    const other = await gql(tokens.otherAdmin, SETTINGS);
    expect(other.data!.serviceStandards.standards.map((s: { id: string }) => s.id)).not.toContain(id);
    const v = other.data!.serviceStandards.version;
    expectRefused(
      await gql(tokens.otherAdmin, UPDATE, {
        id,
        i: standard('격리', { departmentId: otherDepartmentId }),
        v,
      }),
      'NOT_FOUND',
    );
    expectRefused(
      await gql(tokens.otherAdmin, RECORD, {
        i: { standardId: id, month: '2021-05', sampleSize: 1, metCount: 1 },
      }),
      'BAD_USER_INPUT',
      'standardId',
    );
    expect(
      (await gql(tokens.otherAdmin, MEASUREMENTS, { s: id })).data!.standardMeasurements.totalCount,
    ).toBe(0);
    expect((await gql(tokens.otherAdmin, CSI_ROUNDS, { d: departmentId })).data!.csiRounds.totalCount).toBe(
      0,
    );
    expectRefused(
      await gql(tokens.otherAdmin, AWARD, {
        i: { departmentId, year: 2022, period: 'YEAR', kind: 'MOST_IMPROVED' },
      }),
      'BAD_USER_INPUT',
      'departmentId',
    );
    const ranking = await gql(tokens.otherAdmin, RANKING, { y: 2022, p: 'SECOND_HALF' });
    expect(
      ranking.data!.recognitionRanking.map((r: { departmentId: string }) => r.departmentId),
    ).not.toContain(departmentId);
    const mine = (await settings()).standards.find((s) => s.id === id);
    expect(mine?.name).toBe(`격리 ${RUN}`);
  });

  it('sees and updates none of this tenant’s rows as the runtime role (RLS)', async () => {
    const tables = [
      'service_standards',
      'service_standard_measurements',
      'csi_rounds',
      'csi_round_items',
      'phone_courtesy_checks',
      'recognition_awards',
      'approval_matrix_rules',
      'approval_level_titles',
    ];
    for (const table of tables) {
      const { rows } = await db.owner.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM ${table} WHERE tenant_id = $1`,
        [TENANT],
      );
      expect(rows[0].n).toBeGreaterThan(0);
      const seen = await inTenant(db.app, OTHER, () =>
        db.app.query(`SELECT 1 FROM ${table} WHERE tenant_id = $1`, [TENANT]),
      );
      expect(seen.rowCount).toBe(0);
    }
    const updated = await inTenant(db.app, OTHER, () =>
      db.app.query(`UPDATE service_standards SET active = false WHERE tenant_id = $1`, [TENANT]),
    );
    expect(updated.rowCount).toBe(0);
    const deleted = await inTenant(db.app, OTHER, () =>
      db.app.query(`DELETE FROM approval_matrix_rules WHERE tenant_id = $1`, [TENANT]),
    );
    expect(deleted.rowCount).toBe(0);
  });
});
