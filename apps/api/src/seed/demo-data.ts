import { standardCalendar, type VocDeadlines } from '@pcrm/crm-core';
import type { TenantScopes, TenantSeed } from '@pcrm/tenancy';
import { seedDemoOrganization } from './seed';
import { seedDemoCustomers } from './customers/seed-customers';
import { seedDemoPetitions } from './petitions/seed-petitions';
import { seedDemoTasks } from './tasks/seed-tasks';

/** Tenants seeded at once: two keep both cores of a small machine busy without starving the pool. */
const PARALLEL_TENANTS = 2;

export interface DemoDataOptions {
  readonly customersPerTenant: number;
  readonly casesPerTenant: number;
  /** The due dates of the demo cases (default: the standard business calendar every tenant starts with). */
  readonly deadlines?: VocDeadlines;
}

/** Demo departments and staff of every tenant, then their customers (contacts need the staff), petitions and tasks. */
export async function seedDemoData(
  db: TenantScopes,
  tenants: readonly TenantSeed[],
  options: DemoDataOptions,
): Promise<{ customers: number; cases: number }> {
  for (const tenant of tenants) await seedDemoOrganization(db, tenant);
  const deadlines = options.deadlines ?? (await standardDeadlines());
  let customers = 0;
  let cases = 0;
  const queue = [...tenants];
  const worker = async () => {
    for (let tenant = queue.shift(); tenant; tenant = queue.shift()) {
      // Awaited first, added after: `x += await …` would read x before the other worker's addition.
      const addedCustomers = await seedDemoCustomers(db, tenant, { count: options.customersPerTenant });
      const addedCases = await seedDemoPetitions(db, tenant, { count: options.casesPerTenant, deadlines });
      await seedDemoTasks(db, tenant);
      customers += addedCustomers;
      cases += addedCases;
    }
  };
  await Promise.all(Array.from({ length: PARALLEL_TENANTS }, worker));
  return { customers, cases };
}

/** The standard business calendar as the petitions' deadline port, outside any request. */
async function standardDeadlines(): Promise<VocDeadlines> {
  const calendar = await standardCalendar();
  return {
    dueAt: async (receivedAt, period) => calendar.dueAt(receivedAt, period),
    targetDueAt: async (receivedAt, period, share) => calendar.targetDueAt(receivedAt, period, share),
    resumeAfterPause: async (dueAt, pausedAt, resumedAt) =>
      calendar.resumeAfterPause(dueAt, pausedAt, resumedAt),
  };
}
