import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { gql, userToken } from './support/api';
import { insertCustomers, uniqueWord } from './support/owner-customers';
import { asTenant, expectRefused, sqlState } from './support/customer-360';
import { SEED_CREATOR } from '../src/seed/customers/customer-plan';

/** Contact history end to end: recording, the timeline across channels, last contact, bad input, isolation. */
let owner: Client;
const tokens = {} as Record<'busanAgent' | 'busanManager' | 'ministryAnalyst' | 'seoulManager', string>;
const tag = uniqueWord('contacts');
let busanId: string;
let quietId: string;
let seoulId: string;
let seoulContactId: string;

const CONTACT = `id customerId channel direction occurredAt summary subjectType subjectId originCustomerId createdBy
  staff { id name } department { id name }`;
const RECORD = `mutation($i: RecordContactInput!) { recordContact(input: $i) { ${CONTACT} } }`;
const TIMELINE = `query($id: ID!, $first: Int, $after: String) { customer(id: $id) { id lastContactAt
  contacts(first: $first, after: $after) { totalCount edges { cursor node { ${CONTACT} } }
    pageInfo { hasNextPage endCursor } } } }`;

const ago = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

const contactRows = async (customerId: string) =>
  (await owner.query(`SELECT count(*)::int AS n FROM contact_history WHERE customer_id = $1`, [customerId]))
    .rows[0].n;
const lastContact = async (customerId: string) =>
  (await owner.query(`SELECT last_contact_at FROM customers WHERE id = $1`, [customerId])).rows[0]
    .last_contact_at as Date | null;

beforeAll(async () => {
  owner = new Client({ connectionString: process.env.PCRM_OWNER_DATABASE_URL });
  await owner.connect();
  [tokens.busanAgent, tokens.busanManager, tokens.ministryAnalyst, tokens.seoulManager] = await Promise.all([
    userToken('busan', 'agent'),
    userToken('busan', 'manager'),
    userToken('ministry', 'analyst'),
    userToken('seoul', 'manager'),
  ]);
  [busanId, quietId] = await insertCustomers(owner, 'busan', [
    { name: '박접촉', tags: [tag] },
    { name: '최조용', tags: [tag] },
  ]);
  [seoulId] = await insertCustomers(owner, 'seoul', [{ name: '서울고객', tags: [tag] }]);
  const seoul = await gql(tokens.seoulManager, RECORD, {
    i: { customerId: seoulId, channel: 'VISIT', summary: '서울 방문 상담', occurredAt: ago(3) },
  });
  expect(seoul.errors).toBeUndefined();
  seoulContactId = seoul.data!.recordContact.id;
});

afterAll(async () => {
  await owner.end();
});

