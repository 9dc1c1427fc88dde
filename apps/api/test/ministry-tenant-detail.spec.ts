import { gql, integratorToken, userToken } from './support/api';
import { roleClients } from './support/runtime-role';
import { insertCustomers } from './support/owner-customers';
import { insertClosedCases, refreshRollups, removeClosedCases } from './support/ministry-fixture';
import { fireTenantSchedule } from './support/tenant-schedules';

/**
 * One 시·도 as the ministry sees it (issue 11 #6, docs/adr/0019 "Tenant detail"): the comparison's, the equity
 * view's and the conformance view's own rows of the tenant, next to national medians computed here by hand
 * from the owner's reading of the roll-ups; a fixture in months no demo case falls in (2007); unknown and
 * inactive tenant codes refused with NOT_FOUND, malformed ones with BAD_USER_INPUT; tenant tokens refused;
 * nothing personal in the answer.
 */
afterAll(async () => {
  await removeClosedCases(db.owner, CREATOR);
  await db.owner.query(`DELETE FROM customers WHERE name = ANY($1)`, [[SENIOR_NAME, YOUNGER_NAME]]);
  await db.owner.query('DELETE FROM tenants WHERE id = $1', [INACTIVE]);
  for (const t of TENANTS) await refreshRollups(db.app, t);
});
const db = roleClients();
jest.setTimeout(180_000);

const CREATOR = 'ministry-detail-spec';
const TENANT = 'jeonnam';
const TENANTS = [TENANT, 'chungnam', 'incheon'];
const INACTIVE = 'detail-off';
const SENIOR_NAME = '상세시험어르신';
const YOUNGER_NAME = '상세시험주민';
const MONTH = '2007-03';
const at = (iso: string) => new Date(`${iso}T10:00:00+09:00`);

const DETAIL = `query($tenantId: ID!, $from: String!, $to: String!) {
  ministryTenantDetail(tenantId: $tenantId, from: $from, to: $to) {
    tenant { id nameKo nameEn } from to months minimumGroupSize refreshedAt
    populations { tenantId year population source }
    measures { tenantId month measure value rank suppressed nationalMedian rankedTenants }
    equityGaps { tenantId dimension month measure focus reference value rank nationalMedian rankedTenants }
    conformance {
      latestVersion medianScore rankedTenants
      own { tenantId standardVersion score rank standardElements unchangedElements refreshedAt
            areas { area standardCount unchanged changed disabled added } }
    }
  }
}`;
const COMPARISON = `query($from: String!, $to: String!) {
  ministryPetitionComparison(from: $from, to: $to) {
    populations { tenantId year population source }
    cells { tenantId month measure value rank suppressed }
    medians { month measure value tenants }
  }
}`;
const EQUITY = `query($from: String!, $to: String!, $d: EquityDimension!) {
  ministryEquity(from: $from, to: $to, dimension: $d) {
    gaps { tenantId month measure focus reference value rank }
    medians { month measure value tenants }
  }
}`;
const CONFORMANCE = `{ ministryConformance {
  latestVersion medianScore
  rows { tenantId standardVersion score rank standardElements unchangedElements refreshedAt
         areas { area standardCount unchanged changed disabled added } } } }`;

const RANGE = { from: '2007-03', to: '2007-04' };
let analyst: string;
let detail: Record<string, any>;
let caseIds: string[];

