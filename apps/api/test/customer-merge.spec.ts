import { Client } from 'pg';
import { gql, userToken } from './support/api';
import { insertCustomers, uniqueWord } from './support/owner-customers';

/** mergeCustomers end to end: what moves, what stays, refusals, tenant isolation and concurrent merges. */
let owner: Client;
const tokens = {} as Record<'busanManager' | 'busanAdmin' | 'busanAgent' | 'seoulManager', string>;

const MERGE = `mutation($i: MergeCustomersInput!) {
  mergeCustomers(input: $i) { id status source phones { number } emails { address } mergedIntoId version } }`;

const merge = (token: string, survivorId: string, mergedId: string, reason = '동일인 확인 (전화 통화)') =>
  gql(token, MERGE, { i: { survivorId, mergedId, reason } });

/** Two busan customers with a phone and an e-mail each, the merged one with a contact. */
async function pair(word: string): Promise<[string, string]> {
  const [a, b] = await insertCustomers(owner, 'busan', [
    { name: '병합갑', tags: [word], source: 'manual', mobile: '01020000001', email: `${word}-a@example.com` },
    {
      name: '병합을',
      tags: [word],
      source: `import-${word}`,
      mobile: '01020000002',
      email: `${word}-b@example.com`,
    },
  ]);
  await owner.query(
    `INSERT INTO contact_history (tenant_id, customer_id, channel, direction, occurred_at, summary, origin_customer_id, created_by)
     VALUES ('busan', $1, 'PHONE', 'INBOUND', now() - interval '1 day', '주차 민원 문의', $1, 'spec')`,
    [b],
  );
  return [a, b];
}

const statusOf = async (ids: string[]) =>
  (
    await owner.query<{ id: string; status: string; merged_into_id: string | null; version: number }>(
      `SELECT id, status, merged_into_id, version FROM customers WHERE id = ANY($1) ORDER BY id`,
      [ids],
    )
  ).rows;

beforeAll(async () => {
  owner = new Client({ connectionString: process.env.PCRM_OWNER_DATABASE_URL });
  await owner.connect();
  [tokens.busanManager, tokens.busanAdmin, tokens.busanAgent, tokens.seoulManager] = await Promise.all([
    userToken('busan', 'manager'),
    userToken('busan', 'admin'),
    userToken('busan', 'agent'),
    userToken('seoul', 'manager'),
  ]);
});

afterAll(async () => {
  await owner.end();
});

it('merges: the survivor gains phones, e-mails and the timeline; the merged record stays with its source; audited', async () => {
  const word = uniqueWord('merge');
  const [survivor, merged] = await pair(word);
  const res = await merge(tokens.busanManager, survivor, merged);
  expect(res.errors).toBeUndefined();
  expect(res.data!.mergeCustomers).toMatchObject({
    id: survivor,
    status: 'ACTIVE',
    source: 'manual',
    mergedIntoId: null,
    version: 2,
    phones: [{ number: '010-2000-0001' }, { number: '010-2000-0002' }],
  });
  expect(res.data!.mergeCustomers.emails.map((e: { address: string }) => e.address).sort()).toEqual(
    [`${word}-a@example.com`, `${word}-b@example.com`].sort(),
  );
  const open = await gql(
    tokens.busanManager,
    `query($id: ID!) { customer(id: $id) { status source mergedIntoId } }`,
    {
      id: merged,
    },
  );
  expect(open.data!.customer).toEqual({ status: 'MERGED', source: `import-${word}`, mergedIntoId: survivor });
  const survivorView = await gql(
    tokens.busanManager,
    `query($id: ID!) { customer(id: $id) { mergedRecords { id customerNo source reason mergedBy mergedAt } } }`,
    { id: survivor },
  );
  expect(survivorView.errors).toBeUndefined();
  expect(survivorView.data!.customer.mergedRecords).toEqual([
    {
      id: merged,
      customerNo: expect.stringMatching(/^\d+$/),
      source: `import-${word}`,
      reason: '동일인 확인 (전화 통화)',
      mergedBy: expect.any(String),
      mergedAt: expect.any(String),
    },
  ]);
  const timeline = await owner.query(
    `SELECT customer_id, origin_customer_id, summary FROM contact_history WHERE origin_customer_id = $1`,
    [merged],
  );
  expect(timeline.rows).toEqual([
    { customer_id: survivor, origin_customer_id: merged, summary: '주차 민원 문의' },
  ]);
  const audit = await owner.query(
    `SELECT actor, after->>'reason' AS reason, after->>'survivorId' AS survivor FROM audit_events
      WHERE tenant_id = 'busan' AND entity = 'customer_merge' AND entity_id = $1`,
    [merged],
  );
  expect(audit.rows).toEqual([{ actor: 'busan/manager', reason: '동일인 확인 (전화 통화)', survivor }]);
});

