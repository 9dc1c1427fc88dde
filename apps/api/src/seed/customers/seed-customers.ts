import type { Sql, TenantScopes, TenantSeed } from '@pcrm/tenancy';
import { CustomerPlanner, SEED_CREATOR, type ContactHandler } from './customer-plan';
import { writeCustomers } from './customer-writer';

/** Customers written per multi-row INSERT: large enough to amortize round trips, small enough for 15 s statements. */
const BATCH = 2000;
/** Mean contacts per demo customer: a timeline worth showing, a few thousand rows per tenant. */
const DEMO_CONTACTS_PER_CUSTOMER = 1.5;

export interface DemoCustomerOptions {
  /** Customers per tenant (`PCRM_SEED_CUSTOMERS`). */
  readonly count: number;
  readonly now?: Date;
}

/** The tenant's settings row, created if missing and locked until the transaction ends. */
export async function lockCustomerSettings(sql: Sql): Promise<void> {
  await sql.query(
    `INSERT INTO customer_settings (tenant_id) VALUES (current_setting('app.tenant_id', true)) ON CONFLICT DO NOTHING`,
  );
  await sql.query('SELECT 1 FROM customer_settings FOR UPDATE');
}

/**
 * Takes `count` customer numbers from the tenant's `customer_settings.next_customer_no`, so numbers the API
 * hands out later continue after them. Returns the first.
 */
export async function allocateCustomerNumbers(sql: Sql, count: number): Promise<number> {
  await lockCustomerSettings(sql);
  const [row] = await sql.query<{ first: string }>(
    `UPDATE customer_settings SET next_customer_no = next_customer_no + $1, updated_at = now()
     RETURNING next_customer_no - $1 AS first`,
    [count],
  );
  return Number(row.first);
}

/**
 * Demo customers of one tenant (development and the bench): households, organizations, phones, e-mails,
 * consents and contact histories with the tenant's own staff. Idempotent: a tenant that already has demo
 * customers is left alone, so only the first start pays for them.
 */
export async function seedDemoCustomers(
  db: Pick<TenantScopes, 'withTenant'>,
  tenant: TenantSeed,
  options: DemoCustomerOptions,
): Promise<number> {
  if (options.count <= 0) return 0;
  return db.withTenant(tenant.code, async (sql: Sql) => {
    // The settings row lock serializes two servers seeding the same database.
    await lockCustomerSettings(sql);
    const seeded = await sql.query(`SELECT 1 FROM customers WHERE created_by = $1 LIMIT 1`, [SEED_CREATOR]);
    if (seeded.length) return 0;
    const staff = await sql.query<ContactHandler>(
      `SELECT id, department_id AS "departmentId", username FROM staff WHERE active ORDER BY username`,
    );
    const planner = new CustomerPlanner({
      sidoName: tenant.nameKo,
      seed: `demo:${tenant.code}`,
      firstCustomerNo: await allocateCustomerNumbers(sql, options.count),
      staff,
      contactsPerCustomer: DEMO_CONTACTS_PER_CUSTOMER,
      now: options.now ?? new Date(),
    });
    for (let done = 0; done < options.count; done += BATCH) {
      const { customers, relations } = planner.take(Math.min(BATCH, options.count - done));
      await writeCustomers(sql, customers, relations);
    }
    return options.count;
  });
}
