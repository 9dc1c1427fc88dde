import { serviceTestbed, type ServiceTestbed } from '../../test/service-testbed';
import { newDepartment } from '../../test/factories';
import { insertCase } from '../../test/voc-cases';
import { PetitionEvents, STANDARD_PETITION_WORKFLOW, type PetitionEvent } from '../petitions';
import { TaskKind, TaskService, TaskSource, planDay, type Task } from '.';

/**
 * Tasks through the service on the real database: Busan's plan and what it implies, the refusals of a plan,
 * approval, the lifecycle as the task workflow, gap-free management numbers, and the residents told once.
 */
let bed: ServiceTestbed;
let service: TaskService;
let department: string;
let otherDepartment: string;
const published: PetitionEvent[] = [];

/** `n` days before today in Korea. */
const daysAgo = (n: number) => {
  const d = new Date(`${planDay()}T00:00:00Z`);
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
  { name: '현장조사', weight: 15, plannedDays: 20, startedOn: daysAgo(15), endedOn: null, progress: 30 },
  { name: '협의중재', weight: 30, plannedDays: 40, startedOn: daysAgo(30), endedOn: null, progress: 50 },
];
const REST = { name: '개선공사', weight: 35, plannedDays: 30, startedOn: null, endedOn: null, progress: 0 };

beforeAll(async () => {
  bed = await serviceTestbed('tasks');
  service = bed.get(TaskService);
  bed.get(PetitionEvents).subscribe({ onPetitionEvent: async (e) => void published.push(e) });
  ({ department, otherDepartment } = await bed.scope(async () => ({
    department: (await newDepartment(bed)).id,
    otherDepartment: (await newDepartment(bed)).id,
  })));
  await bed.owner(
    `INSERT INTO staff (tenant_id, name, keycloak_subject, department_id) VALUES
       ($1, '관리자', 'service-test-tenant-admin', $2), ($1, '부서장', 'service-test-manager', $2),
       ($1, '담당자', 'service-test-officer', $2)`,
    [bed.tenant.code, department],
  );
});
afterAll(() => bed?.close());

const create = (overrides: Partial<Parameters<TaskService['create']>[0]> = {}, roles?: string[]) =>
  bed.scope(
    () =>
      service.create({
        title: '노후 보도블록 정비',
        source: TaskSource.PETITION,
        kind: TaskKind.SHORT_TERM,
        departmentId: department,
        ...overrides,
      }),
    roles,
  );
const refusal = async (work: () => Promise<unknown>) => {
  try {
    await work();
  } catch (error) {
    const e = error as { extensions: Record<string, unknown> };
    return { code: e.extensions.code, field: e.extensions.field };
  }
  throw new Error('expected a refusal');
};
const reload = (id: string) => bed.scope(() => service.get(id));

it('shows exactly what Busan’s first three steps imply: 39.5 %, compliance 100, two steps behind', async () => {
  const task = await create();
  expect(task).toMatchObject({
    status: 'PLANNING',
    statusLabelKo: '계획중',
    workflowKey: 'task',
    version: 1,
  });
  const saved = await bed.scope(() => service.savePlan(task.id, BUSAN, 1));
  expect(saved).toMatchObject({ weightTotal: 65, progress: 39.5, compliance: 100, version: 2 });
  const plan = await bed.scope(() => service.plan(task.id));
  expect(plan).toMatchObject({ weightTotal: 65, progress: 39.5, compliance: 100, overdueSteps: 0 });
  expect(
    plan.steps.map((s) => [
      s.position,
      s.status,
      s.actualDays,
      s.compliance,
      s.behind,
      s.overdue,
      s.contribution,
    ]),
  ).toEqual([
    [1, 'DONE', 5, 100, false, false, 20],
    [2, 'IN_PROGRESS', 15, null, true, false, 4.5],
    [3, 'IN_PROGRESS', 30, null, true, false, 15],
  ]);
  // 65 %: saved, but not approved; nothing changed by the refusal.
  expect(
    await bed.scope(() => service.approvePlan(task.id, 2), ['manager']).catch((e) => e.extensions),
  ).toMatchObject({
    code: 'BAD_USER_INPUT',
    field: 'steps',
    messageEn: 'A plan can be approved only when its weights add up to 100 % (now 65 %).',
  });
  expect((await reload(task.id)).planApprovedAt).toBeNull();
});

