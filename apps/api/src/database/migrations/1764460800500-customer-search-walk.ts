import type { MigrationInterface, QueryRunner } from 'typeorm';
import { searchGrams } from '../../../../../libs/crm-core/src/customer-keys';
import { bindKeyTriggers, createKeyTriggers, dropKeyTriggers } from './1764460800400-customer-search-keys';

/** Customers whose grams are recomputed per statement while the migration runs. */
const BATCH = 5000;

/**
 * A name or 초성 search walks one gram's keys in the customer list's order (issue 7 #10, docs/adr/0013): the
 * key rows carry the customer's name and are indexed by (tenant, gram, name, customer), so the first page
 * of "김민준" reads about twenty keys whether the tenant has a thousand customers or a million. The grams
 * grow to three characters (a full name or three 초성 are then one gram), and the triggers rewrite all of
 * a customer's keys when its name or grams change (the name is now part of every key).
 */
export class CustomerSearchWalk1764460800500 implements MigrationInterface {
  name = 'CustomerSearchWalk1764460800500';

  async up(q: QueryRunner): Promise<void> {
    await dropKeyTriggers(q);
    // Row-level security (ENABLE / FORCE ROW LEVEL SECURITY + the tenant policy) stays as it was.
    await q.query(`TRUNCATE customer_search_keys`);
    await q.query(`ALTER TABLE customer_search_keys DROP CONSTRAINT customer_search_keys_pkey`);
    await q.query(`ALTER TABLE customer_search_keys ADD COLUMN name text NOT NULL`);

    // Three-character grams for every customer already stored (anonymized ones keep none).
    for (let after = '00000000-0000-0000-0000-000000000000'; ;) {
      const rows: { tenant_id: string; id: string; name: string }[] = await q.query(
        `SELECT tenant_id, id, name FROM customers
          WHERE id > $1 AND cardinality(search_grams) > 0 ORDER BY id LIMIT ${BATCH}`,
        [after],
      );
      if (rows.length === 0) break;
      await q.query(
        `UPDATE customers c SET search_grams = ARRAY(SELECT jsonb_array_elements_text(v.grams))
           FROM jsonb_to_recordset($1::jsonb) AS v (tenant_id text, id uuid, grams jsonb)
          WHERE c.tenant_id = v.tenant_id AND c.id = v.id`,
        [JSON.stringify(rows.map((r) => ({ tenant_id: r.tenant_id, id: r.id, grams: searchGrams(r.name) })))],
      );
      after = rows[rows.length - 1].id;
    }
    await q.query(`
      INSERT INTO customer_search_keys (tenant_id, gram, name, customer_id)
      SELECT DISTINCT c.tenant_id, g.gram, c.name, c.id FROM customers c CROSS JOIN LATERAL unnest(c.search_grams) AS g (gram)`);
    await q.query(
      `CREATE UNIQUE INDEX customer_search_keys_walk ON customer_search_keys (tenant_id, gram, name, customer_id)`,
    );
    await q.query(
      `CREATE INDEX customer_search_keys_customer ON customer_search_keys (tenant_id, customer_id)`,
    );

    await q.query(`
      CREATE FUNCTION customer_search_keys_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO customer_search_keys (tenant_id, gram, name, customer_id)
        SELECT DISTINCT n.tenant_id, g.gram, n.name, n.id FROM new_rows n CROSS JOIN LATERAL unnest(n.search_grams) AS g (gram);
        RETURN NULL;
      END $$`);
    // A renamed customer's keys are all rewritten: the name is part of every one of them.
    await q.query(`
      CREATE FUNCTION customer_search_keys_updated() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM customer_search_keys k
         USING old_rows o JOIN new_rows n ON n.tenant_id = o.tenant_id AND n.id = o.id
         WHERE (o.name IS DISTINCT FROM n.name OR o.search_grams IS DISTINCT FROM n.search_grams)
           AND k.tenant_id = o.tenant_id AND k.customer_id = o.id;
        INSERT INTO customer_search_keys (tenant_id, gram, name, customer_id)
        SELECT DISTINCT n.tenant_id, g.gram, n.name, n.id
          FROM old_rows o JOIN new_rows n ON n.tenant_id = o.tenant_id AND n.id = o.id
         CROSS JOIN LATERAL unnest(n.search_grams) AS g (gram)
         WHERE o.name IS DISTINCT FROM n.name OR o.search_grams IS DISTINCT FROM n.search_grams;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION customer_search_keys_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM customer_search_keys k USING old_rows o
         WHERE k.tenant_id = o.tenant_id AND k.customer_id = o.id;
        RETURN NULL;
      END $$`);
    await bindKeyTriggers(q);
  }

  async down(q: QueryRunner): Promise<void> {
    await dropKeyTriggers(q);
    await q.query(`DROP INDEX customer_search_keys_customer`);
    await q.query(`DROP INDEX customer_search_keys_walk`);
    await q.query(`TRUNCATE customer_search_keys`);
    await q.query(`ALTER TABLE customer_search_keys DROP COLUMN name`);
    await q.query(`ALTER TABLE customer_search_keys ADD PRIMARY KEY (tenant_id, gram, customer_id)`);
    await q.query(
      `UPDATE customers SET search_grams = ARRAY(SELECT g FROM unnest(search_grams) AS g WHERE char_length(g) < 3)
        WHERE cardinality(search_grams) > 0`,
    );
    await q.query(`
      INSERT INTO customer_search_keys (tenant_id, gram, customer_id)
      SELECT DISTINCT c.tenant_id, g.gram, c.id FROM customers c CROSS JOIN LATERAL unnest(c.search_grams) AS g (gram)`);
    await createKeyTriggers(q);
  }
}
