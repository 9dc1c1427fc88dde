import { serviceTestbed, type ServiceTestbed } from '../test/service-testbed';

/**
 * The scope takes its connection straight from the runtime pool (no query runner): what the pool hands out
 * must always be a healthy connection outside any transaction, whatever the scope before it went through.
 */
let bed: ServiceTestbed;
beforeAll(async () => {
  bed = await serviceTestbed('scope connections');
});
afterAll(() => bed.close());

const backendPid = async (): Promise<number> => {
  const [row] = await bed.sql().query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
  return row.pid;
};

it('a connection whose session PostgreSQL ended mid-scope fails that scope and is never handed out again', async () => {
  let killed = 0;
  await expect(
    bed.scope(async () => {
      killed = await backendPid();
      await bed.owner('SELECT pg_terminate_backend($1)', [killed]);
      await bed.sql().query('SELECT 1');
    }),
  ).rejects.toBeDefined();
  // The pool has four connections: a dead one still in it would come up within a few scopes.
  for (let i = 0; i < 8; i++) {
    const pid = await bed.scope(backendPid);
    expect(pid).not.toBe(killed);
  }
});

it('a scope that failed gives its connection back outside any transaction', async () => {
  await expect(
    bed.scope(async () => {
      await bed.sql().query('SELECT 1/0');
    }),
  ).rejects.toBeDefined();
  const inTransaction = await bed.owner<{ n: number }>(
    `SELECT count(*)::int AS n FROM pg_stat_activity
      WHERE application_name = $1 AND state LIKE 'idle in transaction%'`,
    [bed.applicationName],
  );
  expect(inTransaction).toEqual([{ n: 0 }]);
  for (let i = 0; i < 8; i++) {
    const [row] = await bed.scope(() =>
      bed.sql().query<{ tenant: string }>(`SELECT current_setting('app.tenant_id', true) AS tenant`),
    );
    expect(row).toEqual({ tenant: bed.tenant.code });
  }
});

it('concurrent scopes each get a connection of their own and all of them come back to the pool', async () => {
  const pids = await Promise.all(
    Array.from({ length: 4 }, () =>
      bed.scope(async () => {
        const pid = await backendPid();
        await bed.sql().query('SELECT pg_sleep(0.05)');
        return pid;
      }),
    ),
  );
  expect(new Set(pids).size).toBe(4);
  // Twelve more scopes than the pool holds at once: any connection not given back would stall them.
  await Promise.all(Array.from({ length: 12 }, () => bed.scope(() => bed.sql().query('SELECT 1'))));
});
