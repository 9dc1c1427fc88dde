import { baseUrl, gql, userToken } from './support/api';
import { csvRows } from './support/jobs';

/**
 * The open data (issue 11 #4a, docs/integrations/open-data.md): without a login, the monthly statistics per
 * tenant exactly as the ministry sees them, as CSV (UTF-8 with BOM, Korean headers), JSON and the
 * 공공데이터포털 metadata; cacheable, rate-limited, nothing personal.
 */
const HEADERS = [
  '기관코드',
  '기관명',
  '기준월',
  '접수건수',
  '처리건수',
  '목표기한내처리율',
  '법정기한내처리율',
  '처리일수중앙값',
  '만족도응답수',
  '만족도신속',
  '만족도친절',
  '만족도공정',
  '만족도편이',
];

const get = (path: string) => fetch(`${baseUrl()}/open-data${path}`);

type Row = Record<string, string | number | null>;
let json: { from: string; to: string; refreshedAt: string | null; rows: Row[] };

beforeAll(async () => {
  const res = await get('/petition-monthly.json');
  expect(res.status).toBe(200);
  json = (await res.json()) as typeof json;
});

it('serves the JSON without a login for the last 24 months', () => {
  expect(json.rows.length).toBeGreaterThan(0);
  const index = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7));
  expect(index(json.to) - index(json.from) + 1).toBe(24);
});

it('equals what the ministry comparison shows for the same tenants and months', async () => {
  const analyst = await userToken('ministry', 'analyst');
  const last = json.to;
  const res = await gql(
    analyst,
    `query($m: String!) { ministryPetitionComparison(from: $m, to: $m) { cells { tenantId month measure value } } }`,
    { m: last },
  );
  expect(res.errors).toBeUndefined();
  const cells: { tenantId: string; measure: string; value: number | null }[] =
    res.data!.ministryPetitionComparison.cells;
  const rows = json.rows.filter((r) => r.month === last);
  for (const row of rows) {
    const value = (measure: string) =>
      cells.find((c) => c.tenantId === row.tenantCode && c.measure === measure)?.value ?? null;
    expect([row.tenantCode, row.received]).toEqual([row.tenantCode, value('RECEIVED')]);
    expect(row.medianDays).toEqual(value('MEDIAN_DAYS'));
    if (row.withinStatutoryShare !== null)
      expect(row.withinStatutoryShare).toBeCloseTo(value('WITHIN_STATUTORY')!, 4);
    expect(row.speedAvg).toEqual(value('SPEED'));
  }
});

it('serves the CSV: UTF-8 with a BOM, Korean headers, the JSON rows, blanks where suppressed', async () => {
  const res = await get('/petition-monthly.csv');
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  expect(res.headers.get('cache-control')).toBe('public, max-age=3600');
  const bytes = Buffer.from(await res.arrayBuffer());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = csvRows(bytes.subarray(3).toString('utf8'));
  expect(rows[0]).toEqual(HEADERS);
  expect(rows).toHaveLength(json.rows.length + 1);
  const keys = Object.keys(json.rows[0]);
  rows
    .slice(1)
    .forEach((line, i) =>
      expect(line).toEqual(keys.map((k) => (json.rows[i][k] === null ? '' : String(json.rows[i][k])))),
    );
});

it('serves the metadata in the fields of a 공공데이터포털 file dataset, one definition per column', async () => {
  const res = await get('/petition-monthly.metadata.json');
  expect(res.status).toBe(200);
  const meta = (await res.json()) as Record<string, any>;
  for (const field of [
    '데이터명',
    '설명',
    '제공기관',
    '갱신주기',
    '키워드',
    '파일형식',
    '인코딩',
    '이용허락범위',
  ])
    expect(meta[field]).toBeTruthy();
  expect(meta.컬럼정의.map((c: { 컬럼명: string }) => c.컬럼명)).toEqual(HEADERS);
});

it('carries nothing personal: aggregates and tenant names only', () => {
  const text = JSON.stringify(json);
  expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/);
  for (const row of json.rows) {
    for (const [key, value] of Object.entries(row))
      if (!['tenantCode', 'tenantName', 'month'].includes(key))
        expect(value === null || typeof value === 'number').toBe(true);
    if (row.received !== null) expect(row.received).toBeGreaterThanOrEqual(5);
  }
});

it('limits each address to 60 requests a minute', async () => {
  const answers = await Promise.all(Array.from({ length: 65 }, () => get('/petition-monthly.metadata.json')));
  const limited = answers.filter((r) => r.status === 429);
  expect(limited.length).toBeGreaterThan(0);
  expect(Number(limited[0].headers.get('retry-after'))).toBeGreaterThan(0);
});
