import { fireTenantSchedule, registeredSchedule } from './support/tenant-schedules';
import { roleClients } from './support/runtime-role';
import { insertAgedUpload } from '../../../libs/crm-core/test/import-uploads';

/**
 * Uploaded import files (personal data) are kept 7 days: the server registers a nightly cron schedule, and
 * when it fires every active tenant's purge job empties that tenant's expired uploads, and only those.
 */
const db = roleClients();

const upload = (tenant: string, daysAgo: number) =>
  insertAgedUpload((text, params) => db.owner.query(text, params), tenant, daysAgo);

it('is registered as a pg-boss cron schedule: every night at 02:30 Korean time', async () => {
  expect(await registeredSchedule(db.owner, 'customer-import-purge')).toEqual([
    { cron: '30 2 * * *', timezone: 'Asia/Seoul' },
  ]);
});

it('when the cron job fires, every tenant’s job empties that tenant’s uploads older than 7 days', async () => {
  const expired = { seoul: await upload('seoul', 8), jeju: await upload('jeju', 12) };
  const fresh = await upload('seoul', 5);

  const { tenants, jobs } = await fireTenantSchedule(db.owner, 'customer-import-purge');
  expect(jobs.map((j) => j.tenant_id)).toEqual(tenants);
  expect(new Set(jobs.map((j) => j.requested_by))).toEqual(new Set(['system']));

  const { rows } = await db.owner.query<{ id: string; content: Buffer | null; purged: boolean }>(
    `SELECT id, content, purged_at IS NOT NULL AS purged FROM customer_import_uploads WHERE id = ANY($1)`,
    [[expired.seoul, expired.jeju, fresh]],
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  expect(byId.get(expired.seoul)).toMatchObject({ content: null, purged: true });
  expect(byId.get(expired.jeju)).toMatchObject({ content: null, purged: true });
  expect(byId.get(fresh)).toMatchObject({ purged: false });
  expect(byId.get(fresh)!.content).not.toBeNull();
}, 120_000);
