import { randomBytes } from 'node:crypto';
import { gql, userToken, type GqlResult } from './support/api';
import { expectRefused } from './support/customer-360';

/**
 * Sorting customers by a custom field (issue 9 #2, ADR 0022): keyset pages in the field's order with the
 * customers without a value last, what may be sorted by, and another tenant's keys. Tenants gyeongbuk (A)
 * and chungbuk (B) get only non-required fields of this run, so no other spec's customer writes change.
 */
const A = 'gyeongbuk';
const B = 'chungbuk';
const CUSTOMERS = 'crm-core.customers';
const run = randomBytes(3).toString('hex');
const k = (name: string) => `${name}_${run}`;
const TAG = `sort-${run}`;

const t = {} as Record<'admin' | 'agent' | 'manager' | 'adminB', string>;

const DEFINE = `mutation($i: DefineCustomFieldInput!) { defineCustomField(input: $i) { key } }`;
const ARCHIVE = `mutation($e: String!, $k: String!) { archiveCustomField(entity: $e, key: $k) { key } }`;
const CREATE = `mutation($i: CreateCustomerInput!) { createCustomer(input: $i) { id } }`;
const LIST = `query($first: Int!, $after: String, $filter: CustomerFilter, $sort: CustomerSort) {
  customers(first: $first, after: $after, filter: $filter, sort: $sort) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { name sortValue } } } }`;

const define = (token: string, input: Record<string, unknown>) =>
  gql(token, DEFINE, { i: { entity: CUSTOMERS, labelKo: '항목', labelEn: 'Field', ...input } });
const create = (token: string, name: string, customFields: Record<string, unknown>) =>
  gql(token, CREATE, { i: { name, tags: [TAG], customFields } });

interface Page {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: { name: string; sortValue: unknown } }[];
}

/** Every page of this run's customers in `sort`'s order, `first` at a time. */
async function walk(token: string, sort: Record<string, unknown>, first = 2) {
  const seen: { name: string; sortValue: unknown }[] = [];
  let after: string | null = null;
  for (let page = 0; page < 10; page += 1) {
    const res: GqlResult = await gql(token, LIST, { first, after, filter: { tags: [TAG] }, sort });
    expect(res.errors).toBeUndefined();
    const c: Page = res.data!.customers;
    seen.push(...c.edges.map((e) => e.node));
    if (!c.pageInfo.hasNextPage) return seen;
    after = c.pageInfo.endCursor;
  }
  throw new Error('more pages than customers');
}

beforeAll(async () => {
  [t.admin, t.agent, t.manager, t.adminB] = await Promise.all([
    userToken(A, 'admin'),
    userToken(A, 'agent'),
    userToken(A, 'manager'),
    userToken(B, 'admin'),
  ]);
  for (const input of [
    { key: k('score'), type: 'DECIMAL' },
    { key: k('visit'), type: 'DATE' },
    { key: k('member'), type: 'BOOLEAN' },
    { key: k('note'), type: 'LONG_TEXT' },
    { key: k('private'), type: 'TEXT', readRoles: ['manager', 'tenant-admin'] },
    { key: k('mobile'), type: 'PHONE', personalData: true },
    { key: k('old'), type: 'INTEGER' },
  ])
    expect((await define(t.admin, input)).errors).toBeUndefined();
  expect((await gql(t.admin, ARCHIVE, { e: CUSTOMERS, k: k('old') })).errors).toBeUndefined();
  expect((await define(t.adminB, { key: k('only_b'), type: 'INTEGER' })).errors).toBeUndefined();

  for (const [name, values] of [
    ['가나', { [k('score')]: 10, [k('visit')]: '2026-03-01', [k('mobile')]: '010-1234-5678' }],
    ['다라', { [k('score')]: 2.5, [k('visit')]: '2025-12-31', [k('member')]: true }],
    ['마바', {}],
    ['사아', { [k('score')]: 10, [k('member')]: false }],
    ['자차', { [k('score')]: -1, [k('visit')]: '2026-01-15', [k('mobile')]: '010-9876-5432' }],
    ['가가', { [k('note')]: '긴 메모' }],
  ] as const)
    expect((await create(t.admin, name, values)).errors).toBeUndefined();
  expect((await create(t.adminB, '타시도', { [k('only_b')]: 1 })).errors).toBeUndefined();
});

