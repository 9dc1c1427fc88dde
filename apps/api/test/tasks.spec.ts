import { Client } from 'pg';
import { gql, userToken } from './support/api';
import { insertCase } from './support/voc-cases';

/**
 * Tasks over real HTTP (issue 10 #1–#3, #9): every operation, each refusal with its code and field and nothing
 * changed after it, the audit, tenant isolation through the API and at the database (RLS), and completion
 * surveying the residents of the linked VOC items once. Chungbuk is the tenant, Incheon the other one.
 */
const TASK = `id managementNo title status statusLabelKo version progress weightTotal compliance planApprovedAt
  departmentId isPublic impossibleReason
  plan { weightTotal progress compliance overdueSteps steps { position name weight status actualDays compliance behind overdue contribution } }
  vocItems { id receiptNo title status } transitions { event fromStatus toStatus }
  availableTransitions { event requires }`;
const CREATE = `mutation($i: CreateTaskInput!) { createTask(input: $i) { ${TASK} } }`;
const UPDATE = `mutation($i: UpdateTaskInput!) { updateTask(input: $i) { ${TASK} } }`;
const SAVE = `mutation($id: ID!, $s: [TaskStepInput!]!, $v: Int!) { saveTaskPlan(id: $id, steps: $s, expectedVersion: $v) { ${TASK} } }`;
const APPROVE = `mutation($id: ID!, $v: Int!) { approveTaskPlan(id: $id, expectedVersion: $v) { ${TASK} } }`;
const MOVE = `mutation($id: ID!, $e: String!, $v: Int!, $r: String) {
  transitionTask(id: $id, event: $e, expectedVersion: $v, impossibleReason: $r) { ${TASK} } }`;
const LINK = `mutation($id: ID!, $voc: ID!) { linkTaskVoc(id: $id, vocId: $voc) { ${TASK} } }`;
const UNLINK = `mutation($id: ID!, $voc: ID!) { unlinkTaskVoc(id: $id, vocId: $voc) { ${TASK} } }`;
const ONE = `query($id: ID!) { task(id: $id) { ${TASK} } }`;
const LIST = `query($t: String, $after: String) { tasks(text: $t, first: 2, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id managementNo } } } }`;

const daysAgo = (n: number) => {
  const d = new Date(Date.now() + 9 * 3_600_000);
  d.setUTCDate(d.getUTCDate() - n);
  return d.toISOString().slice(0, 10);
};
const BUSAN = [
  {
    name: '서류검토',
    weight: 20,
    plannedDays: 10,
    startedOn: daysAgo(20),
    endedOn: daysAgo(15),
    progress: 100,
  },
  { name: '현장조사', weight: 15, plannedDays: 20, startedOn: daysAgo(15), progress: 30 },
  { name: '협의중재', weight: 30, plannedDays: 40, startedOn: daysAgo(30), progress: 50 },
];
const LAST = { name: '개선공사', weight: 35, plannedDays: 30, progress: 0 };

let admin: string;
let manager: string;
let agent: string;
let other: string;
let owner: Client;
let department: string;
const tag = `과제${Date.now().toString(36)}`;

beforeAll(async () => {
  [admin, manager, agent, other] = await Promise.all([
    userToken('chungbuk', 'admin'),
    userToken('chungbuk', 'manager'),
    userToken('chungbuk', 'agent'),
    userToken('incheon', 'admin'),
  ]);
  owner = new Client({ connectionString: process.env.PCRM_OWNER_DATABASE_URL });
  await owner.connect();
  const { rows } = await owner.query(
    `SELECT department_id FROM staff WHERE tenant_id = 'chungbuk' AND username = 'manager'`,
  );
  department = rows[0].department_id;
});
afterAll(() => owner?.end());

const create = async (token = admin, extra: object = {}) => {
  const res = await gql(token, CREATE, {
    i: {
      title: `${tag} 보도블록 정비`,
      source: 'PETITION',
      kind: 'SHORT_TERM',
      departmentId: department,
      ...extra,
    },
  });
  expect(res.errors).toBeUndefined();
  return res.data!.createTask;
};
const refusedWith = (res: { errors?: { extensions: Record<string, unknown> }[] }) => ({
  code: res.errors?.[0].extensions.code,
  field: res.errors?.[0].extensions.field,
});
const read = async (id: string, token = admin) => (await gql(token, ONE, { id })).data?.task;

