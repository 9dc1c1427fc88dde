import { randomBytes } from 'node:crypto';
import { CustomerCustomKeys1764633600800 } from '../src/database/migrations/1764633600800-customer-custom-keys';
import { gql, userToken, type GqlResult } from './support/api';
import { downAndUp } from './support/key-table-migration';
import { insertCustomers } from './support/owner-customers';
import { inTenant, planAsTenant, roleClients } from './support/runtime-role';
import { customerStatement } from './support/customer-statements';

/**
 * Filtering customers by custom values under row-level security (issue 9 #2, docs/adr/0022 "Filter keys"):
 * the SQL function that spells a value's key, the triggers that keep the keys through every write, the walk
 * index serving a page as the runtime role, the API's filters answered through the keys (and by containment
 * for a value without a key), and no tenant seeing another's keys. Tenant gyeonggi (A) gets only this run's
 * non-required fields; daegu (B) only reads.
 */
const db = roleClients();
const A = 'gyeonggi';
const B = 'daegu';
const CUSTOMERS = 'crm-core.customers';
const run = randomBytes(3).toString('hex');
const k = (name: string) => `${name}_${run}`;
const TAG = `keys-${run}`;

const sorted = (keys: string[]) => [...keys].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));

/** A customer's keys as `entry name` lines, code-point order. */
const keysOf = async (id: string) =>
  sorted(
    (
      await db.owner.query<{ key: string }>(
        `SELECT entry || ' ' || name AS key FROM customer_custom_keys WHERE customer_id = $1`,
        [id],
      )
    ).rows.map((r) => r.key),
  );

const setValues = (id: string, values: Record<string, unknown>) =>
  db.owner.query(`UPDATE customers SET custom_fields = $2::jsonb WHERE id = $1`, [
    id,
    JSON.stringify(values),
  ]);