const median = (values: number[]): number | null => {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

beforeAll(async () => {
  analyst = await userToken('ministry', 'analyst');
  await removeClosedCases(db.owner, CREATOR);
  await db.owner.query(
    `INSERT INTO tenants (id, name_ko, name_en, active) VALUES ($1, '상세중지도', 'Detail inactive', false)
     ON CONFLICT (id) DO UPDATE SET active = false`,
    [INACTIVE],
  );
  const [senior] = await insertCustomers(db.owner, TENANT, [
    { name: SENIOR_NAME, birthDate: '1935-05-01', sigungu: '목포시' },
  ]);
  const [younger] = await insertCustomers(db.owner, TENANT, [
    { name: YOUNGER_NAME, birthDate: '1975-05-01', sigungu: '순천시' },
  ]);
  // jeonnam, March 2007: 6 web cases of a senior of 목포시 (1–6 days, 5 surveyed), 5 visits of a 31-year-old
  // of 순천시 (2, 4, 6, 8, 10 days).
  await insertClosedCases(db.owner, TENANT, CREATOR, [
    ...[1, 2, 3, 4, 5, 6].map((d, i) => ({
      receivedAt: at('2007-03-05'),
      answeredAfterDays: d,
      channel: 'WEB',
      customerId: senior,
      survey: i < 5 ? ([5, 4, 4, 3] as [number, number, number, number]) : undefined,
    })),
    ...[2, 4, 6, 8, 10].map((d) => ({
      receivedAt: at('2007-03-06'),
      answeredAfterDays: d,
      channel: 'VISIT',
      customerId: younger,
    })),
  ]);
  // chungnam: 5 web cases after 1 day, 5 visits after 3 days; incheon: 7 web cases after 2 days (no gap).
  await insertClosedCases(db.owner, 'chungnam', CREATOR, [
    ...[1, 1, 1, 1, 1].map((d) => ({ receivedAt: at('2007-03-05'), answeredAfterDays: d, channel: 'WEB' })),
    ...[3, 3, 3, 3, 3].map((d) => ({ receivedAt: at('2007-03-05'), answeredAfterDays: d, channel: 'VISIT' })),
  ]);
  await insertClosedCases(
    db.owner,
    'incheon',
    CREATOR,
    [2, 2, 2, 2, 2, 2, 2].map((d) => ({
      receivedAt: at('2007-03-07'),
      answeredAfterDays: d,
      channel: 'WEB',
    })),
  );
  for (const t of TENANTS) await refreshRollups(db.app, t);
  caseIds = (
    await db.owner.query<{ id: string }>(`SELECT id FROM voc_items WHERE created_by = $1`, [CREATOR])
  ).rows.map((r) => r.id);
  // Every tenant's conformance summary published, as the nightly job does.
  await fireTenantSchedule(db.owner, 'standard-conformance-publish');
  const res = await gql(analyst, DETAIL, { tenantId: TENANT, ...RANGE });
  expect(res.errors).toBeUndefined();
  detail = res.data!.ministryTenantDetail;
});

describe("a tenant's detail for a ministry analyst", () => {
  const measureOf = (measure: string, month = MONTH) =>
    detail.measures.find((m: any) => m.measure === measure && m.month === month);

  it('names the tenant, its population with source, and the period', () => {
    expect(detail.tenant).toEqual({ id: TENANT, nameKo: '전라남도', nameEn: expect.any(String) });
    expect(detail.months).toEqual(['2007-03', '2007-04']);
    expect(detail.minimumGroupSize).toBe(5);
    expect(detail.populations.length).toBeGreaterThan(0);
    for (const p of detail.populations) {
      expect(p.tenantId).toBe(TENANT);
      expect(p.population).toBeGreaterThan(0);
      expect(p.source).toMatch(/행정안전부 주민등록 인구통계/);
    }
  });

  it("equals the comparison's own rows of the tenant, each next to that month's national median", async () => {
    const res = await gql(analyst, COMPARISON, RANGE);
    expect(res.errors).toBeUndefined();
    const comparison = res.data!.ministryPetitionComparison;
    const own = comparison.cells.filter((c: any) => c.tenantId === TENANT);
    expect(detail.measures).toHaveLength(own.length);
    expect(detail.measures).toHaveLength(2 * 9);
    for (const cell of own) {
      const m = comparison.medians.find((x: any) => x.month === cell.month && x.measure === cell.measure);
      expect(measureOf(cell.measure, cell.month)).toEqual({
        ...cell,
        nationalMedian: m.value,
        rankedTenants: m.tenants,
      });
    }
    expect(detail.populations).toEqual(comparison.populations.filter((p: any) => p.tenantId === TENANT));
  });

  it("holds the tenant's hand-computed values", () => {
    expect(measureOf('RECEIVED')).toMatchObject({ value: 11, suppressed: false });
    expect(measureOf('WITHIN_STATUTORY').value).toBeCloseTo(9 / 11, 10);
    expect(measureOf('MEDIAN_DAYS').value).toBeCloseTo(4, 10);
    expect(measureOf('SPEED').value).toBeCloseTo(5, 10);
    const year = detail.populations.find((p: any) => p.year <= 2007) ?? detail.populations[0];
    expect(measureOf('RECEIVED_PER_1000').value).toBeCloseTo((11 * 1000) / year.population, 12);
    expect(measureOf('RECEIVED', '2007-04')).toMatchObject({ value: null, rank: null, suppressed: false });
  });

  it('ranks among the tenants and gives the national median computed by hand from the roll-ups', async () => {
    const { rows } = await db.owner.query<{
      tenant_id: string;
      received: number | null;
      finished: number | null;
      finished_within_statutory: number | null;
      median_days: string | null;
    }>(
      `SELECT m.tenant_id, m.received, m.finished, m.finished_within_statutory, m.median_days
         FROM voc_ministry_monthly m JOIN tenants t ON t.id = m.tenant_id AND t.active
        WHERE m.month = $1::date`,
      [`${MONTH}-01`],
    );
    expect(rows.map((r) => r.tenant_id).sort()).toEqual([...TENANTS].sort());
    const values: Record<string, number[]> = {
      RECEIVED: rows.filter((r) => r.received !== null).map((r) => r.received!),
      WITHIN_STATUTORY: rows
        .filter((r) => r.finished !== null)
        .map((r) => r.finished_within_statutory! / r.finished!),
      MEDIAN_DAYS: rows.filter((r) => r.median_days !== null).map((r) => Number(r.median_days)),
    };
    for (const [measure, published] of Object.entries(values)) {
      expect([measure, measureOf(measure).rankedTenants]).toEqual([measure, published.length]);
      expect(measureOf(measure).nationalMedian).toBeCloseTo(median(published)!, 10);
    }
    // 11 received against 10 and 7; 4 median days against 2 and 2.
    expect(measureOf('RECEIVED')).toMatchObject({ rank: 1, nationalMedian: 10, rankedTenants: 3 });
    expect(measureOf('MEDIAN_DAYS')).toMatchObject({ rank: 3, nationalMedian: 2 });
  });

  it("equals the equity view's own gaps of the tenant for every dimension, with the national median gap", async () => {
    const dimensions = [...new Set(detail.equityGaps.map((g: any) => g.dimension))];
    expect(dimensions).toEqual(expect.arrayContaining(['CHANNEL', 'AGE_BAND', 'SENIOR', 'DISTRICT']));
    for (const d of dimensions) {
      const res = await gql(analyst, EQUITY, { ...RANGE, d });
      expect(res.errors).toBeUndefined();
      const equity = res.data!.ministryEquity;
      const own = equity.gaps.filter((g: any) => g.tenantId === TENANT);
      const mine = detail.equityGaps.filter((g: any) => g.dimension === d);
      expect(mine).toHaveLength(own.length);
      for (const gap of own) {
        const m = equity.medians.find((x: any) => x.month === gap.month && x.measure === gap.measure);
        expect(mine.find((g: any) => g.month === gap.month && g.measure === gap.measure)).toEqual({
          ...gap,
          dimension: d,
          nationalMedian: m.value,
          rankedTenants: m.tenants,
        });
      }
    }
  });

  it('gives the hand-computed web − visit gap and its national median from the roll-ups', async () => {
    const gap = detail.equityGaps.find(
      (g: any) => g.dimension === 'CHANNEL' && g.month === MONTH && g.measure === 'MEDIAN_DAYS',
    );
    // Web 1–6 days: median 3.5; visits 2–10: median 6.
    expect(gap).toMatchObject({ focus: 'WEB', reference: 'VISIT' });
    expect(gap.value).toBeCloseTo(-2.5, 10);
    const { rows } = await db.owner.query<{ tenant_id: string; group_key: string; median_days: string }>(
      `SELECT e.tenant_id, e.group_key, e.median_days FROM voc_ministry_equity_monthly e
         JOIN tenants t ON t.id = e.tenant_id AND t.active
        WHERE e.month = $1::date AND e.dimension = 'CHANNEL' AND e.group_key IN ('WEB', 'VISIT')
          AND e.median_days IS NOT NULL`,
      [`${MONTH}-01`],
    );
    const gaps = [...new Set(rows.map((r) => r.tenant_id))].flatMap((t) => {
      const web = rows.find((r) => r.tenant_id === t && r.group_key === 'WEB');
      const visit = rows.find((r) => r.tenant_id === t && r.group_key === 'VISIT');
      return web && visit ? [Number(web.median_days) - Number(visit.median_days)] : [];
    });
    expect(gaps).toHaveLength(2);
    expect(gap.nationalMedian).toBeCloseTo(median(gaps)!, 10);
    expect(gap.rankedTenants).toBe(2);
    // |−2.5| against chungnam's |−2|: the larger gap ranks second.
    expect(gap.rank).toBe(2);
    const senior = detail.equityGaps.find(
      (g: any) => g.dimension === 'SENIOR' && g.month === MONTH && g.measure === 'MEDIAN_DAYS',
    );
    expect(senior).toMatchObject({ focus: '65+', reference: 'UNDER_65' });
    expect(senior.value).toBeCloseTo(-2.5, 10);
  });

  it("equals the conformance view's own row of the tenant, with the national median score", async () => {
    const res = await gql(analyst, CONFORMANCE);
    expect(res.errors).toBeUndefined();
    const conformance = res.data!.ministryConformance;
    expect(detail.conformance).toEqual({
      latestVersion: conformance.latestVersion,
      medianScore: conformance.medianScore,
      rankedTenants: conformance.rows.length,
      own: conformance.rows.find((r: any) => r.tenantId === TENANT),
    });
    expect(detail.conformance.own).not.toBeNull();
  });

  it('carries nothing personal: no name, birth date, case id, receipt number or case text', () => {
    const text = JSON.stringify(detail);
    for (const personal of [
      SENIOR_NAME,
      YOUNGER_NAME,
      '1935-05-01',
      '비교 시험',
      '익명',
      'JEONNAM-2007',
      'created_by',
      CREATOR,
      ...caseIds,
    ])
      expect([personal, text.includes(personal)]).toEqual([personal, false]);
  });
});

describe('tenant codes the detail refuses', () => {
  it.each([
    ['an unknown code', 'nowhere'],
    ["another realm's name (the ministry)", 'ministry'],
    ["another realm's name (the platform)", 'platform'],
    ['an inactive tenant', INACTIVE],
  ])('%s: NOT_FOUND on tenantId', async (_, tenantId) => {
    const res = await gql(analyst, DETAIL, { tenantId, ...RANGE });
    expect(res.data).toBeNull();
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'tenantId' });
    expect(res.errors?.[0].message).toMatch(/시·도 .*찾을 수 없습니다/);
    expect(res.errors?.[0].extensions?.messageEn).toMatch(/not found/);
  });

  it.each([
    ['invisible characters', 'jeonnam\u200b'],
    ['a right-to-left mark', '\u200fjeonnam'],
    ['upper case', 'JEONNAM'],
    ['a NUL character', 'jeon\u0000nam'],
    ['SQL-looking text', "jeonnam' OR '1'='1"],
    ['10 kB', 'a'.repeat(10_240)],
    ['nothing', ''],
  ])('%s: BAD_USER_INPUT on tenantId, nothing echoed', async (_, tenantId) => {
    const res = await gql(analyst, DETAIL, { tenantId, ...RANGE });
    expect(res.data).toBeNull();
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'tenantId' });
    expect(res.errors?.[0].message.length).toBeLessThan(300);
  });

  it('refuses a bad period before looking at the tenant', async () => {
    for (const [range, field] of [
      [{ from: '2007-04', to: '2007-03' }, 'to'],
      [{ from: '2999-01', to: '2999-02' }, 'from'],
    ] as const) {
      const res = await gql(analyst, DETAIL, { tenantId: 'nowhere', ...range });
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });
});

describe('tenant tokens', () => {
  it('are refused the detail, whatever their role, even of their own tenant', async () => {
    const tokens = await Promise.all([
      userToken(TENANT, 'admin'),
      userToken(TENANT, 'manager'),
      userToken('busan', 'officer'),
      integratorToken(TENANT),
    ]);
    for (const token of tokens) {
      const res = await gql(token, DETAIL, { tenantId: TENANT, ...RANGE });
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(res.data).toBeNull();
    }
  });
});
