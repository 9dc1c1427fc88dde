import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { gql, userToken, type GqlResult } from './support/api';
import { asTenant, expectRefused } from './support/customer-360';

/**
 * Segment rules on customer custom fields (issue 9 #2, ADR 0022 "Segments"): EQ/IN/range/CONTAINS/EMPTY count
 * exactly this run's customers; keys the caller may not search by and values that do not fit are refused on the
 * condition's path with nothing saved; a saved segment whose field was archived, or that its reader may not
 * search by, says so and refuses to run; another tenant neither sees the segment nor uses the keys.
 * Tenants gyeonggi (A) and ulsan (B) get only non-required fields with this run's keys.
 */
const A = 'gyeonggi';
const B = 'ulsan';
const CUSTOMERS = 'crm-core.customers';
const run = randomBytes(3).toString('hex');
const k = (name: string) => `${name}_${run}`;
const TAG = `segcf-${run}`;

const t = {} as Record<'admin' | 'manager' | 'officer' | 'managerB' | 'adminB', string>;
let owner: Client;

const DEFINE = `mutation($i: DefineCustomFieldInput!) { defineCustomField(input: $i) { key } }`;
const ARCHIVE = `mutation($e: String!, $k: String!) { archiveCustomField(entity: $e, key: $k) { key } }`;
const RESTORE = `mutation($e: String!, $k: String!) { restoreCustomField(entity: $e, key: $k) { key } }`;
const CREATE_CUSTOMER = `mutation($i: CreateCustomerInput!) { createCustomer(input: $i) { id } }`;
const SEGMENT = `id name rules version count ruleProblem { field messageKo messageEn }`;
const CREATE = `mutation($i: CreateSegmentInput!) { createSegment(input: $i) { ${SEGMENT} } }`;
const UPDATE = `mutation($i: UpdateSegmentInput!) { updateSegment(input: $i) { ${SEGMENT} } }`;
const DELETE = `mutation($id: ID!) { deleteSegment(id: $id) }`;
const GET = `query($id: ID!) { segment(id: $id) { ${SEGMENT} } }`;
const LIST = `query { segments(first: 200) { edges { node { id count ruleProblem { field } } } } }`;
const MEMBERS = `query($id: ID!) { segment(id: $id) { members(first: 10) { totalCount } } }`;
const SNAPSHOT = `mutation($id: ID!) { snapshotSegment(id: $id) { memberCount } }`;
const PREVIEW = `query($r: SegmentRules!) { segmentPreview(rules: $r) { count } }`;
const EXPORT = `mutation($i: StartCustomerExportInput!) { startCustomerExport(input: $i) { id } }`;

const define = (token: string, input: Record<string, unknown>) =>
  gql(token, DEFINE, { i: { entity: CUSTOMERS, labelKo: '항목', labelEn: 'Field', ...input } });

/** This run's customers (the tag) and the given conditions, all of them. */
const tagged = (...conditions: object[]) => ({
  match: 'ALL',
  conditions: [{ field: 'tags', op: 'HAS_ANY', value: [TAG] }, ...conditions],
});
const custom = (key: string, op: string, value?: unknown) =>
  value === undefined ? { field: 'custom', key: k(key), op } : { field: 'custom', key: k(key), op, value };

async function preview(token: string, rules: object): Promise<number | undefined> {
  const res = await gql(token, PREVIEW, { r: rules });
  expect(res.errors).toBeUndefined();
  return res.data?.segmentPreview.count;
}

const segmentRows = async (name: string) =>
  (
    await owner.query(`SELECT id, version, rules FROM customer_segments WHERE tenant_id = $1 AND name = $2`, [
      A,
      name,
    ])
  ).rows;

