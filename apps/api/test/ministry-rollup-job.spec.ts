import { roleClients } from './support/runtime-role';
import { fireTenantSchedule, registeredSchedule } from './support/tenant-schedules';

/**
 * The nightly refresh of the ministry's roll-ups (docs/adr/0019): one job per tenant, each recomputing its
 * own published months and equity groups in the job's scope (its statement timeout is the refresh's own; a
 * million petitions per tenant need it: bench `ministry-compare`).
 */
jest.setTimeout(180_000);
const db = roleClients();

it('is scheduled for every tenant every night at 02:30 Korean time', async () => {
  expect(await registeredSchedule(db.owner, 'voc-ministry-rollup')).toEqual([
    { cron: '30 2 * * *', timezone: 'Asia/Seoul' },
  ]);
});

it("refreshes every tenant's published months and equity groups", async () => {
  const { started, tenants, jobs } = await fireTenantSchedule(db.owner, 'voc-ministry-rollup');
  expect(jobs.map((j) => j.tenant_id)).toEqual(tenants);
  const { rows } = await db.owner.query<{ tenant_id: string; monthly: Date; equity: Date }>(
    `SELECT t.id AS tenant_id,
            (SELECT max(refreshed_at) FROM voc_ministry_monthly m WHERE m.tenant_id = t.id) AS monthly,
            (SELECT max(refreshed_at) FROM voc_ministry_equity_monthly e WHERE e.tenant_id = t.id) AS equity
       FROM tenants t WHERE t.active ORDER BY t.id`,
  );
  // Every demo tenant has a year of petitions: each has rows of both, written by this run's job or later.
  for (const r of rows) {
    expect(r.monthly.getTime()).toBeGreaterThanOrEqual(started.getTime());
    expect(r.equity.getTime()).toBeGreaterThanOrEqual(started.getTime());
  }
});
