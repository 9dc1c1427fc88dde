import { addressWords, searchGrams } from '../../../libs/crm-core/src/customer-keys';
import { CustomerAddressKeys1764460800640 } from '../src/database/migrations/1764460800640-customer-address-keys';
import { downAndUp } from './support/key-table-migration';
import { insertCustomers } from './support/owner-customers';
import { inTenant, planAsTenant, roleClients } from './support/runtime-role';
import { customerStatement, customerStatementParameters } from './support/customer-statements';

/**
 * Address search under row-level security (docs/adr/0013 "Address words"), straight at PostgreSQL: the SQL
 * function that computes the keys and `addressWords` split alike, the walk index serves a page as the runtime
 * role, the triggers keep the keys through every write, and no tenant sees another's keys.
 */
const db = roleClients();
const TENANT = 'jeju';

const asTenant = <T>(tenant: string, work: () => Promise<T>) => inTenant(db.app, tenant, work);

interface Address {
  sido?: string | null;
  sigungu?: string | null;
  eupmyeondong?: string | null;
  road_address?: string | null;
  jibun_address?: string | null;
  building_no?: string | null;
  address_detail?: string | null;
  postal_code?: string | null;
}

const JEJU: Address = {
  sido: '제주특별자치도',
  sigungu: '제주시',
  eupmyeondong: '연동',
  road_address: '제주특별자치도 제주시 선덕로 23 (연동)',
  jibun_address: '제주특별자치도 제주시 연동 312-1',
  building_no: '23',
  address_detail: '101동 202호',
  postal_code: '63122',
};

const setAddress = (id: string, a: Address) =>
  db.owner.query(
    `UPDATE customers SET ${Object.keys(a)
      .map((column, i) => `${column} = $${i + 3}`)
      .join(', ')} WHERE tenant_id = $1 AND id = $2`,
    [TENANT, id, ...Object.values(a)],
  );

/** A customer's address keys as `word name` lines, sorted. */
const keysOf = async (id: string) =>
  (
    await db.owner.query<{ key: string }>(
      `SELECT word || ' ' || name AS key FROM customer_address_keys WHERE tenant_id = $1 AND customer_id = $2
        ORDER BY 1`,
      [TENANT, id],
    )
  ).rows.map((r) => r.key);

/** The keys a customer with this name and address must have, computed by `addressWords`. */
const keysFor = (name: string, a: Address) =>
  addressWords(
    [a.sido, a.sigungu, a.eupmyeondong, a.road_address, a.jibun_address, a.building_no, a.postal_code]
      .filter(Boolean)
      .join(' '),
  )
    .map((word) => `${word} ${name}`)
    .sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));

/** `keysOf` orders by the database's collation; compare as sets in code-point order. */
const sorted = (keys: string[]) => [...keys].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));

/** The address page statement (as `customers.queries.sql` holds it) for one or two words. */
const addressSearch = (words: [string] | [string, string]) =>
  words.length === 1
    ? {
        sql: customerStatement('search (one address word, first page)'),
        parameters: ['ACTIVE', 0, words[0], 21],
      }
    : { sql: customerStatement('search (address, first page)'), parameters: ['ACTIVE', 0, ...words, 21] };

it.each([
  '부산광역시 연제구 중앙대로 1001 (연산동)',
  '연산동 123-4,  해운대구,우동',
  '   중앙대로    1001   ',
  '(연산동)중앙대로,,1001',
  '센텀 Tower B동 b동',
  '\u3000해운대구\u00a0우동\t재송동\n반여동\r\n1',
  '（우동），１２３',
  '연산동'.normalize('NFD') + ' 연산동',
  ',,, ( ) ',
  `${'가'.repeat(101)} ${'나'.repeat(100)} 동`,
])('splits %j into the same words in SQL and in JS', async (text) => {
  const { rows } = await db.owner.query<{ words: string[] }>(
    `SELECT customer_address_words($1::text) AS words`,
    [text],
  );
  expect(sorted(rows[0].words)).toEqual(sorted(addressWords(text)));
});

it('splits every address column alike, nulls and repeats aside', async () => {
  const { rows } = await db.owner.query<{ words: string[] }>(
    `SELECT customer_address_words($1, $2, NULL, $3) AS words`,
    ['부산광역시', '연제구', '부산광역시 연제구 중앙대로 1001'],
  );
  expect(sorted(rows[0].words)).toEqual(sorted(['부산광역시', '연제구', '중앙대로', '1001']));
});

