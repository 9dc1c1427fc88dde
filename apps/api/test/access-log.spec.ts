import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import request from 'supertest';
import { baseUrl, gql, integratorToken, userToken, type GqlResult } from './support/api';
import { inTenant } from './support/runtime-role';

/** Staff contact masking by permission, field-level FORBIDDEN, and the durable personal-data access log. */
const REALM = 'ulsan';
const CONTACTS = `{ staff(first: 200) { edges { node { id username name phone email } } } }`;

const tokens: Record<'agent' | 'officer' | 'manager' | 'admin' | 'integrator', string> = {} as never;
let owner: Client;
let app: Client;

/** A GraphQL request stating a purpose in the x-pcrm-purpose header (percent-encoded UTF-8). */
async function gqlFor(token: string, purpose: string, query: string, variables?: object): Promise<GqlResult> {
  const res = await request(baseUrl())
    .post('/graphql')
    .set('content-type', 'application/json')
    .set('authorization', `Bearer ${token}`)
    .set('x-pcrm-purpose', encodeURIComponent(purpose))
    .send({ query, variables });
  return { status: res.status, data: res.body?.data, errors: res.body?.errors, text: res.text } as GqlResult;
}

const logRows = async (purpose: string) =>
  (
    await owner.query(
      `SELECT tenant_id, actor, actor_roles, entity, record_id, fields, masked, purpose, operation
       FROM access_log WHERE purpose = $1 ORDER BY record_id`,
      [purpose],
    )
  ).rows;

const nodes = (res: GqlResult): any[] => res.data!.staff.edges.map((e: any) => e.node);

beforeAll(async () => {
  for (const user of ['agent', 'officer', 'manager', 'admin'] as const)
    tokens[user] = await userToken(REALM, user);
  tokens.integrator = await integratorToken(REALM);
  owner = new Client({ connectionString: process.env.PCRM_OWNER_DATABASE_URL });
  app = new Client({ connectionString: process.env.PCRM_APP_DATABASE_URL });
  await Promise.all([owner.connect(), app.connect()]);
});

afterAll(async () => {
  await Promise.all([owner.end(), app.end()]);
});

describe('staff contact details', () => {
  let whole: Map<string, { phone: string; email: string }>;
  beforeAll(async () => {
    whole = new Map(nodes(await gql(tokens.admin, CONTACTS)).map((n) => [n.id, n]));
  });

  it('are seeded with office phones of the 시·도 and e-mail addresses', () => {
    expect(whole.size).toBeGreaterThan(100);
    for (const s of whole.values()) {
      expect(s.phone).toMatch(/^052-\d{3}-\d{4}$/);
      expect(s.email).toMatch(/^[a-z0-9]+@ulsan\.example\.go\.kr$/);
    }
  });

  it.each(['agent', 'officer'] as const)('are masked for %s (no contact permission)', async (caller) => {
    const res = await gql(tokens[caller], CONTACTS);
    expect(res.errors).toBeUndefined();
    for (const n of nodes(res)) {
      const real = whole.get(n.id)!;
      expect(n.phone).toBe(`052-***-${real.phone.slice(-4)}`);
      expect(n.email).toBe(`${real.email[0]}***@ulsan.example.go.kr`);
    }
    expect(JSON.stringify(res.data)).not.toContain([...whole.values()][0].phone);
  });

  it.each(['manager', 'admin', 'integrator'] as const)('are shown whole to %s', async (caller) => {
    const res = await gql(tokens[caller], CONTACTS);
    expect(res.errors).toBeUndefined();
    for (const n of nodes(res))
      expect({ phone: n.phone, email: n.email }).toEqual({
        phone: whole.get(n.id)!.phone,
        email: whole.get(n.id)!.email,
      });
  });
});

