import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServerProcess } from './support/server-process';
import { freePort } from './support/free-port';
import { integratorToken } from './support/api';

/** `npm start` on its own embedded PostgreSQL: health, restart with kept data, and a clean Ctrl-C. */
jest.setTimeout(240_000);

const isRunning = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

const postmasterPid = async (dataDir: string): Promise<number> =>
  Number((await readFile(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8')).split('\n')[0]);

const departments = (url: string, token: string) =>
  fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ departments { id } }' }),
  });

it('starts an embedded PostgreSQL, keeps its data across restarts, answers 503 without it and stops it on SIGINT', async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'pcrm-lifecycle-'));
  // A few demo petitions are enough here: the seed's own spec covers its volume.
  const env = {
    PCRM_DATA_DIR: dataDir,
    PCRM_EMBEDDED_PG_PORT: String(await freePort()),
    DATABASE_URL: '',
    PCRM_SEED_CASES: '100',
  };

  const first = await startServerProcess(env, await freePort());
  const health = await fetch(`${first.url}/health`);
  expect(health.status).toBe(200);
  expect(await health.json()).toMatchObject({ status: 'ok' });
  const pg = await postmasterPid(dataDir);
  expect(isRunning(pg)).toBe(true);
  expect(await first.stop('SIGINT')).toBe(0);
  // Run as root the server waits for the `su` wrapper, which may exit while the postmaster still writes its
  // shutdown checkpoint: it must be gone moments later, not left running.
  for (const until = Date.now() + 30_000; isRunning(pg) && Date.now() < until;)
    await new Promise((resolve) => setTimeout(resolve, 100));
  expect(isRunning(pg)).toBe(false);

  const second = await startServerProcess(env, await freePort());
  try {
    expect(second.output()).not.toContain('마이그레이션 적용'); // same data: nothing left to migrate
    const realms = (await (await fetch(`${second.url}/auth/realms`)).json()) as { realms: unknown[] };
    expect(realms.realms).toHaveLength(18); // 16 시·도, ministry, platform
    const token = await integratorToken('busan', second.url);
    expect((await departments(second.url, token)).status).toBe(200);
    process.kill(await postmasterPid(dataDir), 'SIGINT'); // the database goes away under the API
    let status = 200;
    for (let i = 0; i < 40 && status === 200; i++) {
      await new Promise((r) => setTimeout(r, 250));
      status = (await fetch(`${second.url}/health`)).status;
    }
    expect(status).toBe(503);
    // GraphQL says what /health says: 503, not 200 with an error body
    const res = await departments(second.url, token);
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('5');
    const body = (await res.json()) as { errors: { message: string; extensions: Record<string, string> }[] };
    expect(body.errors[0].extensions).toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
      messageEn: 'The database cannot be reached. Please try again shortly.',
    });
    expect(body.errors[0].message).toBe('데이터베이스에 연결할 수 없습니다. 잠시 후 다시 시도해 주세요.');
  } finally {
    await second.stop('SIGINT');
  }
  expect(second.child.exitCode).not.toBeNull();
});
