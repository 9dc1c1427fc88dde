import { fireTenantSchedule, registeredSchedule } from './support/tenant-schedules';
import { roleClients } from './support/runtime-role';

/**
 * The daily data-quality snapshot on the jobs seam: the server registers a pg-boss cron schedule at start;
 * when its cron job fires, one snapshot job is queued in every active tenant (its own job list and RLS) and
 * each records that tenant's day.
 */
const db = roleClients();

it('is registered as a pg-boss cron schedule: every day at 03:00 Korean time', async () => {
  expect(await registeredSchedule(db.owner, 'data-quality-snapshot')).toEqual([
    { cron: '0 3 * * *', timezone: 'Asia/Seoul' },
  ]);
});

it('when the cron job fires, snapshots every active tenant in a job of that tenant', async () => {
  const { started, tenants, jobs } = await fireTenantSchedule(db.owner, 'data-quality-snapshot');
  expect(jobs.map((j) => j.tenant_id)).toEqual(tenants);
  expect(new Set(jobs.map((j) => j.requested_by))).toEqual(new Set(['system']));

  const { rows: snapshots } = await db.owner.query(
    `SELECT tenant_id, count(*)::int AS n FROM customer_quality_snapshots
      WHERE group_by = 'TENANT' AND taken_at >= $1 GROUP BY tenant_id ORDER BY tenant_id`,
    [started],
  );
  const { rows: withCustomers } = await db.owner.query<{ tenant_id: string }>(
    `SELECT DISTINCT tenant_id FROM customers WHERE status = 'ACTIVE' ORDER BY tenant_id`,
  );
  expect(snapshots.map((s) => s.tenant_id)).toEqual(withCustomers.map((t) => t.tenant_id));
  // Six fields per tenant (NAME … BIRTH_DATE), each tenant's from its own customers only.
  expect(new Set(snapshots.map((s) => s.n))).toEqual(new Set([6]));
  const { rows: busan } = await db.owner.query(
    `SELECT total FROM customer_quality_snapshots
      WHERE tenant_id = 'busan' AND group_by = 'TENANT' AND field = 'NAME' AND taken_at >= $1`,
    [started],
  );
  expect(busan[0].total).toBeGreaterThan(0);
}, 120_000);
