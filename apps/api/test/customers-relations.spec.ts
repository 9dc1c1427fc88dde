import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { gql, userToken } from './support/api';
import { uniqueWord } from './support/owner-customers';
import { asTenant, expectRefused, sqlState } from './support/customer-360';

/** Relations and households end to end: add/remove, both directions, masking, bad input, isolation. */
let owner: Client;
const tokens = {} as Record<'busanAgent' | 'busanManager' | 'seoulManager', string>;
const tag = uniqueWord('relations');
const ids = {} as Record<'org' | 'rep' | 'mother' | 'son' | 'merged' | 'seoul' | 'seoulOther', string>;
let seoulRelationId: string;

const RELATION = `id kind direction note createdBy createdAt related { id name customerNo status }`;
const ADD = `mutation($i: AddCustomerRelationInput!) { addCustomerRelation(input: $i) { ${RELATION} } }`;
const REMOVE = `mutation($id: ID!) { removeCustomerRelation(id: $id) }`;
const RELATIONS = `query($id: ID!) { customer(id: $id) { id relations { ${RELATION} } } }`;
const HOUSEHOLD = `query($id: ID!) { customer(id: $id) { id householdKey householdMembers { id name area } } }`;
const CREATE = `mutation($i: CreateCustomerInput!) { createCustomer(input: $i) { id } }`;

const relationRows = async () =>
  (
    await owner.query(
      `SELECT id, customer_id, related_customer_id, kind, note FROM customer_relations
        WHERE customer_id = ANY($1) OR related_customer_id = ANY($1) ORDER BY id`,
      [Object.values(ids)],
    )
  ).rows;

const address = (unit: string) => ({
  sido: '부산광역시',
  sigungu: '해운대구',
  eupmyeondong: '우동',
  roadAddress: '부산광역시 해운대구 해운대로 77',
  buildingNo: '77',
  addressDetail: unit,
  postalCode: '48094',
});

beforeAll(async () => {
  owner = new Client({ connectionString: process.env.PCRM_OWNER_DATABASE_URL });
  await owner.connect();
  [tokens.busanAgent, tokens.busanManager, tokens.seoulManager] = await Promise.all([
    userToken('busan', 'agent'),
    userToken('busan', 'manager'),
    userToken('seoul', 'manager'),
  ]);
  const create = async (token: string, input: object) => {
    const res = await gql(token, CREATE, { i: { tags: [tag], ...input } });
    expect(res.errors).toBeUndefined();
    return res.data!.createCustomer.id as string;
  };
  ids.org = await create(tokens.busanManager, { partyType: 'ORGANIZATION', name: '해운대상인회' });
  ids.rep = await create(tokens.busanManager, { name: '김대표' });
  ids.mother = await create(tokens.busanManager, { name: '이어머니', address: address('101동 202호') });
  ids.son = await create(tokens.busanManager, { name: '이아들', address: address('101동  202호') });
  ids.merged = await create(tokens.busanManager, { name: '이병합', address: address('101동 202호') });
  await owner.query(`UPDATE customers SET status = 'MERGED', merged_into_id = $1 WHERE id = $2`, [
    ids.mother,
    ids.merged,
  ]);
  await create(tokens.busanManager, { name: '박이웃', address: address('101동 203호') });
  ids.seoul = await create(tokens.seoulManager, { name: '서울가족', address: address('101동 202호') });
  ids.seoulOther = await create(tokens.seoulManager, { name: '서울대표' });
  const seoul = await gql(tokens.seoulManager, ADD, {
    i: { customerId: ids.seoul, relatedCustomerId: ids.seoulOther, kind: 'PROXY' },
  });
  expect(seoul.errors).toBeUndefined();
  seoulRelationId = seoul.data!.addCustomerRelation.id;
});

afterAll(async () => {
  await owner.end();
});

