import { Client } from 'pg';
import { gql, userToken } from './support/api';
import { insertCustomers, uniqueWord } from './support/owner-customers';

/** Customers end to end: search by shape, masking per role, the access log of an open, writes and isolation. */
let owner: Client;
const tokens = {} as Record<'busanAgent' | 'busanManager' | 'busanAnalyst' | 'seoulManager', string>;
const tag = uniqueWord('cust');
let seoulId: string;

const CUSTOMER = `id customerNo name birthDate version ageBand kind tags
  phones { number isPrimary } emails { address } address { sigungu roadAddress addressDetail postalCode }`;
const CREATE = `mutation($i: CreateCustomerInput!) { createCustomer(input: $i) { ${CUSTOMER} } }`;
const UPDATE = `mutation($i: UpdateCustomerInput!) { updateCustomer(input: $i) { ${CUSTOMER} } }`;
const OPEN = `query($id: ID!) { customer(id: $id) { ${CUSTOMER} } }`;
const SEARCH = `query($f: CustomerFilter, $first: Int, $after: String) {
  customers(first: $first, after: $after, filter: $f) {
    totalCount edges { node { id name primaryPhone primaryEmail area ageBand tags } }
    pageInfo { hasNextPage endCursor } } }`;

const hong = {
  name: '홍길동',
  birthDate: '1985-03-02',
  phones: [{ number: '010-7777-4211' }],
  emails: [{ address: 'gildong@example.com' }],
  address: {
    sido: '부산광역시',
    sigungu: '연제구',
    eupmyeondong: '연산동',
    roadAddress: '부산광역시 연제구 중앙대로 1001',
    addressDetail: '101동 1001호',
    postalCode: '47545',
  },
};

const ids = async (token: string, f: object, first = 200) =>
  ((await gql(token, SEARCH, { f: { tags: [tag], ...f }, first })).data?.customers.edges ?? []).map(
    (e: { node: { id: string } }) => e.node.id,
  );

let hongId: string;

beforeAll(async () => {
  owner = new Client({ connectionString: process.env.PCRM_OWNER_DATABASE_URL });
  await owner.connect();
  [tokens.busanAgent, tokens.busanManager, tokens.busanAnalyst, tokens.seoulManager] = await Promise.all([
    userToken('busan', 'agent'),
    userToken('busan', 'manager'),
    userToken('ministry', 'analyst'),
    userToken('seoul', 'manager'),
  ]);
  [seoulId] = await insertCustomers(owner, 'seoul', [{ name: '홍길동', tags: [tag], mobile: '01077774211' }]);
  const created = await gql(tokens.busanManager, CREATE, { i: { ...hong, tags: [tag] } });
  expect(created.errors).toBeUndefined();
  hongId = created.data!.createCustomer.id;
});

afterAll(async () => {
  await owner.end();
});

it('creates a customer with a number and shows it unmasked to a manager', async () => {
  const res = await gql(tokens.busanManager, OPEN, { id: hongId });
  expect(res.data?.customer).toMatchObject({
    name: '홍길동',
    birthDate: '1985-03-02',
    version: 1,
    kind: 'CURRENT',
    phones: [{ number: '010-7777-4211', isPrimary: true }],
    emails: [{ address: 'gildong@example.com' }],
    address: { sigungu: '연제구', addressDetail: '101동 1001호', postalCode: '47545' },
  });
  expect(Number(res.data?.customer.customerNo)).toBeGreaterThan(0);
});

it('shows an agent the customer masked', async () => {
  const res = await gql(tokens.busanAgent, OPEN, { id: hongId });
  expect(res.data?.customer).toMatchObject({
    name: '홍*동',
    birthDate: '1985-**-**',
    phones: [{ number: '010-****-4211' }],
    emails: [{ address: 'g***@example.com' }],
    address: { sigungu: '연제구', addressDetail: '***', postalCode: '475**' },
  });
});

it('writes one access-log entry per open, naming the fields shown and whether masked; lists write none', async () => {
  const since = (await owner.query(`SELECT coalesce(max(id), 0) AS id FROM access_log`)).rows[0].id;
  await gql(tokens.busanAgent, OPEN, { id: hongId });
  await gql(tokens.busanAgent, SEARCH, { f: { tags: [tag] } });
  const { rows } = await owner.query(
    `SELECT tenant_id, actor, entity, record_id, fields, masked, operation FROM access_log
      WHERE id > $1 AND record_id = $2`,
    [since, hongId],
  );
  expect(rows).toHaveLength(1);
  expect(rows[0]).toMatchObject({
    tenant_id: 'busan',
    actor: 'agent',
    entity: 'Customer',
    masked: true,
    operation: 'customer',
  });
  expect([...rows[0].fields].sort()).toEqual(['address', 'birthDate', 'emails', 'name', 'phones']);
  const listed = await owner.query(
    `SELECT count(*)::int AS n FROM access_log WHERE id > $1 AND actor = 'agent'`,
    [since],
  );
  expect(listed.rows[0].n).toBe(1);
});

