import type { QueryRunner } from 'typeorm';
import { enableTenantRls } from './tenant-table-sql';

/**
 * A key table of customers (docs/adr/0013): `(tenant_id, <column>, name, customer_id)`, one row per key a
 * customer holds, indexed for a walk in the list's (name, id) order and kept by statement triggers on
 * `customers`, so every writer (API, import, seed, bench loader, anonymization, merge) keeps it.
 */
export interface CustomerKeyTable {
  /** `customer_<what>_keys`; its functions are `<table>_<event>`, its triggers `customers_<what>_keys_<event>`. */
  table: `customer_${string}_keys`;
  column: string;
  /** The SQL `text[]` of a row's keys, `row` being the alias of a `customers` row. */
  keysOf: (row: string) => string;
  /** The SQL condition on `o` (old) and `n` (new) rows under which an update rewrites the keys. */
  keyed: string;
}

const EVENTS = ['inserted', 'updated', 'deleted'] as const;
const triggerOf = (k: Pick<CustomerKeyTable, 'table'>, event: string) =>
  `customers_${k.table.slice('customer_'.length)}_${event}`;

/** Creates the table with its policy, fills it from the customers stored, indexes it and adds the triggers. */
export async function createCustomerKeyTable(q: QueryRunner, k: CustomerKeyTable): Promise<void> {
  const { table, column } = k;
  await q.query(`
    CREATE TABLE ${table} (
      tenant_id   text NOT NULL,
      ${column.padEnd(11)} text NOT NULL,
      name        text NOT NULL,
      customer_id uuid NOT NULL
    )`);
  // ALTER TABLE <table> ENABLE / FORCE ROW LEVEL SECURITY + the tenant policy. The runtime role writes the keys
  // only through the triggers below, which run as the writer of `customers`.
  await enableTenantRls(q, table, ['SELECT', 'INSERT', 'DELETE']);

  await q.query(`
    INSERT INTO ${table} (tenant_id, ${column}, name, customer_id)
    SELECT c.tenant_id, w.key, c.name, c.id FROM customers c CROSS JOIN LATERAL unnest(${k.keysOf('c')}) AS w (key)`);
  await q.query(`CREATE UNIQUE INDEX ${table}_walk ON ${table} (tenant_id, ${column}, name, customer_id)`);
  await q.query(`CREATE INDEX ${table}_customer ON ${table} (tenant_id, customer_id)`);

  await q.query(`
    CREATE FUNCTION ${table}_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO ${table} (tenant_id, ${column}, name, customer_id)
      SELECT n.tenant_id, w.key, n.name, n.id FROM new_rows n CROSS JOIN LATERAL unnest(${k.keysOf('n')}) AS w (key);
      RETURN NULL;
    END $$`);
  await q.query(`
    CREATE FUNCTION ${table}_updated() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      DELETE FROM ${table} k
       USING old_rows o JOIN new_rows n ON n.tenant_id = o.tenant_id AND n.id = o.id
       WHERE ${k.keyed}
         AND k.tenant_id = o.tenant_id AND k.customer_id = o.id;
      INSERT INTO ${table} (tenant_id, ${column}, name, customer_id)
      SELECT n.tenant_id, w.key, n.name, n.id
        FROM old_rows o JOIN new_rows n ON n.tenant_id = o.tenant_id AND n.id = o.id
       CROSS JOIN LATERAL unnest(${k.keysOf('n')}) AS w (key)
       WHERE ${k.keyed};
      RETURN NULL;
    END $$`);
  await q.query(`
    CREATE FUNCTION ${table}_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      DELETE FROM ${table} k USING old_rows o
       WHERE k.tenant_id = o.tenant_id AND k.customer_id = o.id;
      RETURN NULL;
    END $$`);
  await q.query(`CREATE TRIGGER ${triggerOf(k, 'inserted')} AFTER INSERT ON customers
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${table}_inserted()`);
  await q.query(`CREATE TRIGGER ${triggerOf(k, 'updated')} AFTER UPDATE ON customers
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION ${table}_updated()`);
  await q.query(`CREATE TRIGGER ${triggerOf(k, 'deleted')} AFTER DELETE ON customers
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION ${table}_deleted()`);
}

/** Drops the triggers, their functions and the table. */
export async function dropCustomerKeyTable(
  q: QueryRunner,
  k: Pick<CustomerKeyTable, 'table'>,
): Promise<void> {
  for (const event of [...EVENTS].reverse()) {
    await q.query(`DROP TRIGGER ${triggerOf(k, event)} ON customers`);
    await q.query(`DROP FUNCTION ${k.table}_${event}()`);
  }
  await q.query(`DROP TABLE ${k.table}`);
}
