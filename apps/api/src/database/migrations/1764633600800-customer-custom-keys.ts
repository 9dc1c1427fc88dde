import type { MigrationInterface, QueryRunner } from 'typeorm';
import {
  createCustomerKeyTable,
  dropCustomerKeyTable,
  type CustomerKeyTable,
} from './customer-key-table-sql';

/** The longest value text that gets a key (`KEYED_VALUE_CHARS` in libs/customization says the same). */
const CUSTOM_KEY_VALUE_CHARS = 200;

/** Columns whose change rewrites a customer's custom-value keys: the name is part of every key. */
const KEYED = `(o.name, o.custom_fields) IS DISTINCT FROM (n.name, n.custom_fields)`;

const CUSTOM_KEYS: CustomerKeyTable = {
  table: 'customer_custom_keys',
  column: 'entry',
  keysOf: (row) => `custom_value_entries(${row}.custom_fields)`,
  keyed: KEYED,
};

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
    await createCustomerKeyTable(q, CUSTOM_KEYS);
    await q.query(`DROP INDEX customers_custom_fields_idx`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX customers_custom_fields_idx ON customers USING gin (custom_fields jsonb_path_ops)`,
    );
    await dropCustomerKeyTable(q, CUSTOM_KEYS);
    await q.query(`DROP FUNCTION custom_value_entries(jsonb)`);
    await q.query(`DROP FUNCTION custom_value_entry(text, jsonb)`);
  }
}
