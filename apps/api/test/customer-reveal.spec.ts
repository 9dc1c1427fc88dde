import { Client } from 'pg';
import { gql, integratorToken, userToken } from './support/api';
import { uniqueWord } from './support/owner-customers';

/** revealCustomerField end to end: one value unmasked on purpose, with its reason in the access log first. */
let owner: Client;
const tokens = {} as Record<'busanAgent' | 'busanManager' | 'busanIntegrator' | 'seoulManager', string>;
let customerId: string;
let phones: { id: string; number: string }[];
let seoulId: string;

const REVEAL = `mutation($id: ID!, $f: RevealableField!, $r: String!, $item: ID) {
  revealCustomerField(id: $id, field: $f, reason: $r, itemId: $item) }`;
const CREATE = `mutation($i: CreateCustomerInput!) { createCustomer(input: $i) { id phones { id number } } }`;

const reveal = (token: string, id: string, field: string, reason: string, itemId?: string) =>
  gql(token, REVEAL, { id, f: field, r: reason, item: itemId ?? null });

const lastLogId = async (): Promise<number> =>
  Number((await owner.query(`SELECT coalesce(max(id), 0) AS id FROM access_log`)).rows[0].id);

const logSince = async (since: number) =>
  (
    await owner.query(
      `SELECT tenant_id, actor, purpose, operation, entity, record_id, fields, masked FROM access_log
        WHERE id > $1 AND operation = 'revealCustomerField' ORDER BY id`,
      [since],
    )
  ).rows;

beforeAll(async () => {
  owner = new Client({ connectionString: process.env.PCRM_OWNER_DATABASE_URL });
  await owner.connect();
  [tokens.busanAgent, tokens.busanManager, tokens.busanIntegrator, tokens.seoulManager] = await Promise.all([
    userToken('busan', 'agent'),
    userToken('busan', 'manager'),
    integratorToken('busan'),
    userToken('seoul', 'manager'),
  ]);
  const tag = uniqueWord('reveal');
  const created = await gql(tokens.busanManager, CREATE, {
    i: {
      name: '김열람',
      birthDate: '1961-08-15',
      tags: [tag],
      phones: [{ number: '010-3333-4211', isPrimary: true }, { number: '051-555-1234' }],
      emails: [{ address: 'yeollam@example.com' }],
      address: {
        sido: '부산광역시',
        sigungu: '해운대구',
        eupmyeondong: '우동',
        roadAddress: '부산광역시 해운대구 해운대로 1',
        addressDetail: '201동 1503호',
        postalCode: '48060',
      },
    },
  });
  expect(created.errors).toBeUndefined();
  customerId = created.data!.createCustomer.id;
  phones = created.data!.createCustomer.phones;
  const seoul = await gql(tokens.seoulManager, CREATE, {
    i: { name: '서울열람', phones: [{ number: '010-3333-4211' }] },
  });
  seoulId = seoul.data!.createCustomer.id;
});

afterAll(async () => {
  await owner.end();
});

it.each([
  ['NAME', undefined, '김열람'],
  ['BIRTH_DATE', undefined, '1961-08-15'],
  ['PHONE', undefined, '010-3333-4211'],
  ['EMAIL', undefined, 'yeollam@example.com'],
  ['ADDRESS', undefined, '부산광역시 해운대구 해운대로 1 201동 1503호 (48060)'],
])('shows an agent the %s unmasked and logs it with the reason first', async (field, _, value) => {
  const since = await lastLogId();
  const res = await reveal(tokens.busanAgent, customerId, field, '본인 확인 전화 (민원 2026-1234)');
  expect(res.errors).toBeUndefined();
  expect(res.data!.revealCustomerField).toBe(value);
  const log = await logSince(since);
  expect(log).toHaveLength(1);
  expect(log[0]).toMatchObject({
    tenant_id: 'busan',
    actor: 'agent',
    purpose: '본인 확인 전화 (민원 2026-1234)',
    entity: 'Customer',
    record_id: customerId,
    masked: false,
  });
});

