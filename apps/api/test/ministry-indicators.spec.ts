import { gql, integratorToken, userToken } from './support/api';
import { JOB_FIELDS, csvRows, waitForJob, xlsxRows, type JobView } from './support/jobs';
import { inTenant, roleClients } from './support/runtime-role';
import { insertClosedCases, removeClosedCases } from './support/ministry-fixture';
import {
  PUBLISHED_INDICATOR_MEASURES,
  STANDARD_INDICATOR_CODES,
} from '../src/database/migrations/1764720000700-performance-ministry';

/**
 * The standard indicators compared across tenants (issue 11 #1, docs/adr/0019 "Standard indicators"): a
 * fixture in chungbuk in months no demo case falls in (2003), cases without a department (the tenant-wide
 * roll-up counts them), a month under k suppressed, the tenant's own indicators listed apart; no personal
 * data; tenant tokens refused; bad input named.
 */
// Registered before roleClients() so that it runs while the clients are still open (after-hooks run in order).
afterAll(async () => {
  await removeClosedCases(db.owner, CREATOR);
  await db.owner.query(`DELETE FROM performance_indicators WHERE tenant_id = 'chungbuk' AND code = ANY($1)`, [
    [OWN_CODE, OVERRIDDEN],
  ]);
  await rollUp(admin);
});
const db = roleClients();
const CREATOR = 'ministry-indicators-spec';
const OWN_CODE = 'CB_M1_CONTACTS';
const OVERRIDDEN = 'DEPT_SATISFACTION';
const at = (iso: string) => new Date(`${iso}T10:00:00+09:00`);
const surveys: [number, number, number, number][] = [
  [5, 5, 3, 2],
  [4, 5, 4, 3],
  [4, 4, 4, 4],
  [3, 4, 4, 5],
  [5, 5, 5, 5],
];

const COMPARISON = `query($from: String!, $to: String!, $codes: [String!]) {
  ministryIndicatorComparison(from: $from, to: $to, indicatorCodes: $codes) {
    months minimumGroupSize refreshedAt tenants { id nameKo }
    indicators {
      code nameKo nameEn measureCode scope unit direction nationalMedian
      distribution { min q1 median q3 max tenants }
      tenants { tenantId value numerator denominator casesPer1000 rank suppressed suppressedMonths overridden
                trend { month value numerator denominator suppressed } }
    }
    tenantIndicators { tenantId code nameKo nameEn measureCode scope active version }
  }
}`;
const EXPORT = `query($from: String!, $to: String!, $format: ExportFormat!, $codes: [String!]) {
  ministryIndicatorExport(from: $from, to: $to, format: $format, indicatorCodes: $codes) {
    filename contentType base64 } }`;

type Month = {
  month: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  suppressed: boolean;
};
type TenantValue = {
  tenantId: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  casesPer1000: number | null;
  rank: number | null;
  suppressed: boolean;
  suppressedMonths: number;
  overridden: boolean;
  trend: Month[];
};
type Indicator = {
  code: string;
  measureCode: string;
  unit: string;
  direction: string;
  nationalMedian: number | null;
  distribution: Record<string, number | null>;
  tenants: TenantValue[];
};

async function rollUp(token: string) {
  const started = await gql<{ startPerformanceRollup: JobView }>(
    token,
    `mutation { startPerformanceRollup(full: true) { ${JOB_FIELDS} } }`,
  );
  expect(started.errors).toBeUndefined();
  const done = await waitForJob(token, started.data!.startPerformanceRollup.id, { timeoutMs: 90_000 });
  expect([done.state, done.lastError]).toEqual(['COMPLETED', null]);
}

const SAVE = `mutation($input: SavePerformanceIndicatorInput!) { savePerformanceIndicator(input: $input) { version } }`;
const bands = [
  { grade: 'A', threshold: 4, score: 100 },
  { grade: 'B', threshold: null, score: 50 },
];

let analyst: string;
let admin: string;
let result: {
  indicators: Indicator[];
  tenantIndicators: Record<string, unknown>[];
  tenants: { id: string }[];
};
const indicator = (code: string) => result.indicators.find((i) => i.code === code)!;
const chungbuk = (code: string) => indicator(code).tenants.find((t) => t.tenantId === 'chungbuk')!;

