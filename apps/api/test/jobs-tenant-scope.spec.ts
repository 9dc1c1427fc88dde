import { randomUUID } from 'node:crypto';
import PgBoss from 'pg-boss';
import { Client } from 'pg';

/**
 * Jobs put on the queue by hand (as the runtime role could), naming a tenant the registry does not
 * serve: the worker refuses them at once — failed, not retried, with a clear reason.
 */
let owner: Client;
let boss: PgBoss;
const INACTIVE = 'jobs-off';

beforeAll(async () => {
  owner = new Client({ connectionString: process.env.PCRM_OWNER_DATABASE_URL });
  await owner.connect();
  await owner.query(
    `INSERT INTO tenants (id, name_ko, name_en, active) VALUES ($1, '사용중지도', 'Inactive', false)
     ON CONFLICT (id) DO UPDATE SET active = false`,
    [INACTIVE],
  );
  boss = new PgBoss({
    connectionString: process.env.PCRM_APP_DATABASE_URL,
    migrate: false,
    supervise: false,
    schedule: false,
  });
  boss.on('error', () => undefined);
  await boss.start();
});

afterAll(async () => {
  await boss.stop({ graceful: false });
  await owner.query('DELETE FROM tenants WHERE id = $1', [INACTIVE]);
  await owner.end();
});

async function sendFor(tenant: string): Promise<string> {
  const jobId = randomUUID();
  const principal = {
    realm: tenant,
    tenantId: tenant,
    subject: 'forged',
    username: 'forged',
    name: null,
    roles: ['tenant-admin'],
    clientId: null,
  };
  await boss.send(
    'department-export',
    { jobId, tenantId: tenant, principal, params: { format: 'CSV' } },
    { id: jobId },
  );
  return jobId;
}

async function settled(
  id: string,
): Promise<{ state: string; retry_count: number; retry_limit: number; output: any }> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const { rows } = await owner.query(
      `SELECT state, retry_count, retry_limit, output FROM pgboss.job WHERE name = 'department-export' AND id = $1`,
      [id],
    );
    if (rows[0] && ['failed', 'completed'].includes(rows[0].state)) return rows[0];
    if (Date.now() > deadline) throw new Error(`job ${id} not settled: ${JSON.stringify(rows[0])}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

it.each([
  ['unknown', 'nowhere'],
  ['inactive', INACTIVE],
])('fails a job of an %s tenant at once, without retries, saying why', async (_kind, tenant) => {
  const id = await sendFor(tenant);
  const job = await settled(id);
  expect(job.state).toBe('failed');
  expect(job.retry_count).toBe(0);
  expect(job.retry_limit).toBe(0);
  expect(job.output.message).toBe(`기관(시·도) '${tenant}'은(는) 등록되지 않았거나 사용이 중지되었습니다.`);
  // And it is kept in the dead-letter queue for operators.
  const { rows } = await owner.query(
    `SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'dead-letter' AND data->>'jobId' = $1`,
    [id],
  );
  expect(rows[0].n).toBe(1);
});

it('gives the runtime role no way to create queues or schemas', async () => {
  const app = new Client({ connectionString: process.env.PCRM_APP_DATABASE_URL });
  await app.connect();
  try {
    await expect(app.query(`SELECT pgboss.create_queue('rogue', '{}')`)).rejects.toThrow(/permission denied/);
    await expect(app.query(`CREATE SCHEMA rogue`)).rejects.toThrow(/permission denied/);
    await expect(app.query(`CREATE TABLE pgboss.rogue (id int)`)).rejects.toThrow(/permission denied/);
    const { rows } = await app.query(`SELECT count(*)::int AS n FROM pgboss.queue WHERE name = 'rogue'`);
    expect(rows[0].n).toBe(0);
  } finally {
    await app.end();
  }
});
