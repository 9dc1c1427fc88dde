import { Role } from '@pcrm/tenancy';
import { serviceTestbed, type ServiceTestbed } from '../../test/service-testbed';
import { CustomersService, type CustomerFields } from '.';
import { CustomerFilter } from './customer.inputs';
import { UpdateCustomerInput } from './customer.inputs';

let bed: ServiceTestbed;
let service: CustomersService;
const ids: Record<string, string> = {};

const person = (name: string, extra: Partial<CustomerFields> = {}): CustomerFields => ({
  partyType: 'PERSON',
  kind: 'CURRENT',
  name,
  ...extra,
});

beforeAll(async () => {
  bed = await serviceTestbed('customers service');
  service = bed.get(CustomersService);
  await bed.scope(async () => {
    ids.hong = await service.create(
      person('홍길동', {
        birthDate: '1985-03-02',
        sex: 'MALE',
        phones: [{ number: '051-123-4567' }, { number: '+82 10-1234-4211', isPrimary: true }],
        emails: [{ address: 'Hong.GilDong@Example.com' }],
        address: {
          sido: '부산광역시',
          sigungu: '연제구',
          eupmyeondong: '연산동',
          roadAddress: '부산광역시 연제구 중앙대로 1001',
          buildingNo: '1001',
          addressDetail: '101동 1001호',
          postalCode: '47545',
        },
        tags: ['어르신', '어르신', ' 돌봄 '],
      }),
    );
    ids.hongWife = await service.create(
      person('김영희', {
        birthDate: '1999-12-31',
        phones: [{ number: '01098761234' }],
        address: {
          sigungu: '연제구',
          roadAddress: '부산광역시 연제구 중앙대로  1001',
          buildingNo: '1001',
          addressDetail: '101동 1001호',
          postalCode: '47545',
        },
      }),
    );
    ids.hongGilsu = await service.create(person('홍길수', { kind: 'POLICY' }));
    ids.company = await service.create({
      partyType: 'ORGANIZATION',
      kind: 'ACQUIRED',
      name: '(주)부산상사',
      businessNo: '123-45-67890',
      representativeName: '박대표',
      emails: [{ address: 'office@busan-trade.kr' }],
    });
  });
});
afterAll(() => bed?.close());

const search = (filter: Partial<CustomerFilter>, roles: readonly string[] = [Role.Agent], first = 50) =>
  bed.scope(() => service.search(first, null, Object.assign(new CustomerFilter(), filter)), roles);
const found = async (filter: Partial<CustomerFilter>) =>
  (await search(filter)).edges.map((e) => e.node.id).sort();

it('numbers customers from the tenant counter and allocates ranges that never overlap', async () => {
  const rows = await bed.owner<{ customer_no: string }>(
    `SELECT customer_no FROM customers WHERE tenant_id = $1 ORDER BY customer_no`,
    [bed.tenant.code],
  );
  expect(rows.map((r) => r.customer_no)).toEqual(['1', '2', '3', '4']);
  const [a, b] = await bed.scope(() =>
    Promise.all([service.allocateCustomerNumbers(3), service.allocateCustomerNumbers(2)]),
  );
  expect([...a, ...b].sort()).toEqual(['5', '6', '7', '8', '9']);
  expect(a).toHaveLength(3);
  expect(Number(a[1]) - Number(a[0])).toBe(1);
});

it('stores the search keys, the household and normalized phones computed from the input', async () => {
  const [row] = await bed.owner<Record<string, unknown>>(
    `SELECT name_initials, search_grams, household_key, tags FROM customers WHERE id = $1`,
    [ids.hong],
  );
  expect(row.name_initials).toBe('ㅎㄱㄷ');
  expect(row.search_grams).toEqual(expect.arrayContaining(['홍길', '길동', 'ㅎㄱ', 'ㄱㄷ']));
  expect(row.tags).toEqual(['어르신', '돌봄']);
  const [wife] = await bed.owner<{ household_key: string }>(
    `SELECT household_key FROM customers WHERE id = $1`,
    [ids.hongWife],
  );
  expect(wife.household_key).toBe(row.household_key);
  const phones = await bed.owner<{ digits: string; kind: string; is_primary: boolean }>(
    `SELECT digits, kind, is_primary FROM customer_phones WHERE customer_id = $1 ORDER BY digits`,
    [ids.hong],
  );
  expect(phones).toEqual([
    { digits: '01012344211', kind: 'MOBILE', is_primary: true },
    { digits: '0511234567', kind: 'HOME', is_primary: false },
  ]);
});

