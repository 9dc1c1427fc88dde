import { Client } from 'pg';
import { STANDARD_TENANTS } from '../../libs/tenancy/src/registry/tenant-catalog';
import { CustomerPlanner } from '../../apps/api/src/seed/customers/customer-plan';
import { writeCustomers, type SqlRunner } from '../../apps/api/src/seed/customers/customer-writer';
import { allocateCustomerNumbers } from '../../apps/api/src/seed/customers/seed-customers';

export interface CustomerLoadOptions {
  /** Runtime role (pcrm_app): rows go in through RLS like every other writer's. */
  readonly databaseUrl: string;
  /** Owner connection, only to ANALYZE and VACUUM the loaded tables (the runtime role owns none). */
  readonly ownerUrl: string;
  readonly tenant: string;
  readonly count: number;
  readonly seed: number;
  readonly log?: (line: string) => void;
}

/** `created_by` of generated customers (the demo seed's are 'demo-seed'). */
const GENERATOR = 'bench-generator';
/** Customers per multi-row INSERT and transaction. */
const BATCH = 10_000;
/** Loading connections: PostgreSQL inserts on one while the generator plans the next batch for the other. */
const CONNECTIONS = 2;

const rowsOf = (
  client: Client,
): SqlRunner & { query(text: string, params?: unknown[]): Promise<never[]> } => ({
  query: async (text: string, params?: unknown[]) => (await client.query(text, params)).rows as never[],
});

async function inTenant<T>(client: Client, tenant: string, work: () => Promise<T>): Promise<T> {
  await client.query('BEGIN');
  try {
    await client.query("SELECT set_config('app.tenant_id', $1, true)", [tenant]);
    const result = await work();
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/**
 * `count` realistic customers (names, households, addresses of the 시·도, phones, e-mails, tags; no consents or
 * contact histories) added to one tenant for the customer scenarios, numbered from the tenant's
 * `customer_settings`, then ANALYZEd so the planner sees the million.
 */
export async function loadCustomers(options: CustomerLoadOptions): Promise<void> {
  const log = options.log ?? (() => undefined);
  const tenant = STANDARD_TENANTS.find((t) => t.code === options.tenant);
  if (!tenant) throw new Error(`unknown tenant '${options.tenant}'`);
  const started = Date.now();
  const clients = Array.from(
    { length: CONNECTIONS },
    () => new Client({ connectionString: options.databaseUrl, application_name: 'pcrm-bench-customers' }),
  );
  await Promise.all(clients.map((c) => c.connect()));
  // The runtime role's 15 s statement timeout is for requests: one batch of 10,000 customers may take
  // longer on a busy machine, and a timed-out batch would fail the whole run.
  await Promise.all(clients.map((c) => c.query('SET statement_timeout = 0')));
  try {
    const first = await inTenant(clients[0], tenant.code, () =>
      allocateCustomerNumbers(rowsOf(clients[0]), options.count),
    );
    const planner = new CustomerPlanner({
      sidoName: tenant.nameKo,
      seed: `bench:${options.seed}:${tenant.code}`,
      firstCustomerNo: first,
      consents: false,
      now: new Date(Date.UTC(2026, 10, 1)),
    });
    const inFlight: Promise<void>[] = [];
    let done = 0;
    let lastReport = Date.now();
    for (let batch = 0; done < options.count; batch++) {
      const size = Math.min(BATCH, options.count - done);
      const { customers, relations } = planner.take(size);
      done += size;
      const client = clients[batch % CONNECTIONS];
      // Wait for this connection's previous batch before handing it the next.
      if (inFlight.length >= CONNECTIONS) await inFlight.shift();
      inFlight.push(
        inTenant(client, tenant.code, () => writeCustomers(rowsOf(client), customers, relations, GENERATOR)),
      );
      if (Date.now() - lastReport > 15_000) {
        lastReport = Date.now();
        log(
          `  고객 ${done.toLocaleString('en')} / ${options.count.toLocaleString('en')} (${Math.round((Date.now() - started) / 1000)} s)`,
        );
      }
    }
    await Promise.all(inFlight);
  } finally {
    await Promise.all(clients.map((c) => c.end()));
  }
  const owner = new Client({ connectionString: options.ownerUrl });
  await owner.connect();
  try {
    await owner.query(
      'VACUUM (ANALYZE) customers, customer_phones, customer_emails, customer_relations, customer_search_keys',
    );
    // The load's writes are flushed now, not by a checkpoint in the middle of the measured requests.
    await owner.query('CHECKPOINT');
  } finally {
    await owner.end();
  }
  log(
    `고객 ${options.count.toLocaleString('en')}명을 ${options.tenant}에 추가 (${Math.round((Date.now() - started) / 1000)} s, VACUUM ANALYZE 포함)`,
  );
}