describe('the keys, at the database', () => {
  it('spells one key per scalar value and per multi-select element; numbers as their numeric value', async () => {
    const { rows } = await db.owner.query<{ entries: string[] }>(
      `SELECT custom_value_entries($1::jsonb) AS entries`,
      [
        `{"a": "복지", "b": 1.50, "c": ["p", "q", "p"], "d": true, "e": {"sido": "경기도"}, "f": null,
          "g": "${'가'.repeat(201)}", "h": 1e-7, "i": 15e-1, "j": ["${'나'.repeat(200)}"], "k": 12}`,
      ],
    );
    expect(sorted(rows[0].entries)).toEqual(
      sorted([
        'a=복지',
        'b=1.5',
        'c=p',
        'c=q',
        'd=true',
        'h=0.0000001',
        'i=1.5',
        `j=${'나'.repeat(200)}`,
        'k=12',
      ]),
    );
    const { rows: one } = await db.owner.query<{ entry: string | null; none: string | null }>(
      `SELECT custom_value_entry('b', '1.5'::jsonb) AS entry, custom_value_entry('e', '{"x": 1}'::jsonb) AS none`,
    );
    expect(one[0]).toEqual({ entry: 'b=1.5', none: null });
    expect((await db.owner.query(`SELECT custom_value_entries('[]'::jsonb) AS e`)).rows[0].e).toEqual([]);
  });

  it('keeps the keys equal to the values and the name through insert, change, rename, anonymization and delete', async () => {
    const [id] = await insertCustomers(db.owner, A, [{ name: '경기키' }]);
    expect(await keysOf(id)).toEqual([]);

    await setValues(id, { grade: 'A', tags: ['x', 'y'], note: '메모' });
    expect(await keysOf(id)).toEqual([
      'grade=A 경기키',
      'note=메모 경기키',
      'tags=x 경기키',
      'tags=y 경기키',
    ]);

    await setValues(id, { grade: 'B', tags: ['y'] });
    expect(await keysOf(id)).toEqual(['grade=B 경기키', 'tags=y 경기키']);

    await db.owner.query(`UPDATE customers SET name = '경기열쇠' WHERE id = $1`, [id]);
    expect(await keysOf(id)).toEqual(['grade=B 경기열쇠', 'tags=y 경기열쇠']);

    await db.owner.query(`UPDATE customers SET last_contact_at = now() WHERE id = $1`, [id]);
    expect(await keysOf(id)).toEqual(['grade=B 경기열쇠', 'tags=y 경기열쇠']);

    // What anonymization writes (customer-privacy.sql.ts): the custom values go, and so do their keys.
    await db.owner.query(
      `UPDATE customers SET status = 'ANONYMIZED', name = '(익명)', custom_fields = '{}'::jsonb WHERE id = $1`,
      [id],
    );
    expect(await keysOf(id)).toEqual([]);

    await setValues(id, { grade: 'C' });
    await db.owner.query(`DELETE FROM customers WHERE id = $1`, [id]);
    expect(await keysOf(id)).toEqual([]);
  });

  it('keeps the keys of a multi-row insert, as an import or the seed writes', async () => {
    const { rows } = await db.owner.query<{ id: string }>(
      `INSERT INTO customers (tenant_id, customer_no, party_type, kind, name, name_initials, search_grams,
         custom_fields, created_by)
       SELECT $1, 8700000000 + n + (random() * 1000000)::int * 10, 'PERSON', 'CURRENT', '묶음' || n, 'ㅁ', '{}',
              jsonb_build_object('visits', n), 'spec'
         FROM generate_series(1, 3) AS n RETURNING id`,
      [A],
    );
    for (const [i, r] of rows.entries()) expect(await keysOf(r.id)).toEqual([`visits=${i + 1} 묶음${i + 1}`]);
    await db.owner.query(`DELETE FROM customers WHERE id = ANY($1::uuid[])`, [rows.map((r) => r.id)]);
  });

  it('plans a page of one value as a walk of its keys in name order, as the runtime role', async () => {
    const plan = await planAsTenant(
      db.app,
      'busan',
      {
        sql: customerStatement('search (one custom value, first page)'),
        parameters: ['ACTIVE', 0, 'grade', '"A"', 21],
      },
      { noSeqScan: true },
    );
    expect(plan).toMatch(/Limit\n\s+->\s+Nested Loop/);
    expect(plan).toMatch(/Index (Only )?Scan using customer_custom_keys_walk on customer_custom_keys\n/);
    expect(plan).toMatch(
      /Index Cond: \(\(tenant_id = current_setting\('app.tenant_id'::text, true\)\) AND \(entry = 'grade=A'::text\)\)/,
    );
    expect(plan).not.toMatch(/Sort|Seq Scan|Hash/);
  });

  it('plans a page of several values as one walk per value, cut at the page', async () => {
    const plan = await planAsTenant(
      db.app,
      'busan',
      {
        sql: customerStatement('search (one of several custom values, first page)'),
        parameters: ['ACTIVE', 0, 'grade', '"A"', 21, 'ACTIVE', 0, 'grade', '"B"', 21, 21],
      },
      { noSeqScan: true },
    );
    expect(
      plan.match(/Index (Only )?Scan using customer_custom_keys_walk on customer_custom_keys( \w+)?\n/g),
    ).toHaveLength(2);
    expect(plan).toMatch(/entry = 'grade=A'::text/);
    expect(plan).toMatch(/entry = 'grade=B'::text/);
    expect(plan).not.toMatch(/Seq Scan|Hash/);
  });

  it('shows and lets write no tenant another tenant’s keys', async () => {
    const [id] = await insertCustomers(db.owner, A, [{ name: '경기비밀' }]);
    await setValues(id, { grade: 'Z' });
    const seen = (tenant: string) =>
      inTenant(db.app, tenant, () =>
        db.app.query(`SELECT entry FROM customer_custom_keys WHERE customer_id = $1`, [id]),
      );
    expect((await seen(A)).rows).toEqual([{ entry: 'grade=Z' }]);
    expect((await seen(B)).rowCount).toBe(0);
    await expect(
      inTenant(db.app, B, () =>
        db.app.query(
          `INSERT INTO customer_custom_keys (tenant_id, entry, name, customer_id) VALUES ($1, 'grade=Z', 'x', $2)`,
          [A, id],
        ),
      ),
    ).rejects.toThrow(/row-level security/);
    // The runtime role writes keys only through the triggers: it may not change one in place.
    await expect(
      inTenant(db.app, A, () =>
        db.app.query(`UPDATE customer_custom_keys SET entry = 'grade=Y' WHERE customer_id = $1`, [id]),
      ),
    ).rejects.toThrow(/permission denied/);
    await db.owner.query(`DELETE FROM customers WHERE id = $1`, [id]);
  });

  it('fills the keys of customers already stored when the migration runs, and its down removes everything', async () => {
    const [id] = await insertCustomers(db.owner, A, [{ name: '경기이전' }]);
    await setValues(id, { grade: 'A' });
    const { before, after } = await downAndUp(
      db.owner,
      new CustomerCustomKeys1764633600800(),
      `SELECT tenant_id || ' ' || entry || ' ' || name || ' ' || customer_id AS key FROM customer_custom_keys ORDER BY 1`,
      async () => {
        const { rows } = await db.owner.query(`SELECT to_regclass('customer_custom_keys') AS t,
          to_regproc('custom_value_entries') AS f, to_regclass('customers_custom_fields_idx') AS gin`);
        expect(rows[0]).toEqual({ t: null, f: null, gin: 'customers_custom_fields_idx' });
      },
    );
    expect(before.length).toBeGreaterThan(0);
    expect(after).toEqual(before);
    await db.owner.query(`DELETE FROM customers WHERE id = $1`, [id]);
  });
});

