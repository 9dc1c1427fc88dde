import { gql, integratorToken, userToken } from './support/api';
import { roleClients } from './support/runtime-role';
import { insertCustomers } from './support/owner-customers';
import { insertClosedCases, refreshRollups, removeClosedCases } from './support/ministry-fixture';

/**
 * Equity inside each tenant (issue 11 #2, docs/adr/0019 "Equity"): hand-computed group outcomes and gaps of a
 * fixture in months no demo case falls in (2002), small groups suppressed, no personal data in any answer,
 * tenant tokens refused, bad periods refused.
 */
afterAll(async () => {
  await removeClosedCases(db.owner, CREATOR);
  await db.owner.query(`DELETE FROM customers WHERE name = ANY($1)`, [[SENIOR_NAME, YOUNGER_NAME]]);
  for (const t of TENANTS) await refreshRollups(db.app, t);
});
const db = roleClients();
const CREATOR = 'ministry-equity-spec';
const TENANTS = ['daejeon', 'gwangju'];
const SENIOR_NAME = '형평성시험노인';
const YOUNGER_NAME = '형평성시험청년';
const at = (iso: string) => new Date(`${iso}T10:00:00+09:00`);

const EQUITY = `query($from: String!, $to: String!, $d: EquityDimension!) {
  ministryEquity(from: $from, to: $to, dimension: $d) {
    dimension months minimumGroupSize tenants { id nameKo }
    groups { tenantId month group received finished withinStatutory medianDays avgDays surveys satisfaction }
    gaps { tenantId month measure focus reference value rank }
    medians { month measure value tenants }
  }
}`;

type Result = {
  groups: Record<string, any>[];
  gaps: Record<string, any>[];
  medians: Record<string, any>[];
};

let analyst: string;
const results: Record<string, Result> = {};

beforeAll(async () => {
  analyst = await userToken('ministry', 'analyst');
  await removeClosedCases(db.owner, CREATOR);
  const [senior] = await insertCustomers(db.owner, 'daejeon', [
    { name: SENIOR_NAME, birthDate: '1930-05-01', sigungu: '유성구' },
  ]);
  const [younger] = await insertCustomers(db.owner, 'daejeon', [
    { name: YOUNGER_NAME, birthDate: '1970-05-01', sigungu: '서구' },
  ]);
  // daejeon, March 2002: 6 web cases of a senior of 유성구 (1–6 days, 5 surveyed), 5 visits of a 31-year-old
  // of 서구 (2, 4, 6, 8, 10 days), 3 phone cases without a resident (suppressed everywhere).
  await insertClosedCases(db.owner, 'daejeon', CREATOR, [
    ...[1, 2, 3, 4, 5, 6].map((d, i) => ({
      receivedAt: at('2002-03-04'),
      answeredAfterDays: d,
      channel: 'WEB',
      customerId: senior,
      survey: i < 5 ? ([5, 4, 4, 3] as [number, number, number, number]) : undefined,
    })),
    ...[2, 4, 6, 8, 10].map((d) => ({
      receivedAt: at('2002-03-05'),
      answeredAfterDays: d,
      channel: 'VISIT',
      customerId: younger,
    })),
    ...[1, 1, 1].map((d) => ({ receivedAt: at('2002-03-06'), answeredAfterDays: d, channel: 'PHONE' })),
  ]);
  // gwangju, March 2002: 5 web cases after 1 day, 5 visits after 2 days.
  await insertClosedCases(db.owner, 'gwangju', CREATOR, [
    ...[1, 1, 1, 1, 1].map((d) => ({ receivedAt: at('2002-03-04'), answeredAfterDays: d, channel: 'WEB' })),
    ...[2, 2, 2, 2, 2].map((d) => ({ receivedAt: at('2002-03-04'), answeredAfterDays: d, channel: 'VISIT' })),
  ]);
  for (const t of TENANTS) await refreshRollups(db.app, t);
  for (const d of ['CHANNEL', 'SENIOR', 'AGE_BAND', 'DISTRICT']) {
    const res = await gql(analyst, EQUITY, { from: '2002-03', to: '2002-04', d });
    expect(res.errors).toBeUndefined();
    results[d] = res.data!.ministryEquity;
  }
});

const group = (d: string, tenantId: string, name: string, month = '2002-03') =>
  results[d].groups.find((g) => g.tenantId === tenantId && g.group === name && g.month === month);
const gap = (d: string, tenantId: string, measure: string, month = '2002-03') =>
  results[d].gaps.find((g) => g.tenantId === tenantId && g.measure === measure && g.month === month);
const medianOf = (d: string, measure: string, month = '2002-03') =>
  results[d].medians.find((m) => m.measure === measure && m.month === month);

