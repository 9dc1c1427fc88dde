import { Client } from 'pg';
import { gql, userToken, type GqlResult } from './support/api';
import { waitForJob } from './support/jobs';
import { insertCustomers, uniqueWord } from './support/owner-customers';

/**
 * Retention and anonymization end to end, in 충청북도 (chungbuk), a tenant no other spec writes customers to:
 * its retention setting is changed here.
 */
let owner: Client;
const tokens = {} as Record<'admin' | 'manager' | 'seoulAdmin', string>;
const TENANT = 'chungbuk';

const SETTINGS = '{ customerSettings { retentionYears } }';
const SET_RETENTION = `mutation($y: Int!) { updateCustomerSettings(retentionYears: $y) { retentionYears } }`;
const CANDIDATES = `query($first: Int, $after: String) { retentionCandidates(first: $first, after: $after) {
  totalCount edges { cursor node { id name status lastContactAt } } pageInfo { hasNextPage endCursor } } }`;
const ANONYMIZE = `mutation($ids: [ID!]!, $r: String!) {
  anonymizeCustomers(ids: $ids, reason: $r) { anonymizedCount job { id state } } }`;

/** A customer of `tenant` created and last contacted (null: never) the given number of years ago. */
async function inactive(
  tenant: string,
  name: string,
  createdYearsAgo: number,
  contactYearsAgo: number | null,
) {
  const [id] = await insertCustomers(owner, tenant, [{ name }]);
  await owner.query(
    `UPDATE customers SET created_at = now() - make_interval(years => $2),
       last_contact_at = CASE WHEN $3::int IS NULL THEN NULL ELSE now() - make_interval(years => $3::int) END
     WHERE id = $1`,
    [id, createdYearsAgo, contactYearsAgo],
  );
  return id;
}