it('refuses weights over 100 %, an end before the start, zero planned days; the plan stays as it was', async () => {
  const task = await create();
  await bed.scope(() => service.savePlan(task.id, BUSAN, 1));
  const cases: [object[], string][] = [
    [[...BUSAN, { ...REST, weight: 36 }], 'steps'],
    [[{ ...BUSAN[0], endedOn: daysAgo(25) }], 'steps[0].endedOn'],
    [[{ ...REST, plannedDays: 0 }], 'steps[0].plannedDays'],
    [[{ ...REST, weight: 0 }], 'steps[0].weight'],
    [[{ ...REST, progress: 10 }], 'steps[0].startedOn'],
    [[{ ...REST, startedOn: daysAgo(-3) }], 'steps[0].startedOn'],
  ];
  for (const [steps, field] of cases)
    expect(await refusal(() => bed.scope(() => service.savePlan(task.id, steps as never, 2)))).toEqual({
      code: 'BAD_USER_INPUT',
      field,
    });
  const after = await reload(task.id);
  expect(after).toMatchObject({ version: 2, weightTotal: 65, progress: 39.5 });
  expect((await bed.scope(() => service.plan(task.id))).steps).toHaveLength(3);
  expect(await refusal(() => bed.scope(() => service.savePlan(task.id, BUSAN, 1)))).toEqual({
    code: 'CONFLICT',
    field: 'expectedVersion',
  });
});

it('runs the lifecycle: start needs an approved plan, completion 100 %, 처리불가 a reason', async () => {
  const task = await create();
  expect(await refusal(() => bed.scope(() => service.transition(task.id, 'START', {}, 1)))).toEqual({
    code: 'INVALID_TRANSITION',
    field: 'event',
  });
  let t: Task = await bed.scope(() => service.savePlan(task.id, [...BUSAN, REST], 1));
  // An officer may not approve (the permission map keeps them from the mutation; the workflow does not decide).
  t = await bed.scope(() => service.approvePlan(task.id, t.version), ['manager']);
  expect(t.planApprovedAt).not.toBeNull();
  t = await bed.scope(() => service.transition(task.id, 'START', { comment: '착수' }, t.version));
  expect(t).toMatchObject({ status: 'IN_PROGRESS', statusLabelKo: '진행중' });
  expect(t.startedAt).not.toBeNull();
  expect(
    await refusal(() => bed.scope(() => service.transition(task.id, 'COMPLETE', {}, t.version))),
  ).toEqual({
    code: 'INVALID_TRANSITION',
    field: 'event',
  });
  // Under way, the plan keeps weights of exactly 100 %.
  expect(await refusal(() => bed.scope(() => service.savePlan(task.id, BUSAN, t.version)))).toEqual({
    code: 'BAD_USER_INPUT',
    field: 'steps',
  });
  const done = [...BUSAN, REST].map((s) => ({
    ...s,
    startedOn: s.startedOn ?? daysAgo(5),
    endedOn: s.endedOn ?? daysAgo(1),
    progress: 100,
  }));
  t = await bed.scope(() => service.savePlan(task.id, done, t.version));
  expect(t.progress).toBe(100);
  t = await bed.scope(() => service.transition(task.id, 'COMPLETE', {}, t.version));
  expect(t.status).toBe('COMPLETED');
  expect(t.closedAt).not.toBeNull();
  expect(
    await refusal(() => bed.scope(() => service.transition(task.id, 'COMPLETE', {}, t.version))),
  ).toEqual({
    code: 'INVALID_TRANSITION',
    field: 'event',
  });
  const history = await bed.scope(() => service.transitions(task.id));
  expect(history.map((h) => h.event)).toEqual(['APPROVE_PLAN', 'START', 'COMPLETE']);

  const other = await create();
  expect(
    await refusal(() =>
      bed.scope(() => service.transition(other.id, 'MARK_IMPOSSIBLE', { impossibleReason: ' ' }, 1)),
    ),
  ).toEqual({ code: 'BAD_USER_INPUT', field: 'impossibleReason' });
  const impossible = await bed.scope(() =>
    service.transition(other.id, 'MARK_IMPOSSIBLE', { impossibleReason: '국가 사무로 시 권한 밖' }, 1),
  );
  expect(impossible).toMatchObject({ status: 'IMPOSSIBLE', impossibleReason: '국가 사무로 시 권한 밖' });
  const audits = await bed.owner<{ what: string }>(
    `SELECT action || ' ' || entity || coalesce(' ' || (after ->> 'event'), '') AS what FROM audit_events
     WHERE tenant_id = $1 AND entity_id = $2 ORDER BY id`,
    [bed.tenant.code, task.id],
  );
  expect(audits.map((a) => a.what)).toEqual([
    'create task',
    'update task_plan',
    'update task APPROVE_PLAN',
    'update task START',
    'update task_plan',
    'update task COMPLETE',
  ]);
});

