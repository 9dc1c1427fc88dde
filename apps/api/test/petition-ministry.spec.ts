import type { Client } from 'pg';
import { gql, integratorToken, userToken } from './support/api';
import { csvRows, xlsxRows } from './support/jobs';
import { roleClients } from './support/runtime-role';
import {
  insertClosedCases,
  refreshRollups,
  removeClosedCases,
  type FixtureCase,
} from './support/ministry-fixture';

/**
 * The ministry comparison (issue 8 #9, docs/adr/0019): hand-computed aggregates of a small fixture in months
 * no demo case falls in (2001), small groups suppressed, ranks and the national median; no way from a ministry
 * token to a case, resident or staff member; tenant tokens refused.
 */
// Registered before roleClients() so that it runs while the clients are still open (after-hooks run in order).
afterAll(async () => {
  await removeFixture(db.owner);
  await setPopulation(db.owner, 'jeju', 2001, null);
  for (const t of ['jeju', 'gyeongbuk', 'ulsan']) await refresh(db.app, t);
});
const db = roleClients();
const FIXTURE_CREATOR = 'ministry-spec';
const insertCases = (owner: Client, tenant: string, cases: FixtureCase[]) =>
  insertClosedCases(owner, tenant, FIXTURE_CREATOR, cases);
const refresh = refreshRollups;

/** Sets (or, with null, removes) a tenant's population of a year, in a transaction pinned to the tenant. */
async function setPopulation(owner: Client, tenant: string, year: number, population: number | null) {
  await owner.query('BEGIN');
  try {
    await owner.query("SELECT set_config('app.tenant_id', $1, true)", [tenant]);
    await owner.query('DELETE FROM tenant_population WHERE tenant_id = $1 AND year = $2', [tenant, year]);
    if (population !== null)
      await owner.query(
        `INSERT INTO tenant_population (tenant_id, year, population, source) VALUES ($1, $2, $3, 'ministry-spec')`,
        [tenant, year, population],
      );
    await owner.query('COMMIT');
  } catch (error) {
    await owner.query('ROLLBACK');
    throw error;
  }
}

const removeFixture = (owner: Client) => removeClosedCases(owner, FIXTURE_CREATOR);

const at = (iso: string) => new Date(`${iso}T10:00:00+09:00`);
const surveys: [number, number, number, number][] = [
  [5, 5, 3, 2],
  [4, 5, 4, 3],
  [4, 4, 4, 4],
  [3, 4, 4, 5],
  [5, 5, 5, 5],
];

const COMPARISON = `query($from: String!, $to: String!) {
  ministryPetitionComparison(from: $from, to: $to) {
    months minimumGroupSize refreshedAt tenants { id nameKo }
    populations { tenantId year population source }
    cells { tenantId month measure value rank suppressed }
    medians { month measure value tenants }
  }
}`;

type Cell = {
  tenantId: string;
  month: string;
  measure: string;
  value: number | null;
  rank: number | null;
  suppressed: boolean;
};
type Median = { month: string; measure: string; value: number | null; tenants: number };

let analyst: string;

beforeAll(async () => {
  analyst = await userToken('ministry', 'analyst');
  await removeFixture(db.owner);
  // jeju's 2001 population is the fixture's; gyeongbuk has none that old and is divided by its 2025 figure.
  await setPopulation(db.owner, 'jeju', 2001, 600_000);
  // jeju: 6 cases answered after 1, 2, 3, 4, 5 and 10 days; 5 surveys.
  await insertCases(
    db.owner,
    'jeju',
    [1, 2, 3, 4, 5, 10].map((d, i) => ({
      receivedAt: at('2001-01-10'),
      answeredAfterDays: d,
      survey: surveys[i],
    })),
  );
  // gyeongbuk: 5 cases after 2, 2, 2, 8, 9 days; only 4 surveys (suppressed).
  await insertCases(
    db.owner,
    'gyeongbuk',
    [2, 2, 2, 8, 9].map((d, i) => ({
      receivedAt: at('2001-01-05'),
      answeredAfterDays: d,
      survey: surveys[i + 1],
    })),
  );
  // ulsan: 3 cases (everything suppressed).
  await insertCases(
    db.owner,
    'ulsan',
    [1, 1, 1].map((d) => ({ receivedAt: at('2001-01-08'), answeredAfterDays: d, survey: surveys[0] })),
  );
  for (const t of ['jeju', 'gyeongbuk', 'ulsan']) await refresh(db.app, t);
});