describe('relations', () => {
  let representativeId: string;

  it('relates a representative to an organization and shows it from both ends, masked as in lists', async () => {
    const res = await gql(tokens.busanAgent, ADD, {
      i: {
        customerId: ids.org,
        relatedCustomerId: ids.rep,
        kind: 'REPRESENTATIVE',
        note: ' 2026년 총회 선임 ',
      },
    });
    expect(res.errors).toBeUndefined();
    representativeId = res.data!.addCustomerRelation.id;
    expect(res.data!.addCustomerRelation).toMatchObject({
      kind: 'REPRESENTATIVE',
      direction: 'OUTGOING',
      note: '2026년 총회 선임',
      related: { id: ids.rep, name: '김*표', status: 'ACTIVE' },
    });
    const fromOrg = await gql(tokens.busanManager, RELATIONS, { id: ids.org });
    expect(fromOrg.data!.customer.relations).toEqual([
      expect.objectContaining({
        id: representativeId,
        direction: 'OUTGOING',
        related: expect.objectContaining({ id: ids.rep, name: '김*표' }),
      }),
    ]);
    const fromRep = await gql(tokens.busanManager, RELATIONS, { id: ids.rep });
    expect(fromRep.data!.customer.relations).toEqual([
      expect.objectContaining({
        id: representativeId,
        kind: 'REPRESENTATIVE',
        direction: 'INCOMING',
        related: expect.objectContaining({ id: ids.org }),
      }),
    ]);
    const { rows } = await owner.query(
      `SELECT tenant_id, action, after FROM audit_events WHERE entity = 'customer-relation' AND entity_id = $1`,
      [representativeId],
    );
    expect(rows).toEqual([
      {
        tenant_id: 'busan',
        action: 'create',
        after: { customerId: ids.org, relatedCustomerId: ids.rep, kind: 'REPRESENTATIVE' },
      },
    ]);
  });

  it('keeps family one relation whichever way it is recorded', async () => {
    const res = await gql(tokens.busanAgent, ADD, {
      i: { customerId: ids.mother, relatedCustomerId: ids.son, kind: 'FAMILY' },
    });
    expect(res.errors).toBeUndefined();
    const before = await relationRows();
    const reverse = await gql(tokens.busanAgent, ADD, {
      i: { customerId: ids.son, relatedCustomerId: ids.mother, kind: 'FAMILY' },
    });
    expectRefused(reverse, 'CONFLICT', 'kind');
    expect(await relationRows()).toEqual(before);
  });

  it.each([
    [
      'the same relation twice',
      () => ({ customerId: ids.org, relatedCustomerId: ids.rep, kind: 'REPRESENTATIVE' }),
      'CONFLICT',
      'kind',
    ],
    [
      'a customer related to itself',
      () => ({ customerId: ids.rep, relatedCustomerId: ids.rep, kind: 'PROXY' }),
      'BAD_USER_INPUT',
      'relatedCustomerId',
    ],
    [
      'itself in other letter case',
      () => ({ customerId: ids.rep, relatedCustomerId: ids.rep.toUpperCase(), kind: 'PROXY' }),
      'BAD_USER_INPUT',
      'relatedCustomerId',
    ],
    [
      'a merged customer',
      () => ({ customerId: ids.son, relatedCustomerId: ids.merged, kind: 'FAMILY' }),
      'CONFLICT',
      'relatedCustomerId',
    ],
    [
      'an unknown customer',
      () => ({ customerId: ids.son, relatedCustomerId: randomUUID(), kind: 'PROXY' }),
      'NOT_FOUND',
      undefined,
    ],
    [
      'an over-long note',
      () => ({ customerId: ids.son, relatedCustomerId: ids.rep, kind: 'PROXY', note: '가'.repeat(501) }),
      'BAD_USER_INPUT',
      'note',
    ],
    [
      'an invisible-only note',
      () => ({ customerId: ids.son, relatedCustomerId: ids.rep, kind: 'PROXY', note: '\u3164\u3164' }),
      'BAD_USER_INPUT',
      'note',
    ],
    [
      'a malformed id',
      () => ({ customerId: ids.son, relatedCustomerId: 'x', kind: 'PROXY' }),
      'BAD_USER_INPUT',
      'relatedCustomerId',
    ],
  ])('refuses %s and changes nothing', async (_, input, code, field) => {
    const before = await relationRows();
    const res = await gql(tokens.busanAgent, ADD, { i: input() });
    expect(res.data?.addCustomerRelation ?? null).toBeNull();
    expectRefused(res, code, field);
    expect(await relationRows()).toEqual(before);
  });

  it('removes a relation once, audited; removing it again is NOT_FOUND', async () => {
    const res = await gql(tokens.busanAgent, REMOVE, { id: representativeId });
    expect(res.errors).toBeUndefined();
    expect(res.data!.removeCustomerRelation).toBe(representativeId);
    expect((await gql(tokens.busanAgent, RELATIONS, { id: ids.org })).data!.customer.relations).toEqual([]);
    expectRefused(await gql(tokens.busanAgent, REMOVE, { id: representativeId }), 'NOT_FOUND');
    const { rows } = await owner.query(
      `SELECT action FROM audit_events WHERE entity = 'customer-relation' AND entity_id = $1 ORDER BY id`,
      [representativeId],
    );
    expect(rows.map((r) => r.action)).toEqual(['create', 'delete']);
  });
});