it('gives concurrent tasks distinct gap-free management numbers', async () => {
  const made = await Promise.all(Array.from({ length: 8 }, () => create()));
  const seqs = made.map((t) => Number(t.managementNo.split('-').pop())).sort((a, b) => a - b);
  expect(new Set(seqs).size).toBe(8);
  expect(seqs[7] - seqs[0]).toBe(7);
  expect(made[0].managementNo).toMatch(new RegExp(`^${bed.tenant.code.toUpperCase()}-T[0-9]{4}-[0-9]{4,}$`));
});

it('lets only the task’s department act on it', async () => {
  const task = await create({ departmentId: otherDepartment });
  expect(await refusal(() => bed.scope(() => service.savePlan(task.id, BUSAN, 1), ['officer']))).toEqual({
    code: 'FORBIDDEN',
    field: undefined,
  });
  expect(await refusal(() => create({ departmentId: otherDepartment }, ['officer']))).toEqual({
    code: 'FORBIDDEN',
    field: undefined,
  });
  const own = await create({}, ['officer']);
  expect(own.departmentId).toBe(department);
});

it('links VOC items once and tells and surveys each resident once when the task completes', async () => {
  const voc = await insertCase(bed.owner, bed.tenant.code, STANDARD_PETITION_WORKFLOW, {
    departmentId: department,
    status: 'IN_PROGRESS',
  });
  const task = await create();
  await bed.scope(() => service.link(task.id, voc));
  await bed.scope(() => service.link(task.id, voc));
  expect(await bed.scope(() => service.vocItems(task.id))).toEqual([
    expect.objectContaining({ id: voc, title: '가로등 고장', status: 'IN_PROGRESS' }),
  ]);
  expect(
    await refusal(() => bed.scope(() => service.link(task.id, '00000000-0000-4000-8000-000000000009'))),
  ).toEqual({
    code: 'NOT_FOUND',
    field: undefined,
  });
  const done = [{ ...REST, weight: 100, startedOn: daysAgo(3), endedOn: daysAgo(1), progress: 100 }];
  let t = await bed.scope(() => service.savePlan(task.id, done, 1));
  t = await bed.scope(() => service.approvePlan(task.id, t.version), ['manager']);
  t = await bed.scope(() => service.transition(task.id, 'START', {}, t.version));
  await bed.scope(() => service.transition(task.id, 'COMPLETE', {}, t.version));
  expect(published.filter((e) => e.vocId === voc).map((e) => e.type)).toEqual(['task-completed']);
  const invitations = await bed.owner<{ n: number }>(
    `SELECT count(*)::int AS n FROM voc_survey_invitations WHERE tenant_id = $1 AND voc_id = $2`,
    [bed.tenant.code, voc],
  );
  expect(invitations[0].n).toBe(1);
});