it('reveals a phone other than the primary one by its id', async () => {
  const landline = phones.find((p) => p.number.startsWith('051'))!;
  const res = await reveal(
    tokens.busanAgent,
    customerId,
    'PHONE',
    '회신 번호 확인',
    landline.id.toUpperCase(),
  );
  expect(res.data!.revealCustomerField).toBe('051-555-1234');
});

it.each([
  ['a blank reason', { reason: '  ' }, 'BAD_USER_INPUT', 'reason'],
  ['a reason over 200 characters', { reason: '가'.repeat(201) }, 'BAD_USER_INPUT', 'reason'],
  ['a reason with a control character', { reason: '확인\u0000' }, 'BAD_USER_INPUT', 'reason'],
  [
    'an itemId on a field without items',
    { field: 'NAME', itemId: '00000000-0000-4000-8000-000000000001' },
    'BAD_USER_INPUT',
    'itemId',
  ],
  [
    'an itemId that is not one of the customer’s',
    { field: 'PHONE', itemId: '00000000-0000-4000-8000-000000000001' },
    'NOT_FOUND',
    'itemId',
  ],
  ['a field without a value', { field: 'REPRESENTATIVE_NAME' }, 'NOT_FOUND', 'field'],
  ['a malformed id', { id: 'x' }, 'BAD_USER_INPUT', 'id'],
])('refuses %s with a Korean error and logs nothing', async (_, change, code, field) => {
  const since = await lastLogId();
  const args = {
    id: customerId,
    field: 'PHONE',
    reason: '확인',
    itemId: undefined as string | undefined,
    ...change,
  };
  const res = await reveal(tokens.busanAgent, args.id, args.field, args.reason, args.itemId);
  expect(res.data?.revealCustomerField ?? null).toBeNull();
  expect(res.errors?.[0].extensions).toMatchObject({ code, field });
  expect(res.errors?.[0].message).toMatch(/[가-힣]/);
  expect(res.errors?.[0].extensions.messageEn).toBeTruthy();
  expect(await logSince(since)).toEqual([]);
});

it('refuses callers without customer:reveal (an integrator) and logs nothing', async () => {
  const since = await lastLogId();
  const res = await reveal(tokens.busanIntegrator, customerId, 'NAME', '연계 확인');
  expect(res.errors?.[0].extensions.code).toBe('FORBIDDEN');
  expect(await logSince(since)).toEqual([]);
});

describe('tenant isolation', () => {
  it('a busan token reveals nothing of a seoul customer, nor a seoul phone by its id, and logs nothing', async () => {
    const since = await lastLogId();
    const res = await reveal(tokens.busanManager, seoulId, 'PHONE', '다른 시·도 시도');
    expect(res.errors?.[0].extensions.code).toBe('NOT_FOUND');
    const [seoulPhone] = (
      await owner.query(`SELECT id FROM customer_phones WHERE customer_id = $1`, [seoulId])
    ).rows;
    const byItem = await reveal(tokens.busanManager, customerId, 'PHONE', '다른 시·도 번호', seoulPhone.id);
    expect(byItem.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'itemId' });
    expect(await logSince(since)).toEqual([]);
  });

  it('the database shows busan’s runtime role neither seoul’s access-log entries nor lets it write one for seoul', async () => {
    await reveal(tokens.seoulManager, seoulId, 'NAME', '서울 확인');
    const app = new Client({ connectionString: process.env.PCRM_APP_DATABASE_URL });
    await app.connect();
    try {
      await app.query('BEGIN');
      await app.query(`SELECT set_config('app.tenant_id', 'busan', true)`);
      const rows = await app.query(`SELECT id FROM access_log WHERE record_id = $1`, [seoulId]);
      expect(rows.rows).toEqual([]);
      await expect(
        app.query(
          `INSERT INTO access_log (tenant_id, actor, actor_subject, actor_roles, purpose, operation, entity, record_id, fields, masked)
           VALUES ('seoul', 'x', 'x', '{}', 'x', 'revealCustomerField', 'Customer', $1, '{name}', false)`,
          [seoulId],
        ),
      ).rejects.toThrow(/row-level security/);
    } finally {
      await app.query('ROLLBACK').catch(() => undefined);
      await app.end();
    }
  });
});
