import type { MigrationInterface, QueryRunner } from 'typeorm';
import {
  createCustomerKeyTable,
  dropCustomerKeyTable,
  type CustomerKeyTable,
} from './customer-key-table-sql';

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

const ADDRESS_KEYS: CustomerKeyTable = {
  table: 'customer_address_keys',
  column: 'word',
  keysOf: WORDS_OF,
  keyed: KEYED,
};

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
    await createCustomerKeyTable(q, ADDRESS_KEYS);
  }

  async down(q: QueryRunner): Promise<void> {
    await dropCustomerKeyTable(q, ADDRESS_KEYS);
    await q.query(`DROP FUNCTION customer_address_words(text[])`);
  }
}
