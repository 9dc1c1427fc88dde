import { Client } from 'pg';
import { gql, userToken } from './support/api';
import { uniqueWord } from './support/owner-customers';
import { asTenant, expectRefused, sqlState } from './support/customer-360';

/** Petition routing rules end to end: who may manage them, intake applies them, bad input, isolation. */
let owner: Client;
const tokens = {} as Record<
  'busanAdmin' | 'busanManager' | 'busanAgent' | 'busanOfficer' | 'seoulManager' | 'ministryAnalyst',
  string
>;
const word = uniqueWord('배정');
let busanDepartment: string;
let seoulDepartment: string;

const RULE = `id categoryCode keywords department { id name } departmentActive priority active createdBy`;
const CREATE = `mutation($i: VocRoutingRuleInput!) { createVocRoutingRule(input: $i) { ${RULE} } }`;
const UPDATE = `mutation($id: ID!, $i: VocRoutingRuleInput!) { updateVocRoutingRule(id: $id, input: $i) { ${RULE} } }`;
const DELETE = `mutation($id: ID!) { deleteVocRoutingRule(id: $id) }`;
const LIST = `{ vocRoutingRules { ${RULE} } }`;
const PREVIEW = `query($c: String!, $t: String!, $b: String!) {
  previewVocRouting(categoryCode: $c, title: $t, body: $b) { matchedKeyword rule { ${RULE} } } }`;

const reasonOf = (res: { errors?: { extensions: object }[] }) =>
  (res.errors?.[0]?.extensions as { reason?: string } | undefined)?.reason;

const ruleRow = async (id: string) =>
  (
    await owner.query(
      `SELECT tenant_id, keywords, department_id, priority FROM voc_routing_rules WHERE id = $1`,
      [id],
    )
  ).rows[0];
const ruleCount = async (tenant: string) =>
  (await owner.query(`SELECT count(*)::int AS n FROM voc_routing_rules WHERE tenant_id = $1`, [tenant]))
    .rows[0].n;

beforeAll(async () => {
  owner = new Client({ connectionString: process.env.PCRM_OWNER_DATABASE_URL });
  await owner.connect();
  [
    tokens.busanAdmin,
    tokens.busanManager,
    tokens.busanAgent,
    tokens.busanOfficer,
    tokens.seoulManager,
    tokens.ministryAnalyst,
  ] = await Promise.all([
    userToken('busan', 'admin'),
    userToken('busan', 'manager'),
    userToken('busan', 'agent'),
    userToken('busan', 'officer'),
    userToken('seoul', 'manager'),
    userToken('ministry', 'analyst'),
  ]);
  const department = async (tenant: string) =>
    (
      await owner.query(
        `SELECT id FROM departments WHERE tenant_id = $1 AND active AND name LIKE '%복지%' ORDER BY name LIMIT 1`,
        [tenant],
      )
    ).rows[0].id as string;
  [busanDepartment, seoulDepartment] = await Promise.all([department('busan'), department('seoul')]);
});

afterAll(async () => {
  await owner.query(`DELETE FROM voc_routing_rules WHERE $1 = ANY(keywords)`, [word]);
  await owner.end();
});

it('routes a new case by a manager’s rule, and the preview names that rule before anything is received', async () => {
  const created = await gql(tokens.busanManager, CREATE, {
    i: { keywords: [`  ${word}\u200B `], departmentId: busanDepartment, priority: 1 },
  });
  expect(created.errors).toBeUndefined();
  const rule = created.data!.createVocRoutingRule;
  expect(rule).toMatchObject({ categoryCode: null, keywords: [word], priority: 1, active: true });
  expect(rule.createdBy).not.toBe('system:routing');

  const preview = await gql(tokens.busanAdmin, PREVIEW, {
    c: 'GENERAL',
    t: '문의',
    b: `내용에 ${word} 있음`,
  });
  expect(preview.data!.previewVocRouting).toMatchObject({ matchedKeyword: word, rule: { id: rule.id } });

  const received = await gql(
    tokens.busanAgent,
    `mutation($i: ReceiveVocInput!) { receiveVoc(input: $i) { status department { id } timeline { event actor } } }`,
    {
      i: {
        source: 'PETITION',
        channel: 'WEB',
        kind: 'PROPOSAL',
        handlingClass: 'COMPLEX',
        categoryCode: 'GENERAL',
        title: '문의',
        body: `내용에 ${word} 있음`,
        contact: { name: '김배정', phone: '010-2222-3333' },
        replyChannel: 'SMS',
      },
    },
  );
  expect(received.errors).toBeUndefined();
  expect(received.data!.receiveVoc).toMatchObject({
    status: 'ASSIGNED',
    department: { id: busanDepartment },
  });

  const listed = (await gql(tokens.busanAdmin, LIST)).data!.vocRoutingRules;
  expect(listed[0].id).toBe(rule.id);
  expect(listed.map((r: { priority: number }) => r.priority)).toEqual(
    [...listed.map((r: { priority: number }) => r.priority)].sort((a, b) => a - b),
  );
  const audit = await owner.query(
    `SELECT action, actor FROM audit_events WHERE tenant_id = 'busan' AND entity = 'voc_routing_rule' AND entity_id = $1`,
    [rule.id],
  );
  expect(audit.rows).toEqual([{ action: 'create', actor: expect.any(String) }]);
});

