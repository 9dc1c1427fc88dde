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

/**
 * The plan (`EXPLAIN (COSTS OFF)`) of a statement as the runtime role scoped to `tenant`, one line per node.
 * `noSeqScan`: as if the tables were large (`enable_seqscan = off`), for a key table the test database holds
 * only a few rows of — it shows whether an index *can* serve the statement under row-level security, which a
 * condition that is not leakproof never can (docs/adr/0013); the bench shows the choice at full size.
 */
export async function planAsTenant(
  app: Client,
  tenant: string,
  statement: { sql: string; parameters: readonly unknown[] },
  { noSeqScan = false }: { noSeqScan?: boolean } = {},
): Promise<string> {
  return inTenant(app, tenant, async () => {
    if (noSeqScan) await app.query('SET LOCAL enable_seqscan = off');
    const { rows } = await app.query<{ 'QUERY PLAN': string }>(`EXPLAIN (COSTS OFF) ${statement.sql}`, [
      ...statement.parameters,
    ]);
    return rows.map((r) => r['QUERY PLAN']).join('\n');
  });
}