it.each([
  ['초성', 'ㅎㄱㄷ'],
  ['a name part', '길동'],
  ['a phone with hyphens', '010-7777-4211'],
  ['a phone as digits', '01077774211'],
  ['an international phone', '+82 10 7777 4211'],
  ['the last four digits', '4211'],
  ['an e-mail', 'GILDONG@example.com'],
])('finds the customer by %s, masked in the list for every role', async (_, query) => {
  for (const token of [tokens.busanAgent, tokens.busanManager]) {
    const res = await gql(token, SEARCH, { f: { query, tags: [tag] } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.customers.totalCount).toBe(1);
    expect(res.data!.customers.edges[0].node).toMatchObject({
      id: hongId,
      name: '홍*동',
      primaryPhone: '010-****-4211',
      primaryEmail: 'g***@example.com',
      area: '연제구 연산동',
      ageBand: 'FORTIES',
    });
  }
});

it('updates with the version read, and refuses a stale version without changing anything', async () => {
  const ok = await gql(tokens.busanManager, UPDATE, {
    i: {
      id: hongId,
      version: 1,
      phones: [{ number: '051 555 4211' }, { number: '010-8888-9999', isPrimary: true }],
    },
  });
  expect(ok.errors).toBeUndefined();
  expect(ok.data!.updateCustomer).toMatchObject({
    version: 2,
    name: '홍길동',
    phones: [
      { number: '010-8888-9999', isPrimary: true },
      { number: '051-555-4211', isPrimary: false },
    ],
  });
  const stale = await gql(tokens.busanManager, UPDATE, { i: { id: hongId, version: 1, name: '덮어쓰기' } });
  expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'version' });
  expect((await gql(tokens.busanManager, OPEN, { id: hongId })).data!.customer.name).toBe('홍길동');
});

it.each([
  [{ name: '\u3164' }, 'name'],
  [{ name: '홍\u0000길동' }, 'name'],
  [{ name: '홍', phones: [{ number: '123' }] }, 'phones[0].number'],
  [{ name: '홍', emails: [{ address: 'a@b' }] }, 'emails[0].address'],
  [{ name: '홍', birthDate: '2001-13-01' }, 'birthDate'],
  [{ name: '홍', address: { postalCode: '4754' } }, 'address.postalCode'],
])('refuses %j on %s with a Korean message and creates nothing', async (input, field) => {
  const count = async () =>
    (await owner.query(`SELECT count(*)::int AS n FROM customers WHERE tenant_id = 'busan'`)).rows[0].n;
  const before = await count();
  const res = await gql(tokens.busanManager, CREATE, { i: { ...input, tags: [tag] } });
  expect(res.data?.createCustomer ?? null).toBeNull();
  expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  expect(res.errors?.[0].message).toMatch(/[가-힣]/);
  expect(res.errors?.[0].extensions.messageEn).toBeTruthy();
  expect(await count()).toBe(before);
});

it('refuses first over 200', async () => {
  const res = await gql(tokens.busanAgent, SEARCH, { f: {}, first: 201 });
  expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
});

it('refuses callers without customer:read', async () => {
  const res = await gql(tokens.busanAnalyst, SEARCH, { f: {} });
  expect(res.errors?.[0].extensions.code).toBe('FORBIDDEN');
});

describe('tenant isolation', () => {
  it('a busan token finds no seoul customer, opens none and changes none', async () => {
    expect(await ids(tokens.busanManager, { query: 'ㅎㄱㄷ' })).toEqual([hongId]);
    expect(await ids(tokens.busanManager, { query: '01077774211' })).not.toContain(seoulId);
    expect(await ids(tokens.seoulManager, { query: 'ㅎㄱㄷ' })).toEqual([seoulId]);
    const open = await gql(tokens.busanManager, OPEN, { id: seoulId });
    expect(open.data?.customer ?? null).toBeNull();
    expect(open.errors?.[0].extensions.code).toBe('NOT_FOUND');
    const update = await gql(tokens.busanManager, UPDATE, { i: { id: seoulId, version: 1, name: '침입' } });
    expect(update.errors?.[0].extensions.code).toBe('NOT_FOUND');
    const { rows } = await owner.query(`SELECT name, version FROM customers WHERE id = $1`, [seoulId]);
    expect(rows[0]).toEqual({ name: '홍길동', version: 1 });
  });

  it('the database shows the runtime role only the scoped tenant’s customers and phones', async () => {
    const app = new Client({ connectionString: process.env.PCRM_APP_DATABASE_URL });
    await app.connect();
    try {
      await app.query('BEGIN');
      await app.query(`SELECT set_config('app.tenant_id', 'busan', true)`);
      const customers = await app.query(`SELECT id FROM customers WHERE id = ANY($1::uuid[])`, [
        [hongId, seoulId],
      ]);
      expect(customers.rows.map((r) => r.id)).toEqual([hongId]);
      const phones = await app.query(`SELECT customer_id FROM customer_phones WHERE digits = '01077774211'`);
      expect(phones.rows.map((r) => r.customer_id)).not.toContain(seoulId);
      const changed = await app.query(`UPDATE customers SET name = '침입' WHERE id = $1`, [seoulId]);
      expect(changed.rowCount).toBe(0);
      await app.query('ROLLBACK');
    } finally {
      await app.end();
    }
  });
});