describe('equity by channel, age and district for a ministry analyst', () => {
  it('equals the hand-computed outcomes of each group', () => {
    expect(group('CHANNEL', 'daejeon', 'WEB')).toEqual({
      tenantId: 'daejeon',
      month: '2002-03',
      group: 'WEB',
      received: 6,
      finished: 6,
      withinStatutory: 1,
      medianDays: 3.5,
      avgDays: 3.5,
      surveys: 5,
      satisfaction: 4,
    });
    expect(group('CHANNEL', 'daejeon', 'VISIT')).toMatchObject({
      received: 5,
      finished: 5,
      withinStatutory: 0.6,
      medianDays: 6,
      avgDays: 6,
      surveys: null,
      satisfaction: null,
    });
    expect(group('SENIOR', 'daejeon', '65+')).toMatchObject({ received: 6, medianDays: 3.5 });
    expect(group('SENIOR', 'daejeon', 'UNDER_65')).toMatchObject({ received: 5, medianDays: 6 });
    expect(group('AGE_BAND', 'daejeon', '65+')).toMatchObject({ received: 6 });
    expect(group('AGE_BAND', 'daejeon', '30-49')).toMatchObject({ received: 5 });
    expect(group('DISTRICT', 'daejeon', '유성구')).toMatchObject({ received: 6, avgDays: 3.5 });
    expect(group('DISTRICT', 'daejeon', '서구')).toMatchObject({ received: 5, avgDays: 6 });
  });

  it('suppresses groups under 5 cases and keeps residents of unknown age out of the senior comparison', () => {
    expect(group('CHANNEL', 'daejeon', 'PHONE')).toMatchObject({
      received: null,
      finished: null,
      medianDays: null,
      withinStatutory: null,
    });
    expect(group('AGE_BAND', 'daejeon', 'UNKNOWN')).toMatchObject({ received: null });
    expect(group('DISTRICT', 'daejeon', 'UNKNOWN')).toMatchObject({ received: null });
    expect(
      results.SENIOR.groups
        .filter((g) => g.tenantId === 'daejeon')
        .map((g) => g.group)
        .sort(),
    ).toEqual(['65+', 'UNDER_65']);
  });

  it('gives the gaps: web − visit, 65+ − under 65, else the published spread; ranks by size; national median', () => {
    expect(gap('CHANNEL', 'daejeon', 'MEDIAN_DAYS')).toMatchObject({
      focus: 'WEB',
      reference: 'VISIT',
      value: -2.5,
      rank: 2,
    });
    expect(gap('CHANNEL', 'gwangju', 'MEDIAN_DAYS')).toMatchObject({ value: -1, rank: 1 });
    expect(gap('CHANNEL', 'daejeon', 'WITHIN_STATUTORY')!.value).toBeCloseTo(0.4, 10);
    // No published satisfaction of visits: no gap, no rank.
    expect(gap('CHANNEL', 'daejeon', 'SATISFACTION')).toMatchObject({ value: null, rank: null });
    expect(medianOf('CHANNEL', 'MEDIAN_DAYS')).toEqual({
      month: '2002-03',
      measure: 'MEDIAN_DAYS',
      value: -1.75,
      tenants: 2,
    });
    expect(gap('SENIOR', 'daejeon', 'AVG_DAYS')).toMatchObject({
      focus: '65+',
      reference: 'UNDER_65',
      value: -2.5,
    });
    expect(gap('DISTRICT', 'daejeon', 'MEDIAN_DAYS')).toMatchObject({
      focus: '서구',
      reference: '유성구',
      value: 2.5,
    });
    expect(results.CHANNEL.gaps.filter((g) => g.month === '2002-04').every((g) => g.value === null)).toBe(
      true,
    );
  });

  it('answers with aggregates only: no case, resident or staff detail anywhere in any dimension', () => {
    const text = JSON.stringify(results);
    for (const personal of [SENIOR_NAME, YOUNGER_NAME, '비교 시험', '익명', 'DAEJEON-2002', '1930-05-01'])
      expect([personal, text.includes(personal)]).toEqual([personal, false]);
    expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/);
    for (const r of Object.values(results))
      for (const g of r.groups)
        expect(Object.keys(g).sort()).toEqual(
          [
            'avgDays',
            'finished',
            'group',
            'medianDays',
            'month',
            'received',
            'satisfaction',
            'surveys',
            'tenantId',
            'withinStatutory',
          ].sort(),
        );
  });

  it('stores nothing under k at the database', async () => {
    const { rows } = await db.owner.query(
      `SELECT min(received) AS received, min(finished) AS finished, min(surveys) AS surveys
       FROM voc_ministry_equity_monthly`,
    );
    for (const v of Object.values(rows[0])) if (v !== null) expect(Number(v)).toBeGreaterThanOrEqual(5);
  });
});

describe('bad input', () => {
  it.each([
    ['future from', { from: '2999-01', to: '2999-02' }, 'from'],
    ['future to', { from: '2002-03', to: '2999-02' }, 'to'],
    ['reversed', { from: '2002-04', to: '2002-03' }, 'to'],
    ['longer than 24 months', { from: '2000-01', to: '2002-03' }, 'to'],
  ])('refuses a %s period with its field', async (_, period, field) => {
    const res = await gql(analyst, EQUITY, { ...period, d: 'CHANNEL' });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(res.data).toBeNull();
  });

  it('refuses a future period in the comparison too', async () => {
    const res = await gql(
      analyst,
      `{ ministryPetitionComparison(from: "2999-01", to: "2999-02") { months } }`,
    );
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
  });

  it('refuses an unknown dimension', async () => {
    const res = await gql(analyst, EQUITY, { from: '2002-03', to: '2002-03', d: 'NAME' });
    expect(res.errors?.length).toBeGreaterThan(0);
    expect(res.data ?? null).toBeNull();
  });
});

describe('tenant tokens', () => {
  it('are refused the equity view, whatever their role', async () => {
    for (const token of await Promise.all([
      userToken('busan', 'admin'),
      userToken('daejeon', 'manager'),
      integratorToken('daejeon'),
    ])) {
      const res = await gql(token, EQUITY, { from: '2002-03', to: '2002-03', d: 'CHANNEL' });
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(res.data).toBeNull();
    }
  });
});