it('lets only managers and tenant administrators read and write the rules', async () => {
  for (const token of [tokens.busanAgent, tokens.busanOfficer, tokens.ministryAnalyst]) {
    expectRefused(await gql(token, LIST), 'FORBIDDEN');
    expectRefused(await gql(token, PREVIEW, { c: 'GENERAL', t: word, b: '' }), 'FORBIDDEN');
    const before = await ruleCount('busan');
    expectRefused(
      await gql(token, CREATE, { i: { keywords: [word], departmentId: busanDepartment } }),
      'FORBIDDEN',
    );
    expect(await ruleCount('busan')).toBe(before);
  }
});

it('refuses bad input with a stable reason and changes nothing', async () => {
  const before = await ruleCount('busan');
  const cases: [Record<string, unknown>, string][] = [
    [{ keywords: [], departmentId: busanDepartment }, 'ROUTING_EMPTY_RULE'],
    [{ categoryCode: 'NO_SUCH', departmentId: busanDepartment }, 'ROUTING_UNKNOWN_CATEGORY'],
    [
      { keywords: [word], departmentId: '00000000-0000-4000-8000-00000000abcd' },
      'ROUTING_UNKNOWN_DEPARTMENT',
    ],
    [
      { keywords: Array.from({ length: 31 }, (_, i) => `${word}${i}`), departmentId: busanDepartment },
      'ROUTING_TOO_MANY_KEYWORDS',
    ],
    [{ keywords: ['가'.repeat(41)], departmentId: busanDepartment }, 'ROUTING_KEYWORD_TOO_LONG'],
    [{ keywords: ['\u200B\uFEFF'], departmentId: busanDepartment }, 'ROUTING_KEYWORD_EMPTY'],
  ];
  for (const [input, reason] of cases) {
    const res = await gql(tokens.busanManager, CREATE, { i: input });
    expectRefused(res, 'BAD_USER_INPUT');
    expect(reasonOf(res)).toBe(reason);
  }
  const reorder = await gql(tokens.busanManager, `mutation { reorderVocRoutingRules(ids: []) { id } }`);
  expect(reasonOf(reorder)).toBe('ROUTING_REORDER_MISMATCH');
  expect(await ruleCount('busan')).toBe(before);
});

describe('tenant isolation', () => {
  let busanRule: string;
  beforeAll(async () => {
    const res = await gql(tokens.busanManager, CREATE, {
      i: {
        categoryCode: 'WELFARE',
        keywords: [word, '격리'],
        departmentId: busanDepartment,
        priority: 999_000,
      },
    });
    busanRule = res.data!.createVocRoutingRule.id;
  });

  it('a seoul token neither sees busan’s rules nor changes them, nor routes to a busan department', async () => {
    const listed = (await gql(tokens.seoulManager, LIST)).data!.vocRoutingRules;
    expect(listed.map((r: { id: string }) => r.id)).not.toContain(busanRule);
    expect(JSON.stringify(listed)).not.toContain(word);
    const before = await ruleRow(busanRule);
    expectRefused(
      await gql(tokens.seoulManager, UPDATE, {
        id: busanRule,
        i: { keywords: ['탈취'], departmentId: seoulDepartment },
      }),
      'NOT_FOUND',
    );
    expectRefused(await gql(tokens.seoulManager, DELETE, { id: busanRule }), 'NOT_FOUND');
    expect(await ruleRow(busanRule)).toEqual(before);

    const seoulBefore = await ruleCount('seoul');
    const foreign = await gql(tokens.seoulManager, CREATE, {
      i: { keywords: [word], departmentId: busanDepartment },
    });
    expect(foreign.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'ROUTING_UNKNOWN_DEPARTMENT',
    });
    expect(await ruleCount('seoul')).toBe(seoulBefore);
    // Seoul's preview never reaches busan's rule.
    const preview = await gql(tokens.seoulManager, PREVIEW, { c: 'WELFARE', t: word, b: '' });
    expect(preview.data!.previewVocRouting.rule?.id).not.toBe(busanRule);
  });

  it('the database shows seoul’s runtime role none of busan’s rules and lets it change or add none', async () => {
    await asTenant('seoul', async (db) => {
      expect((await db.query(`SELECT id FROM voc_routing_rules WHERE id = $1`, [busanRule])).rows).toEqual(
        [],
      );
      expect(
        (await db.query(`UPDATE voc_routing_rules SET priority = 1 WHERE id = $1`, [busanRule])).rowCount,
      ).toBe(0);
      expect((await db.query(`DELETE FROM voc_routing_rules WHERE id = $1`, [busanRule])).rowCount).toBe(0);
      expect(
        await sqlState(
          db.query(
            `INSERT INTO voc_routing_rules (tenant_id, keywords, department_id, created_by)
             VALUES ('busan', ARRAY['탈취'], $1, 'x')`,
            [busanDepartment],
          ),
        ),
      ).toBe('42501');
    });
    expect(await ruleRow(busanRule)).toMatchObject({ tenant_id: 'busan', priority: 999_000 });
  });
});
