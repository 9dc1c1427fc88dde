import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServerProcess } from './support/server-process';
import { freePort } from './support/free-port';

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

it('starts an embedded PostgreSQL, keeps its data across restarts, reports 503 without it and stops it on SIGINT', async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'pcrm-lifecycle-'));
  const env = { PCRM_DATA_DIR: dataDir, PCRM_EMBEDDED_PG_PORT: String(await freePort()), DATABASE_URL: '' };

  const first = await startServerProcess(env, await freePort());
  const health = await fetch(`${first.url}/health`);
  expect(health.status).toBe(200);
  expect(await health.json()).toMatchObject({ status: 'ok' });
  const pg = await postmasterPid(dataDir);
  expect(isRunning(pg)).toBe(true);
  expect(await first.stop('SIGINT')).toBe(0);
  expect(isRunning(pg)).toBe(false);

  const second = await startServerProcess(env, await freePort());
  try {
    expect(second.output()).not.toContain('마이그레이션 적용'); // same data: nothing left to migrate
    const realms = (await (await fetch(`${second.url}/auth/realms`)).json()) as { realms: unknown[] };
    expect(realms.realms).toHaveLength(17);
    process.kill(await postmasterPid(dataDir), 'SIGINT'); // the database goes away under the API
    let status = 200;
    for (let i = 0; i < 40 && status === 200; i++) {
      await new Promise((r) => setTimeout(r, 250));
      status = (await fetch(`${second.url}/health`)).status;
    }
    expect(status).toBe(503);
  } finally {
    await second.stop('SIGINT');
  }
  expect(second.child.exitCode).not.toBeNull();
});