describe('households', () => {
  it('lists the other active customers at the same address and unit, masked, never another tenant’s', async () => {
    const res = await gql(tokens.busanManager, HOUSEHOLD, { id: ids.mother });
    expect(res.errors).toBeUndefined();
    expect(res.data!.customer.householdMembers).toEqual([
      { id: ids.son, name: '이*들', area: '해운대구 우동' },
    ]);
    const none = await gql(tokens.busanManager, HOUSEHOLD, { id: ids.org });
    expect(none.data!.customer.householdMembers).toEqual([]);
  });

  it('masks the household key (the address down to the unit) without customer:personal:read, and logs its read', async () => {
    const manager = await gql(tokens.busanManager, HOUSEHOLD, { id: ids.son });
    expect(manager.data!.customer.householdKey).toContain('202');
    const since = (await owner.query(`SELECT coalesce(max(id), 0) AS id FROM access_log`)).rows[0].id;
    const agent = await gql(tokens.busanAgent, HOUSEHOLD, { id: ids.son });
    expect(agent.data!.customer.householdKey).toBe('***');
    expect(agent.data!.customer.householdMembers).toEqual([
      { id: ids.mother, name: '이**니', area: '해운대구 우동' },
    ]);
    const { rows } = await owner.query(
      `SELECT fields, masked FROM access_log WHERE id > $1 AND record_id = $2`,
      [since, ids.son],
    );
    expect(rows).toEqual([{ fields: ['householdKey'], masked: true }]);
  });
});

describe('the customer 360 in one request', () => {
  it('profile, a timeline page, relations, household and consents fit the query limits together', async () => {
    const res = await gql(
      tokens.busanManager,
      `query($id: ID!) { customer(id: $id) { id customerNo name birthDate householdKey lastContactAt version
        address { sigungu eupmyeondong roadAddress addressDetail } phones { id number } emails { id address }
        contacts(first: 20) { totalCount pageInfo { hasNextPage endCursor }
          edges { cursor node { id channel direction occurredAt summary originCustomerId staff { id name } department { id name } } } }
        relations { ${RELATION} }
        householdMembers { id name area ageBand }
        consents { id purpose active grantedAt channel evidence withdrawnAt withdrawalChannel } } }`,
      { id: ids.mother },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.customer).toMatchObject({
      relations: [
        expect.objectContaining({ kind: 'FAMILY', related: expect.objectContaining({ id: ids.son }) }),
      ],
      householdMembers: [expect.objectContaining({ id: ids.son })],
      contacts: { totalCount: 0, edges: [] },
      consents: [],
    });
  });
});

describe('tenant isolation', () => {
  it('a busan token relates no seoul customer, removes no seoul relation and reads none', async () => {
    const before = await relationRows();
    for (const input of [
      { customerId: ids.rep, relatedCustomerId: ids.seoul, kind: 'PROXY' },
      { customerId: ids.seoul, relatedCustomerId: ids.rep, kind: 'PROXY' },
    ])
      expectRefused(await gql(tokens.busanManager, ADD, { i: input }), 'NOT_FOUND');
    expectRefused(await gql(tokens.busanManager, REMOVE, { id: seoulRelationId }), 'NOT_FOUND');
    const read = await gql(tokens.busanManager, RELATIONS, { id: ids.seoul });
    expect(read.data?.customer ?? null).toBeNull();
    expect(await relationRows()).toEqual(before);
    expect(before.map((r) => r.id)).toContain(seoulRelationId);
  });

  it('the database shows the runtime role no seoul relation and lets it change, remove or add none', async () => {
    await asTenant('busan', async (db) => {
      expect(
        (await db.query(`SELECT id FROM customer_relations WHERE id = $1`, [seoulRelationId])).rows,
      ).toEqual([]);
      expect(
        (await db.query(`UPDATE customer_relations SET note = '침입' WHERE id = $1`, [seoulRelationId]))
          .rowCount,
      ).toBe(0);
      expect(
        (await db.query(`DELETE FROM customer_relations WHERE id = $1`, [seoulRelationId])).rowCount,
      ).toBe(0);
      const household = await db.query(
        `SELECT id FROM customers WHERE household_key = (SELECT household_key FROM customers WHERE id = $1)`,
        [ids.seoul],
      );
      expect(household.rows).toEqual([]);
      expect(
        await sqlState(
          db.query(
            `INSERT INTO customer_relations (tenant_id, customer_id, related_customer_id, kind, created_by)
             VALUES ('busan', $1, $2, 'PROXY', 'x')`,
            [ids.rep, ids.seoul],
          ),
        ),
      ).toBe('23503');
    });
    const { rows } = await owner.query(`SELECT note FROM customer_relations WHERE id = $1`, [
      seoulRelationId,
    ]);
    expect(rows).toEqual([{ note: null }]);
  });
});
