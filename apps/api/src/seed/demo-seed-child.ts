import 'reflect-metadata';
import { STANDARD_TENANTS, TenantScopes } from '@pcrm/tenancy';
import { runtimeDataSource } from '../database/data-sources';
import { seedDemoData } from './demo-data';
import type { DemoSeedOrder, DemoSeedReport } from './demo-seed-apart';

/** Two tenants are seeded at once (demo-data.ts), each holding one connection, plus one to spare. */
const POOL_SIZE = 3;
const CONNECT_TIMEOUT_MS = 30_000;

async function seed(order: DemoSeedOrder): Promise<DemoSeedReport> {
  const runtime = await runtimeDataSource(order.runtimeUrl, POOL_SIZE, CONNECT_TIMEOUT_MS).initialize();
  try {
    const added = await seedDemoData(new TenantScopes(runtime), STANDARD_TENANTS, order);
    return { ok: true, ...added };
  } finally {
    await runtime.destroy();
  }
}

// The API stopped (or died) while seeding: nobody is left to report to.
process.once('disconnect', () => process.exit(1));

process.once('message', (order: DemoSeedOrder) => {
  seed(order)
    .catch((error: unknown): DemoSeedReport => ({
      ok: false,
      error: error instanceof Error ? error.message : String(error),
    }))
    .then((report) => process.send!(report, () => process.exit(report.ok ? 0 : 1)));
});
