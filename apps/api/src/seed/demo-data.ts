import type { TenantScopes, TenantSeed } from '@pcrm/tenancy';
import { seedDemoOrganization } from './seed';
import { seedDemoCustomers } from './customers/seed-customers';

/** Tenants seeded at once: two keep both cores of a small machine busy without starving the pool. */
const PARALLEL_TENANTS = 2;

/** Demo departments and staff of every tenant, then their customers (contacts need the staff). */
export async function seedDemoData(
  db: TenantScopes,
  tenants: readonly TenantSeed[],
  customersPerTenant: number,
): Promise<{ customers: number }> {
  for (const tenant of tenants) await seedDemoOrganization(db, tenant);
  let customers = 0;
  const queue = [...tenants];
  const worker = async () => {
    for (let tenant = queue.shift(); tenant; tenant = queue.shift()) {
      const added = await seedDemoCustomers(db, tenant, { count: customersPerTenant });
      customers += added;
    }
  };
  await Promise.all(Array.from({ length: PARALLEL_TENANTS }, worker));
  return { customers };
}
