import { Client } from 'pg';
import { gql, userToken } from './support/api';
import { insertCustomers, uniqueWord } from './support/owner-customers';

/** Customer segments end to end: rules, live counts, snapshots, permissions and tenant isolation. */
let owner: Client;
const tokens = {} as Record<'busanManager' | 'busanOfficer' | 'busanAgent' | 'seoulManager', string>;
const busanTag = uniqueWord('seg-busan');
const seoulTag = uniqueWord('seg-seoul');

const SEGMENT = `id name description rules version count snapshots { id takenAt memberCount takenBy }`;
const CREATE = `mutation($i: CreateSegmentInput!) { createSegment(input: $i) { ${SEGMENT} } }`;
const UPDATE = `mutation($i: UpdateSegmentInput!) { updateSegment(input: $i) { ${SEGMENT} } }`;
const DELETE = `mutation($id: ID!) { deleteSegment(id: $id) }`;
const SNAPSHOT = `mutation($id: ID!) { snapshotSegment(id: $id) { id memberCount takenAt } }`;
const GET = `query($id: ID!) { segment(id: $id) { ${SEGMENT} } }`;
const LIST = `query($after: String) { segments(first: 200, after: $after) { totalCount edges { node { id name } } pageInfo { hasNextPage endCursor } } }`;
const PREVIEW = `query($r: SegmentRules!) { segmentPreview(rules: $r) { count } }`;

const tagged = (tag: string, extra: object[] = []) => ({
  match: 'ALL',
  conditions: [{ field: 'tags', op: 'HAS_ANY', value: [tag] }, ...extra],
});

beforeAll(async () => {
  owner = new Client({ connectionString: process.env.PCRM_OWNER_DATABASE_URL });
  await owner.connect();
  [tokens.busanManager, tokens.busanOfficer, tokens.busanAgent, tokens.seoulManager] = await Promise.all([
    userToken('busan', 'manager'),
    userToken('busan', 'officer'),
    userToken('busan', 'agent'),
    userToken('seoul', 'manager'),
  ]);
  await insertCustomers(owner, 'busan', [
    { name: '김부산', tags: [busanTag], sigungu: '연제구', birthDate: '1950-03-01' },
    { name: '이부산', tags: [busanTag], sigungu: '해운대구', birthDate: '1995-03-01' },
    { name: '(주)부산', tags: [busanTag], partyType: 'ORGANIZATION' },
  ]);
  await insertCustomers(owner, 'seoul', [
    { name: '박서울', tags: [seoulTag, busanTag] },
    { name: '최서울', tags: [seoulTag] },
  ]);
});

afterAll(async () => {
  await owner.end();
});

it('previews the live count of a rule over the caller’s tenant only', async () => {
  const count = async (token: string, rules: object) =>
    (await gql(token, PREVIEW, { r: rules })).data?.segmentPreview.count;
  expect(await count(tokens.busanOfficer, tagged(busanTag))).toBe(3);
  expect(
    await count(tokens.busanOfficer, tagged(busanTag, [{ field: 'partyType', op: 'IN', value: ['PERSON'] }])),
  ).toBe(2);
  expect(
    await count(tokens.busanOfficer, tagged(busanTag, [{ field: 'lifeStage', op: 'IN', value: ['SENIOR'] }])),
  ).toBe(1);
  expect(await count(tokens.busanOfficer, tagged(seoulTag))).toBe(0);
  expect(await count(tokens.seoulManager, tagged(busanTag))).toBe(1);
});

it.each([
  [{ match: 'ALL', conditions: [{ field: 'income', op: 'IN', value: ['x'] }] }, 'rules.conditions[0].field'],
  [{ match: 'ALL', conditions: [{ field: 'kind', op: 'GT', value: ['CURRENT'] }] }, 'rules.conditions[0].op'],
  [
    { match: 'ALL', conditions: [{ field: 'kind', op: 'IN', value: 'CURRENT' }] },
    'rules.conditions[0].value',
  ],
  ['ALL', 'rules'],
])('refuses the rule %j with BAD_USER_INPUT on %s', async (rules, field) => {
  const res = await gql(tokens.busanOfficer, PREVIEW, { r: rules });
  expect(res.data?.segmentPreview ?? null).toBeNull();
  expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  expect(res.errors?.[0].message).toMatch(/[가-힣]/);
  expect(res.errors?.[0].extensions.messageEn).toContain(field);
});

it('accepts a rule written inline in the query as well as in a variable', async () => {
  const res = await gql(
    tokens.busanOfficer,
    `{ segmentPreview(rules: { match: "ALL", conditions: [{ field: "tags", op: "HAS_ANY", value: ["${busanTag}"] }] }) { count } }`,
  );
  expect(res.data?.segmentPreview.count).toBe(3);
});

