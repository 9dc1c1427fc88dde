import { Client } from 'pg';

export interface TenantJobRow {
  tenant_id: string;
  state: string;
  requested_by: string;
}

/** The pg-boss cron schedule the server registered for a tenant job `kind` (`<kind>-schedule`). */
export async function registeredSchedule(owner: Client, kind: string) {
  const { rows } = await owner.query<{ cron: string; timezone: string }>(
    `SELECT cron, timezone FROM pgboss.schedule WHERE name = $1`,
    [`${kind}-schedule`],
  );
  return rows;
}

/**
 * Fires the cron job of tenant job `kind` as pg-boss's clock would (one job on `<kind>-schedule`) and waits
 * until every active tenant has a completed `kind` job created since; returns one such job per tenant and the
 * start time. Another spec may fire the same schedule meanwhile, so a tenant can have more than one job.
 */
export async function fireTenantSchedule(
  owner: Client,
  kind: string,
): Promise<{ started: Date; tenants: string[]; jobs: TenantJobRow[] }> {
  const tenants = (
    await owner.query<{ id: string }>(`SELECT id FROM tenants WHERE active ORDER BY id`)
  ).rows.map((t) => t.id);
  const started = (await owner.query<{ now: Date }>(`SELECT now()`)).rows[0].now;
  await owner.query(`INSERT INTO pgboss.job (name, data) VALUES ($1, '{}')`, [`${kind}-schedule`]);
  // One tenant's job after another on a shared 2-core machine: allow a minute and a half.
  const deadline = Date.now() + 90_000;
  for (;;) {
    const jobs = (
      await owner.query<TenantJobRow>(
        `SELECT DISTINCT ON (tenant_id) tenant_id, state, requested_by FROM jobs
          WHERE kind = $1 AND created_at >= $2
          ORDER BY tenant_id, (state = 'completed') DESC, created_at`,
        [kind, started],
      )
    ).rows;
    if (jobs.length === tenants.length && jobs.every((j) => j.state === 'completed'))
      return { started, tenants, jobs };
    if (Date.now() > deadline) throw new Error(`${kind} jobs not done: ${JSON.stringify(jobs)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** `fireTenantSchedule` on an owner connection of its own, for specs that hold none (the browser specs). */
export async function fireTenantScheduleAsOwner(kind: string): ReturnType<typeof fireTenantSchedule> {
  const owner = new Client({ connectionString: process.env.PCRM_OWNER_DATABASE_URL });
  await owner.connect();
  try {
    return await fireTenantSchedule(owner, kind);
  } finally {
    await owner.end();
  }
}
