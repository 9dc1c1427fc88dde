import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { gql, userToken } from './support/api';
import { insertCustomers, uniqueWord } from './support/owner-customers';
import { asTenant, expectRefused, sqlState } from './support/customer-360';

/** Consents end to end: grant with date, channel and evidence; withdrawal kept as evidence; bad input; isolation. */
let owner: Client;
const tokens = {} as Record<'busanAgent' | 'busanManager' | 'seoulManager', string>;
const tag = uniqueWord('consents');
let busanId: string;
let seoulId: string;
let seoulConsentId: string;

const CONSENT = `id customerId purpose active grantedAt channel evidence recordedBy withdrawnAt withdrawnBy
  withdrawalChannel`;
const GRANT = `mutation($i: GrantConsentInput!) { grantConsent(input: $i) { ${CONSENT} } }`;
const WITHDRAW = `mutation($i: WithdrawConsentInput!) { withdrawConsent(input: $i) { ${CONSENT} } }`;
const CONSENTS = `query($id: ID!) { customer(id: $id) { id consents { ${CONSENT} } } }`;

const ago = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

/** Everything stored about a customer's consents, to show a refused request changed none of it. */
const stored = async (customerId: string) =>
  (
    await owner.query(
      `SELECT id, purpose, granted_at, channel, evidence, withdrawn_at, withdrawal_channel
         FROM customer_consents WHERE customer_id = $1 ORDER BY id`,
      [customerId],
    )
  ).rows;

beforeAll(async () => {
  owner = new Client({ connectionString: process.env.PCRM_OWNER_DATABASE_URL });
  await owner.connect();
  [tokens.busanAgent, tokens.busanManager, tokens.seoulManager] = await Promise.all([
    userToken('busan', 'agent'),
    userToken('busan', 'manager'),
    userToken('seoul', 'manager'),
  ]);
  [busanId] = await insertCustomers(owner, 'busan', [{ name: '정동의', tags: [tag] }]);
  [seoulId] = await insertCustomers(owner, 'seoul', [{ name: '서울동의', tags: [tag] }]);
  const seoul = await gql(tokens.seoulManager, GRANT, {
    i: { customerId: seoulId, purpose: 'PROMOTION', channel: 'WEB', evidence: '웹 동의 기록 S-1' },
  });
  expect(seoul.errors).toBeUndefined();
  seoulConsentId = seoul.data!.grantConsent.id;
});

afterAll(async () => {
  await owner.end();
});