it.each([
  ['초성', 'ㅎㄱㄷ', ['hong']],
  ['초성 of two', 'ㅎㄱ', ['hong', 'hongGilsu']],
  ['a name part', '길동', ['hong']],
  ['one syllable', '홍', ['hong', 'hongGilsu']],
  ['a mobile with hyphens', '010-1234-4211', ['hong']],
  ['a mobile as digits', '01012344211', ['hong']],
  ['an international mobile', '+82 10 1234 4211', ['hong']],
  ['an international mobile with dots', '82.10.1234.4211', ['hong']],
  ['a landline', '(051) 123-4567', ['hong']],
  ['the last four digits', '4211', ['hong']],
  ['an e-mail in other case', 'HONG.gildong@example.COM', ['hong']],
  ['a customer number', '3', ['hongGilsu']],
  ['an organization name', '부산상사', ['company']],
])('finds by %s (%s)', async (_, query, expected) => {
  expect(await found({ query })).toEqual(expected.map((k) => ids[k]).sort());
});

it('filters by kind, party type, area, tags, age band and status', async () => {
  expect(await found({ kinds: ['POLICY'] as never })).toEqual([ids.hongGilsu]);
  expect(await found({ partyType: 'ORGANIZATION' as never })).toEqual([ids.company]);
  expect(await found({ sigungu: '연제구', eupmyeondong: '연산동' })).toEqual([ids.hong]);
  expect(await found({ tags: ['어르신', '돌봄'] })).toEqual([ids.hong]);
  expect(await found({ tags: ['어르신', '없는태그'] })).toEqual([]);
  expect(await found({ ageBand: 'TWENTIES' as never })).toEqual([ids.hongWife]);
  expect(await found({ ageBand: 'UNKNOWN' as never, partyType: 'PERSON' as never })).toEqual([ids.hongGilsu]);
  expect(await found({ status: 'ANONYMIZED' as never })).toEqual([]);
});

it('lists masked values for every role, with the primary phone and e-mail', async () => {
  for (const role of [Role.Agent, Role.Manager, Role.TenantAdmin]) {
    const [node] = (await search({ query: 'ㅎㄱㄷ' }, [role])).edges.map((e) => e.node);
    expect(node).toMatchObject({
      name: '홍*동',
      primaryPhone: '010-****-4211',
      primaryEmail: 'H***@Example.com',
      area: '연제구 연산동',
      tags: ['어르신', '돌봄'],
    });
  }
});

it('pages by (name, id) without gaps or repeats and counts on request', async () => {
  const first = await search({}, [Role.Agent], 2);
  expect(first.pageInfo.hasNextPage).toBe(true);
  const rest = await bed.scope(() => service.search(2, first.pageInfo.endCursor, null), [Role.Agent]);
  const more = await bed.scope(() => service.search(2, rest.pageInfo.endCursor, null), [Role.Agent]);
  const names = [...first.edges, ...rest.edges, ...more.edges].map((e) => e.node.name);
  expect(names).toEqual(['(*****사', '김*희', '홍*동', '홍*수']);
  expect(await bed.scope(() => first.count())).toBe(4);
});

it('opens a customer masked for an agent and unmasked for a manager', async () => {
  const agent = await bed.scope(() => service.open(ids.hong), [Role.Agent]);
  expect(agent).toMatchObject({
    name: '홍*동',
    birthDate: '1985-**-**',
    phones: [{ number: '010-****-4211', isPrimary: true }, { number: '051-***-4567' }],
    emails: [{ address: 'H***@Example.com' }],
    address: { sigungu: '연제구', eupmyeondong: '연산동', addressDetail: '***', postalCode: '475**' },
    ageBand: 'FORTIES',
  });
  const manager = await bed.scope(() => service.open(ids.hong), [Role.Manager]);
  expect(manager).toMatchObject({
    name: '홍길동',
    birthDate: '1985-03-02',
    phones: [{ number: '010-1234-4211' }, { number: '051-123-4567' }],
    emails: [{ address: 'Hong.GilDong@Example.com' }],
    address: { addressDetail: '101동 1001호', postalCode: '47545' },
  });
});

