import { Client } from 'pg';

/** The runtime role (the API's, under row-level security) and the owner, as clients of one spec file. */
export interface RoleClients {
  readonly app: Client;
  readonly owner: Client;
}

/** Connects both roles' clients before the file's tests and closes them after. */
export function roleClients(): RoleClients {
  const clients = {} as { app: Client; owner: Client };
  beforeAll(async () => {
    clients.app = new Client({ connectionString: process.env.PCRM_APP_DATABASE_URL });
    clients.owner = new Client({ connectionString: process.env.PCRM_OWNER_DATABASE_URL });
    await Promise.all([clients.app.connect(), clients.owner.connect()]);
  });
  afterAll(async () => {
    await Promise.all([clients.app.end(), clients.owner.end()]);
  });
  return clients;
}

/** Runs `work` on the runtime role's `app` scoped to `tenant`, in a transaction that is always rolled back. */
export async function inTenant<T>(app: Client, tenant: string | null, work: () => Promise<T>): Promise<T> {
  await app.query('BEGIN');
  try {
    await app.query("SELECT set_config('app.tenant_id', $1, true)", [tenant]);
    return await work();
  } finally {
    await app.query('ROLLBACK');
  }
}

/** The plan (`EXPLAIN (COSTS OFF)`) of a statement as the runtime role scoped to `tenant`, one line per node. */
export async function planAsTenant(
  app: Client,
  tenant: string,
  statement: { sql: string; parameters: readonly unknown[] },
): Promise<string> {
  return inTenant(app, tenant, async () => {
    const { rows } = await app.query<{ 'QUERY PLAN': string }>(`EXPLAIN (COSTS OFF) ${statement.sql}`, [
      ...statement.parameters,
    ]);
    return rows.map((r) => r['QUERY PLAN']).join('\n');
  });
}