describe('filtering customers through the API', () => {
  const t = {} as Record<'admin' | 'agent' | 'adminB', string>;
  const ids: Record<string, string> = {};
  const LONG = '긴'.repeat(300);

  const DEFINE = `mutation($i: DefineCustomFieldInput!) { defineCustomField(input: $i) { key } }`;
  const CREATE = `mutation($i: CreateCustomerInput!) { createCustomer(input: $i) { id version } }`;
  const UPDATE = `mutation($i: UpdateCustomerInput!) { updateCustomer(input: $i) { id } }`;
  const LIST = `query($first: Int!, $after: String, $filter: CustomerFilter) {
    customers(first: $first, after: $after, filter: $filter) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`;

  /** Every page of the customers `filter` selects, `first` at a time, as names of `ids`; and the count. */
  async function found(filter: Record<string, unknown>, first = 2, token = t.agent) {
    const names: string[] = [];
    const byId = new Map(Object.entries(ids).map(([name, id]) => [id, name]));
    let after: string | null = null;
    let total: number;
    for (let page = 0; page < 10; page += 1) {
      const res: GqlResult = await gql(token, LIST, { first, after, filter });
      expect(res.errors).toBeUndefined();
      total = res.data!.customers.totalCount;
      names.push(
        ...res.data!.customers.edges.map((e: { node: { id: string } }) => byId.get(e.node.id) ?? 'another'),
      );
      if (!res.data!.customers.pageInfo.hasNextPage) return { names, total };
      after = res.data!.customers.pageInfo.endCursor;
    }
    throw new Error('more pages than customers');
  }

  beforeAll(async () => {
    [t.admin, t.agent, t.adminB] = await Promise.all([
      userToken(A, 'admin'),
      userToken(A, 'agent'),
      userToken(B, 'admin'),
    ]);
    const options = (...values: string[]) =>
      values.map((value) => ({ value, labelKo: value, labelEn: value }));
    for (const input of [
      { key: k('grade'), type: 'SELECT', options: options('A', 'B', 'C') },
      { key: k('likes'), type: 'MULTI_SELECT', options: options('walk', 'read', 'cook') },
      { key: k('rate'), type: 'DECIMAL' },
      { key: k('member'), type: 'BOOLEAN' },
      { key: k('memo'), type: 'LONG_TEXT' },
    ])
      expect(
        (
          await gql(t.admin, DEFINE, {
            i: { entity: CUSTOMERS, labelKo: '항목', labelEn: 'Field', ...input },
          })
        ).errors,
      ).toBeUndefined();
    // Names in the list's order: 가 < 나 < 다 < 라 < 마 < 바.
    for (const [name, values] of [
      ['가', { [k('grade')]: 'A', [k('likes')]: ['walk', 'read'], [k('rate')]: 1.5, [k('member')]: true }],
      ['나', { [k('grade')]: 'B', [k('likes')]: ['read'], [k('rate')]: 0.0000001, [k('member')]: false }],
      ['다', { [k('grade')]: 'A', [k('likes')]: ['cook'], [k('memo')]: LONG }],
      ['라', { [k('grade')]: 'C', [k('rate')]: 1.5 }],
      ['마', { [k('grade')]: 'B', [k('likes')]: ['walk'] }],
      ['바', {}],
    ] as const) {
      const res = await gql(t.admin, CREATE, {
        i: { name: `${name}경기${run}`, tags: [TAG], customFields: values },
      });
      expect(res.errors).toBeUndefined();
      ids[name] = res.data!.createCustomer.id;
    }
  });

  it('finds one value, alone or with the list’s other filters, in name order with the count', async () => {
    const grade = (value: unknown) => ({ customFields: [{ key: k('grade'), op: 'EQ', value }] });
    expect(await found(grade('A'))).toEqual({ names: ['가', '다'], total: 2 });
    expect(await found({ ...grade('B'), tags: [TAG] }, 1)).toEqual({ names: ['나', '마'], total: 2 });
    expect(await found(grade('C'))).toEqual({ names: ['라'], total: 1 });
    expect(await found({ ...grade('A'), query: `다경기${run}` })).toEqual({ names: ['다'], total: 1 });
  });

  it('pages one of several values, a customer holding two of them once', async () => {
    expect(await found({ customFields: [{ key: k('grade'), op: 'IN', value: ['C', 'A'] }] })).toEqual({
      names: ['가', '다', '라'],
      total: 3,
    });
    expect(
      await found({ customFields: [{ key: k('likes'), op: 'IN', value: ['walk', 'read'] }] }, 1),
    ).toEqual({
      names: ['가', '나', '마'],
      total: 3,
    });
    expect(await found({ customFields: [{ key: k('likes'), op: 'CONTAINS', value: 'read' }] })).toEqual({
      names: ['가', '나'],
      total: 2,
    });
  });

  it('compares numbers and booleans by value, and a long text without a key by containment', async () => {
    const eq = (key: string, value: unknown) => ({ customFields: [{ key: k(key), op: 'EQ', value }] });
    expect(await found(eq('rate', 1.5))).toEqual({ names: ['가', '라'], total: 2 });
    expect(await found(eq('rate', 1e-7))).toEqual({ names: ['나'], total: 1 });
    expect(await found(eq('member', false))).toEqual({ names: ['나'], total: 1 });
    expect(await found(eq('memo', LONG))).toEqual({ names: ['다'], total: 1 });
    expect(
      await found({
        customFields: [
          { key: k('grade'), op: 'EQ', value: 'A' },
          { key: k('likes'), op: 'CONTAINS', value: 'walk' },
        ],
      }),
    ).toEqual({ names: ['가'], total: 1 });
  });

  it('follows a changed value at once', async () => {
    const [before] = (await db.owner.query(`SELECT version FROM customers WHERE id = $1`, [ids['라']])).rows;
    const res = await gql(t.admin, UPDATE, {
      i: { id: ids['라'], version: before.version, customFields: { [k('grade')]: 'A' } },
    });
    expect(res.errors).toBeUndefined();
    expect((await found({ customFields: [{ key: k('grade'), op: 'EQ', value: 'C' }] })).names).toEqual([]);
    expect((await found({ customFields: [{ key: k('grade'), op: 'EQ', value: 'A' }] })).names).toEqual([
      '가',
      '다',
      '라',
    ]);
  });

  it('gives another tenant neither the field nor the customers', async () => {
    const res = await gql(t.adminB, LIST, {
      first: 5,
      filter: { customFields: [{ key: k('grade'), op: 'EQ', value: 'A' }] },
    });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.data?.customers ?? null).toBeNull();
  });
});
