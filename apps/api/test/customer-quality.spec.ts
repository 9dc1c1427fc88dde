import { Client } from 'pg';
import { gql, userToken } from './support/api';
import { insertCustomers, uniqueWord } from './support/owner-customers';

/** The data-quality report end to end: per source numbers, history, permissions and tenant isolation. */
let owner: Client;
const tokens = {} as Record<'busanManager' | 'busanOfficer' | 'seoulAdmin', string>;
const busanSource = uniqueWord('품질-부산');
const seoulSource = uniqueWord('품질-서울');

const REPORT = `query($g: DataQualityGroupBy!) { dataQuality(groupBy: $g) { groupBy generatedAt
  rows { key source field total filled empty completeness valid accuracy } } }`;
const HISTORY = `query($g: DataQualityGroupBy!, $k: String, $from: String) {
  dataQualityHistory(groupBy: $g, key: $k, from: $from) {
    groupBy key points { date field total filled valid completeness accuracy } } }`;
const SNAPSHOT = `mutation { snapshotDataQuality { date groups } }`;

interface Row {
  key: string | null;
  field: string;
  total: number;
  filled: number;
  empty: number;
  completeness: number | null;
  valid: number;
  accuracy: number | null;
}

beforeAll(async () => {
  owner = new Client({ connectionString: process.env.PCRM_OWNER_DATABASE_URL });
  await owner.connect();
  [tokens.busanManager, tokens.busanOfficer, tokens.seoulAdmin] = await Promise.all([
    userToken('busan', 'manager'),
    userToken('busan', 'officer'),
    userToken('seoul', 'admin'),
  ]);
  await insertCustomers(owner, 'busan', [
    { name: '김품질', source: busanSource, mobile: '01012345678', birthDate: '1980-01-01' },
    { name: '이품질', source: busanSource, mobile: '0121234567' },
    { name: '미상', source: busanSource },
    { name: '박품질', source: busanSource, birthDate: '2099-01-01' },
  ]);
  await insertCustomers(owner, 'seoul', [{ name: '최서울', source: seoulSource }]);
});

afterAll(async () => {
  await owner.end();
});

const bySource = async (token: string): Promise<Row[]> => {
  const res = await gql(token, REPORT, { g: 'SOURCE' });
  expect(res.errors).toBeUndefined();
  return res.data!.dataQuality.rows;
};

it('reports completeness and accuracy per field for one source', async () => {
  const rows = (await bySource(tokens.busanManager)).filter((r) => r.key === busanSource);
  const row = (field: string) => rows.find((r) => r.field === field)!;
  expect(rows).toHaveLength(6);
  expect(row('MOBILE')).toEqual({
    key: busanSource,
    source: null,
    field: 'MOBILE',
    total: 4,
    filled: 2,
    empty: 2,
    completeness: 50,
    valid: 1,
    accuracy: 25,
  });
  expect(row('NAME')).toMatchObject({ total: 4, filled: 4, completeness: 100, valid: 3, accuracy: 75 });
  expect(row('BIRTH_DATE')).toMatchObject({ total: 4, filled: 2, completeness: 50, valid: 1, accuracy: 25 });
  expect(row('EMAIL')).toMatchObject({ total: 4, filled: 0, completeness: 0, valid: 0, accuracy: 0 });
});

it('keeps a dated history a chart can draw', async () => {
  const snap = await gql(tokens.busanManager, SNAPSHOT);
  expect(snap.errors).toBeUndefined();
  const { date } = snap.data!.snapshotDataQuality;
  expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  const res = await gql(tokens.busanManager, HISTORY, { g: 'SOURCE', k: busanSource });
  const mobile = res.data!.dataQualityHistory.points.filter((p: Row) => p.field === 'MOBILE');
  expect(mobile).toEqual([
    { date, field: 'MOBILE', total: 4, filled: 2, valid: 1, completeness: 50, accuracy: 25 },
  ]);
});

it('is refused to roles without data-quality:read', async () => {
  for (const query of [REPORT, HISTORY]) {
    const res = await gql(tokens.busanOfficer, query, { g: 'TENANT' });
    expect(res.errors?.[0].extensions.code).toBe('FORBIDDEN');
  }
  expect((await gql(tokens.busanOfficer, SNAPSHOT)).errors?.[0].extensions.code).toBe('FORBIDDEN');
});

it('shows and records only the caller’s tenant, through the API and at the database', async () => {
  const busanKeys = (await bySource(tokens.busanManager)).map((r) => r.key);
  expect(busanKeys).not.toContain(seoulSource);
  const seoulKeys = (await bySource(tokens.seoulAdmin)).map((r) => r.key);
  expect(seoulKeys).toContain(seoulSource);
  expect(seoulKeys).not.toContain(busanSource);

  const seoulHistory = await gql(tokens.seoulAdmin, HISTORY, { g: 'SOURCE', k: busanSource });
  expect(seoulHistory.data!.dataQualityHistory.points).toEqual([]);
  const stored = await owner.query<{ tenant_id: string }>(
    'SELECT DISTINCT tenant_id FROM customer_quality_snapshots WHERE group_key = $1',
    [busanSource],
  );
  expect(stored.rows).toEqual([{ tenant_id: 'busan' }]);

  const app = new Client({ connectionString: process.env.PCRM_APP_DATABASE_URL });
  await app.connect();
  try {
    await app.query('BEGIN');
    await app.query("SELECT set_config('app.tenant_id', 'seoul', true)");
    const seen = await app.query(
      `SELECT count(*)::int AS n FROM customer_quality_snapshots WHERE tenant_id = 'busan'`,
    );
    expect(seen.rows[0].n).toBe(0);
    const deleted = await app.query(`DELETE FROM customer_quality_snapshots WHERE group_key = $1`, [
      busanSource,
    ]);
    expect(deleted.rowCount).toBe(0);
    await app.query('ROLLBACK');
  } finally {
    await app.end();
  }
});

it.each([
  [HISTORY, { g: 'TENANT', from: '2026-13-01' }, 'from'],
  [HISTORY, { g: 'TENANT', from: '2026-02-30' }, 'from'],
  [REPORT, { g: 'PLANET' }, null],
])('refuses bad arguments clearly (%#)', async (query, variables, field) => {
  const res = await gql(tokens.busanManager, query, variables);
  expect(res.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  if (field) expect(res.errors?.[0].extensions.field).toBe(field);
});
