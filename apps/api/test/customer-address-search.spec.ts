import { Client } from 'pg';
import { gql, userToken } from './support/api';
import { uniqueWord } from './support/owner-customers';

/** Search by address words end to end: whole words, with a name query, changes, anonymization, bad input, isolation. */
let owner: Client;
const tokens = {} as Record<'busanManager' | 'busanAdmin' | 'seoulManager', string>;
const tag = uniqueWord('addr');

const CREATE = `mutation($i: CreateCustomerInput!) { createCustomer(input: $i) { id version } }`;
const UPDATE = `mutation($i: UpdateCustomerInput!) { updateCustomer(input: $i) { id version } }`;
const SEARCH = `query($f: CustomerFilter, $first: Int, $after: String) {
  customers(first: $first, after: $after, filter: $f) {
    totalCount edges { node { id name area } } pageInfo { hasNextPage endCursor } } }`;
const ANONYMIZE = `mutation($ids: [ID!]!, $r: String!) { anonymizeCustomers(ids: $ids, reason: $r) { anonymizedCount } }`;

const yeonsan = {
  sido: '부산광역시',
  sigungu: '연제구',
  eupmyeondong: '연산동',
  roadAddress: '부산광역시 연제구 중앙대로 1001 (연산동)',
  jibunAddress: '부산광역시 연제구 연산동 1000-3',
  buildingNo: '1001',
  addressDetail: '101동 1001호',
  postalCode: '47545',
};
const udong = {
  sido: '부산광역시',
  sigungu: '해운대구',
  eupmyeondong: '우동',
  roadAddress: '부산광역시 해운대구 센텀중앙로 79',
  buildingNo: '79',
  postalCode: '48058',
};

const ids: Record<'kim' | 'lee' | 'park', string> = { kim: '', lee: '', park: '' };

/** The ids a filter finds among this spec's customers, in list order. */
const found = async (token: string, f: object) => {
  const res = await gql(token, SEARCH, { f: { tags: [tag], ...f }, first: 50 });
  expect(res.errors).toBeUndefined();
  return res.data!.customers.edges.map((e: { node: { id: string } }) => e.node.id);
};

const create = async (name: string, address: object) => {
  const res = await gql(tokens.busanManager, CREATE, { i: { name, address, tags: [tag] } });
  expect(res.errors).toBeUndefined();
  return res.data!.createCustomer.id as string;
};

beforeAll(async () => {
  owner = new Client({ connectionString: process.env.PCRM_OWNER_DATABASE_URL });
  await owner.connect();
  [tokens.busanManager, tokens.busanAdmin, tokens.seoulManager] = await Promise.all([
    userToken('busan', 'manager'),
    userToken('busan', 'admin'),
    userToken('seoul', 'manager'),
  ]);
  ids.kim = await create('김민준', yeonsan);
  ids.lee = await create('이서연', yeonsan);
  ids.park = await create('박지훈', udong);
});

afterAll(async () => {
  await owner.end();
});

it.each([
  ['a road name and building number', '중앙대로 1001', ['kim', 'lee']],
  ['읍·면·동', '연산동', ['kim', 'lee']],
  ['시·군·구 and 읍·면·동, comma-separated', '해운대구, 우동', ['park']],
  ['a 지번', '1000-3', ['kim', 'lee']],
  ['a postal code', '48058', ['park']],
  ['words from several columns', '부산광역시 센텀중앙로 79', ['park']],
  ['a word in parentheses', '(연산동)', ['kim', 'lee']],
  ['the 시·도, a road name and building number', '부산광역시 중앙대로 1001', ['kim', 'lee']],
])('finds customers by %s (%s) in name order', async (_, address, names) => {
  expect(await found(tokens.busanManager, { address })).toEqual(names.map((n) => ids[n as keyof typeof ids]));
});

it.each([
  ['a word not in the address', '중앙대로 79'],
  ['part of a word', '중앙'],
  ['a building number alone of another road', '중앙대로 80'],
  ['the unit (address detail), which is no search word', '101동'],
])('finds nothing for %s', async (_, address) => {
  expect(await found(tokens.busanManager, { address })).toEqual([]);
});

it('treats a blank address as no filter', async () => {
  expect((await found(tokens.busanManager, { address: '  ' })).sort()).toEqual(Object.values(ids).sort());
});