it.each([[['연산동']], [['중앙대로', '1001']]] as [[string] | [string, string]][])(
  'plans the address search %j as a walk of one word’s keys in name order, as the runtime role',
  async (words) => {
    const statement = addressSearch(words);
    const plan = await planAsTenant(db.app, 'busan', statement);
    expect(plan).toMatch(/Limit\n\s+->\s+Nested Loop/);
    expect(plan).toMatch(/Index (Only )?Scan using customer_address_keys_walk on customer_address_keys\n/);
    expect(plan).toMatch(
      /Index Cond: \(\(tenant_id = current_setting\('app.tenant_id'::text, true\)\) AND \(word = /,
    );
    expect(plan).toMatch(
      /Index Scan using \w+ on customers\n\s+Index Cond: \(\(tenant_id = customer_address_keys.tenant_id\) AND \(id = customer_address_keys.customer_id\)\)/,
    );
    if (words.length === 2)
      // the other word: an exact probe of the same index per walked key
      expect(plan).toMatch(/Index Only Scan using customer_address_keys_walk on customer_address_keys other/);
    expect(plan).not.toMatch(/Sort|Seq Scan|Hash/);
  },
);

it('walks a road name, not the 시·도 every customer of the tenant holds, probing the 시·도 per key', () => {
  expect(customerStatementParameters('search (address with a 시·도, first page)')).toEqual([
    'ACTIVE',
    0,
    '중앙대로',
    '부산광역시',
    51,
  ]);
});

it('plans a name search with an address word as the gram walk, probing the word per key, as the runtime role', async () => {
  const sql = customerStatement('search (address and name, first page)');
  const plan = await planAsTenant(db.app, 'busan', { sql, parameters: ['ACTIVE', 0, '민준', '연산동', 21] });
  // Either key list is walked in name order (the planner walks the rarer: the gram's or, the name being
  // equal in both, the word's) and the other probed per key by an index; never a sort, hash or scan.
  expect(plan).toMatch(/Limit\n\s+->\s+Nested Loop/);
  expect(plan).toMatch(
    /Index (Only )?Scan using customer_search_keys_walk on customer_search_keys\n|Index Only Scan using customer_address_keys_walk on customer_address_keys other\n\s+Index Cond: \(\(tenant_id = current_setting\('app.tenant_id'::text, true\)\) AND \(word = '연산동'::text\)\)\n/,
  );
  expect(plan).toMatch(/Index (Only )?Scan using customer_address_keys_walk on customer_address_keys other/);
  expect(plan).toMatch(/Index (Only )?Scan using customer_search_keys_\w+ on customer_search_keys/);
  expect(plan).not.toMatch(/Sort|Seq Scan|Hash/);
});

it('keeps the keys equal to the address words and the name through insert, change, anonymization and delete', async () => {
  const [id] = await insertCustomers(db.owner, TENANT, [{ name: '고을나' }]);
  expect(await keysOf(id)).toEqual([]);

  await setAddress(id, JEJU);
  expect(sorted(await keysOf(id))).toEqual(keysFor('고을나', JEJU));
  expect(await keysOf(id)).toContain('연동 고을나');
  expect(await keysOf(id)).toContain('312-1 고을나');

  const moved: Address = { ...JEJU, eupmyeondong: '노형동', road_address: '제주특별자치도 제주시 노연로 80' };
  await setAddress(id, moved);
  expect(sorted(await keysOf(id))).toEqual(keysFor('고을나', moved));
  expect(await keysOf(id)).toContain('노연로 고을나');

  // The name is part of every key.
  await db.owner.query(
    `UPDATE customers SET name = '고을라', search_grams = $3 WHERE tenant_id = $1 AND id = $2`,
    [TENANT, id, searchGrams('고을라')],
  );
  expect(sorted(await keysOf(id))).toEqual(keysFor('고을라', moved));

  // Neither the name nor an address word: nothing rewritten (the unit is not a search word).
  await db.owner.query(
    `UPDATE customers SET last_contact_at = now(), address_detail = '102동' WHERE tenant_id = $1 AND id = $2`,
    [TENANT, id],
  );
  expect(sorted(await keysOf(id))).toEqual(keysFor('고을라', moved));

  // What anonymization writes (customer-privacy.sql.ts): 시·도 and 시·군·구 stay for statistics, the rest goes.
  await db.owner.query(
    `UPDATE customers SET status = 'ANONYMIZED', name = '(익명)', eupmyeondong = NULL, road_address = NULL,
            jibun_address = NULL, building_no = NULL, address_detail = NULL, postal_code = NULL
      WHERE tenant_id = $1 AND id = $2`,
    [TENANT, id],
  );
  expect(sorted(await keysOf(id))).toEqual(sorted(['제주시 (익명)', '제주특별자치도 (익명)']));

  await db.owner.query(`DELETE FROM customers WHERE tenant_id = $1 AND id = $2`, [TENANT, id]);
  expect(await keysOf(id)).toEqual([]);
});

it('keeps the keys of a multi-row insert, as an import or the seed writes', async () => {
  const { rows } = await db.owner.query<{ id: string }>(
    `INSERT INTO customers (tenant_id, customer_no, party_type, kind, name, name_initials, search_grams,
       sigungu, road_address, created_by)
     SELECT $1, 8800000000 + n, 'PERSON', 'CURRENT', '양' || n, 'ㅇ', '{}', '서귀포시', '중정로 ' || n, 'spec'
       FROM generate_series(1, 3) AS n RETURNING id, name`,
    [TENANT],
  );
  for (const [i, r] of rows.entries())
    expect(sorted(await keysOf(r.id))).toEqual(
      keysFor(`양${i + 1}`, { sigungu: '서귀포시', road_address: `중정로 ${i + 1}` }),
    );
  await db.owner.query(`DELETE FROM customers WHERE id = ANY($1::uuid[])`, [rows.map((r) => r.id)]);
});

it('finds by address words through the keys, and no tenant sees another tenant’s keys', async () => {
  const [id] = await insertCustomers(db.owner, TENANT, [{ name: '부을나' }]);
  await setAddress(id, JEJU);
  const found = (tenant: string, words: [string] | [string, string]) =>
    asTenant(tenant, async () => {
      const s = addressSearch(words);
      return (await db.app.query<{ id: string }>(s.sql, s.parameters)).rows.map((r) => r.id);
    });
  expect(await found(TENANT, ['연동'])).toContain(id);
  expect(await found(TENANT, ['선덕로', '23'])).toContain(id);
  expect(await found(TENANT, ['312-1', '63122'])).toContain(id);
  expect(await found(TENANT, ['선덕로', '24'])).not.toContain(id);
  expect(await found(TENANT, ['선덕'])).not.toContain(id);
  expect(await found('busan', ['연동'])).not.toContain(id);
  const visible = await asTenant('busan', () =>
    db.app.query(`SELECT 1 FROM customer_address_keys WHERE customer_id = $1`, [id]),
  );
  expect(visible.rowCount).toBe(0);
  const mine = await asTenant(TENANT, () =>
    db.app.query(`SELECT 1 FROM customer_address_keys WHERE customer_id = $1`, [id]),
  );
  expect(mine.rowCount).toBeGreaterThan(0);
  // Nor can a tenant write keys of another: the policy's WITH CHECK refuses them.
  await expect(
    asTenant('busan', () =>
      db.app.query(
        `INSERT INTO customer_address_keys (tenant_id, word, name, customer_id) VALUES ($1, '연동', 'x', $2)`,
        [TENANT, id],
      ),
    ),
  ).rejects.toThrow(/row-level security/);
});

it('fills the keys of customers already stored when the migration runs, and its down removes everything', async () => {
  const [id] = await insertCustomers(db.owner, TENANT, [{ name: '양을나' }]);
  await setAddress(id, JEJU);
  const { before, after } = await downAndUp(
    db.owner,
    new CustomerAddressKeys1764460800640(),
    `SELECT tenant_id || ' ' || word || ' ' || name || ' ' || customer_id AS key FROM customer_address_keys ORDER BY 1`,
    async () => {
      const { rows } = await db.owner.query(`SELECT to_regclass('customer_address_keys') AS t,
        to_regproc('customer_address_words') AS f`);
      expect(rows[0]).toEqual({ t: null, f: null });
    },
  );
  expect(before.length).toBeGreaterThan(0);
  expect(after).toEqual(before);
  await db.owner.query(`DELETE FROM customers WHERE id = $1`, [id]);
});
