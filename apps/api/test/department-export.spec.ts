import { Client } from 'pg';
import { gql, userToken } from './support/api';
import {
  JOB_FIELDS,
  csvRows,
  download,
  startExport,
  waitForJob,
  xlsxRows,
  type JobView,
} from './support/jobs';

/** Export of the department tree with staff, as a background job, end to end over HTTP. */
let owner: Client;
const tokens = {} as Record<'busanAdmin' | 'busanManager' | 'seoulAdmin', string>;

beforeAll(async () => {
  owner = new Client({ connectionString: process.env.PCRM_OWNER_DATABASE_URL });
  await owner.connect();
  [tokens.busanAdmin, tokens.busanManager, tokens.seoulAdmin] = await Promise.all([
    userToken('busan', 'admin'),
    userToken('busan', 'manager'),
    userToken('seoul', 'admin'),
  ]);
});

afterAll(async () => {
  await owner.end();
});

/** What the file must hold: the tenant's departments and active staff, straight from the database. */
async function expected(tenant: string): Promise<{ departments: string[]; staff: string[] }> {
  const d = await owner.query<{ code: string }>('SELECT code FROM departments WHERE tenant_id = $1', [
    tenant,
  ]);
  const s = await owner.query<{ username: string }>(
    'SELECT coalesce(username, name) AS username FROM staff WHERE tenant_id = $1 AND active',
    [tenant],
  );
  return { departments: d.rows.map((r) => r.code).sort(), staff: s.rows.map((r) => r.username).sort() };
}

const HEADER = ['구분', '부서 코드', '부서 경로', '이름', '직위', '아이디', '이메일'];

function contentOf(rows: string[][]): { departments: string[]; staff: string[] } {
  expect(rows[0]).toEqual(HEADER);
  const body = rows.slice(1);
  return {
    departments: body
      .filter((r) => r[0] === '부서')
      .map((r) => r[1])
      .sort(),
    staff: body
      .filter((r) => r[0] === '직원')
      .map((r) => r[5] || r[3])
      .sort(),
  };
}

