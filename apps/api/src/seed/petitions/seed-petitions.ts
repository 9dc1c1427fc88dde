import type { VocDeadlines } from '@pcrm/crm-core';
import type { Sql, TenantScopes, TenantSeed } from '@pcrm/tenancy';
import { SEED_CREATOR } from '../customers/customer-plan';
import { PetitionPlanner, type PlannedVoc, type SeedDepartment, type SeedStaff } from './petition-plan';
import { writePetitions } from './petition-writer';
import { seedVocReferenceData } from './voc-reference-seed';

/** Cases written per multi-row INSERT (with their transitions, about six rows each). */
const BATCH = 2000;

export interface DemoPetitionOptions {
  /** Cases per tenant (`PCRM_SEED_CASES`). */
  readonly count: number;
  readonly deadlines: VocDeadlines;
  readonly now?: Date;
}

/** Gives each case its receipt number from the tenant's counter of its year, in order of receipt. */
async function allocateReceiptNumbers(sql: Sql, items: readonly PlannedVoc[]): Promise<void> {
  const byYear = new Map<number, PlannedVoc[]>();
  for (const v of items) {
    const year = Number(
      new Intl.DateTimeFormat('en', { timeZone: 'Asia/Seoul', year: 'numeric' }).format(v.receivedAt),
    );
    byYear.set(year, [...(byYear.get(year) ?? []), v]);
  }
  for (const [year, cases] of byYear) {
    await sql.query(
      `INSERT INTO voc_receipt_counters (tenant_id, year) VALUES (current_setting('app.tenant_id', true), $1)
       ON CONFLICT DO NOTHING`,
      [year],
    );
    const [row] = await sql.query<{ first: string }>(
      `UPDATE voc_receipt_counters SET next_seq = next_seq + $2 WHERE year = $1 RETURNING next_seq - $2 AS first`,
      [year, cases.length],
    );
    cases.forEach((v, i) => {
      v.receiptYear = year;
      v.receiptSeq = Number(row.first) + i;
    });
  }
}

/**
 * A year of demo petitions of one tenant (development and the bench): reference data first (always,
 * idempotent), then the cases unless the tenant already has demo cases, so only the first start pays.
 * Returns the number of cases added.
 */
export async function seedDemoPetitions(
  db: Pick<TenantScopes, 'withTenant'>,
  tenant: TenantSeed,
  options: DemoPetitionOptions,
): Promise<number> {
  return db.withTenant(tenant.code, async (sql: Sql) => {
    await seedVocReferenceData(sql);
    if (options.count <= 0) return 0;
    // The settings row lock serializes two servers seeding the same database.
    await sql.query('SELECT 1 FROM voc_settings FOR UPDATE');
    const seeded = await sql.query(`SELECT 1 FROM voc_items WHERE created_by = $1 LIMIT 1`, [SEED_CREATOR]);
    if (seeded.length) return 0;
    const customers = await sql.query<{ id: string }>(
      `SELECT id FROM customers WHERE status = 'ACTIVE' AND created_by = $1 ORDER BY customer_no`,
      [SEED_CREATOR],
    );
    const departments = await sql.query<SeedDepartment>(
      `WITH RECURSIVE tree AS (
         SELECT id, parent_id, 0 AS depth FROM departments WHERE parent_id IS NULL
         UNION ALL
         SELECT d.id, d.parent_id, t.depth + 1 FROM departments d JOIN tree t ON d.parent_id = t.id
       )
       SELECT id, parent_id AS "parentId", depth FROM tree ORDER BY depth, id`,
    );
    const staff = await sql.query<SeedStaff>(
      `SELECT id, department_id AS "departmentId", username, roles FROM staff WHERE active ORDER BY username`,
    );
    if (!departments.length || !staff.length) return 0;
    const [settings] = await sql.query<{ share: string }>(`SELECT target_share AS share FROM voc_settings`);
    const items = await new PetitionPlanner({
      tenant: tenant.code,
      customers: customers.map((c) => c.id),
      departments,
      staff,
      deadlines: options.deadlines,
      targetShare: Number(settings.share),
      now: options.now ?? new Date(),
    }).plan(options.count);
    await allocateReceiptNumbers(sql, items);
    for (let done = 0; done < items.length; done += BATCH) {
      await writePetitions(sql, items.slice(done, done + BATCH), SEED_CREATOR);
    }
    // The ministry's monthly aggregates include the history at once, not after the next scheduled refresh.
    await sql.query('SELECT refresh_voc_ministry_monthly(), refresh_voc_ministry_equity()');
    return items.length;
  });
}