beforeAll(async () => {
  owner = new Client({ connectionString: process.env.PCRM_OWNER_DATABASE_URL });
  await owner.connect();
  [t.admin, t.manager, t.officer, t.managerB, t.adminB] = await Promise.all([
    userToken(A, 'admin'),
    userToken(A, 'manager'),
    userToken(A, 'officer'),
    userToken(B, 'manager'),
    userToken(B, 'admin'),
  ]);
  for (const input of [
    {
      key: k('band'),
      labelKo: '소득 구간',
      type: 'SELECT',
      options: [
        { value: 'LOW', labelKo: '저소득', labelEn: 'Low' },
        { value: 'MID', labelKo: '중간', labelEn: 'Middle' },
        { value: 'HIGH', labelKo: '고소득', labelEn: 'High' },
      ],
    },
    { key: k('size'), type: 'INTEGER' },
    { key: k('visit'), type: 'DATE' },
    { key: k('memo'), type: 'TEXT' },
    { key: k('gone'), type: 'INTEGER' },
    { key: k('old'), type: 'INTEGER' },
    { key: k('private'), type: 'TEXT', readRoles: ['manager', 'tenant-admin'] },
    { key: k('mobile'), type: 'PHONE', personalData: true },
  ])
    expect((await define(t.admin, input)).errors).toBeUndefined();
  expect((await gql(t.admin, ARCHIVE, { e: CUSTOMERS, k: k('old') })).errors).toBeUndefined();
  expect((await define(t.adminB, { key: k('only_b'), type: 'INTEGER' })).errors).toBeUndefined();

  for (const [name, values] of [
    ['가정', { band: 'LOW', size: 1, visit: '2026-01-10', memo: '어르신 돌봄 필요' }],
    ['나정', { band: 'MID', size: 3, visit: '2026-03-05', gone: 1 }],
    ['다정', { band: 'HIGH', size: 5, memo: '없음' }],
    ['라정', { gone: 2 }],
    ['마정', { band: 'LOW', size: 4, visit: '2025-12-31', private: '비공개', mobile: '010-1234-5678' }],
  ] as const) {
    const customFields = Object.fromEntries(Object.entries(values).map(([key, v]) => [k(key), v]));
    const res = await gql(t.admin, CREATE_CUSTOMER, { i: { name, tags: [TAG], customFields } });
    expect(res.errors).toBeUndefined();
  }
  const other = await gql(t.adminB, CREATE_CUSTOMER, {
    i: { name: '울산정', tags: [TAG], customFields: { [k('only_b')]: 1 } },
  });
  expect(other.errors).toBeUndefined();
});

afterAll(async () => {
  await owner.end();
});

