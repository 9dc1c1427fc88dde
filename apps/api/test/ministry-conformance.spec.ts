import { gql, userToken } from './support/api';
import { roleClients } from './support/runtime-role';
import { fireTenantSchedule, registeredSchedule } from './support/tenant-schedules';

/**
 * Each tenant's standard conformance published for the ministry (issue 11 #3, docs/adr/0019 "Conformance"):
 * the nightly job publishes what the tenant's own report says, as counts; the ministry reads it with ranks
 * and the national median; no element's content reaches it; tenant tokens are refused.
 */
jest.setTimeout(180_000);
const db = roleClients();

const MINISTRY = `{ ministryConformance {
  latestVersion tenants { id }
  rows { tenantId standardVersion score rank standardElements unchangedElements refreshedAt
         areas { area standardCount unchanged changed disabled added } }
  medianScore } }`;
const OWN = `{ standardConformance { standardVersion score standardElements unchangedElements
  areas { area standardCount unchanged changed disabled added } } }`;

let analyst: string;
let published: Record<string, any>;

beforeAll(async () => {
  analyst = await userToken('ministry', 'analyst');
  const { tenants, jobs } = await fireTenantSchedule(db.owner, 'standard-conformance-publish');
  expect(jobs.map((j) => j.tenant_id)).toEqual(tenants);
  const res = await gql(analyst, MINISTRY);
  expect(res.errors).toBeUndefined();
  published = res.data!.ministryConformance;
});

it('is scheduled for every tenant every night at 02:45 Korean time', async () => {
  expect(await registeredSchedule(db.owner, 'standard-conformance-publish')).toEqual([
    { cron: '45 2 * * *', timezone: 'Asia/Seoul' },
  ]);
});

it("publishes each tenant's own report as counts, which the ministry reads with ranks and the median", async () => {
  for (const tenant of ['busan', 'jeju']) {
    const own = await gql(await userToken(tenant, 'admin'), OWN);
    expect(own.errors).toBeUndefined();
    const row = published.rows.find((r: { tenantId: string }) => r.tenantId === tenant);
    expect(row).toMatchObject(own.data!.standardConformance);
  }
  const scores = published.rows.map((r: { score: number }) => r.score);
  for (const row of published.rows)
    expect(row.rank).toBe(1 + scores.filter((s: number) => s > row.score).length);
  const sorted = [...scores].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  expect(published.medianScore).toBeCloseTo(
    sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2,
    10,
  );
  expect(published.tenants.length).toBeGreaterThanOrEqual(published.rows.length);
  expect(published.rows.length).toBeGreaterThanOrEqual(16);
});

it('carries no element content: only versions, scores and counts', () => {
  for (const row of published.rows)
    for (const area of row.areas)
      expect(Object.keys(area).sort()).toEqual(
        ['added', 'area', 'changed', 'disabled', 'standardCount', 'unchanged'].sort(),
      );
});

it('is refused to tenant tokens, whatever their role', async () => {
  for (const token of await Promise.all([userToken('busan', 'admin'), userToken('jeju', 'manager')])) {
    const res = await gql(token, MINISTRY);
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(res.data).toBeNull();
  }
});

it("lets a tenant's scope write only its own summary", async () => {
  await db.app.query('BEGIN');
  try {
    await db.app.query("SELECT set_config('app.tenant_id', 'busan', true)");
    const other = await db.app.query(
      `UPDATE standard_conformance_published SET score = 0 WHERE tenant_id = 'jeju'`,
    );
    expect(other.rowCount).toBe(0);
    await expect(
      db.app.query(
        `INSERT INTO standard_conformance_published (tenant_id, standard_version, score, standard_elements,
           unchanged_elements, areas) VALUES ('jeju', 1, 1, 1, 1, '[]')`,
      ),
    ).rejects.toThrow(/row-level security/);
  } finally {
    await db.app.query('ROLLBACK');
  }
});