describe('recording contacts and the timeline', () => {
  const recorded: string[] = [];

  beforeAll(async () => {
    for (const [channel, direction, days, summary] of [
      ['PHONE', 'INBOUND', 10, '주차 민원 문의'],
      ['SMS', 'OUTBOUND', 2, '민원 처리 결과 안내 문자'],
      ['VISIT', 'INBOUND', 5, '주민센터 방문 상담'],
      ['WEB', 'INBOUND', 1, '홈페이지 질의'],
      ['EMAIL', 'OUTBOUND', 7, '회신 메일'],
    ] as const) {
      const res = await gql(tokens.busanAgent, RECORD, {
        i: { customerId: busanId, channel, direction, occurredAt: ago(days), summary },
      });
      expect(res.errors).toBeUndefined();
      recorded.push(res.data!.recordContact.id);
    }
  });

  it('answers the contact with the caller as staff and the staff member’s department', async () => {
    const res = await gql(tokens.busanManager, RECORD, {
      i: {
        customerId: quietId,
        channel: 'MAIL',
        summary: '  공문 발송: 복지 안내  ',
        subjectType: 'petition',
        subjectId: '2026-000123',
      },
    });
    expect(res.errors).toBeUndefined();
    const contact = res.data!.recordContact;
    expect(contact).toMatchObject({
      customerId: quietId,
      originCustomerId: quietId,
      channel: 'MAIL',
      direction: 'INBOUND',
      summary: '공문 발송: 복지 안내',
      subjectType: 'petition',
      subjectId: '2026-000123',
    });
    expect(contact.staff?.name).toBeTruthy();
    expect(contact.department?.name).toBeTruthy();
    expect(Math.abs(Date.parse(contact.occurredAt) - Date.now())).toBeLessThan(60_000);
    const { rows } = await owner.query(
      `SELECT tenant_id, action, after FROM audit_events WHERE entity = 'contact' AND entity_id = $1`,
      [contact.id],
    );
    expect(rows).toEqual([
      expect.objectContaining({
        tenant_id: 'busan',
        action: 'create',
        after: expect.objectContaining({ customerId: quietId, channel: 'MAIL', subjectType: 'petition' }),
      }),
    ]);
    expect(JSON.stringify(rows[0].after)).not.toContain('공문');
  });

  it('shows one timeline across channels, newest first, paged by cursor', async () => {
    const first = await gql(tokens.busanAgent, TIMELINE, { id: busanId, first: 2 });
    expect(first.errors).toBeUndefined();
    const page1 = first.data!.customer.contacts;
    expect(page1.totalCount).toBe(5);
    expect(page1.edges.map((e: { node: { channel: string } }) => e.node.channel)).toEqual(['WEB', 'SMS']);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const rest = await gql(tokens.busanAgent, TIMELINE, {
      id: busanId,
      first: 200,
      after: page1.pageInfo.endCursor,
    });
    const page2 = rest.data!.customer.contacts;
    expect(page2.edges.map((e: { node: { channel: string } }) => e.node.channel)).toEqual([
      'VISIT',
      'EMAIL',
      'PHONE',
    ]);
    expect(page2.pageInfo).toEqual({ hasNextPage: false, endCursor: page2.edges[2].cursor });
  });

  it('pages contacts recorded in the same instant without skipping or repeating one', async () => {
    const [sameId] = await insertCustomers(owner, 'busan', [{ name: '동시각', tags: [tag] }]);
    const at = ago(4);
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await gql(tokens.busanAgent, RECORD, {
        i: { customerId: sameId, channel: 'KIOSK', occurredAt: at, summary: `키오스크 ${i}` },
      });
      ids.push(res.data!.recordContact.id);
    }
    // Microseconds the API never writes itself (the seed and imports may): the cursor must keep them.
    await owner.query(
      `UPDATE contact_history SET occurred_at = occurred_at + interval '123 microseconds' WHERE id = ANY($1)`,
      [ids.slice(0, 2)],
    );
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const res: any = await gql(tokens.busanAgent, TIMELINE, { id: sameId, first: 2, after });
      const page: any = res.data!.customer.contacts;
      seen.push(...page.edges.map((e: { node: { id: string } }) => e.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect([...seen].sort()).toEqual([...ids].sort());
  });

  it('moves the customer’s last contact to its newest contact, never back', async () => {
    const newest = await lastContact(busanId);
    expect(newest?.toISOString().slice(0, 10)).toBe(ago(1).slice(0, 10));
    const old = await gql(tokens.busanAgent, RECORD, {
      i: { customerId: busanId, channel: 'PHONE', occurredAt: ago(400), summary: '작년 통화 뒤늦게 기록' },
    });
    expect(old.errors).toBeUndefined();
    expect(await lastContact(busanId)).toEqual(newest);
    const list = await gql(
      tokens.busanAgent,
      `query($f: CustomerFilter) { customers(filter: $f) { edges { node { id lastContactAt } } } }`,
      { f: { tags: [tag], query: '박접촉' } },
    );
    expect(list.data!.customers.edges[0].node.lastContactAt).toBe(newest!.toISOString());
  });
});

describe('the demo seed’s timelines', () => {
  it('serves a seeded customer’s whole history newest first, with its staff and department', async () => {
    const { rows } = await owner.query(
      `SELECT h.customer_id, count(*)::int AS n, max(h.occurred_at) AS newest
         FROM contact_history h JOIN customers c ON c.tenant_id = h.tenant_id AND c.id = h.customer_id
        WHERE h.tenant_id = 'busan' AND c.created_by = $1
        GROUP BY h.customer_id ORDER BY count(*) DESC, h.customer_id LIMIT 1`,
      [SEED_CREATOR],
    );
    expect(rows[0]?.n).toBeGreaterThan(1);
    const seen: { occurredAt: string; staff: unknown; department: unknown }[] = [];
    let after: string | null = null;
    do {
      const res: any = await gql(tokens.busanAgent, TIMELINE, { id: rows[0].customer_id, first: 3, after });
      expect(res.errors).toBeUndefined();
      const page: any = res.data!.customer.contacts;
      expect(page.totalCount).toBe(rows[0].n);
      seen.push(...page.edges.map((e: { node: any }) => e.node));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toHaveLength(rows[0].n);
    expect(seen[0].occurredAt).toBe(rows[0].newest.toISOString());
    const times = seen.map((c) => c.occurredAt);
    expect([...times].sort().reverse()).toEqual(times);
    expect(seen.every((c) => c.staff !== null && c.department !== null)).toBe(true);
  });
});

describe('bad input changes nothing', () => {
  it.each([
    ['a future time', { occurredAt: new Date(Date.now() + 3_600_000).toISOString() }, 'occurredAt'],
    ['a time before 1900', { occurredAt: '1899-12-31T00:00:00Z' }, 'occurredAt'],
    ['a time that is no time', { occurredAt: '2026-13-45T99:00:00Z' }, undefined],
    ['an over-long summary', { summary: '가'.repeat(2001) }, 'summary'],
    ['an invisible-only summary', { summary: '\u3164 \u3164' }, 'summary'],
    ['a zero-width character', { summary: '상담\u200B내용' }, 'summary'],
    ['a blank summary', { summary: '   ' }, 'summary'],
    ['a subject type without its id', { subjectType: 'petition' }, 'subjectId'],
    ['a malformed subject type', { subjectType: 'Petition!', subjectId: '1' }, 'subjectType'],
    ['an unknown staff member', { staffId: randomUUID() }, 'staffId'],
    ['an unknown department', { departmentId: randomUUID() }, 'departmentId'],
    ['a malformed customer id', { customerId: 'not-a-uuid' }, 'customerId'],
  ])('refuses %s', async (_, change, field) => {
    const before = { rows: await contactRows(quietId), last: await lastContact(quietId) };
    const res = await gql(tokens.busanManager, RECORD, {
      i: { customerId: quietId, channel: 'PHONE', summary: '통화', ...change },
    });
    expect(res.data?.recordContact ?? null).toBeNull();
    expectRefused(res, 'BAD_USER_INPUT', field);
    expect({ rows: await contactRows(quietId), last: await lastContact(quietId) }).toEqual(before);
  });

  it('refuses an unknown customer with NOT_FOUND', async () => {
    const res = await gql(tokens.busanManager, RECORD, {
      i: { customerId: randomUUID(), channel: 'PHONE', summary: '통화' },
    });
    expectRefused(res, 'NOT_FOUND');
  });

  it('refuses a merged customer, naming the surviving record', async () => {
    const [survivor, merged] = await insertCustomers(owner, 'busan', [
      { name: '남은이', tags: [tag] },
      { name: '합쳐진이', tags: [tag] },
    ]);
    await owner.query(`UPDATE customers SET status = 'MERGED', merged_into_id = $1 WHERE id = $2`, [
      survivor,
      merged,
    ]);
    const res = await gql(tokens.busanManager, RECORD, {
      i: { customerId: merged, channel: 'PHONE', summary: '통화' },
    });
    expectRefused(res, 'CONFLICT', 'customerId');
    expect(await contactRows(merged)).toBe(0);
  });

  it('refuses callers without customer:write', async () => {
    const res = await gql(tokens.ministryAnalyst, RECORD, {
      i: { customerId: quietId, channel: 'PHONE', summary: '통화' },
    });
    expect(res.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});

describe('tenant isolation', () => {
  it('a busan token records nothing on a seoul customer and reads no seoul timeline', async () => {
    const before = { rows: await contactRows(seoulId), last: await lastContact(seoulId) };
    const res = await gql(tokens.busanManager, RECORD, {
      i: { customerId: seoulId, channel: 'PHONE', summary: '침입' },
    });
    expectRefused(res, 'NOT_FOUND');
    const read = await gql(tokens.busanManager, TIMELINE, { id: seoulId });
    expect(read.data?.customer ?? null).toBeNull();
    expect(read.errors?.[0].extensions.code).toBe('NOT_FOUND');
    expect({ rows: await contactRows(seoulId), last: await lastContact(seoulId) }).toEqual(before);
  });

  it('a busan token cannot name seoul staff or a seoul department as the handler', async () => {
    const { rows } = await owner.query(
      `SELECT id, department_id FROM staff WHERE tenant_id = 'seoul' AND department_id IS NOT NULL LIMIT 1`,
    );
    const before = await contactRows(quietId);
    for (const [change, field] of [
      [{ staffId: rows[0].id }, 'staffId'],
      [{ departmentId: rows[0].department_id }, 'departmentId'],
    ] as const) {
      const res = await gql(tokens.busanManager, RECORD, {
        i: { customerId: quietId, channel: 'PHONE', summary: '통화', ...change },
      });
      expectRefused(res, 'BAD_USER_INPUT', field);
    }
    expect(await contactRows(quietId)).toBe(before);
  });

  it('the database shows the runtime role no seoul contact and lets it change or add none', async () => {
    await asTenant('busan', async (db) => {
      const seen = await db.query(`SELECT id FROM contact_history WHERE id = $1 OR customer_id = $2`, [
        seoulContactId,
        seoulId,
      ]);
      expect(seen.rows).toEqual([]);
      const changed = await db.query(`UPDATE contact_history SET summary = '침입' WHERE id = $1`, [
        seoulContactId,
      ]);
      expect(changed.rowCount).toBe(0);
      const removed = await db.query(`DELETE FROM contact_history WHERE id = $1`, [seoulContactId]);
      expect(removed.rowCount).toBe(0);
      const insertAs = (tenant: string) =>
        sqlState(
          db.query(
            `INSERT INTO contact_history (tenant_id, customer_id, channel, direction, occurred_at, summary,
               origin_customer_id, created_by) VALUES ($1, $2, 'PHONE', 'INBOUND', now(), 'x', $2, 'x')`,
            [tenant, seoulId],
          ),
        );
      // As a seoul row: refused by the policy; as a busan row on the seoul customer: no such busan customer.
      await db.query('SAVEPOINT s');
      expect(await insertAs('seoul')).toBe('42501');
      await db.query('ROLLBACK TO SAVEPOINT s');
      expect(await insertAs('busan')).toBe('23503');
    });
    const { rows } = await owner.query(`SELECT summary FROM contact_history WHERE id = $1`, [seoulContactId]);
    expect(rows).toEqual([{ summary: '서울 방문 상담' }]);
  });
});
