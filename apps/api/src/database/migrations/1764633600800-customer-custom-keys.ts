import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantRls } from './tenant-table-sql';

/** The longest value text that gets a key (`KEYED_VALUE_CHARS` in libs/customization says the same). */
const CUSTOM_KEY_VALUE_CHARS = 200;

/** Columns whose change rewrites a customer's custom-value keys: the name is part of every key. */
const KEYED = `(o.name, o.custom_fields) IS DISTINCT FROM (n.name, n.custom_fields)`;

const ENTRIES_OF = (row: string) => `custom_value_entries(${row}.custom_fields)`;

/**
 * Equality filters on custom values under row-level security (issue 9 #2, docs/adr/0022 "Filter keys"): the
 * GIN index of `customers.custom_fields` was never used by the runtime role (`jsonb @>` is not leakproof, so
 * PostgreSQL may not evaluate it ahead of the tenant policy). Like the name and address keys (ADR 0013), one
 * row per scalar custom value (each element of a multi-select) holds `<key>=<value text>` with the customer's
 * name, indexed (tenant, entry, name, customer): `entry =` (leakproof `texteq`) is an index condition below
 * the policy, and a page walks one value's keys in the list's (name, id) order. `custom_value_entry` is the
 * one place an entry is spelled — the triggers and the API's conditions both call it. The GIN index goes: it
 * only cost every write.
 */
export class CustomerCustomKeys1764633600800 implements MigrationInterface {
  name = 'CustomerCustomKeys1764633600800';

  async up(q: QueryRunner): Promise<void> {
    // Numbers as `trim_scale(numeric)` text, so 1.5, 1.50 and 15e-1 are one entry, as they are one jsonb value.
    await q.query(`
      CREATE FUNCTION custom_value_entry(key text, value jsonb) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT key || '=' || t
          FROM (SELECT CASE jsonb_typeof(value)
                         WHEN 'string' THEN value #>> '{}'
                         WHEN 'number' THEN trim_scale(value::numeric)::text
                         WHEN 'boolean' THEN value::text
                       END AS t) v
         WHERE char_length(t) <= ${CUSTOM_KEY_VALUE_CHARS}
      $$`);
    await q.query(`
      CREATE FUNCTION custom_value_entries(fields jsonb) RETURNS text[]
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT coalesce(array_agg(DISTINCT e.entry), '{}')
          FROM jsonb_each(CASE jsonb_typeof(fields) WHEN 'object' THEN fields ELSE '{}' END) AS f
         CROSS JOIN LATERAL jsonb_array_elements(
                 CASE jsonb_typeof(f.value) WHEN 'array' THEN f.value ELSE jsonb_build_array(f.value) END) AS x (value)
         CROSS JOIN LATERAL (SELECT custom_value_entry(f.key, x.value) AS entry) e
         WHERE e.entry IS NOT NULL
      $$`);
    await q.query(`
      CREATE TABLE customer_custom_keys (
        tenant_id   text NOT NULL,
        entry       text NOT NULL,
        name        text NOT NULL,
        customer_id uuid NOT NULL
      )`);
    // ALTER TABLE customer_custom_keys ENABLE / FORCE ROW LEVEL SECURITY + the tenant policy. The runtime role
    // writes the keys only through the triggers below, which run as the writer of `customers`.
    await enableTenantRls(q, 'customer_custom_keys', ['SELECT', 'INSERT', 'DELETE']);

    await q.query(`
      INSERT INTO customer_custom_keys (tenant_id, entry, name, customer_id)
      SELECT c.tenant_id, e.entry, c.name, c.id FROM customers c CROSS JOIN LATERAL unnest(${ENTRIES_OF('c')}) AS e (entry)`);
    await q.query(
      `CREATE UNIQUE INDEX customer_custom_keys_walk ON customer_custom_keys (tenant_id, entry, name, customer_id)`,
    );
    await q.query(
      `CREATE INDEX customer_custom_keys_customer ON customer_custom_keys (tenant_id, customer_id)`,
    );

    await q.query(`
      CREATE FUNCTION customer_custom_keys_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO customer_custom_keys (tenant_id, entry, name, customer_id)
        SELECT n.tenant_id, e.entry, n.name, n.id FROM new_rows n CROSS JOIN LATERAL unnest(${ENTRIES_OF('n')}) AS e (entry);
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION customer_custom_keys_updated() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM customer_custom_keys k
         USING old_rows o JOIN new_rows n ON n.tenant_id = o.tenant_id AND n.id = o.id
         WHERE ${KEYED}
           AND k.tenant_id = o.tenant_id AND k.customer_id = o.id;
        INSERT INTO customer_custom_keys (tenant_id, entry, name, customer_id)
        SELECT n.tenant_id, e.entry, n.name, n.id
          FROM old_rows o JOIN new_rows n ON n.tenant_id = o.tenant_id AND n.id = o.id
         CROSS JOIN LATERAL unnest(${ENTRIES_OF('n')}) AS e (entry)
         WHERE ${KEYED};
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION customer_custom_keys_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM customer_custom_keys k USING old_rows o
         WHERE k.tenant_id = o.tenant_id AND k.customer_id = o.id;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER customers_custom_keys_inserted AFTER INSERT ON customers
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION customer_custom_keys_inserted()`);
    await q.query(`CREATE TRIGGER customers_custom_keys_updated AFTER UPDATE ON customers
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION customer_custom_keys_updated()`);
    await q.query(`CREATE TRIGGER customers_custom_keys_deleted AFTER DELETE ON customers
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION customer_custom_keys_deleted()`);
    await q.query(`DROP INDEX customers_custom_fields_idx`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX customers_custom_fields_idx ON customers USING gin (custom_fields jsonb_path_ops)`,
    );
    for (const event of ['deleted', 'updated', 'inserted']) {
      await q.query(`DROP TRIGGER customers_custom_keys_${event} ON customers`);
      await q.query(`DROP FUNCTION customer_custom_keys_${event}()`);
    }
    await q.query(`DROP TABLE customer_custom_keys`);
    await q.query(`DROP FUNCTION custom_value_entries(jsonb)`);
    await q.query(`DROP FUNCTION custom_value_entry(text, jsonb)`);
  }
}