describe('update', () => {
  const update = (values: Partial<UpdateCustomerInput>) =>
    bed.scope(() => service.update(Object.assign(new UpdateCustomerInput(), values)), [Role.Manager]);

  it('changes what is sent, replaces lists, recomputes keys and refuses a stale version', async () => {
    const before = await bed.scope(() => service.open(ids.hongGilsu), [Role.Manager]);
    const after = await update({
      id: ids.hongGilsu,
      version: before.version,
      name: '홍길순',
      phones: [{ number: '010 5555 6666' }],
    });
    expect(after).toMatchObject({ name: '홍길순', kind: 'POLICY', version: before.version + 1 });
    expect(after.phones.map((p) => p.number)).toEqual(['010-5555-6666']);
    expect(await found({ query: 'ㅎㄱㅅ' })).toEqual([ids.hongGilsu]);
    expect(await found({ query: '6666' })).toEqual([ids.hongGilsu]);
    await expect(
      update({ id: ids.hongGilsu, version: before.version, name: '다른이름' }),
    ).rejects.toMatchObject({
      extensions: { code: 'CONFLICT', field: 'version' },
    });
    const audit = await bed.owner<{ action: string; after: { changed: string[] } }>(
      `SELECT action, after FROM audit_events WHERE entity = 'customer' AND entity_id = $1 ORDER BY id`,
      [ids.hongGilsu],
    );
    expect(audit.map((a) => a.action)).toEqual(['create', 'update']);
    expect(audit[1].after.changed).toEqual(expect.arrayContaining(['name', 'phones']));
    expect(JSON.stringify(audit)).not.toContain('홍길순');
  });
});

describe('bad input is refused with the field named, and nothing is written', () => {
  it.each([
    [{ name: '   ' }, 'name'],
    [{ name: '\u200b\u3164' }, 'name'],
    [{ name: '홍\u202e길동' }, 'name'],
    [{ name: '가'.repeat(201) }, 'name'],
    [{ name: '홍', phones: [{ number: '010-12-34' }] }, 'phones[0].number'],
    [{ name: '홍', phones: [{ number: '02-123-4567', kind: 'MOBILE' as const }] }, 'phones[0].kind'],
    [{ name: '홍', phones: [{ number: '01012345678' }, { number: '010-1234-5678' }] }, 'phones[1].number'],
    [{ name: '홍', emails: [{ address: 'not-an-email' }] }, 'emails[0].address'],
    [{ name: '홍', birthDate: '1985-02-30' }, 'birthDate'],
    [{ name: '홍', birthDate: '3000-01-01' }, 'birthDate'],
    [{ name: '홍', birthDate: '85-03-02' }, 'birthDate'],
    [{ name: '홍', address: { postalCode: '1234' } }, 'address.postalCode'],
    [{ name: '홍', businessNo: '12-34' }, 'businessNo'],
    [{ name: '홍', tags: ['가'.repeat(51)] }, 'tags[0]'],
  ])('%j → %s', async (fields, field) => {
    const count = async () =>
      (
        await bed.owner<{ n: number }>(`SELECT count(*)::int AS n FROM customers WHERE tenant_id = $1`, [
          bed.tenant.code,
        ])
      )[0].n;
    const before = await count();
    const error = await bed.scope(() => service.create(person('x', fields))).catch((e: unknown) => e);
    expect(error).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field } });
    expect((error as Error).message).toMatch(/[가-힣]/);
    expect(await count()).toBe(before);
  });

  it.each(['010-12', '02-1', '1234567890123456789012'])(
    'refuses a search for %s that is no phone or number',
    async (query) => {
      await expect(search({ query })).rejects.toMatchObject({
        extensions: { code: 'BAD_USER_INPUT', field: 'filter.query' },
      });
    },
  );
});