describe('a field the caller may not read', () => {
  it('answers null with FORBIDDEN on its path, never the value, and the rest of the answer stays', async () => {
    const query = '{ staff(first: 2) { edges { node { username keycloakSubject } } } }';
    const res = await gql(tokens.agent, query);
    expect(res.status).toBe(200);
    expect(nodes(res).map((n) => n.keycloakSubject)).toEqual([null, null]);
    expect(nodes(res).every((n) => typeof n.username === 'string')).toBe(true);
    expect(res.errors).toHaveLength(2);
    expect(res.errors![0]).toMatchObject({
      message: '이 항목을 볼 권한이 없습니다.',
      path: ['staff', 'edges', 0, 'node', 'keycloakSubject'],
      extensions: { code: 'FORBIDDEN', messageEn: 'You are not allowed to see this field.' },
    });
    const allowed = await gql(tokens.admin, query);
    expect(allowed.errors).toBeUndefined();
    expect(nodes(allowed)[0].keycloakSubject).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('the access log', () => {
  it('records who read which fields of which record, why, and whether masked', async () => {
    const purpose = `민원 회신을 위한 담당자 연락처 확인 ${randomUUID()}`;
    const res = await gqlFor(
      tokens.manager,
      purpose,
      'query Contacts { staff(first: 3) { edges { node { id phone email name } } } }',
    );
    expect(res.errors).toBeUndefined();
    const ids = nodes(res)
      .map((n) => n.id)
      .sort();
    const rows = await logRows(purpose);
    expect(rows).toEqual(
      ids.map((id) => ({
        tenant_id: REALM,
        actor: 'manager',
        actor_roles: ['manager'],
        entity: 'Staff',
        record_id: id,
        fields: expect.arrayContaining(['phone', 'email']),
        masked: false,
        purpose,
        operation: 'Contacts',
      })),
    );
    expect(rows[0].fields).toHaveLength(2);

    const agentPurpose = `상담 ${randomUUID()}`;
    await gqlFor(tokens.agent, agentPurpose, '{ staff(first: 1) { edges { node { phone } } } }');
    expect(await logRows(agentPurpose)).toMatchObject([
      { actor: 'agent', masked: true, fields: ['phone'], operation: 'staff' },
    ]);
  });

  it('logs nothing when no personal field is read, and uses a default purpose when none is stated', async () => {
    const before = (await owner.query(`SELECT max(id) AS id FROM access_log`)).rows[0].id ?? 0;
    await gql(tokens.officer, '{ staff(first: 5) { edges { node { id name position } } } }');
    await gql(tokens.officer, '{ staff(first: 1) { edges { node { id email } } } }');
    const { rows } = await owner.query(
      `SELECT actor, purpose, fields FROM access_log WHERE id > $1 AND actor = 'officer' AND tenant_id = $2`,
      [before, REALM],
    );
    expect(rows).toEqual([{ actor: 'officer', purpose: '업무 조회 (목적 미기재)', fields: ['email'] }]);
  });

  it('is written even when the request fails and its transaction rolls back', async () => {
    const purpose = `롤백 시험 ${randomUUID()}`;
    // keycloakSubject is refused to a manager: the answer carries an error, so the request's transaction rolls back.
    const res = await gqlFor(
      tokens.manager,
      purpose,
      '{ staff(first: 1) { edges { node { id phone keycloakSubject } } } }',
    );
    expect(res.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const rows = await logRows(purpose);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      actor: 'manager',
      fields: ['phone'],
      record_id: nodes(res)[0].id,
      masked: false,
    });
  });

  it('withholds the data when the log cannot be written', async () => {
    const purpose = `기록 실패 시험 ${randomUUID()}`;
    await owner.query(`
      CREATE FUNCTION refuse_access_log_${process.pid}() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.purpose = '${purpose}' THEN RAISE EXCEPTION 'access log unavailable (test)'; END IF; RETURN NEW; END $$`);
    await owner.query(`CREATE TRIGGER refuse_access_log_${process.pid} BEFORE INSERT ON access_log
      FOR EACH ROW EXECUTE FUNCTION refuse_access_log_${process.pid}()`);
    try {
      const whole = nodes(
        await gql(tokens.admin, '{ staff(first: 2) { edges { node { id phone email } } } }'),
      );
      const res = (await gqlFor(
        tokens.admin,
        purpose,
        '{ staff(first: 2) { edges { node { id name phone email } } } }',
      )) as GqlResult & { text: string };
      expect(nodes(res).map((n) => [n.id, n.phone, n.email])).toEqual(whole.map((n) => [n.id, null, null]));
      expect(nodes(res).every((n) => n.name)).toBe(true);
      expect(res.errors).toHaveLength(4);
      expect(res.errors![0]).toMatchObject({
        path: ['staff', 'edges', 0, 'node', expect.stringMatching(/^(phone|email)$/)],
        extensions: { code: 'ACCESS_LOG_UNAVAILABLE' },
      });
      expect(res.errors![0].message).toContain('열람 기록을 남기지 못해');
      for (const n of whole) {
        expect(res.text).not.toContain(n.phone);
        expect(res.text).not.toContain(n.email);
      }
      expect(await logRows(purpose)).toEqual([]);
    } finally {
      await owner.query(`DROP TRIGGER refuse_access_log_${process.pid} ON access_log`);
      await owner.query(`DROP FUNCTION refuse_access_log_${process.pid}()`);
    }
  });

  it.each([
    ['%E0%A4%A', 'not percent-decodable'],
    ['%20%20', 'blank'],
    [encodeURIComponent('가'.repeat(201)), 'too long'],
  ])('refuses a purpose header that is %s (%s) and returns no personal data', async (raw) => {
    const res = await request(baseUrl())
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('authorization', `Bearer ${tokens.admin}`)
      .set('x-pcrm-purpose', raw)
      .send({ query: '{ staff(first: 1) { edges { node { phone } } } }' });
    expect(res.body.data.staff.edges[0].node.phone).toBeNull();
    expect(res.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'x-pcrm-purpose' });
  });
});

describe('searching the access log', () => {
  const SEARCH = `query($first: Int, $after: String, $actor: String, $recordId: String, $from: DateTime, $to: DateTime) {
    accessLog(first: $first, after: $after, actor: $actor, recordId: $recordId, from: $from, to: $to) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { node { id occurredAt actor actorRoles entity recordId fields masked purpose operation } }
    }
  }`;
  let recordId: string;
  const purpose = `검색 시험 ${randomUUID()}`;

  beforeAll(async () => {
    const staff = nodes(await gql(tokens.admin, '{ staff(first: 1) { edges { node { id } } } }'));
    recordId = staff[0].id;
    for (let i = 0; i < 5; i++)
      await gqlFor(
        tokens.manager,
        purpose,
        `query($id: ID) { staff(first: 1, departmentId: $id) { edges { node { phone } } } }`,
      );
    await gqlFor(tokens.agent, purpose, '{ staff(first: 1) { edges { node { email } } } }');
  });

  it('filters by actor and record, newest first, in keyset pages without gaps or repeats', async () => {
    const seen: any[] = [];
    let after: string | null = null;
    let total = 0;
    for (let i = 0; i < 10; i++) {
      const res: GqlResult = await gql(tokens.admin, SEARCH, { first: 2, after, actor: 'manager', recordId });
      expect(res.errors).toBeUndefined();
      total = res.data!.accessLog.totalCount;
      seen.push(...res.data!.accessLog.edges.map((e: any) => e.node));
      if (!res.data!.accessLog.pageInfo.hasNextPage) break;
      after = res.data!.accessLog.pageInfo.endCursor;
    }
    expect(total).toBeGreaterThanOrEqual(5);
    expect(seen).toHaveLength(total);
    expect(new Set(seen.map((n) => n.id)).size).toBe(total);
    expect(seen.every((n) => n.actor === 'manager' && n.recordId === recordId && n.entity === 'Staff')).toBe(
      true,
    );
    const ids = seen.map((n) => BigInt(n.id));
    expect(ids).toEqual([...ids].sort((a, b) => (a > b ? -1 : a < b ? 1 : 0)));
    expect(seen.filter((n) => n.purpose === purpose)).toHaveLength(5);
  });

  it('filters by a date range [from, to)', async () => {
    const now = Date.now();
    const recent = await gql(tokens.admin, SEARCH, {
      actor: 'agent',
      from: new Date(now - 60_000).toISOString(),
      to: new Date(now + 60_000).toISOString(),
    });
    expect(recent.data!.accessLog.totalCount).toBeGreaterThanOrEqual(1);
    const future = await gql(tokens.admin, SEARCH, { from: new Date(now + 60_000).toISOString() });
    expect(future.data!.accessLog.totalCount).toBe(0);
    const past = await gql(tokens.admin, SEARCH, { to: '2020-01-01T00:00:00Z' });
    expect(past.data!.accessLog.totalCount).toBe(0);
  });

  it.each([
    [{ from: '2026-02-01T00:00:00Z', to: '2026-01-01T00:00:00Z' }, 'to'],
    [{ after: 'garbage' }, 'after'],
    [{ after: Buffer.from('["1; DROP TABLE access_log"]').toString('base64url') }, 'after'],
    [{ actor: '' }, 'actor'],
    [{ first: 0 }, 'first'],
  ])('refuses %j', async (vars, field) => {
    const res = await gql(tokens.admin, SEARCH, vars);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it.each(['agent', 'officer', 'manager', 'integrator'] as const)('is refused to %s', async (caller) => {
    const res = await gql(tokens[caller], SEARCH, {});
    expect(res.status).toBe(403);
    expect(res.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it("never shows another tenant's entries, even when asked for that tenant's record", async () => {
    const busanAdmin = await userToken('busan', 'admin');
    const res = await gql(busanAdmin, SEARCH, { recordId });
    expect(res.data!.accessLog.totalCount).toBe(0);
    const all = await gql(busanAdmin, SEARCH, { first: 200 });
    expect(all.data!.accessLog.edges.every((e: any) => e.node.purpose !== purpose)).toBe(true);
  });
});

describe('the access_log table, as the runtime role', () => {
  const asTenant = <T>(tenant: string, work: () => Promise<T>) => inTenant(app, tenant, work);

  it('shows only the pinned tenant’s rows', async () => {
    const { rows } = await asTenant('busan', () => app.query(`SELECT DISTINCT tenant_id FROM access_log`));
    expect(rows.every((r) => r.tenant_id === 'busan')).toBe(true);
    const { rows: ulsan } = await asTenant('busan', () =>
      app.query(`SELECT count(*)::int AS n FROM access_log WHERE tenant_id = $1`, [REALM]),
    );
    expect(ulsan[0].n).toBe(0);
  });

  it("refuses to write another tenant's entry", async () => {
    await expect(
      asTenant('busan', () =>
        app.query(
          `INSERT INTO access_log (tenant_id, actor, actor_subject, entity, record_id, fields, masked, purpose, operation)
           VALUES ($1, 'x', 'x', 'Staff', 'x', '{phone}', false, 'x', 'x')`,
          [REALM],
        ),
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it('is append-only: no update, no delete', async () => {
    await expect(
      asTenant(REALM, () => app.query(`UPDATE access_log SET purpose = 'changed'`)),
    ).rejects.toThrow(/permission denied/);
    await expect(asTenant(REALM, () => app.query(`DELETE FROM access_log`))).rejects.toThrow(
      /permission denied/,
    );
  });
});
