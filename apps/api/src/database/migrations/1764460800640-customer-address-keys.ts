import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantRls } from './tenant-table-sql';

/**
 * What separates address words (`addressWords` in libs/crm-core/src/customer-keys splits a filter the same
 * way): white space, also no-break and ideographic, commas and parentheses, half- and full-width — as
 * E-string escapes, each mapped to a space by one `translate` with the Latin capitals (a regular-expression
 * split per column took about twice as long on a bulk insert).
 */
const SEPARATORS = String.raw`\t\n\r\f\u000b\u00a0\u3000,()\uff0c\uff08\uff09`;
const SEPARATOR_COUNT = 13;
const CAPITALS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** The address columns a customer is found by (`address_detail`, the unit, is not a search word). */
const WORDS_OF = (row: string) =>
  `customer_address_words(${[
    'sido',
    'sigungu',
    'eupmyeondong',
    'road_address',
    'jibun_address',
    'building_no',
    'postal_code',
  ]
    .map((column) => `${row}.${column}`)
    .join(', ')})`;

/** Columns whose change rewrites a customer's address keys: the name is part of every key. */
const KEYED = `(o.name, o.sido, o.sigungu, o.eupmyeondong, o.road_address, o.jibun_address, o.building_no, o.postal_code)
      IS DISTINCT FROM (n.name, n.sido, n.sigungu, n.eupmyeondong, n.road_address, n.jibun_address, n.building_no, n.postal_code)`;

/**
 * Search by address words under row-level security (issue 7 #3, docs/adr/0013 "Address words"): one row per
 * whole word of a customer's address, with the customer's name, indexed (tenant, word, name, customer), so
 * `word =` (leakproof `texteq`) is an index condition below the tenant policy and a page walks one word's
 * keys in the list's (name, id) order. `customer_address_words` is the one place words are computed;
 * statement-level triggers on `customers` keep the keys for every writer (API, import, seed, bench loader,
 * anonymization, merge, undo).
 */
export class CustomerAddressKeys1764460800640 implements MigrationInterface {
  name = 'CustomerAddressKeys1764460800640';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION customer_address_words(VARIADIC parts text[]) RETURNS text[]
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT coalesce(array_agg(DISTINCT w.word), '{}')
          FROM unnest(string_to_array(
                 translate(normalize(array_to_string(parts, ' '), NFC),
                           E'${CAPITALS}${SEPARATORS}',
                           '${CAPITALS.toLowerCase()}${' '.repeat(SEPARATOR_COUNT)}'),
                 ' ')) AS w (word)
         WHERE w.word <> '' AND char_length(w.word) <= 100
      $$`);
    await q.query(`
      CREATE TABLE customer_address_keys (
        tenant_id   text NOT NULL,
        word        text NOT NULL,
        name        text NOT NULL,
        customer_id uuid NOT NULL
      )`);
    // ALTER TABLE customer_address_keys ENABLE / FORCE ROW LEVEL SECURITY + the tenant policy. The runtime
    // role writes the keys only through the triggers below, which run as the writer of `customers`.
    await enableTenantRls(q, 'customer_address_keys', ['SELECT', 'INSERT', 'DELETE']);

    await q.query(`
      INSERT INTO customer_address_keys (tenant_id, word, name, customer_id)
      SELECT c.tenant_id, w.word, c.name, c.id FROM customers c CROSS JOIN LATERAL unnest(${WORDS_OF('c')}) AS w (word)`);
    await q.query(
      `CREATE UNIQUE INDEX customer_address_keys_walk ON customer_address_keys (tenant_id, word, name, customer_id)`,
    );
    await q.query(
      `CREATE INDEX customer_address_keys_customer ON customer_address_keys (tenant_id, customer_id)`,
    );

    await q.query(`
      CREATE FUNCTION customer_address_keys_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO customer_address_keys (tenant_id, word, name, customer_id)
        SELECT n.tenant_id, w.word, n.name, n.id FROM new_rows n CROSS JOIN LATERAL unnest(${WORDS_OF('n')}) AS w (word);
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION customer_address_keys_updated() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM customer_address_keys k
         USING old_rows o JOIN new_rows n ON n.tenant_id = o.tenant_id AND n.id = o.id
         WHERE ${KEYED}
           AND k.tenant_id = o.tenant_id AND k.customer_id = o.id;
        INSERT INTO customer_address_keys (tenant_id, word, name, customer_id)
        SELECT n.tenant_id, w.word, n.name, n.id
          FROM old_rows o JOIN new_rows n ON n.tenant_id = o.tenant_id AND n.id = o.id
         CROSS JOIN LATERAL unnest(${WORDS_OF('n')}) AS w (word)
         WHERE ${KEYED};
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION customer_address_keys_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM customer_address_keys k USING old_rows o
         WHERE k.tenant_id = o.tenant_id AND k.customer_id = o.id;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER customers_address_keys_inserted AFTER INSERT ON customers
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION customer_address_keys_inserted()`);
    await q.query(`CREATE TRIGGER customers_address_keys_updated AFTER UPDATE ON customers
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION customer_address_keys_updated()`);
    await q.query(`CREATE TRIGGER customers_address_keys_deleted AFTER DELETE ON customers
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION customer_address_keys_deleted()`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const event of ['deleted', 'updated', 'inserted']) {
      await q.query(`DROP TRIGGER customers_address_keys_${event} ON customers`);
      await q.query(`DROP FUNCTION customer_address_keys_${event}()`);
    }
    await q.query(`DROP TABLE customer_address_keys`);
    await q.query(`DROP FUNCTION customer_address_words(text[])`);
  }
}