interface CandidatePage {
  edges: { node: { id: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Every retention candidate of the caller's tenant, paging through `first` at a time. */
async function allCandidates(token: string, first = 200): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  for (;;) {
    const res: GqlResult = await gql(token, CANDIDATES, { first, after });
    expect(res.errors).toBeUndefined();
    const page: CandidatePage = res.data!.retentionCandidates;
    ids.push(...page.edges.map((e) => e.node.id));
    if (!page.pageInfo.hasNextPage) return ids;
    after = page.pageInfo.endCursor;
  }
}

const setRetention = async (token: string, years: number) => {
  const res = await gql(token, SET_RETENTION, { y: years });
  expect(res.errors).toBeUndefined();
};

const row = async (id: string) =>
  (
    await owner.query(
      `SELECT status, name, name_initials, search_grams, to_char(birth_date, 'YYYY-MM-DD') AS birth_date, sex, kind,
              sido, sigungu, eupmyeondong, road_address, address_detail, postal_code, household_key, tags, source,
              customer_no, merged_into_id, anonymized_at IS NOT NULL AS anonymized, version
         FROM customers WHERE id = $1`,
      [id],
    )
  ).rows[0];

beforeAll(async () => {
  owner = new Client({ connectionString: process.env.PCRM_OWNER_DATABASE_URL });
  await owner.connect();
  [tokens.admin, tokens.manager, tokens.seoulAdmin] = await Promise.all([
    userToken(TENANT, 'admin'),
    userToken(TENANT, 'manager'),
    userToken('seoul', 'admin'),
  ]);
});

afterAll(async () => {
  await owner.end();
});

describe('retention settings and candidates', () => {
  it('lists active customers inactive longer than the retention years, longest inactive first, paged', async () => {
    await setRetention(tokens.admin, 5);
    const never = await inactive(TENANT, '보관가', 40, null);
    const tenYears = await inactive(TENANT, '보관나', 40, 10);
    const recent = await inactive(TENANT, '보관다', 40, 1);
    const merged = await inactive(TENANT, '보관라', 41, null);
    await owner.query(`UPDATE customers SET status = 'MERGED', merged_into_id = $2 WHERE id = $1`, [
      merged,
      recent,
    ]);

    const all = await allCandidates(tokens.admin);
    expect(all.indexOf(never)).toBeGreaterThanOrEqual(0);
    expect(all.indexOf(tenYears)).toBeGreaterThan(all.indexOf(never));
    expect(all).not.toContain(recent);
    expect(all).not.toContain(merged);
    expect(await allCandidates(tokens.admin, 1)).toEqual(all);

    const first = await gql(tokens.admin, CANDIDATES, { first: 1 });
    expect(first.data!.retentionCandidates.edges[0].node.name).toMatch(/\*/);
    expect(first.data!.retentionCandidates.totalCount).toBe(all.length);

    await setRetention(tokens.admin, 20);
    const twenty = await allCandidates(tokens.admin);
    expect(twenty).toContain(never);
    expect(twenty).not.toContain(tenYears);
    await setRetention(tokens.admin, 50);
    expect(await allCandidates(tokens.admin)).not.toContain(never);
    await setRetention(tokens.admin, 5);
  });

  it('audits a change of the retention years', async () => {
    await setRetention(tokens.admin, 7);
    expect((await gql(tokens.admin, SETTINGS)).data!.customerSettings).toEqual({ retentionYears: 7 });
    const audit = await owner.query(
      `SELECT before, after FROM audit_events WHERE tenant_id = $1 AND entity = 'customer_settings'
        ORDER BY occurred_at DESC, id DESC LIMIT 1`,
      [TENANT],
    );
    expect(audit.rows[0].after).toEqual({ retentionYears: 7 });
    await setRetention(tokens.admin, 5);
  });

  it.each([0, 51, -3])('refuses %d retention years and keeps the setting', async (years) => {
    const res = await gql(tokens.admin, SET_RETENTION, { y: years });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'retentionYears' });
    expect(res.errors?.[0].message).toMatch(/[가-힣]/);
    expect((await gql(tokens.admin, SETTINGS)).data!.customerSettings.retentionYears).toBe(5);
  });

  it('refuses a forged cursor', async () => {
    const forged = Buffer.from(JSON.stringify(["2020-01-01'; --", 'x'])).toString('base64url');
    const res = await gql(tokens.admin, CANDIDATES, { first: 5, after: forged });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('refuses callers without customer:privacy (a manager)', async () => {
    for (const query of [SETTINGS, CANDIDATES]) {
      const res = await gql(tokens.manager, query, { first: 1 });
      expect(res.errors?.[0].extensions.code).toBe('FORBIDDEN');
    }
    expect((await gql(tokens.manager, SET_RETENTION, { y: 9 })).errors?.[0].extensions.code).toBe(
      'FORBIDDEN',
    );
  });
});

describe('anonymization', () => {
  /** A customer with everything that identifies a person, a record merged into it, a relation and history. */
  async function fullCustomer() {
    const tag = uniqueWord('anon');
    const created = await gql(
      tokens.admin,
      `mutation($i: CreateCustomerInput!) { createCustomer(input: $i) { id } }`,
      {
        i: {
          name: '익명대상',
          birthDate: '1961-08-15',
          sex: 'FEMALE',
          kind: 'ACQUIRED',
          tags: [tag],
          phones: [{ number: '010-4444-0001' }],
          emails: [{ address: `${tag}@example.com` }],
          address: {
            sido: '충청북도',
            sigungu: '청주시 상당구',
            eupmyeondong: '용암동',
            roadAddress: '충청북도 청주시 상당구 용암로 1',
            addressDetail: '101동 101호',
            postalCode: '28770',
          },
        },
      },
    );
    expect(created.errors).toBeUndefined();
    const id: string = created.data!.createCustomer.id;
    const [mergedInto, friend] = await insertCustomers(owner, TENANT, [
      { name: '익명대상옛기록', mobile: '01044440002', source: 'old-system' },
      { name: '이웃', mobile: '01044440003' },
    ]);
    await owner.query(`UPDATE customers SET status = 'MERGED', merged_into_id = $2 WHERE id = $1`, [
      mergedInto,
      id,
    ]);
    await owner.query(
      `INSERT INTO customer_relations (tenant_id, customer_id, related_customer_id, kind, created_by)
       VALUES ($1, $2, $3, 'FAMILY', 'spec')`,
      [TENANT, friend, id],
    );
    await owner.query(
      `INSERT INTO customer_consents (tenant_id, customer_id, purpose, granted_at, channel, evidence, recorded_by)
       VALUES ($1, $2, 'PROMOTION', now(), 'WEB', '서명 동의서 스캔 2026-11-01', 'spec')`,
      [TENANT, id],
    );
    await owner.query(
      `INSERT INTO contact_history (tenant_id, customer_id, channel, direction, occurred_at, summary, origin_customer_id, created_by)
       VALUES ($1, $2, 'VISIT', 'INBOUND', now() - interval '2 days', '아들 김철수 연락처 변경 요청', $3, 'spec')`,
      [TENANT, id, mergedInto],
    );
    return { id, mergedInto, friend };
  }

  it('keeps the row for statistics and removes everything that identifies the person, merged records too; audited', async () => {
    const { id, mergedInto, friend } = await fullCustomer();
    const before = await row(id);
    const res = await gql(tokens.admin, ANONYMIZE, { ids: [id], r: '보유기간 경과 (2026년 정기 파기)' });
    expect(res.errors).toBeUndefined();
    expect(res.data!.anonymizeCustomers).toEqual({ anonymizedCount: 2, job: null });

    expect(await row(id)).toEqual({
      ...before,
      status: 'ANONYMIZED',
      name: '(익명)',
      name_initials: '',
      search_grams: [],
      birth_date: '1961-07-01',
      eupmyeondong: null,
      road_address: null,
      address_detail: null,
      postal_code: null,
      household_key: null,
      tags: [],
      anonymized: true,
      version: before.version + 1,
    });
    expect(await row(mergedInto)).toMatchObject({
      status: 'ANONYMIZED',
      merged_into_id: null,
      source: 'old-system',
    });
    for (const table of ['customer_phones', 'customer_emails'])
      expect(
        (
          await owner.query(`SELECT count(*)::int AS n FROM ${table} WHERE customer_id = ANY($1)`, [
            [id, mergedInto],
          ])
        ).rows[0].n,
      ).toBe(0);
    const consents = await owner.query(
      `SELECT purpose, evidence FROM customer_consents WHERE customer_id = $1`,
      [id],
    );
    expect(consents.rows).toEqual([{ purpose: 'PROMOTION', evidence: '(익명 처리로 증빙 삭제)' }]);
    const relations = await owner.query(
      `SELECT count(*)::int AS n FROM customer_relations WHERE customer_id = $1`,
      [friend],
    );
    expect(relations.rows[0].n).toBe(0);
    expect((await row(friend)).status).toBe('ACTIVE');
    const contacts = await owner.query(
      `SELECT channel, summary FROM contact_history WHERE customer_id = $1`,
      [id],
    );
    expect(contacts.rows).toEqual([{ channel: 'VISIT', summary: '(익명 처리로 내용 삭제)' }]);
    const audit = await owner.query(
      `SELECT entity_id, action, after->>'reason' AS reason FROM audit_events
        WHERE tenant_id = $1 AND entity = 'customer' AND action = 'delete' AND entity_id = ANY($2) ORDER BY entity_id`,
      [TENANT, [id, mergedInto]],
    );
    expect(audit.rows.map((r) => [r.entity_id, r.reason])).toEqual(
      [id, mergedInto].sort().map((x) => [x, '보유기간 경과 (2026년 정기 파기)']),
    );

    const open = await gql(
      tokens.admin,
      `query($id: ID!) { customer(id: $id) { status name phones { id } ageBand } }`,
      {
        id,
      },
    );
    expect(open.data!.customer).toMatchObject({ status: 'ANONYMIZED', name: '(익명)', phones: [] });

    const again = await gql(tokens.admin, ANONYMIZE, { ids: [id], r: '다시' });
    expect(again.data!.anonymizeCustomers).toEqual({ anonymizedCount: 0, job: null });
  });

  it.each([
    ['no ids', { ids: [], r: '사유' }, 'ids'],
    ['a blank reason', { ids: ['00000000-0000-4000-8000-000000000001'], r: ' ' }, 'reason'],
    ['a malformed id', { ids: ['nope'], r: '사유' }, 'ids'],
    [
      'more than 10,000 ids',
      {
        ids: Array.from(
          { length: 10_001 },
          (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
        ),
        r: '사유',
      },
      'ids',
    ],
  ])('refuses %s with a Korean error', async (_, variables, field) => {
    const res = await gql(tokens.admin, ANONYMIZE, variables);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(res.errors?.[0].message).toMatch(/[가-힣]/);
    expect(res.errors?.[0].extensions.messageEn).toBeTruthy();
  });

  it('refuses callers without customer:privacy and changes nothing', async () => {
    const [id] = await insertCustomers(owner, TENANT, [{ name: '권한없음', mobile: '01044440009' }]);
    const res = await gql(tokens.manager, ANONYMIZE, { ids: [id], r: '사유' });
    expect(res.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await row(id)).status).toBe('ACTIVE');
  });

  it('anonymizes a large set in a background job, all in one transaction', async () => {
    const word = uniqueWord('bulk');
    const ids = await insertCustomers(
      owner,
      TENANT,
      Array.from({ length: 260 }, (_, i) => ({
        name: `일괄${i}`,
        tags: [word],
        mobile: `0104445${String(i).padStart(4, '0')}`,
      })),
    );
    const res = await gql(tokens.admin, ANONYMIZE, { ids, r: '보유기간 경과 일괄' });
    expect(res.errors).toBeUndefined();
    expect(res.data!.anonymizeCustomers.anonymizedCount).toBe(0);
    const job = await waitForJob(tokens.admin, res.data!.anonymizeCustomers.job.id);
    expect(job).toMatchObject({ state: 'COMPLETED', processedRows: 260, totalRows: 260 });
    const statuses = await owner.query(
      `SELECT status, count(*)::int AS n FROM customers WHERE id = ANY($1) GROUP BY status`,
      [ids],
    );
    expect(statuses.rows).toEqual([{ status: 'ANONYMIZED', n: 260 }]);
    const phones = await owner.query(
      `SELECT count(*)::int AS n FROM customer_phones WHERE customer_id = ANY($1)`,
      [ids],
    );
    expect(phones.rows[0].n).toBe(0);
  });
});

describe('tenant isolation', () => {
  it('another tenant’s id among the ids refuses the whole call: nothing of either tenant changes', async () => {
    const [own] = await insertCustomers(owner, TENANT, [{ name: '우리고객', mobile: '01044441001' }]);
    const [seoul] = await insertCustomers(owner, 'seoul', [{ name: '서울고객', mobile: '01044441002' }]);
    const res = await gql(tokens.admin, ANONYMIZE, { ids: [own, seoul], r: '보유기간 경과' });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'ids' });
    expect((await row(own)).status).toBe('ACTIVE');
    expect((await row(seoul)).status).toBe('ACTIVE');
    const phones = await owner.query(
      `SELECT count(*)::int AS n FROM customer_phones WHERE customer_id = ANY($1)`,
      [[own, seoul]],
    );
    expect(phones.rows[0].n).toBe(2);
  });

  it('settings and candidates are each tenant’s own', async () => {
    const seoulBefore = (await gql(tokens.seoulAdmin, SETTINGS)).data!.customerSettings.retentionYears;
    await setRetention(tokens.admin, 11);
    expect((await gql(tokens.seoulAdmin, SETTINGS)).data!.customerSettings.retentionYears).toBe(seoulBefore);
    await setRetention(tokens.admin, 5);
    const seoulOld = await inactive('seoul', '서울보관', 45, null);
    expect(await allCandidates(tokens.admin)).not.toContain(seoulOld);
    expect(await allCandidates(tokens.seoulAdmin)).toContain(seoulOld);
  });

  it('the database keeps the runtime role of one tenant off another’s settings, consents and customers', async () => {
    const [seoul] = await insertCustomers(owner, 'seoul', [{ name: '서울동의' }]);
    await owner.query(
      `INSERT INTO customer_consents (tenant_id, customer_id, purpose, granted_at, channel, evidence, recorded_by)
       VALUES ('seoul', $1, 'ADMIN_NOTICE', now(), 'WEB', '웹 동의', 'spec')`,
      [seoul],
    );
    const app = new Client({ connectionString: process.env.PCRM_APP_DATABASE_URL });
    await app.connect();
    try {
      await app.query('BEGIN');
      await app.query(`SELECT set_config('app.tenant_id', $1, true)`, [TENANT]);
      expect(
        (await app.query(`UPDATE customer_consents SET evidence = 'x' WHERE customer_id = $1`, [seoul]))
          .rowCount,
      ).toBe(0);
      expect(
        (await app.query(`UPDATE customer_settings SET retention_years = 1 WHERE tenant_id = 'seoul'`))
          .rowCount,
      ).toBe(0);
      expect(
        (
          await app.query(`UPDATE customers SET status = 'ANONYMIZED', name = '(익명)' WHERE id = $1`, [
            seoul,
          ])
        ).rowCount,
      ).toBe(0);
      await app.query('ROLLBACK');
    } finally {
      await app.end();
    }
    const consents = await owner.query(
      `SELECT count(*)::int AS n FROM customer_consents WHERE customer_id = $1`,
      [seoul],
    );
    expect(consents.rows[0].n).toBe(1);
  });
});