beforeAll(async () => {
  analyst = await userToken('ministry', 'analyst');
  admin = await userToken('chungbuk', 'admin');
  await removeClosedCases(db.owner, CREATOR);
  await db.owner.query(`DELETE FROM performance_indicators WHERE tenant_id = 'chungbuk' AND code = ANY($1)`, [
    [OWN_CODE, OVERRIDDEN],
  ]);
  // January 2003: 7 cases (no department) answered after 1, 2, 3, 4, 5, 8 and 10 days, 5 surveyed.
  await insertClosedCases(
    db.owner,
    'chungbuk',
    CREATOR,
    [1, 2, 3, 4, 5, 8, 10].map((d, i) => ({
      receivedAt: at('2003-01-05'),
      answeredAfterDays: d,
      survey: surveys[i],
    })),
    930_000,
  );
  // February 2003: 3 cases, under k.
  await insertClosedCases(
    db.owner,
    'chungbuk',
    CREATOR,
    [1, 1, 1].map((d) => ({ receivedAt: at('2003-02-05'), answeredAfterDays: d })),
    930_100,
  );
  const own = await gql(admin, SAVE, {
    input: {
      code: OWN_CODE,
      expectedVersion: 0,
      measureCode: 'CONTACTS_LOGGED',
      nameKo: '충북 접촉이력 시험',
      nameEn: 'Chungbuk contacts test',
      typeTag: 'ADOPTION',
      scope: 'DEPARTMENT',
      period: 'MONTH',
      weight: 0,
      target: 80,
      direction: 'HIGHER_IS_BETTER',
      bands,
      active: false,
    },
  });
  expect(own.errors).toBeUndefined();
  const override = await gql(admin, SAVE, {
    input: {
      code: OVERRIDDEN,
      expectedVersion: 0,
      measureCode: 'SURVEY_OVERALL',
      nameKo: '민원 만족도',
      nameEn: 'Petition satisfaction',
      typeTag: 'SATISFACTION',
      scope: 'DEPARTMENT',
      period: 'MONTH',
      weight: 25,
      target: 4,
      direction: 'HIGHER_IS_BETTER',
      bands,
      active: true,
    },
  });
  expect(override.errors).toBeUndefined();
  await rollUp(admin);
  const res = await gql(analyst, COMPARISON, { from: '2003-01', to: '2003-03' });
  expect(res.errors).toBeUndefined();
  result = res.data!.ministryIndicatorComparison;
}, 120_000);