describe('sorting customers by a custom field', () => {
  it('pages a number ascending and descending, ties by name, customers without a value last', async () => {
    const up = await walk(t.agent, { customField: k('score') });
    expect(up).toEqual([
      { name: '자*', sortValue: -1 },
      { name: '다*', sortValue: 2.5 },
      { name: '가*', sortValue: 10 },
      { name: '사*', sortValue: 10 },
      { name: '가*', sortValue: null },
      { name: '마*', sortValue: null },
    ]);
    const down = await walk(t.agent, { customField: k('score'), descending: true }, 4);
    expect(down.map((n) => n.sortValue)).toEqual([10, 10, 2.5, -1, null, null]);
    expect(down.slice(0, 2).map((n) => n.name)).toEqual(['가*', '사*']);
  });

  it('sorts dates and booleans by their value, and counts as the filter does', async () => {
    const dates = await walk(t.agent, { customField: k('visit') }, 1);
    expect(dates.map((n) => n.sortValue)).toEqual([
      '2025-12-31',
      '2026-01-15',
      '2026-03-01',
      null,
      null,
      null,
    ]);
    const flags = await walk(t.agent, { customField: k('member'), descending: true }, 3);
    expect(flags.map((n) => n.sortValue)).toEqual([true, false, null, null, null, null]);
    const res = await gql(t.agent, LIST, {
      first: 1,
      filter: { tags: [TAG] },
      sort: { customField: k('member') },
    });
    expect(res.data!.customers.totalCount).toBe(6);
  });

  it('shows a personal-data sort value masked, as lists mask every personal value', async () => {
    const res = await gql(t.manager, LIST, {
      first: 2,
      filter: { tags: [TAG] },
      sort: { customField: k('mobile') },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.customers.edges.map((e: { node: { sortValue: string } }) => e.node.sortValue)).toEqual([
      '010-****-5678',
      '010-****-5432',
    ]);
  });

  it('refuses what may not be sorted by, naming the field, and a cursor of another order', async () => {
    const sortBy = (token: string, customField: string) =>
      gql(token, LIST, { first: 5, filter: { tags: [TAG] }, sort: { customField } });
    expectRefused(await sortBy(t.agent, 'no_such_field'), 'BAD_USER_INPUT', 'sort.customField');
    expectRefused(await sortBy(t.agent, k('old')), 'BAD_USER_INPUT', 'sort.customField');
    expectRefused(await sortBy(t.agent, k('private')), 'BAD_USER_INPUT', 'sort.customField');
    expectRefused(await sortBy(t.agent, k('mobile')), 'BAD_USER_INPUT', 'sort.customField');
    expectRefused(await sortBy(t.agent, k('note')), 'BAD_USER_INPUT', 'sort.customField');
    expect((await sortBy(t.manager, k('private'))).errors).toBeUndefined();

    const first = await gql(t.agent, LIST, {
      first: 1,
      filter: { tags: [TAG] },
      sort: { customField: k('score') },
    });
    const cursor = first.data!.customers.pageInfo.endCursor;
    expectRefused(
      await gql(t.agent, LIST, {
        first: 1,
        after: cursor,
        filter: { tags: [TAG] },
        sort: { customField: k('visit') },
      }),
      'BAD_USER_INPUT',
      'after',
    );
    expectRefused(
      await gql(t.agent, LIST, { first: 1, after: cursor, filter: { tags: [TAG] } }),
      'BAD_USER_INPUT',
      'after',
    );
  });

  it('never sorts by another tenant’s field nor lists its customers', async () => {
    expectRefused(
      await gql(t.admin, LIST, { first: 5, filter: { tags: [TAG] }, sort: { customField: k('only_b') } }),
      'BAD_USER_INPUT',
      'sort.customField',
    );
    const own = await walk(t.adminB, { customField: k('only_b') });
    expect(own).toEqual([{ name: '타*도', sortValue: 1 }]);
    expectRefused(
      await gql(t.adminB, LIST, { first: 5, filter: { tags: [TAG] }, sort: { customField: k('score') } }),
      'BAD_USER_INPUT',
      'sort.customField',
    );
  });
});