describe('the demo seed', () => {
  it('gives each demo tenant tasks in every state, their figures derived and VOC items linked', async () => {
    const { rows } = await owner.query(
      `SELECT t.status, t.progress::float AS progress, t.weight_total, t.plan_approved_at IS NOT NULL AS approved,
              (SELECT count(*)::int FROM task_voc_links l WHERE l.tenant_id = t.tenant_id AND l.task_id = t.id) AS links
       FROM tasks t WHERE t.tenant_id = 'incheon' AND t.created_by = 'demo-seed' ORDER BY t.management_seq`,
    );
    expect(rows.map((r) => [r.status, r.progress, r.weight_total, r.approved])).toEqual([
      ['PLANNING', 0, 65, false],
      ['PLANNING', 0, 100, true],
      ['IN_PROGRESS', 39.5, 100, true],
      ['IN_PROGRESS', 24, 100, true],
      ['COMPLETED', 100, 100, true],
      ['IMPOSSIBLE', 0, 0, false],
    ]);
    expect(rows.every((r) => r.links === 2)).toBe(true);
  });
});

describe('a task from creation to completion', () => {
  it('derives Busan’s figures, approves only at 100 %, starts, completes and audits each step', async () => {
    const task = await create(admin, { summary: '민원 다발 구간', expectedEffect: '보행 안전' });
    expect(task).toMatchObject({ status: 'PLANNING', statusLabelKo: '계획중', version: 1, progress: 0 });
    expect(task.managementNo).toMatch(/^CHUNGBUK-T[0-9]{4}-[0-9]{4,}$/);

    const res = await gql(admin, SAVE, { id: task.id, s: BUSAN, v: 1 });
    expect(res.errors).toBeUndefined();
    let t = res.data!.saveTaskPlan;
    expect(t).toMatchObject({ weightTotal: 65, progress: 39.5, compliance: 100, version: 2 });
    expect(
      t.plan.steps.map((s: { behind: boolean; contribution: number }) => [s.behind, s.contribution]),
    ).toEqual([
      [false, 20],
      [true, 4.5],
      [true, 15],
    ]);
    expect(refusedWith(await gql(manager, APPROVE, { id: task.id, v: 2 }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'steps',
    });
    expect((await read(task.id)).version).toBe(2);

    t = (await gql(admin, SAVE, { id: task.id, s: [...BUSAN, LAST], v: 2 })).data!.saveTaskPlan;
    expect(t.weightTotal).toBe(100);
    expect(refusedWith(await gql(agent, APPROVE, { id: task.id, v: t.version }))).toMatchObject({
      code: 'FORBIDDEN',
    });
    t = (await gql(manager, APPROVE, { id: task.id, v: t.version })).data!.approveTaskPlan;
    expect(t.planApprovedAt).not.toBeNull();
    expect(t.availableTransitions.map((a: { event: string }) => a.event)).toEqual([
      'START',
      'MARK_IMPOSSIBLE',
    ]);
    t = (await gql(admin, MOVE, { id: task.id, e: 'START', v: t.version })).data!.transitionTask;
    expect(t.status).toBe('IN_PROGRESS');
    expect(refusedWith(await gql(admin, MOVE, { id: task.id, e: 'COMPLETE', v: t.version }))).toEqual({
      code: 'INVALID_TRANSITION',
      field: 'event',
    });
    const done = [...BUSAN, LAST].map((s) => ({
      ...s,
      startedOn: 'startedOn' in s ? s.startedOn : daysAgo(2),
      endedOn: daysAgo(1),
      progress: 100,
    }));
    t = (await gql(admin, SAVE, { id: task.id, s: done, v: t.version })).data!.saveTaskPlan;
    t = (await gql(admin, MOVE, { id: task.id, e: 'COMPLETE', v: t.version })).data!.transitionTask;
    expect(t).toMatchObject({ status: 'COMPLETED', progress: 100 });
    expect(t.transitions.map((x: { event: string }) => x.event)).toEqual([
      'APPROVE_PLAN',
      'START',
      'COMPLETE',
    ]);
    expect(
      refusedWith(
        await gql(admin, UPDATE, { i: { id: task.id, expectedVersion: t.version, title: '변경' } }),
      ),
    ).toEqual({
      code: 'INVALID_TRANSITION',
      field: 'id',
    });

    const { rows } = await owner.query(
      `SELECT action, entity FROM audit_events WHERE tenant_id = 'chungbuk' AND entity_id = $1 ORDER BY id`,
      [task.id],
    );
    expect(rows.map((r) => `${r.action} ${r.entity}`)).toEqual([
      'create task',
      'update task_plan',
      'update task_plan',
      'update task',
      'update task',
      'update task_plan',
      'update task',
    ]);
  });

  it('refuses bad plans and input with code and field, and changes nothing', async () => {
    const task = await create();
    await gql(admin, SAVE, { id: task.id, s: BUSAN, v: 1 });
    const before = await read(task.id);
    const cases: [string, Record<string, unknown>, { code: string; field: string }][] = [
      [
        SAVE,
        { id: task.id, s: [...BUSAN, { ...LAST, weight: 36 }], v: 2 },
        { code: 'BAD_USER_INPUT', field: 'steps' },
      ],
      [
        SAVE,
        { id: task.id, s: [{ ...BUSAN[0], endedOn: daysAgo(30) }], v: 2 },
        { code: 'BAD_USER_INPUT', field: 'steps[0].endedOn' },
      ],
      [
        SAVE,
        { id: task.id, s: [{ ...LAST, plannedDays: 0 }], v: 2 },
        { code: 'BAD_USER_INPUT', field: 'steps[0].plannedDays' },
      ],
      [
        SAVE,
        { id: task.id, s: Array.from({ length: 31 }, () => ({ ...LAST, weight: 1 })), v: 2 },
        { code: 'BAD_USER_INPUT', field: 'steps' },
      ],
      [
        SAVE,
        { id: task.id, s: [{ ...LAST, name: '\u200b' }], v: 2 },
        { code: 'BAD_USER_INPUT', field: 'steps.0.name' },
      ],
      [
        SAVE,
        { id: task.id, s: [{ ...LAST, name: 'a\u0000b' }], v: 2 },
        { code: 'BAD_USER_INPUT', field: 'steps[0].name' },
      ],
      [SAVE, { id: task.id, s: BUSAN, v: 1 }, { code: 'CONFLICT', field: 'expectedVersion' }],
      [
        MOVE,
        { id: task.id, e: 'MARK_IMPOSSIBLE', v: 2, r: '  ' },
        { code: 'BAD_USER_INPUT', field: 'impossibleReason' },
      ],
      [MOVE, { id: task.id, e: 'START', v: 2 }, { code: 'INVALID_TRANSITION', field: 'event' }],
      [MOVE, { id: task.id, e: 'FLY', v: 2 }, { code: 'INVALID_TRANSITION', field: 'event' }],
      [
        CREATE,
        { i: { title: '\u200b', source: 'PETITION', kind: 'SHORT_TERM', departmentId: department } },
        { code: 'BAD_USER_INPUT', field: 'title' },
      ],
      [
        CREATE,
        {
          i: {
            title: 'x',
            source: 'PETITION',
            kind: 'SHORT_TERM',
            departmentId: '00000000-0000-4000-8000-000000000009',
          },
        },
        { code: 'BAD_USER_INPUT', field: 'departmentId' },
      ],
    ];
    for (const [query, variables, expected] of cases)
      expect(refusedWith(await gql(admin, query, variables))).toEqual(expected);
    expect(await read(task.id)).toEqual(before);

    const impossible = (await gql(admin, MOVE, { id: task.id, e: 'MARK_IMPOSSIBLE', v: 2, r: '국가 사무' }))
      .data!.transitionTask;
    expect(impossible).toMatchObject({ status: 'IMPOSSIBLE', impossibleReason: '국가 사무' });
  });

  it('lists with filters and pages, and lets agents read but not write', async () => {
    const made = [await create(), await create(), await create()];
    const first = (await gql(agent, LIST, { t: tag })).data!.tasks;
    expect(first.totalCount).toBeGreaterThanOrEqual(3);
    expect(first.edges).toHaveLength(2);
    const second = (await gql(agent, LIST, { t: tag, after: first.pageInfo.endCursor })).data!.tasks;
    expect(second.edges[0].node.id).not.toBe(first.edges[1].node.id);
    expect(refusedWith(await gql(agent, LIST, { t: tag, after: 'bm9wZQ' }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'after',
    });
    expect(
      refusedWith(await gql(agent, UPDATE, { i: { id: made[0].id, expectedVersion: 1, title: '상담원' } })),
    ).toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});

describe('linked VOC items', () => {
  it('links once, surveys each resident once on completion, and refuses another tenant’s VOC as NOT_FOUND', async () => {
    const voc = await insertCase(owner, 'chungbuk', { status: 'IN_PROGRESS', departmentId: department });
    const foreign = await insertCase(owner, 'incheon', { status: 'IN_PROGRESS' });
    const task = await create();
    await gql(admin, LINK, { id: task.id, voc });
    const linked = (await gql(admin, LINK, { id: task.id, voc })).data!.linkTaskVoc;
    expect(linked.vocItems).toEqual([
      expect.objectContaining({ id: voc, title: '가로등 고장', status: 'IN_PROGRESS' }),
    ]);
    expect(refusedWith(await gql(admin, LINK, { id: task.id, voc: foreign }))).toMatchObject({
      code: 'NOT_FOUND',
    });
    const spare = await insertCase(owner, 'chungbuk', { status: 'IN_PROGRESS' });
    await gql(admin, LINK, { id: task.id, voc: spare });
    expect((await gql(admin, UNLINK, { id: task.id, voc: spare })).data!.unlinkTaskVoc.vocItems).toHaveLength(
      1,
    );

    let t = (
      await gql(admin, SAVE, {
        id: task.id,
        s: [{ ...LAST, weight: 100, startedOn: daysAgo(3), endedOn: daysAgo(1), progress: 100 }],
        v: 1,
      })
    ).data!.saveTaskPlan;
    t = (await gql(manager, APPROVE, { id: task.id, v: t.version })).data!.approveTaskPlan;
    t = (await gql(admin, MOVE, { id: task.id, e: 'START', v: t.version })).data!.transitionTask;
    t = (await gql(admin, MOVE, { id: task.id, e: 'COMPLETE', v: t.version })).data!.transitionTask;
    expect(t.status).toBe('COMPLETED');
    const { rows } = await owner.query(
      `SELECT voc_id FROM voc_survey_invitations WHERE tenant_id = 'chungbuk' AND voc_id = ANY($1::uuid[])`,
      [[voc, spare]],
    );
    expect(rows.map((r) => r.voc_id)).toEqual([voc]);
  });
});

describe("another tenant's tasks (incheon token, chungbuk ids)", () => {
  it('are not found and stay unchanged, through the API and at the database', async () => {
    const task = await create();
    await gql(admin, SAVE, { id: task.id, s: BUSAN, v: 1 });
    const before = await read(task.id);
    expect(await read(task.id, other)).toBeUndefined();
    for (const [query, variables] of [
      [ONE, { id: task.id }],
      [UPDATE, { i: { id: task.id, expectedVersion: 2, title: '탈취' } }],
      [SAVE, { id: task.id, s: [], v: 2 }],
      [APPROVE, { id: task.id, v: 2 }],
      [MOVE, { id: task.id, e: 'MARK_IMPOSSIBLE', v: 2, r: '탈취' }],
      [LINK, { id: task.id, voc: task.id }],
    ] as const)
      expect(refusedWith(await gql(other, query, variables))).toMatchObject({ code: 'NOT_FOUND' });
    expect((await gql(other, LIST, { t: tag })).data!.tasks.totalCount).toBe(0);
    expect(await read(task.id)).toEqual(before);

    const app = new Client({ connectionString: process.env.PCRM_APP_DATABASE_URL });
    await app.connect();
    try {
      await app.query('BEGIN');
      await app.query("SELECT set_config('app.tenant_id', 'incheon', true)");
      for (const [text, params] of [
        ['UPDATE tasks SET title = $2 WHERE id = $1', [task.id, '탈취']],
        ['UPDATE task_steps SET progress = 0 WHERE task_id = $1', [task.id]],
        ['DELETE FROM task_steps WHERE task_id = $1', [task.id]],
        ['SELECT 1 FROM task_transitions WHERE task_id = $1', [task.id]],
      ] as const)
        expect((await app.query(text, [...params])).rowCount).toBe(0);
      await app.query('ROLLBACK');
    } finally {
      await app.end();
    }
    expect(await read(task.id)).toEqual(before);
  });
});