describe('the standard indicators for a ministry analyst', () => {
  it('publishes exactly the measures and codes of the standard indicators', () => {
    // The API compares every code of STANDARD_INDICATORS; the migration publishes exactly their measures.
    expect(result.indicators.map((i) => i.code)).toEqual([...STANDARD_INDICATOR_CODES]);
    expect([...PUBLISHED_INDICATOR_MEASURES].sort()).toEqual(
      [...new Set(result.indicators.map((i) => i.measureCode))].sort(),
    );
    expect(result.tenants).toHaveLength(16);
    for (const i of result.indicators) expect(i.tenants).toHaveLength(16);
  });

  it('equals the hand count and the tenant-wide roll-up, counting the cases without a department', async () => {
    // Target 3.5 days: 3 of 7; statutory 7 days: 5 of 7; satisfaction: the answers' means 3.75, 4, 4, 4, 5.
    expect(chungbuk('DEPT_TARGET_CLOSURE')).toMatchObject({
      numerator: 3,
      denominator: 7,
      suppressed: false,
    });
    expect(chungbuk('DEPT_TARGET_CLOSURE').value).toBeCloseTo((3 / 7) * 100, 10);
    expect(chungbuk('DEPT_STATUTORY_CLOSURE').value).toBeCloseTo((5 / 7) * 100, 10);
    expect(chungbuk('DEPT_SATISFACTION')).toMatchObject({ numerator: 20.75, denominator: 5 });
    expect(chungbuk('DEPT_SATISFACTION').value).toBeCloseTo(4.15, 10);
    expect(chungbuk('OFFICER_CONTACTS_LOGGED')).toMatchObject({ value: 0, numerator: 0, denominator: 7 });
    const { rows } = await db.owner.query<{ measure_code: string; month: string; n: string; d: string }>(
      `SELECT measure_code, to_char(month, 'YYYY-MM') AS month, numerator::text AS n, denominator::text AS d
       FROM performance_rollups
       WHERE tenant_id = 'chungbuk' AND scope_kind = 'TENANT' AND month BETWEEN '2003-01-01' AND '2003-03-01'
         AND measure_code = ANY($1)`,
      [[...PUBLISHED_INDICATOR_MEASURES]],
    );
    for (const i of result.indicators) {
      const trend = i.tenants.find((t) => t.tenantId === 'chungbuk')!.trend;
      for (const m of trend) {
        const row = rows.find((r) => r.measure_code === i.measureCode && r.month === m.month);
        const published = row && Number(row.d) >= 5;
        expect([i.code, m.month, m.numerator, m.denominator]).toEqual([
          i.code,
          m.month,
          published ? Number(row.n) : null,
          published ? Number(row.d) : null,
        ]);
      }
    }
    // No fact had a department: the DEPARTMENT roll-up holds none of them.
    const { rows: departments } = await db.owner.query(
      `SELECT 1 FROM performance_rollups
       WHERE tenant_id = 'chungbuk' AND scope_kind = 'DEPARTMENT' AND month = '2003-01-01'`,
    );
    expect(departments).toEqual([]);
  });

  it('suppresses a month under 5 cases: no value, flagged, left out of the period', () => {
    const trend = chungbuk('DEPT_TARGET_CLOSURE').trend;
    expect(trend.map((m) => [m.month, m.suppressed, m.value])).toEqual([
      ['2003-01', false, (3 / 7) * 100],
      ['2003-02', true, null],
      ['2003-03', false, null],
    ]);
    expect(chungbuk('DEPT_TARGET_CLOSURE').suppressedMonths).toBe(1);
  });

  it('gives cases per 1,000 residents, ranks, the distribution and the national median over published values', async () => {
    const { rows } = await db.owner.query<{ population: number }>(
      `SELECT population FROM tenant_population WHERE tenant_id = 'chungbuk' ORDER BY year LIMIT 1`,
    );
    expect(chungbuk('DEPT_TARGET_CLOSURE').casesPer1000).toBeCloseTo((7 * 1000) / rows[0].population, 10);
    for (const i of result.indicators) {
      const values = i.tenants.flatMap((t) => (t.value === null ? [] : [t.value])).sort((a, b) => a - b);
      expect(i.distribution.tenants).toBe(values.length);
      expect(i.distribution.min).toBe(values[0] ?? null);
      expect(i.distribution.max).toBe(values.at(-1) ?? null);
      expect(i.nationalMedian).toBe(i.distribution.median);
      // Ranked by the indicator's direction, unpublished last without a rank.
      const ranked = i.tenants.filter((t) => t.rank !== null);
      expect(ranked.map((t) => t.value)).toEqual(
        i.direction === 'HIGHER_IS_BETTER' ? [...values].reverse() : values,
      );
      expect(ranked[0]?.rank ?? 1).toBe(1);
    }
    expect(chungbuk('DEPT_TARGET_CLOSURE').rank).not.toBeNull();
  });

  it('flags a standard indicator the tenant overrode, and lists its own indicators apart', () => {
    expect(chungbuk(OVERRIDDEN).overridden).toBe(true);
    expect(chungbuk('DEPT_TARGET_CLOSURE').overridden).toBe(false);
    const own = result.tenantIndicators.filter((t) => t.tenantId === 'chungbuk');
    expect(own).toEqual([
      {
        tenantId: 'chungbuk',
        code: OWN_CODE,
        nameKo: '충북 접촉이력 시험',
        nameEn: 'Chungbuk contacts test',
        measureCode: 'CONTACTS_LOGGED',
        scope: 'DEPARTMENT',
        active: false,
        version: 1,
      },
    ]);
  });

  it('answers with aggregates only: no case, resident or staff detail', () => {
    const text = JSON.stringify(result);
    for (const personal of ['비교 시험', '익명', 'CHUNGBUK-2003', 'admin'])
      expect([personal, text.includes(personal)]).toEqual([personal, false]);
    expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/);
  });

  it('stores nothing under k at the database', async () => {
    const { rows } = await db.owner.query(
      `SELECT min(denominator)::float AS d, count(*) FILTER (WHERE numerator IS NULL)::int AS hidden
       FROM performance_ministry_monthly WHERE tenant_id = 'chungbuk' AND month = '2003-02-01'`,
    );
    expect(rows[0]).toEqual({ d: null, hidden: expect.any(Number) });
    expect(rows[0].hidden).toBeGreaterThan(0);
  });

  it('narrows to the indicators asked for', async () => {
    const res = await gql(analyst, COMPARISON, {
      from: '2003-01',
      to: '2003-01',
      codes: ['DEPT_REPEAT_REDUCTION', 'DEPT_TARGET_CLOSURE'],
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.ministryIndicatorComparison.indicators.map((i: Indicator) => i.code)).toEqual([
      'DEPT_TARGET_CLOSURE',
      'DEPT_REPEAT_REDUCTION',
    ]);
  });
});

