import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantRls } from './tenant-table-sql';

/**
 * Name and 초성 search backed by an index under row-level security (issue 7 #10, docs/adr/0013): each of a
 * customer's `search_grams` is a row `(tenant_id, gram, customer_id)`, searched with `gram = ANY(…)` —
 * `texteq` is LEAKPROOF, so PostgreSQL may use it as an index condition below the tenant policy, where the
 * GIN index on `customers.search_grams` (`@>`, not leakproof) could never be used and is dropped.
 *
 * Statement-level triggers with transition tables keep the keys equal to `customers.search_grams` for every
 * writer (API, import, seed, bench loader, anonymization, undo) in one set-based statement per write.
 */
export class CustomerSearchKeys1764460800400 implements MigrationInterface {
  name = 'CustomerSearchKeys1764460800400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE customer_search_keys (
        tenant_id   text NOT NULL,
        gram        text NOT NULL,
        customer_id uuid NOT NULL,
        PRIMARY KEY (tenant_id, gram, customer_id)
      )`);
    // ALTER TABLE customer_search_keys ENABLE / FORCE ROW LEVEL SECURITY + the tenant policy. The runtime
    // role writes the keys only through the triggers below, which run as the writer of `customers`.
    await enableTenantRls(q, 'customer_search_keys', ['SELECT', 'INSERT', 'DELETE']);

    await createKeyTriggers(q);

    await q.query(`
      INSERT INTO customer_search_keys (tenant_id, gram, customer_id)
      SELECT DISTINCT c.tenant_id, g.gram, c.id FROM customers c CROSS JOIN LATERAL unnest(c.search_grams) AS g (gram)`);
    await q.query(`DROP INDEX customers_grams_idx`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX customers_grams_idx ON customers USING gin (search_grams)`);
    await dropKeyTriggers(q);
    await q.query(`DROP TABLE customer_search_keys`);
  }
}

/** The statement triggers of this version: keys of one- and two-character grams, without the name. */
export async function createKeyTriggers(q: QueryRunner): Promise<void> {
  await q.query(`
      CREATE FUNCTION customer_search_keys_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO customer_search_keys (tenant_id, gram, customer_id)
        SELECT DISTINCT n.tenant_id, g.gram, n.id FROM new_rows n CROSS JOIN LATERAL unnest(n.search_grams) AS g (gram);
        RETURN NULL;
      END $$`);
  await q.query(`
      CREATE FUNCTION customer_search_keys_updated() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        WITH changed AS (
          SELECT o.tenant_id, o.id, o.search_grams AS old_grams, n.search_grams AS new_grams
            FROM old_rows o JOIN new_rows n ON n.tenant_id = o.tenant_id AND n.id = o.id
           WHERE o.search_grams IS DISTINCT FROM n.search_grams),
        gone AS (
          SELECT c.tenant_id, c.id, g.gram FROM changed c CROSS JOIN LATERAL unnest(c.old_grams) AS g (gram)
          EXCEPT
          SELECT c.tenant_id, c.id, g.gram FROM changed c CROSS JOIN LATERAL unnest(c.new_grams) AS g (gram))
        DELETE FROM customer_search_keys k USING gone
         WHERE k.tenant_id = gone.tenant_id AND k.gram = gone.gram AND k.customer_id = gone.id;
        WITH changed AS (
          SELECT o.tenant_id, o.id, o.search_grams AS old_grams, n.search_grams AS new_grams
            FROM old_rows o JOIN new_rows n ON n.tenant_id = o.tenant_id AND n.id = o.id
           WHERE o.search_grams IS DISTINCT FROM n.search_grams)
        INSERT INTO customer_search_keys (tenant_id, gram, customer_id)
        SELECT c.tenant_id, g.gram, c.id FROM changed c CROSS JOIN LATERAL unnest(c.new_grams) AS g (gram)
        EXCEPT
        SELECT c.tenant_id, g.gram, c.id FROM changed c CROSS JOIN LATERAL unnest(c.old_grams) AS g (gram);
        RETURN NULL;
      END $$`);
  await q.query(`
      CREATE FUNCTION customer_search_keys_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM customer_search_keys k
         USING (SELECT DISTINCT o.tenant_id, o.id, g.gram FROM old_rows o
                  CROSS JOIN LATERAL unnest(o.search_grams) AS g (gram)) gone
         WHERE k.tenant_id = gone.tenant_id AND k.gram = gone.gram AND k.customer_id = gone.id;
        RETURN NULL;
      END $$`);
  await bindKeyTriggers(q);
}

/** Drops the three key triggers and their functions (of either version). */
export async function dropKeyTriggers(q: QueryRunner): Promise<void> {
  for (const event of ['deleted', 'updated', 'inserted']) {
    await q.query(`DROP TRIGGER customers_search_keys_${event} ON customers`);
    await q.query(`DROP FUNCTION customer_search_keys_${event}()`);
  }
}

/** Runs the key functions (of either version) after every statement writing `customers`. */
export async function bindKeyTriggers(q: QueryRunner): Promise<void> {
  await q.query(`CREATE TRIGGER customers_search_keys_inserted AFTER INSERT ON customers
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION customer_search_keys_inserted()`);
  await q.query(`CREATE TRIGGER customers_search_keys_updated AFTER UPDATE ON customers
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION customer_search_keys_updated()`);
  await q.query(`CREATE TRIGGER customers_search_keys_deleted AFTER DELETE ON customers
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION customer_search_keys_deleted()`);
}
