import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { userToken } from './support/api';
import { freePort } from './support/free-port';
import { startServerProcess, type ServerProcess } from './support/server-process';
import { createFreshDatabase, type TestDatabase } from './support/test-database';
import { csvRows, download, startExport, waitForJob } from './support/jobs';

/**
 * A worker process killed (SIGKILL) in the middle of a job: after a restart the job is taken back once
 * pg-boss sees it expired, retried, and completes exactly once — one file, one audit entry.
 * The platform here has a database of its own: the test holds a lock on `staff` to keep the job mid-way.
 */
jest.setTimeout(240_000);

let database: TestDatabase;
let dataDir: string;
let owner: Client;
let server: ServerProcess | undefined;

const env = (ownerUrl: string) => ({
  DATABASE_URL: ownerUrl,
  PCRM_DATA_DIR: dataDir,
  PCRM_APP_DB_PASSWORD: 'pcrm-app-test',
  PCRM_JOB_EXPIRE_SECONDS: '3',
  PCRM_JOB_MAINTENANCE_SECONDS: '1',
  PCRM_JOB_RETRY_DELAY_SECONDS: '1',
  PCRM_JOB_POLL_SECONDS: '0.5',
});

beforeAll(async () => {
  database = await createFreshDatabase(process.env.PCRM_OWNER_DATABASE_URL!);
  dataDir = await mkdtemp(join(tmpdir(), 'pcrm-test-restart-'));
  server = await startServerProcess(env(database.ownerUrl), await freePort());
  owner = new Client({ connectionString: database.ownerUrl });
  await owner.connect();
});

afterAll(async () => {
  await server?.stop();
  await owner?.end();
  await database?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

it('retries a killed worker’s job after restart and completes it exactly once', async () => {
  let token = await userToken('busan', 'admin', undefined, server!.url);

  await owner.query('BEGIN');
  await owner.query('LOCK TABLE staff IN ACCESS EXCLUSIVE MODE'); // the export will wait here, mid-job
  const job = await startExport(token, 'CSV', server!.url);
  await until('the job to run', async () => {
    const { rows } = await owner.query(
      `SELECT j.state AS mirror, b.state AS boss FROM jobs j JOIN pgboss.job b ON b.id = j.id WHERE j.id = $1`,
      [job.id],
    );
    return rows[0]?.mirror === 'running' && rows[0]?.boss === 'active' ? true : undefined;
  });

  server!.child.kill('SIGKILL');
  expect(await server!.stop()).toBeNull(); // killed by the signal, no exit code
  server = undefined;
  await owner.query('ROLLBACK');

  server = await startServerProcess(env(database.ownerUrl), await freePort());
  token = await userToken('busan', 'admin', undefined, server.url); // the issuer is the new origin
  const done = await waitForJob(token, job.id, { origin: server.url, timeoutMs: 90_000 });
  expect(done).toMatchObject({ state: 'COMPLETED', attempts: 2, progressPercent: 100 });
  expect(done.lastError).toBe(
    '이전 시도가 끝나지 않았습니다 (작업 프로세스 중단 또는 시간 초과). 다시 시도합니다.',
  );

  const { rows: boss } = await owner.query(
    `SELECT state, retry_count FROM pgboss.job WHERE name = 'department-export' AND id = $1`,
    [job.id],
  );
  expect(boss).toEqual([{ state: 'completed', retry_count: 1 }]);
  const { rows: files } = await owner.query('SELECT count(*)::int AS n FROM job_files WHERE job_id = $1', [
    job.id,
  ]);
  expect(files[0].n).toBe(1);
  const { rows: audits } = await owner.query(
    `SELECT count(*)::int AS n FROM audit_events WHERE entity = 'department_export' AND entity_id = $1`,
    [job.id],
  );
  expect(audits[0].n).toBe(1);

  const file = await download(token, done.downloadPath!, server.url);
  expect(file.status).toBe(200);
  const rows = csvRows(file.body.subarray(3).toString('utf8'));
  const { rows: staff } = await owner.query(
    `SELECT count(*)::int AS n FROM staff WHERE tenant_id = 'busan' AND active`,
  );
  expect(rows.filter((r) => r[0] === '직원')).toHaveLength(staff[0].n);
});