describe('granting and withdrawing', () => {
  let promotionId: string;

  it('records a consent with its date, channel and evidence, and the customer list filters on it', async () => {
    const res = await gql(tokens.busanAgent, GRANT, {
      i: {
        customerId: busanId,
        purpose: 'PROMOTION',
        grantedAt: ago(30),
        channel: 'VISIT',
        evidence: ' 서면 동의서 2026-0113 ',
      },
    });
    expect(res.errors).toBeUndefined();
    const consent = res.data!.grantConsent;
    promotionId = consent.id;
    expect(consent).toMatchObject({
      customerId: busanId,
      purpose: 'PROMOTION',
      active: true,
      channel: 'VISIT',
      evidence: '서면 동의서 2026-0113',
      withdrawnAt: null,
      withdrawnBy: null,
      withdrawalChannel: null,
    });
    expect(consent.grantedAt.slice(0, 10)).toBe(ago(30).slice(0, 10));
    expect(consent.recordedBy).toBeTruthy();
    const listed = await gql(
      tokens.busanAgent,
      `query($f: CustomerFilter) { customers(filter: $f) { edges { node { id } } } }`,
      { f: { tags: [tag], consent: 'PROMOTION' } },
    );
    expect(listed.data!.customers.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([busanId]);
  });

  it('refuses a second active consent for the same purpose and changes nothing', async () => {
    const before = await stored(busanId);
    const res = await gql(tokens.busanAgent, GRANT, {
      i: { customerId: busanId, purpose: 'PROMOTION', channel: 'PHONE', evidence: '녹취 1' },
    });
    expectRefused(res, 'CONFLICT', 'purpose');
    expect(await stored(busanId)).toEqual(before);
  });

  it('refuses a withdrawal dated before the consent', async () => {
    const before = await stored(busanId);
    const res = await gql(tokens.busanAgent, WITHDRAW, {
      i: { consentId: promotionId, channel: 'PHONE', withdrawnAt: ago(31) },
    });
    expectRefused(res, 'BAD_USER_INPUT', 'withdrawnAt');
    expect(await stored(busanId)).toEqual(before);
  });

  it('withdraws, keeping the consent as evidence; a second withdrawal is refused', async () => {
    const res = await gql(tokens.busanAgent, WITHDRAW, { i: { consentId: promotionId, channel: 'PHONE' } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.withdrawConsent).toMatchObject({
      id: promotionId,
      active: false,
      evidence: '서면 동의서 2026-0113',
      withdrawalChannel: 'PHONE',
    });
    expect(Math.abs(Date.parse(res.data!.withdrawConsent.withdrawnAt) - Date.now())).toBeLessThan(60_000);
    expect(res.data!.withdrawConsent.withdrawnBy).toBeTruthy();
    const before = await stored(busanId);
    const again = await gql(tokens.busanAgent, WITHDRAW, { i: { consentId: promotionId, channel: 'WEB' } });
    expectRefused(again, 'CONFLICT', 'consentId');
    expect(await stored(busanId)).toEqual(before);
    const { rows } = await owner.query(
      `SELECT action, before, after FROM audit_events WHERE entity = 'consent' AND entity_id = $1 ORDER BY id`,
      [promotionId],
    );
    expect(rows.map((r) => r.action)).toEqual(['create', 'update']);
    expect(rows[1].before).toMatchObject({ withdrawnAt: null });
    expect(rows[1].after).toMatchObject({ withdrawalChannel: 'PHONE' });
  });

  it('takes a new consent after a withdrawal and lists active ones first, withdrawn ones as evidence', async () => {
    for (const [purpose, channel] of [
      ['PROMOTION', 'MOBILE'],
      ['ADMIN_NOTICE', 'WEB'],
    ])
      expect(
        (
          await gql(tokens.busanAgent, GRANT, {
            i: { customerId: busanId, purpose, channel, evidence: '앱 동의' },
          })
        ).errors,
      ).toBeUndefined();
    const res = await gql(tokens.busanManager, CONSENTS, { id: busanId });
    expect(
      res.data!.customer.consents.map((c: { purpose: string; active: boolean; channel: string }) => [
        c.purpose,
        c.active,
        c.channel,
      ]),
    ).toEqual([
      ['ADMIN_NOTICE', true, 'WEB'],
      ['PROMOTION', true, 'MOBILE'],
      ['PROMOTION', false, 'VISIT'],
    ]);
  });
});

describe('a customer no longer active', () => {
  it.each(['ANONYMIZED', 'MERGED'])(
    'refuses to withdraw a consent of a %s customer, changing nothing',
    async (status) => {
      const [id] = await insertCustomers(owner, 'busan', [{ name: '종결동의', tags: [tag] }]);
      const granted = await gql(tokens.busanManager, GRANT, {
        i: { customerId: id, purpose: 'ADMIN_NOTICE', channel: 'VISIT', evidence: '서면 동의서 2026-0777' },
      });
      expect(granted.errors).toBeUndefined();
      const consentId = granted.data!.grantConsent.id as string;
      await owner.query(
        `UPDATE customers SET status = $2, merged_into_id = CASE WHEN $2 = 'MERGED' THEN $3::uuid END
        WHERE tenant_id = 'busan' AND id = $1`,
        [id, status, busanId],
      );
      const before = await stored(id);
      const res = await gql(tokens.busanAgent, WITHDRAW, { i: { consentId, channel: 'PHONE' } });
      expectRefused(res, 'CONFLICT', 'consentId');
      expect(await stored(id)).toEqual(before);
    },
  );
});

describe('the demo seed’s consents', () => {
  it('serves seeded consents, withdrawn ones with their withdrawal, as they are stored', async () => {
    const { rows } = await owner.query(
      `SELECT customer_id, count(*)::int AS n FROM customer_consents
        WHERE tenant_id = 'busan' AND withdrawn_at IS NOT NULL AND recorded_by <> 'spec'
        GROUP BY customer_id ORDER BY customer_id LIMIT 1`,
    );
    expect(rows).toHaveLength(1);
    const res = await gql(tokens.busanManager, CONSENTS, { id: rows[0].customer_id });
    expect(res.errors).toBeUndefined();
    const consents = res.data!.customer.consents;
    expect(consents.map((c: { id: string }) => c.id).sort()).toEqual(
      (await stored(rows[0].customer_id)).map((c) => c.id).sort(),
    );
    const withdrawn = consents.filter((c: { active: boolean }) => !c.active);
    expect(withdrawn.length).toBeGreaterThan(0);
    for (const c of withdrawn) {
      expect(c.withdrawalChannel).toBeTruthy();
      expect(Date.parse(c.withdrawnAt)).toBeGreaterThanOrEqual(Date.parse(c.grantedAt));
    }
  });
});

describe('bad input changes nothing', () => {
  it.each([
    ['a future grant', { grantedAt: new Date(Date.now() + 3_600_000).toISOString() }, 'grantedAt'],
    ['over-long evidence', { evidence: '가'.repeat(501) }, 'evidence'],
    ['invisible-only evidence', { evidence: '\u2800\u3164' }, 'evidence'],
    ['blank evidence', { evidence: ' ' }, 'evidence'],
    ['evidence with a control character', { evidence: '동의서\u0007' }, 'evidence'],
    ['a malformed customer id', { customerId: '1' }, 'customerId'],
  ])('refuses %s', async (_, change, field) => {
    const before = await stored(busanId);
    const res = await gql(tokens.busanAgent, GRANT, {
      i: {
        customerId: busanId,
        purpose: 'SATISFACTION_SURVEY',
        channel: 'PHONE',
        evidence: '녹취',
        ...change,
      },
    });
    expect(res.data?.grantConsent ?? null).toBeNull();
    expectRefused(res, 'BAD_USER_INPUT', field);
    expect(await stored(busanId)).toEqual(before);
  });

  it('refuses a future withdrawal', async () => {
    const [active] = (await stored(busanId)).filter((c) => c.withdrawn_at === null);
    const res = await gql(tokens.busanAgent, WITHDRAW, {
      i: {
        consentId: active.id,
        channel: 'PHONE',
        withdrawnAt: new Date(Date.now() + 3_600_000).toISOString(),
      },
    });
    expectRefused(res, 'BAD_USER_INPUT', 'withdrawnAt');
    expect((await stored(busanId)).find((c) => c.id === active.id).withdrawn_at).toBeNull();
  });

  it('answers NOT_FOUND for an unknown customer or consent', async () => {
    expectRefused(
      await gql(tokens.busanAgent, GRANT, {
        i: { customerId: randomUUID(), purpose: 'PROMOTION', channel: 'PHONE', evidence: '녹취' },
      }),
      'NOT_FOUND',
    );
    expectRefused(
      await gql(tokens.busanAgent, WITHDRAW, { i: { consentId: randomUUID(), channel: 'PHONE' } }),
      'NOT_FOUND',
    );
  });
});

describe('tenant isolation', () => {
  it('a busan token grants nothing on a seoul customer and withdraws no seoul consent', async () => {
    const before = await stored(seoulId);
    expectRefused(
      await gql(tokens.busanManager, GRANT, {
        i: { customerId: seoulId, purpose: 'ADMIN_NOTICE', channel: 'PHONE', evidence: '침입' },
      }),
      'NOT_FOUND',
    );
    expectRefused(
      await gql(tokens.busanManager, WITHDRAW, { i: { consentId: seoulConsentId, channel: 'PHONE' } }),
      'NOT_FOUND',
    );
    const read = await gql(tokens.busanManager, CONSENTS, { id: seoulId });
    expect(read.data?.customer ?? null).toBeNull();
    expect(await stored(seoulId)).toEqual(before);
    expect(before).toEqual([expect.objectContaining({ id: seoulConsentId, withdrawn_at: null })]);
  });

  it('the database shows the runtime role no seoul consent and lets it withdraw or delete none', async () => {
    await asTenant('busan', async (db) => {
      expect(
        (await db.query(`SELECT id FROM customer_consents WHERE customer_id = $1`, [seoulId])).rows,
      ).toEqual([]);
      const changed = await db.query(`UPDATE customer_consents SET withdrawn_at = now() WHERE id = $1`, [
        seoulConsentId,
      ]);
      expect(changed.rowCount).toBe(0);
      // Consents are evidence: the runtime role may not delete any, its own tenant's included.
      expect(await sqlState(db.query(`DELETE FROM customer_consents WHERE id = $1`, [seoulConsentId]))).toBe(
        '42501',
      );
    });
    expect((await stored(seoulId))[0].withdrawn_at).toBeNull();
  });
});

describe('the database keeps consents whole', () => {
  it.each([
    ['an unknown channel', `channel = 'FAX'`],
    ['a withdrawal without its channel', `withdrawn_at = now(), withdrawn_by = 'x'`],
    ['a withdrawal channel without a withdrawal', `withdrawal_channel = 'PHONE'`],
  ])('refuses %s', async (_, change) => {
    const [consent] = (await stored(busanId)).filter((c) => c.withdrawn_at === null);
    const state = await asTenant('busan', (db) =>
      sqlState(db.query(`UPDATE customer_consents SET ${change} WHERE id = $1`, [consent.id])),
    );
    expect(state).toBe('23514');
  });
});