describe('a rule on custom fields', () => {
  it.each([
    ['EQ on a choice', [custom('band', 'EQ', 'LOW')], 2],
    ['IN on a choice', [custom('band', 'IN', ['MID', 'HIGH'])], 2],
    ['a number range', [custom('size', 'GTE', 3), custom('size', 'LT', 5)], 2],
    ['EQ on a number', [custom('size', 'EQ', 5)], 1],
    ['dates on or after', [custom('visit', 'GTE', '2026-01-01')], 2],
    ['dates before', [custom('visit', 'LT', '2026-01-01')], 1],
    ['EMPTY', [custom('visit', 'EMPTY')], 2],
    ['EMPTY false (has a value)', [custom('visit', 'EMPTY', false)], 3],
    ['CONTAINS on text', [custom('memo', 'CONTAINS', '돌봄')], 1],
    [
      'an ANY group of custom conditions',
      [{ match: 'ANY', conditions: [custom('band', 'EQ', 'HIGH'), custom('band', 'EMPTY')] }],
      2,
    ],
  ])('counts exactly the matching customers: %s', async (_, conditions, n) => {
    expect(await preview(t.officer, tagged(...conditions))).toBe(n);
  });

  it('lets a role that sees personal data whole select by a personal-data field', async () => {
    expect(await preview(t.manager, tagged(custom('mobile', 'EMPTY', false)))).toBe(1);
    expect(await preview(t.manager, tagged(custom('private', 'EQ', '비공개')))).toBe(1);
  });

  it('is saved, counted, snapshotted and listed with its members', async () => {
    const name = `소득 ${run}`;
    const rules = tagged(custom('band', 'IN', ['LOW', 'MID']), custom('size', 'GT', 1));
    const res = await gql(t.manager, CREATE, { i: { name, rules } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.createSegment).toMatchObject({ rules, count: 2, ruleProblem: null });
    const id = res.data!.createSegment.id;
    expect((await gql(t.manager, SNAPSHOT, { id })).data?.snapshotSegment.memberCount).toBe(2);
    expect((await gql(t.officer, MEMBERS, { id })).data?.segment.members.totalCount).toBe(2);
    const updated = await gql(t.manager, UPDATE, {
      i: { id, version: 1, rules: tagged(custom('band', 'EMPTY')) },
    });
    expect(updated.data?.updateSegment).toMatchObject({ version: 2, count: 1 });
  });
});

describe('a custom condition the caller may not use', () => {
  const manyValues = Array.from({ length: 51 }, (_, i) => `V${i}`);
  it.each([
    ['an unknown key', custom('nope', 'EQ', 1), 'key'],
    ['an archived key', custom('old', 'EQ', 7), 'key'],
    ["another tenant's key", custom('only_b', 'EQ', 1), 'key'],
    ['a choice that is not an option', custom('band', 'EQ', 'NONE'), 'value'],
    ['text for a number', custom('size', 'GTE', 'many'), 'value'],
    ['a date that is no date', custom('visit', 'GT', '2026-13-45'), 'value'],
    ['a range on a choice', custom('band', 'GT', 'LOW'), 'value'],
    ['IN with more than 50 values', custom('band', 'IN', manyValues), 'value'],
  ])('refuses %s on the condition’s path and saves nothing', async (title, condition, part) => {
    const name = `거절 ${run} ${title}`;
    const rules = {
      match: 'ALL',
      conditions: [{ field: 'tags', op: 'HAS_ANY', value: [TAG] }, custom('size', 'GTE', 0), condition],
    };
    const res = await gql(t.manager, CREATE, { i: { name, rules } });
    expectRefused(res, 'BAD_USER_INPUT', `input.rules.conditions[2].${part}`);
    expect(res.errors?.[0].extensions.messageEn).toContain(condition.op === 'IN' ? '50' : condition.key);
    expect(await segmentRows(name)).toEqual([]);
    const shown = await gql(t.manager, PREVIEW, { r: rules });
    expectRefused(shown, 'BAD_USER_INPUT', `rules.conditions[2].${part}`);
  });

  it('refuses fields the caller may not read or see whole: unreadable, and personal data for an officer', async () => {
    for (const key of ['private', 'mobile']) {
      const res = await gql(t.officer, PREVIEW, {
        r: tagged({ match: 'ANY', conditions: [custom(key, 'EMPTY')] }),
      });
      expectRefused(res, 'BAD_USER_INPUT', 'rules.conditions[1].conditions[0].key');
    }
  });

  it('refuses a new rule on an update and leaves the segment as it was', async () => {
    const name = `그대로 ${run}`;
    const created = await gql(t.manager, CREATE, { i: { name, rules: tagged(custom('size', 'EQ', 1)) } });
    const { id } = created.data!.createSegment;
    const before = await segmentRows(name);
    const res = await gql(t.manager, UPDATE, {
      i: { id, version: 1, name: `${name} 바뀜`, rules: tagged(custom('old', 'EQ', 7)) },
    });
    expectRefused(res, 'BAD_USER_INPUT', 'input.rules.conditions[1].key');
    expect(await segmentRows(name)).toEqual(before);
  });
});

describe('a saved segment whose custom field can no longer be used', () => {
  it('says which condition needs editing while its field is archived, and refuses to run', async () => {
    const name = `보관 ${run}`;
    const created = await gql(t.manager, CREATE, { i: { name, rules: tagged(custom('gone', 'GTE', 1)) } });
    expect(created.data?.createSegment).toMatchObject({ count: 2, ruleProblem: null });
    const { id } = created.data!.createSegment;
    const snapshots = async () =>
      (
        await owner.query(`SELECT count(*)::int AS n FROM customer_segment_snapshots WHERE segment_id = $1`, [
          id,
        ])
      ).rows[0].n;
    expect((await gql(t.manager, SNAPSHOT, { id })).errors).toBeUndefined();

    expect((await gql(t.admin, ARCHIVE, { e: CUSTOMERS, k: k('gone') })).errors).toBeUndefined();
    try {
      const read = (await gql(t.officer, GET, { id })).data!.segment;
      expect(read.count).toBeNull();
      expect(read.ruleProblem).toMatchObject({ field: 'rules.conditions[1].key' });
      expect(read.ruleProblem.messageKo).toContain(k('gone'));
      expect(read.ruleProblem.messageEn).toContain(k('gone'));

      // The list still answers, with this segment marked.
      const list: GqlResult = await gql(t.officer, LIST);
      expect(list.errors).toBeUndefined();
      const row = list.data!.segments.edges.find((e: { node: { id: string } }) => e.node.id === id);
      expect(row.node).toEqual({ id, count: null, ruleProblem: { field: 'rules.conditions[1].key' } });

      const snap = await gql(t.manager, SNAPSHOT, { id });
      expectRefused(snap, 'CONFLICT', 'rules.conditions[1].key');
      expect(snap.errors?.[0].message).toContain('규칙을 고쳐야 합니다');
      expect(await snapshots()).toBe(1);
      expectRefused(await gql(t.officer, MEMBERS, { id }), 'CONFLICT', 'rules.conditions[1].key');
      const exported = await gql(t.admin, EXPORT, {
        i: { segmentId: id, reason: '안내문 발송', format: 'CSV' },
      });
      expectRefused(exported, 'CONFLICT', 'rules.conditions[1].key');

      // Renaming is still allowed; the stored rule is left for someone to edit.
      const renamed = await gql(t.manager, UPDATE, { i: { id, version: 1, name: `${name} 수정 필요` } });
      expect(renamed.data?.updateSegment).toMatchObject({ version: 2, count: null });
    } finally {
      expect((await gql(t.admin, RESTORE, { e: CUSTOMERS, k: k('gone') })).errors).toBeUndefined();
    }
    expect((await gql(t.officer, GET, { id })).data!.segment).toMatchObject({ count: 2, ruleProblem: null });
  });

  it('runs for the roles that may search its field and not for the others', async () => {
    const created = await gql(t.manager, CREATE, {
      i: { name: `개인정보 ${run}`, rules: tagged(custom('mobile', 'EMPTY', false)) },
    });
    const { id } = created.data!.createSegment;
    expect((await gql(t.manager, GET, { id })).data!.segment).toMatchObject({ count: 1, ruleProblem: null });
    const officer = (await gql(t.officer, GET, { id })).data!.segment;
    expect(officer).toMatchObject({ count: null, ruleProblem: { field: 'rules.conditions[1].key' } });
    expectRefused(await gql(t.officer, MEMBERS, { id }), 'CONFLICT', 'rules.conditions[1].key');
  });
});

describe('another tenant', () => {
  let id: string;
  beforeAll(async () => {
    const created = await gql(t.manager, CREATE, {
      i: { name: `격리 ${run}`, rules: tagged(custom('band', 'EQ', 'LOW')) },
    });
    id = created.data!.createSegment.id;
  });

  it('cannot use the keys of this tenant, nor this tenant its keys', async () => {
    expectRefused(
      await gql(t.managerB, PREVIEW, { r: tagged(custom('band', 'EQ', 'LOW')) }),
      'BAD_USER_INPUT',
      'rules.conditions[1].key',
    );
    expect(await preview(t.managerB, tagged(custom('only_b', 'EQ', 1)))).toBe(1);
  });

  it('neither reads nor changes the segment, through the API or at the database as the runtime role', async () => {
    const before = (await owner.query(`SELECT * FROM customer_segments WHERE id = $1`, [id])).rows;
    expect((await gql(t.managerB, GET, { id })).data?.segment).toBeNull();
    for (const [query, variables] of [
      [UPDATE, { i: { id, version: 1, rules: tagged(custom('only_b', 'EQ', 1)) } }],
      [SNAPSHOT, { id }],
      [DELETE, { id }],
    ] as const)
      expect((await gql(t.managerB, query, variables)).errors?.[0].extensions.code).toBe('NOT_FOUND');
    expect((await owner.query(`SELECT * FROM customer_segments WHERE id = $1`, [id])).rows).toEqual(before);

    await asTenant(B, async (db) => {
      expect((await db.query(`SELECT id FROM customer_segments WHERE id = $1`, [id])).rows).toEqual([]);
      const changed = await db.query(
        `UPDATE customer_segments SET rules = '{"match":"ALL","conditions":[]}' WHERE id = $1`,
        [id],
      );
      expect(changed.rowCount).toBe(0);
    });
    await asTenant(A, async (db) => {
      expect((await db.query(`SELECT id FROM customer_segments WHERE id = $1`, [id])).rows).toEqual([{ id }]);
    });
  });
});