describe('a busan export', () => {
  let xlsx: JobView;
  let csv: JobView;

  beforeAll(async () => {
    const [x, c] = await Promise.all([
      startExport(tokens.busanAdmin, 'XLSX'),
      startExport(tokens.busanAdmin, 'CSV'),
    ]);
    expect([x.state, c.state]).toEqual(['QUEUED', 'QUEUED']);
    [xlsx, csv] = await Promise.all([
      waitForJob(tokens.busanAdmin, x.id),
      waitForJob(tokens.busanAdmin, c.id),
    ]);
  });

  it('completes in one attempt with its progress at 100 %', () => {
    for (const job of [xlsx, csv]) {
      expect(job).toMatchObject({ state: 'COMPLETED', attempts: 1, maxAttempts: 4, progressPercent: 100 });
      expect(job.totalRows).toBeGreaterThan(0);
      expect(job.processedRows).toBe(job.totalRows);
      expect(job.finishedAt).not.toBeNull();
      expect(job.downloadPath).toBe(`/exports/${job.id}`);
    }
  });

  it('XLSX holds exactly busan departments and staff', async () => {
    const file = await download(tokens.busanAdmin, xlsx.downloadPath!);
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toContain('spreadsheetml');
    expect(file.headers['content-disposition']).toMatch(/filename\*=UTF-8''.*\.xlsx/);
    const content = contentOf(await xlsxRows(file.body));
    expect(content).toEqual(await expected('busan'));
    expect(content.departments.length).toBeGreaterThan(10);
    const seoul = await expected('seoul');
    expect(content.departments.filter((c) => seoul.departments.includes(c))).toEqual([]);
  });

  it('CSV is UTF-8 with a byte order mark and holds exactly busan departments and staff', async () => {
    const file = await download(tokens.busanAdmin, csv.downloadPath!);
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect([...file.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = file.body.subarray(3).toString('utf8');
    const { rows } = await owner.query(`SELECT name FROM departments WHERE tenant_id = 'busan' LIMIT 1`);
    expect(text).toContain(rows[0].name); // Korean text survives as UTF-8
    expect(contentOf(csvRows(text))).toEqual(await expected('busan'));
  });

  it('is audited: who exported what', async () => {
    const { rows } = await owner.query(
      `SELECT tenant_id, actor, action, after FROM audit_events WHERE entity = 'department_export' AND entity_id = $1`,
      [xlsx.id],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ tenant_id: 'busan', actor: 'busan/admin', action: 'export' });
    expect(rows[0].after).toMatchObject({
      format: 'XLSX',
      departments: expect.any(Number),
      staff: expect.any(Number),
    });
  });

  it('is downloadable by its requester only: another user or tenant gets 404, no token 401', async () => {
    const path = xlsx.downloadPath!;
    expect((await download(tokens.busanManager, path)).status).toBe(404);
    const other = await download(tokens.seoulAdmin, path);
    expect(other.status).toBe(404);
    expect(JSON.parse(other.body.toString()).errors[0].extensions.code).toBe('NOT_FOUND');
    expect((await download(null, path)).status).toBe(401);
    expect((await download(tokens.busanAdmin, '/exports/not-a-uuid')).status).toBe(404);
    expect((await download(tokens.busanAdmin, '/exports/00000000-0000-4000-8000-000000000000')).status).toBe(
      404,
    );
  });

  it('shows in the busan jobs list, not in seoul', async () => {
    const busan = await gql(tokens.busanAdmin, `{ jobs(first: 100) { totalCount edges { node { id } } } }`);
    const ids = busan.data!.jobs.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(ids).toEqual(expect.arrayContaining([xlsx.id, csv.id]));
    const seoul = await gql(tokens.seoulAdmin, `{ jobs(first: 100) { edges { node { id } } } }`);
    const seoulIds = seoul.data!.jobs.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(seoulIds).not.toContain(xlsx.id);
  });

  it('answers another tenant asking for its id with NOT_FOUND', async () => {
    const res = await gql(tokens.seoulAdmin, `query($id: ID!) { job(id: $id) { ${JOB_FIELDS} } }`, {
      id: xlsx.id,
    });
    expect(res.data).toBeNull();
    expect(res.errors?.[0].extensions.code).toBe('NOT_FOUND');
    expect(res.errors?.[0].message).toBe('작업을(를) 찾을 수 없습니다.');
  });

  it('pages the jobs list with cursors, newest first', async () => {
    const first = await gql(
      tokens.busanAdmin,
      `{ jobs(first: 1) { pageInfo { hasNextPage endCursor } edges { node { id createdAt } } } }`,
    );
    const second = await gql(
      tokens.busanAdmin,
      `query($a: String) { jobs(first: 1, after: $a) { edges { node { id createdAt } } } }`,
      {
        a: first.data!.jobs.pageInfo.endCursor,
      },
    );
    expect(first.data!.jobs.pageInfo.hasNextPage).toBe(true);
    const [a] = first.data!.jobs.edges;
    const [b] = second.data!.jobs.edges;
    expect(b.node.id).not.toBe(a.node.id);
    expect(Date.parse(b.node.createdAt)).toBeLessThanOrEqual(Date.parse(a.node.createdAt));
  });

  it('pages jobs created within the same millisecond without skipping one (cursor keeps microseconds)', async () => {
    const ids = ['0b5e0000-0000-4000-8000-000000000001', '0b5e0000-0000-4000-8000-000000000002'];
    const insert = `INSERT INTO jobs (tenant_id, id, kind, state, requested_by, requested_by_subject, max_attempts, created_at)
                    VALUES ('busan', $1, 'department-export', 'failed', 'test', 'test', 1, $2)`;
    await owner.query(insert, [ids[0], '2099-01-01 00:00:00.000300+00']);
    await owner.query(insert, [ids[1], '2099-01-01 00:00:00.000100+00']);
    try {
      const page = (after: string | null) =>
        gql(
          tokens.busanAdmin,
          `query($a: String) { jobs(first: 1, after: $a) { pageInfo { endCursor } edges { node { id } } } }`,
          { a: after },
        );
      const first = await page(null);
      const second = await page(first.data!.jobs.pageInfo.endCursor);
      expect([first.data!.jobs.edges[0].node.id, second.data!.jobs.edges[0]?.node.id]).toEqual(ids);
    } finally {
      await owner.query('DELETE FROM jobs WHERE id = ANY($1::uuid[])', [ids]);
    }
  });
});

it('refuses an unknown format with a clear error and queues nothing', async () => {
  const before = await owner.query(`SELECT count(*)::int AS n FROM jobs WHERE tenant_id = 'busan'`);
  const res = await gql(tokens.busanAdmin, 'mutation { startDepartmentExport(format: PDF) { id } }');
  expect(res.status).toBe(400);
  expect(res.errors?.[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  const after = await owner.query(`SELECT count(*)::int AS n FROM jobs WHERE tenant_id = 'busan'`);
  expect(after.rows[0].n).toBe(before.rows[0].n);
});