it.each([
  ['a self-merge', 'self', 'BAD_USER_INPUT', 'mergedId'],
  ['a blank reason', 'blank', 'BAD_USER_INPUT', 'reason'],
  ['a reason with a control character', 'control', 'BAD_USER_INPUT', 'reason'],
  ['a malformed id', 'malformed', 'BAD_USER_INPUT', 'survivorId'],
])('refuses %s with a stable Korean error and changes nothing', async (_, kind, code, field) => {
  const [a, b] = await pair(uniqueWord('refuse'));
  const before = await statusOf([a, b]);
  const variables = {
    self: { survivorId: a, mergedId: a.toUpperCase(), reason: '실수' },
    blank: { survivorId: a, mergedId: b, reason: '   ' },
    control: { survivorId: a, mergedId: b, reason: '사유\u0007' },
    malformed: { survivorId: 'not-a-uuid', mergedId: b, reason: '사유' },
  }[kind];
  const res = await gql(tokens.busanManager, MERGE, { i: variables });
  expect(res.data?.mergeCustomers ?? null).toBeNull();
  expect(res.errors?.[0].extensions).toMatchObject({ code, field });
  expect(res.errors?.[0].message).toMatch(/[가-힣]/);
  expect(res.errors?.[0].extensions.messageEn).toBeTruthy();
  expect(await statusOf([a, b])).toEqual(before);
});

it('refuses merging into or from a merged customer (CONFLICT)', async () => {
  const [a, b] = await pair(uniqueWord('twice'));
  expect((await merge(tokens.busanManager, a, b)).errors).toBeUndefined();
  const again = await merge(tokens.busanManager, b, a);
  expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'survivorId' });
});

it('refuses callers without customer:merge', async () => {
  const [a, b] = await pair(uniqueWord('agent'));
  const res = await merge(tokens.busanAgent, a, b);
  expect(res.errors?.[0].extensions.code).toBe('FORBIDDEN');
  expect((await statusOf([a, b])).map((r) => r.status)).toEqual(['ACTIVE', 'ACTIVE']);
});

it('of concurrent identical or opposite merges exactly one succeeds; the rest conflict and change nothing', async () => {
  const [a, b] = await pair(uniqueWord('race'));
  // Two callers, so the per-caller concurrency limit does not line the requests up.
  const results = await Promise.all([
    merge(tokens.busanManager, a, b),
    merge(tokens.busanAdmin, a, b),
    merge(tokens.busanManager, b, a),
    merge(tokens.busanAdmin, a, b),
  ]);
  const ok = results.filter((r) => !r.errors);
  expect(ok).toHaveLength(1);
  for (const r of results.filter((x) => x.errors)) expect(r.errors![0].extensions.code).toBe('CONFLICT');
  const survivor = ok[0].data!.mergeCustomers.id;
  const rows = await statusOf([a, b]);
  expect(rows.filter((r) => r.status === 'MERGED')).toHaveLength(1);
  expect(rows.find((r) => r.status === 'MERGED')!.merged_into_id).toBe(survivor);
  const logs = await owner.query(`SELECT count(*)::int AS n FROM customer_merges WHERE merged_id = ANY($1)`, [
    [a, b],
  ]);
  expect(logs.rows[0].n).toBe(1);
});