describe('the comparison of the 시·도 for a ministry analyst', () => {
  let cells: Cell[];
  let medians: Median[];
  let populations: { tenantId: string; year: number; population: number; source: string }[];
  const cell = (tenantId: string, measure: string, month = '2001-01') =>
    cells.find((c) => c.tenantId === tenantId && c.measure === measure && c.month === month)!;
  const medianOf = (measure: string, month = '2001-01') =>
    medians.find((m) => m.measure === measure && m.month === month)!;

  beforeAll(async () => {
    const res = await gql(analyst, COMPARISON, { from: '2001-01', to: '2001-02' });
    expect(res.errors).toBeUndefined();
    const c = res.data!.ministryPetitionComparison;
    expect(c.months).toEqual(['2001-01', '2001-02']);
    expect(c.minimumGroupSize).toBe(5);
    expect(c.tenants).toHaveLength(16);
    expect(c.cells).toHaveLength(16 * 2 * 9);
    cells = c.cells;
    medians = c.medians;
    populations = c.populations;
  });

  it('equals the hand-computed values of each tenant and month', () => {
    expect(cell('jeju', 'RECEIVED')).toMatchObject({ value: 6, rank: 1, suppressed: false });
    expect(cell('jeju', 'WITHIN_TARGET').value).toBeCloseTo(3 / 6, 10);
    expect(cell('jeju', 'WITHIN_STATUTORY').value).toBeCloseTo(5 / 6, 10);
    expect(cell('jeju', 'MEDIAN_DAYS').value).toBeCloseTo(3.5, 10);
    expect(cell('jeju', 'SPEED').value).toBeCloseTo(4.2, 10);
    expect(cell('jeju', 'KINDNESS').value).toBeCloseTo(4.6, 10);
    expect(cell('jeju', 'FAIRNESS').value).toBeCloseTo(4.0, 10);
    expect(cell('jeju', 'CONVENIENCE').value).toBeCloseTo(3.8, 10);
    expect(cell('gyeongbuk', 'RECEIVED')).toMatchObject({ value: 5, rank: 2 });
    expect(cell('gyeongbuk', 'WITHIN_TARGET').value).toBeCloseTo(0.6, 10);
    expect(cell('gyeongbuk', 'WITHIN_STATUTORY').value).toBeCloseTo(0.6, 10);
    expect(cell('gyeongbuk', 'MEDIAN_DAYS').value).toBeCloseTo(2, 10);
  });

  it("divides received by the population of the month's year (else the earliest later one) per 1,000 residents", () => {
    expect(populations).toEqual(
      expect.arrayContaining([
        { tenantId: 'jeju', year: 2001, population: 600_000, source: 'ministry-spec' },
        {
          tenantId: 'gyeongbuk',
          year: 2025,
          population: 2_531_000,
          source: '행정안전부 주민등록 인구통계 (2025년, 천 명 단위 근사치)',
        },
      ]),
    );
    expect(cell('jeju', 'RECEIVED_PER_1000').value).toBeCloseTo((6 * 1000) / 600_000, 12);
    expect(cell('gyeongbuk', 'RECEIVED_PER_1000').value).toBeCloseTo((5 * 1000) / 2_531_000, 12);
    expect(cell('jeju', 'RECEIVED_PER_1000').rank).toBe(1);
    expect(cell('gyeongbuk', 'RECEIVED_PER_1000').rank).toBe(2);
    expect(cell('ulsan', 'RECEIVED_PER_1000')).toMatchObject({ value: null, rank: null, suppressed: true });
    expect(medianOf('RECEIVED_PER_1000').value).toBeCloseTo((0.01 + 5000 / 2_531_000) / 2, 12);
  });

  it('ranks the published values (1 = best; fewer days rank first) and gives the national median of them', () => {
    expect(cell('gyeongbuk', 'WITHIN_TARGET').rank).toBe(1);
    expect(cell('jeju', 'WITHIN_TARGET').rank).toBe(2);
    expect(cell('jeju', 'WITHIN_STATUTORY').rank).toBe(1);
    expect(cell('gyeongbuk', 'MEDIAN_DAYS').rank).toBe(1);
    expect(cell('jeju', 'MEDIAN_DAYS').rank).toBe(2);
    expect(medianOf('RECEIVED')).toEqual({ month: '2001-01', measure: 'RECEIVED', value: 5.5, tenants: 2 });
    expect(medianOf('WITHIN_TARGET').value).toBeCloseTo(0.55, 10);
    expect(medianOf('WITHIN_STATUTORY').value).toBeCloseTo((5 / 6 + 0.6) / 2, 10);
    expect(medianOf('MEDIAN_DAYS').value).toBeCloseTo(2.75, 10);
    expect(medianOf('SPEED')).toMatchObject({ tenants: 1 });
    expect(medianOf('SPEED').value).toBeCloseTo(4.2, 10);
  });

  it('suppresses groups under 5 cases: no value, no rank, not in the median', () => {
    for (const measure of ['RECEIVED', 'WITHIN_TARGET', 'MEDIAN_DAYS', 'SPEED'])
      expect(cell('ulsan', measure)).toMatchObject({ value: null, rank: null, suppressed: true });
    // gyeongbuk had 5 cases but only 4 survey answers: its scores are suppressed, its processing is not.
    expect(cell('gyeongbuk', 'KINDNESS')).toMatchObject({ value: null, rank: null, suppressed: true });
    expect(cell('gyeongbuk', 'RECEIVED').suppressed).toBe(false);
    // A tenant without cases that month is no suppressed group, just no data.
    expect(cell('seoul', 'RECEIVED')).toMatchObject({ value: null, rank: null, suppressed: false });
    expect(cells.filter((c) => c.month === '2001-02').every((c) => c.value === null)).toBe(true);
  });

  it('stores nothing under k at the database: the rollup has no count below 5', async () => {
    const { rows } = await db.owner.query(
      `SELECT tenant_id, received, finished, surveys, speed_avg FROM voc_ministry_monthly
       WHERE month = '2001-01-01' ORDER BY tenant_id`,
    );
    expect(rows).toEqual([
      { tenant_id: 'gyeongbuk', received: 5, finished: 5, surveys: null, speed_avg: null },
      { tenant_id: 'jeju', received: 6, finished: 6, surveys: 5, speed_avg: '4.20' },
      { tenant_id: 'ulsan', received: null, finished: null, surveys: null, speed_avg: null },
    ]);
    await expect(
      db.owner.query(
        `UPDATE voc_ministry_monthly SET received = 3 WHERE tenant_id = 'jeju' AND month = '2001-01-01'`,
      ),
    ).rejects.toThrow(/check constraint/);
  });

  it('refuses a range backwards or longer than 24 months with a clear error', async () => {
    const backwards = await gql(analyst, COMPARISON, { from: '2001-03', to: '2001-01' });
    expect(backwards.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    const long = await gql(analyst, COMPARISON, { from: '2001-01', to: '2003-01' });
    expect(long.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    const bad = await gql(analyst, COMPARISON, { from: '2001-13', to: '2001-01' });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(bad.errors?.[0].message).toMatch(/YYYY-MM/);
  });
});

describe('the comparison as a file', () => {
  const EXPORT = `query($from: String!, $to: String!, $format: ExportFormat!) {
    ministryComparisonExport(from: $from, to: $to, format: $format) { filename contentType base64 } }`;
  const HEADER = ['기관코드', '기관명', '기준월', '지표', '값', '순위', '비공개(5건 미만)', '전국 중앙값'];

  it.each(['CSV', 'XLSX'])(
    'exports the hand-computed values, ranks, suppression and medians as %s',
    async (format) => {
      const res = await gql(analyst, EXPORT, { from: '2001-01', to: '2001-01', format });
      expect(res.errors).toBeUndefined();
      const file = res.data!.ministryComparisonExport;
      expect(file.filename).toBe(`ministry-comparison-2001-01-2001-01.${format.toLowerCase()}`);
      const content = Buffer.from(file.base64, 'base64');
      const rows = format === 'CSV' ? csvRows(content.subarray(3).toString('utf8')) : await xlsxRows(content);
      expect(rows[0]).toEqual(HEADER);
      expect(rows).toHaveLength(1 + 16 * 9);
      const row = (tenant: string, measure: string) => rows.find((r) => r[0] === tenant && r[3] === measure)!;
      expect(row('jeju', '접수 건수')).toEqual([
        'jeju',
        '제주특별자치도',
        '2001-01',
        '접수 건수',
        '6',
        '1',
        '',
        '5.5',
      ]);
      expect(row('jeju', '처리일수 중앙값').slice(4, 6)).toEqual(['3.5', '2']);
      expect(row('ulsan', '접수 건수').slice(4, 7)).toEqual(['', '', '예']);
    },
  );

  it('is refused to tenant tokens', async () => {
    const res = await gql(await userToken('busan', 'admin'), EXPORT, {
      from: '2001-01',
      to: '2001-01',
      format: 'CSV',
    });
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('what a ministry token cannot reach', () => {
  it('is refused every case, resident and staff operation through the API', async () => {
    for (const query of [
      '{ petitionBacklog { totalCount } }',
      '{ petitionBacklogSummary { open } }',
      '{ repeatPetitions(from: "2026-01", to: "2026-06") { top { name } } }',
      '{ petitionProcessingTimes(from: "2026-01", to: "2026-06") { rows { label } } }',
      '{ customers { totalCount } }',
      '{ staff { totalCount } }',
    ]) {
      const res = await gql(analyst, query);
      expect([query, res.errors?.[0].extensions?.code]).toEqual([query, 'FORBIDDEN']);
      expect(res.data).toBeNull();
    }
  });

  it("sees at the database, in a ministry analyst's scope, every tenant's aggregates and no case, resident or staff row", async () => {
    await db.app.query('BEGIN');
    try {
      await db.app.query(
        `SELECT set_config('app.tenant_id', '', true), set_config('app.actor', 'ministry/analyst', true),
                set_config('app.actor_roles', 'ministry-analyst', true)`,
      );
      const { rows } = await db.app.query<Record<string, number>>(
        `SELECT (SELECT count(*)::int FROM voc_items) AS cases, (SELECT count(*)::int FROM voc_transitions) AS transitions,
                (SELECT count(*)::int FROM voc_survey_responses) AS surveys, (SELECT count(*)::int FROM customers) AS customers,
                (SELECT count(*)::int FROM staff) AS staff, (SELECT count(*)::int FROM departments) AS departments,
                (SELECT count(DISTINCT tenant_id)::int FROM voc_ministry_monthly) AS tenants`,
      );
      expect(rows[0]).toEqual({
        cases: 0,
        transitions: 0,
        surveys: 0,
        customers: 0,
        staff: 0,
        departments: 0,
        tenants: 16,
      });
      // Only the function writes; it needs a tenant and the ministry scope has none.
      await expect(db.app.query('SELECT refresh_voc_ministry_monthly()')).rejects.toThrow(/tenant scope/);
    } finally {
      await db.app.query('ROLLBACK');
    }
  });

  it('cannot write an aggregate as the runtime role, whatever the scope', async () => {
    for (const statement of [
      `INSERT INTO voc_ministry_monthly (tenant_id, month, received) VALUES ('busan', '2001-05-01', 100)`,
      `UPDATE voc_ministry_monthly SET received = 999`,
      `DELETE FROM voc_ministry_monthly`,
    ]) {
      await db.app.query('BEGIN');
      try {
        await db.app.query("SELECT set_config('app.tenant_id', 'busan', true)");
        await expect(db.app.query(statement)).rejects.toThrow(/permission denied/);
      } finally {
        await db.app.query('ROLLBACK');
      }
    }
  });
});

describe('tenant tokens', () => {
  it('are refused the comparison, whatever their role', async () => {
    const tokens = await Promise.all([
      userToken('busan', 'admin'),
      userToken('busan', 'manager'),
      userToken('seoul', 'officer'),
      integratorToken('busan'),
    ]);
    for (const token of tokens) {
      const res = await gql(token, COMPARISON, { from: '2026-01', to: '2026-02' });
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(res.data).toBeNull();
    }
  });

  it("see at the database only their own tenant's aggregates, and none without a tenant", async () => {
    await db.app.query('BEGIN');
    try {
      await db.app.query("SELECT set_config('app.tenant_id', 'busan', true)");
      const own = await db.app.query(`SELECT DISTINCT tenant_id FROM voc_ministry_monthly`);
      expect(own.rows).toEqual([{ tenant_id: 'busan' }]);
      // A tenant's scope claiming the ministry role still sees only its own rows (it has a tenant).
      await db.app.query(
        `SELECT set_config('app.actor', 'ministry/analyst', true), set_config('app.actor_roles', 'ministry-analyst', true)`,
      );
      expect((await db.app.query(`SELECT DISTINCT tenant_id FROM voc_ministry_monthly`)).rows).toEqual([
        { tenant_id: 'busan' },
      ]);
      await db.app.query(
        `SELECT set_config('app.tenant_id', '', true), set_config('app.actor', 'busan/admin', true),
                set_config('app.actor_roles', 'tenant-admin', true)`,
      );
      expect((await db.app.query(`SELECT count(*)::int AS n FROM voc_ministry_monthly`)).rows).toEqual([
        { n: 0 },
      ]);
    } finally {
      await db.app.query('ROLLBACK');
    }
  });

  it("refresh only their own tenant's months", async () => {
    const before = await db.owner.query(
      `SELECT tenant_id, max(refreshed_at) AS at FROM voc_ministry_monthly GROUP BY tenant_id ORDER BY tenant_id`,
    );
    await refresh(db.app, 'busan');
    const after = await db.owner.query(
      `SELECT tenant_id, max(refreshed_at) AS at FROM voc_ministry_monthly GROUP BY tenant_id ORDER BY tenant_id`,
    );
    for (const [i, row] of after.rows.entries()) {
      if (row.tenant_id === 'busan') expect(row.at.getTime()).toBeGreaterThan(before.rows[i].at.getTime());
      else expect(row).toEqual(before.rows[i]);
    }
  });
});