describe('the comparison as a file', () => {
  it('writes the same numbers to CSV and XLSX', async () => {
    for (const format of ['CSV', 'XLSX'] as const) {
      const res = await gql(analyst, EXPORT, {
        from: '2003-01',
        to: '2003-02',
        format,
        codes: ['DEPT_TARGET_CLOSURE'],
      });
      expect(res.errors).toBeUndefined();
      const file = res.data!.ministryIndicatorExport;
      expect(file.filename).toBe(`ministry-indicators-2003-01-2003-02.${format.toLowerCase()}`);
      const content = Buffer.from(file.base64, 'base64');
      const rows = format === 'CSV' ? csvRows(content.subarray(3).toString('utf8')) : await xlsxRows(content);
      expect(rows[0][0]).toBe('지표코드');
      const period = rows.find((r) => r[2] === 'chungbuk' && r[4] === '2003-01~2003-02')!;
      expect(period.slice(5, 8).map(String)).toEqual([
        '3',
        '7',
        String(Math.round((300 / 7) * 10_000) / 10_000),
      ]);
      const february = rows.find((r) => r[2] === 'chungbuk' && r[4] === '2003-02')!;
      expect(String(february[10])).toBe('예');
    }
  });
});

describe('refusals', () => {
  it('refuses tenant tokens, whatever their role', async () => {
    for (const token of [admin, await userToken('chungbuk', 'manager'), await integratorToken('chungbuk')]) {
      for (const query of [COMPARISON, EXPORT]) {
        const res = await gql(token, query, { from: '2003-01', to: '2003-02', format: 'CSV' });
        expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      }
    }
  });

  it('refuses a non-standard or unknown indicator code, naming it', async () => {
    for (const code of [OWN_CODE, 'NO_SUCH_INDICATOR']) {
      const res = await gql(analyst, COMPARISON, {
        from: '2003-01',
        to: '2003-02',
        codes: ['DEPT_TARGET_CLOSURE', code],
      });
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'indicatorCodes' });
      expect(res.errors?.[0].message).toContain(code);
    }
    const hostile = await gql(analyst, COMPARISON, {
      from: '2003-01',
      to: '2003-02',
      codes: ['DEPT\u200b_X\u0000'],
    });
    expect(hostile.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const many = await gql(analyst, COMPARISON, {
      from: '2003-01',
      to: '2003-02',
      codes: Array.from({ length: 500 }, () => 'DEPT_TARGET_CLOSURE'),
    });
    expect(many.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('refuses a reversed, too long or future period', async () => {
    const reversed = await gql(analyst, COMPARISON, { from: '2003-03', to: '2003-01' });
    expect(reversed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    const long = await gql(analyst, COMPARISON, { from: '2001-01', to: '2003-01' });
    expect(long.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    const future = await gql(analyst, COMPARISON, { from: '2003-01', to: '2999-01' });
    expect(future.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
  });

  it('lets a tenant scope read only its own published rows, and no scope write them', async () => {
    const own = await inTenant(db.app, 'busan', () =>
      db.app.query(
        `SELECT DISTINCT tenant_id FROM performance_ministry_monthly WHERE tenant_id = 'chungbuk'`,
      ),
    );
    expect(own.rows).toEqual([]);
    const write = inTenant(db.app, 'chungbuk', () =>
      db.app.query(`UPDATE performance_ministry_monthly SET numerator = 0 WHERE tenant_id = 'chungbuk'`),
    );
    await expect(write).rejects.toMatchObject({ code: '42501' });
  });
});