describe('tenant isolation', () => {
  it('a busan token cannot merge a seoul customer either way, and nothing changes in either tenant', async () => {
    const [busanA] = await pair(uniqueWord('iso'));
    const [seoul] = await insertCustomers(owner, 'seoul', [
      { name: '서울고객', mobile: '01020000009', email: 'seoul-merge@example.com' },
    ]);
    for (const [s, m] of [
      [busanA, seoul],
      [seoul, busanA],
    ]) {
      const res = await merge(tokens.busanManager, s, m);
      expect(res.errors?.[0].extensions.code).toBe('NOT_FOUND');
    }
    expect((await statusOf([busanA, seoul])).map((r) => [r.status, r.version])).toEqual([
      ['ACTIVE', 1],
      ['ACTIVE', 1],
    ]);
    const phones = await owner.query(`SELECT customer_id FROM customer_phones WHERE digits = '01020000009'`);
    expect(phones.rows).toEqual([{ customer_id: seoul }]);
  });

  it('the database lets the runtime role of busan neither read nor re-point seoul merges', async () => {
    const [seoulA, seoulB] = await insertCustomers(owner, 'seoul', [{ name: '서울갑' }, { name: '서울을' }]);
    const seoulMerge = await merge(tokens.seoulManager, seoulA, seoulB);
    expect(seoulMerge.errors).toBeUndefined();
    const app = new Client({ connectionString: process.env.PCRM_APP_DATABASE_URL });
    await app.connect();
    try {
      await app.query('BEGIN');
      await app.query(`SELECT set_config('app.tenant_id', 'busan', true)`);
      const logs = await app.query(`SELECT id FROM customer_merges WHERE merged_id = $1`, [seoulB]);
      expect(logs.rows).toEqual([]);
      const repointed = await app.query(
        `UPDATE customers SET merged_into_id = NULL, status = 'ACTIVE' WHERE id = $1`,
        [seoulB],
      );
      expect(repointed.rowCount).toBe(0);
      await app.query('ROLLBACK');
    } finally {
      await app.end();
    }
  });
});

it('keeps FAMILY one relation either way round: a pair the survivor already has is not moved to it reversed', async () => {
  const word = uniqueWord('merge-family');
  const [survivor, merged] = await pair(word);
  const [parent, child] = await insertCustomers(owner, 'busan', [
    { name: '가족부', tags: [word] },
    { name: '가족자', tags: [word] },
  ]);
  const relate = `INSERT INTO customer_relations (tenant_id, customer_id, related_customer_id, kind, created_by)
    VALUES ('busan', $1, $2, $3, 'spec')`;
  // survivor→parent already; merged has the same family tie the other way round (parent→merged) …
  await owner.query(relate, [survivor, parent, 'FAMILY']);
  await owner.query(relate, [parent, merged, 'FAMILY']);
  // … and merged→child, which the survivor has reversed (child→survivor).
  await owner.query(relate, [child, survivor, 'FAMILY']);
  await owner.query(relate, [merged, child, 'FAMILY']);
  const res = await merge(tokens.busanManager, survivor, merged);
  expect(res.errors).toBeUndefined();
  const { rows } = await owner.query<{ a: string; b: string }>(
    `SELECT least(customer_id::text, related_customer_id::text) AS a,
            greatest(customer_id::text, related_customer_id::text) AS b
       FROM customer_relations
      WHERE kind = 'FAMILY' AND $1 IN (customer_id, related_customer_id)`,
    [survivor],
  );
  const pairs = rows.map((r) => `${r.a}|${r.b}`).sort();
  expect(pairs).toEqual([...new Set(pairs)]);
  expect(pairs).toHaveLength(2);
});
