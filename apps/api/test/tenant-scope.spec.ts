import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { startServerProcess, type ServerProcess } from './support/server-process';
import { freePort } from './support/free-port';
import { integratorToken } from './support/api';

/**
 * The tenant scope through a real server of its own, started with the test-only scope probes
 * (PCRM_TEST_HOOKS=1), a 1 s statement timeout and a 1 s idle-in-transaction timeout. Its connections carry
 * their own application_name, so pg_stat_activity shows exactly them.
 */
jest.setTimeout(120_000);

const APP_NAME = 'pcrm-scope-probe';
const POOL_SIZE = 10;
let server: ServerProcess;
let owner: Client;
let token: string;

interface Answer {
  status: number;
  data: Record<string, unknown> | null;
  errors?: { message: string; extensions: { code: string; messageEn?: string } }[];
}

async function gql(query: string): Promise<Answer> {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
    signal: AbortSignal.timeout(10_000),
  });
  return { status: res.status, ...((await res.json()) as Omit<Answer, 'status'>) };
}

/** The probe server's statements still sleeping (the timed-out probe's, if it were not stopped). */
async function sleepingStatements(): Promise<string[]> {
  const { rows } = await owner.query<{ query: string }>(
    `SELECT query FROM pg_stat_activity
      WHERE usename = 'pcrm_app' AND application_name = $1 AND state = 'active' AND query ILIKE '%pg_sleep%'`,
    [APP_NAME],
  );
  return rows.map((r) => r.query);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Transactions of the probe server left open: idle in transaction in two looks 250 ms apart with the same
 * start. One look alone would also catch the server's own scheduled work between two of its statements.
 */
async function transactionsLeftOpen(): Promise<string[]> {
  const look = async () => {
    const { rows } = await owner.query<{ key: string }>(
      `SELECT pid || '@' || xact_start AS key FROM pg_stat_activity
        WHERE usename = 'pcrm_app' AND application_name = $1 AND state LIKE 'idle in transaction%'`,
      [APP_NAME],
    );
    return rows.map((r) => r.key);
  };
  const first = await look();
  await sleep(250);
  const second = new Set(await look());
  return first.filter((key) => second.has(key));
}

beforeAll(async () => {
  const appUrl = new URL(process.env.PCRM_APP_DATABASE_URL!);
  appUrl.searchParams.set('application_name', APP_NAME);
  server = await startServerProcess(
    {
      DATABASE_URL: process.env.PCRM_OWNER_DATABASE_URL!,
      DATABASE_APP_URL: appUrl.toString(),
      PCRM_DATA_DIR: await mkdtemp(join(tmpdir(), 'pcrm-scope-')),
      PCRM_SEED_DEMO: '0',
      PCRM_TEST_HOOKS: '1',
      PCRM_DB_POOL_SIZE: String(POOL_SIZE),
      PCRM_STATEMENT_TIMEOUT_MS: '1000',
      PCRM_IDLE_IN_TRANSACTION_TIMEOUT_MS: '1000',
    },
    await freePort(),
  );
  owner = new Client({ connectionString: process.env.PCRM_OWNER_DATABASE_URL });
  await owner.connect();
  token = await integratorToken('busan', server.url);
});

afterAll(async () => {
  await owner?.end();
  await server?.stop();
});

const departmentsAnswer = async () => {
  const res = await gql('{ departments { code } }');
  expect(res.errors).toBeUndefined();
  expect((res.data!.departments as unknown[]).length).toBeGreaterThan(10);
};

it('refuses statements issued after the request ended, leaves no open transaction and keeps answering', async () => {
  const answers = await Promise.all(
    Array.from({ length: POOL_SIZE + 2 }, () => gql('{ scopeProbeForgottenAwait(delayMs: 300) }')),
  );
  for (const answer of answers) expect(answer.data).toEqual({ scopeProbeForgottenAwait: true });
  await sleep(1500);

  const late = (await gql('{ scopeProbeLateOutcomes }')).data!.scopeProbeLateOutcomes as string[];
  expect(late).toHaveLength(POOL_SIZE + 2);
  for (const outcome of late) expect(outcome).toMatch(/^TenantScopeEndedError: .*scope .* has ended/);
  expect(await transactionsLeftOpen()).toEqual([]);
  await departmentsAnswer();
});

it('survives a late statement whose promise nobody handles, and logs where it came from', async () => {
  const answer = await gql('{ scopeProbeUnhandled(delayMs: 200) }');
  expect(answer.data).toEqual({ scopeProbeUnhandled: true });
  await sleep(800);
  expect(server.child.exitCode).toBeNull();
  expect(server.output()).toMatch(/TenantScopeEndedError: [^\n]*\n\s+at /);
  expect(await transactionsLeftOpen()).toEqual([]);
  await departmentsAnswer();
});

it('stops a statement that runs past the statement timeout with TIMEOUT and frees its connection', async () => {
  const started = Date.now();
  const res = await gql('{ scopeProbeSleep(seconds: 5) }');
  expect(Date.now() - started).toBeLessThan(4000);
  expect(res.data).toBeNull();
  expect(res.errors![0].extensions.code).toBe('TIMEOUT');
  expect(res.errors![0].message).toMatch(/[가-힣]/);
  expect(res.errors![0].extensions.messageEn).toMatch(/took too long/);
  expect(await sleepingStatements()).toEqual([]);
  expect(await transactionsLeftOpen()).toEqual([]);
  await departmentsAnswer();
});

it('ends a transaction left idle past the idle-in-transaction timeout with TIMEOUT', async () => {
  const res = await gql('mutation { scopeProbeIdle(ms: 2500) }');
  expect(res.errors![0].extensions.code).toBe('TIMEOUT');
  expect(await transactionsLeftOpen()).toEqual([]);
  await departmentsAnswer();
});

it('runs GraphQL queries READ ONLY and mutations read-write', async () => {
  const query = await gql('{ scopeProbeWriteInQuery }');
  expect(query.data).toBeNull();
  expect(query.errors![0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
  expect(server.output()).toMatch(/cannot execute UPDATE in a read-only transaction/);

  const mutation = await gql('mutation { scopeProbeWriteInMutation }');
  expect(mutation.errors).toBeUndefined();
  expect(mutation.data).toEqual({ scopeProbeWriteInMutation: true });
});

it('mounts no scope probe on a server without PCRM_TEST_HOOKS', async () => {
  const res = await fetch(`${process.env.PCRM_BASE_URL}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${await integratorToken('busan')}`,
    },
    body: JSON.stringify({ query: '{ scopeProbeLateOutcomes }' }),
  });
  const body = (await res.json()) as Answer;
  expect(body.errors![0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
});