it('combines the address with a name query, counts and pages', async () => {
  expect(await found(tokens.busanManager, { address: '연산동', query: '민준' })).toEqual([ids.kim]);
  expect(await found(tokens.busanManager, { address: '우동', query: '민준' })).toEqual([]);
  const page = await gql(tokens.busanManager, SEARCH, { f: { tags: [tag], address: '연산동' }, first: 1 });
  expect(page.data!.customers).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true } });
  expect(page.data!.customers.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([ids.kim]);
  const next = await gql(tokens.busanManager, SEARCH, {
    f: { tags: [tag], address: '연산동' },
    first: 1,
    after: page.data!.customers.pageInfo.endCursor,
  });
  expect(next.data!.customers.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([ids.lee]);
  expect(next.data!.customers.pageInfo.hasNextPage).toBe(false);
});

it('follows an address change and anonymization', async () => {
  const id = await create('최예린', yeonsan);
  expect(await found(tokens.busanManager, { address: '연산동', query: '예린' })).toEqual([id]);
  const moved = await gql(tokens.busanManager, UPDATE, { i: { id, version: 1, address: udong } });
  expect(moved.errors).toBeUndefined();
  expect(await found(tokens.busanManager, { address: '연산동', query: '예린' })).toEqual([]);
  expect(await found(tokens.busanManager, { address: '센텀중앙로 79', query: '예린' })).toEqual([id]);

  const res = await gql(tokens.busanAdmin, ANONYMIZE, { ids: [id], r: '보유기간 경과 (주소 검색 확인)' });
  expect(res.errors).toBeUndefined();
  // 시·도 and 시·군·구 stay for statistics, so only they still find the anonymized record.
  // (anonymization drops the tags, so search every anonymized customer of busan)
  const anonymized = (address: string) =>
    found(tokens.busanManager, { address, status: 'ANONYMIZED', tags: null });
  expect(await anonymized('센텀중앙로')).not.toContain(id);
  expect(await anonymized('해운대구')).toContain(id);
  const { rows } = await owner.query<{ word: string }>(
    `SELECT word FROM customer_address_keys WHERE tenant_id = 'busan' AND customer_id = $1 ORDER BY word`,
    [id],
  );
  expect(rows.map((r) => r.word).sort()).toEqual(['부산광역시', '해운대구']);
});

it.each([
  ['over 100 characters', '연산동 '.repeat(30)],
  ['a control character', '연산동\u0007'],
  ['an invisible format character', '연산\u200b동'],
])('refuses an address filter with %s, with a Korean message', async (_, address) => {
  const res = await gql(tokens.busanManager, SEARCH, { f: { address }, first: 10 });
  expect(res.data?.customers ?? null).toBeNull();
  expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.address' });
  expect(res.errors?.[0].message).toMatch(/주소/);
  expect(res.errors?.[0].extensions.messageEn).toMatch(/address/);
});

it('validates the whole filter of the list, as the export does (a query over 100 characters)', async () => {
  const res = await gql(tokens.busanManager, SEARCH, { f: { query: '가'.repeat(101) }, first: 10 });
  expect(res.data?.customers ?? null).toBeNull();
  expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.query' });
});

describe('tenant isolation', () => {
  it('a seoul token finds none of busan’s customers by address', async () => {
    expect(await found(tokens.seoulManager, { address: '연산동' })).toEqual([]);
    expect(await found(tokens.seoulManager, { address: '중앙대로 1001', query: '민준' })).toEqual([]);
  });

  it('the runtime role of another tenant sees none of the keys', async () => {
    const app = new Client({ connectionString: process.env.PCRM_APP_DATABASE_URL });
    await app.connect();
    try {
      await app.query('BEGIN');
      await app.query(`SELECT set_config('app.tenant_id', 'seoul', true)`);
      const keys = await app.query(
        `SELECT 1 FROM customer_address_keys WHERE customer_id = ANY($1::uuid[])`,
        [Object.values(ids)],
      );
      expect(keys.rowCount).toBe(0);
      await app.query(`SELECT set_config('app.tenant_id', 'busan', true)`);
      const own = await app.query(`SELECT 1 FROM customer_address_keys WHERE customer_id = ANY($1::uuid[])`, [
        Object.values(ids),
      ]);
      expect(own.rowCount).toBeGreaterThan(0);
      await app.query('ROLLBACK');
    } finally {
      await app.end();
    }
  });
});