describe('a segment', () => {
  let id: string;

  it('is created with its count, snapshotted with a date, and updated with its version', async () => {
    const created = await gql(tokens.busanManager, CREATE, {
      i: { name: uniqueWord('돌봄 대상'), description: '어르신', rules: tagged(busanTag) },
    });
    expect(created.errors).toBeUndefined();
    const segment = created.data!.createSegment;
    id = segment.id;
    expect(segment).toMatchObject({ version: 1, count: 3, snapshots: [], rules: tagged(busanTag) });

    const snap = await gql(tokens.busanManager, SNAPSHOT, { id });
    expect(snap.data?.snapshotSegment.memberCount).toBe(3);
    await insertCustomers(owner, 'busan', [{ name: '정부산', tags: [busanTag] }]);
    await gql(tokens.busanManager, SNAPSHOT, { id });
    const read = (await gql(tokens.busanOfficer, GET, { id })).data!.segment;
    expect(read.count).toBe(4);
    expect(read.snapshots.map((s: { memberCount: number }) => s.memberCount)).toEqual([3, 4]);
    expect(new Date(read.snapshots[0].takenAt).getTime()).toBeLessThanOrEqual(
      new Date(read.snapshots[1].takenAt).getTime(),
    );

    const updated = await gql(tokens.busanManager, UPDATE, {
      i: { id, version: 1, rules: tagged(busanTag, [{ field: 'sigungu', op: 'IN', value: ['연제구'] }]) },
    });
    expect(updated.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.rules.conditions[1].field',
    });
    const ok = await gql(tokens.busanManager, UPDATE, {
      i: {
        id,
        version: 1,
        rules: tagged(busanTag, [{ field: 'area', op: 'IN', value: [{ sigungu: '연제구' }] }]),
      },
    });
    expect(ok.data?.updateSegment).toMatchObject({ version: 2, count: 1 });
    const stale = await gql(tokens.busanManager, UPDATE, { i: { id, version: 1, name: '늦은 변경' } });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'version' });
  });

  it('lists its members now as the customer list does: masked, in (name, id) pages', async () => {
    const MEMBERS = `query($id: ID!, $after: String) { segment(id: $id) {
      members(first: 1, after: $after) { totalCount edges { cursor node { id name kind } } pageInfo { hasNextPage endCursor } } } }`;
    const first = (await gql(tokens.busanOfficer, MEMBERS, { id })).data!.segment.members;
    expect(first.totalCount).toBe(1); // the updated rule: 연제구 only
    expect(first.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual(['김*산']);
    expect(first.pageInfo.hasNextPage).toBe(false);

    const wide = await gql(tokens.busanManager, UPDATE, { i: { id, version: 2, rules: tagged(busanTag) } });
    expect(wide.data?.updateSegment.version).toBe(3);
    const names: string[] = [];
    let after: string | null = null;
    do {
      const page: {
        edges: { node: { name: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      } = (await gql(tokens.busanOfficer, MEMBERS, { id, after })).data!.segment.members;
      names.push(...page.edges.map((e) => e.node.name));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(names).toHaveLength(4);
    expect(names.every((n) => n.includes('*'))).toBe(true);
    const forged = await gql(tokens.busanOfficer, MEMBERS, { id, after: 'garbage' });
    expect(forged.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('is listed, readable by officer, but only manager and admin may change it', async () => {
    const list = (await gql(tokens.busanOfficer, LIST)).data!.segments;
    expect(list.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(id);
    for (const token of [tokens.busanOfficer, tokens.busanAgent]) {
      const res = await gql(token, SNAPSHOT, { id });
      expect(res.errors?.[0].extensions.code).toBe('FORBIDDEN');
    }
    const agentRead = await gql(tokens.busanAgent, GET, { id });
    expect(agentRead.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('is neither visible to nor changeable by another tenant, through the API or at the database', async () => {
    const before = await owner.query('SELECT * FROM customer_segments WHERE id = $1', [id]);
    const seoul = tokens.seoulManager;
    expect((await gql(seoul, GET, { id })).data?.segment).toBeNull();
    const seoulList = (await gql(seoul, LIST)).data!.segments;
    expect(seoulList.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(id);
    for (const [query, variables] of [
      [UPDATE, { i: { id, version: 3, name: '서울이 바꿈' } }],
      [SNAPSHOT, { id }],
      [DELETE, { id }],
    ] as const) {
      const res = await gql(seoul, query, variables);
      expect(res.errors?.[0].extensions.code).toBe('NOT_FOUND');
    }
    expect((await owner.query('SELECT * FROM customer_segments WHERE id = $1', [id])).rows).toEqual(
      before.rows,
    );
    const snapshots = await owner.query(
      'SELECT count(*)::int AS n FROM customer_segment_snapshots WHERE segment_id = $1',
      [id],
    );
    expect(snapshots.rows[0].n).toBe(2);

    const app = new Client({ connectionString: process.env.PCRM_APP_DATABASE_URL });
    await app.connect();
    try {
      await app.query('BEGIN');
      await app.query("SELECT set_config('app.tenant_id', 'seoul', true)");
      for (const table of ['customer_segments', 'customer_segment_snapshots', 'customer_segment_members']) {
        const seen = await app.query(`SELECT count(*)::int AS n FROM ${table} WHERE tenant_id = 'busan'`);
        expect([table, seen.rows[0].n]).toEqual([table, 0]);
      }
      const updated = await app.query(`UPDATE customer_segments SET name = 'x' WHERE id = $1`, [id]);
      expect(updated.rowCount).toBe(0);
      await expect(
        app.query(
          `INSERT INTO customer_segments (tenant_id, name, rules, created_by) VALUES ('busan', 'x', '{}', 'x')`,
        ),
      ).rejects.toThrow(/row-level security/);
      await app.query('ROLLBACK');
    } finally {
      await app.end();
    }
  });

  it('is deleted with its snapshots and members', async () => {
    expect((await gql(tokens.busanManager, DELETE, { id })).data?.deleteSegment).toBe(id);
    expect((await gql(tokens.busanManager, GET, { id })).data?.segment).toBeNull();
    const left = await owner.query(
      'SELECT count(*)::int AS n FROM customer_segment_snapshots WHERE segment_id = $1',
      [id],
    );
    expect(left.rows[0].n).toBe(0);
    const audit = await owner.query<{ action: string; entity: string }>(
      `SELECT action, entity FROM audit_events WHERE tenant_id = 'busan' AND entity_id = $1 ORDER BY id`,
      [id],
    );
    expect(audit.rows.map((r) => r.action)).toEqual(['create', 'update', 'update', 'delete']);
  });
});
