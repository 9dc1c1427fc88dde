import { sql, type Generated, type SelectQueryBuilder } from 'kysely';
import { queryBuilder, type StatementExamples } from '@pcrm/tenancy';

/** `tasks` as its statements see it. Tenant scoping is RLS's job: no statement names a tenant. */
export interface TasksTable {
  tenant_id: Generated<string>;
  id: Generated<string>;
  management_year: number;
  management_seq: number;
  management_no: string;
  title: string;
  source: string;
  kind: string;
  department_id: string;
  owner_id: string | null;
  resolution_method: string | null;
  summary: string | null;
  expected_effect: string | null;
  current_state: string | null;
  improvement_plan: string | null;
  result: string | null;
  impossible_reason: string | null;
  status: string;
  workflow_key: string;
  workflow_version: number;
  weight_total: Generated<number>;
  progress: Generated<string>;
  compliance: string | null;
  plan_approved_at: Date | null;
  plan_approved_by: string | null;
  is_public: Generated<boolean>;
  published_at: Date | null;
  started_at: Date | null;
  closed_at: Date | null;
  custom_fields: Generated<Record<string, unknown>>;
  created_by: string;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  version: Generated<number>;
}

export interface TaskStepsTable {
  tenant_id: Generated<string>;
  id: Generated<string>;
  task_id: string;
  position: number;
  name: string;
  weight: number;
  planned_days: number;
  started_on: string | null;
  ended_on: string | null;
  progress: number;
  note: string | null;
}

interface TaskVocLinksTable {
  tenant_id: Generated<string>;
  task_id: string;
  voc_id: string;
  linked_by: string;
  linked_at: Generated<Date>;
}

interface TaskTransitionsTable {
  tenant_id: Generated<string>;
  id: Generated<string>;
  task_id: string;
  seq: number;
  event: string;
  from_status: string | null;
  to_status: string;
  actor: string;
  actor_staff_id: string | null;
  comment: string | null;
  occurred_at: Generated<Date>;
}

interface TaskNumberCountersTable {
  tenant_id: string;
  year: number;
  next_seq: number;
}

/** The versions of the tenant's workflows (the petition lifecycle owns the table; tasks use key `task`). */
interface VocWorkflowsTable {
  tenant_id: string;
  key: string;
  version: number;
  standard_version: number;
  definition: string;
  created_by: string;
}

/** What a task shows of a linked VOC item: no personal data. */
interface VocItemsTable {
  id: string;
  receipt_no: string;
  title: string;
  status: string;
}

interface DepartmentsTable {
  id: string;
  name: string;
  active: boolean;
}

interface StaffTable {
  id: string;
  name: string;
  keycloak_subject: string | null;
  active: boolean;
}

type TaskDatabase = {
  tasks: TasksTable;
  task_steps: TaskStepsTable;
  task_voc_links: TaskVocLinksTable;
  task_transitions: TaskTransitionsTable;
  task_number_counters: TaskNumberCountersTable;
  voc_workflows: VocWorkflowsTable;
  voc_items: VocItemsTable;
  departments: DepartmentsTable;
  staff: StaffTable;
};
const db = queryBuilder<TaskDatabase>();
const TENANT = sql<string>`current_setting('app.tenant_id', true)`;

const COLUMNS = [
  't.id',
  't.management_no',
  't.title',
  't.source',
  't.kind',
  't.department_id',
  't.owner_id',
  't.resolution_method',
  't.summary',
  't.expected_effect',
  't.current_state',
  't.improvement_plan',
  't.result',
  't.impossible_reason',
  't.status',
  't.workflow_key',
  't.workflow_version',
  't.weight_total',
  't.progress',
  't.compliance',
  't.plan_approved_at',
  't.plan_approved_by',
  't.is_public',
  't.published_at',
  't.started_at',
  't.closed_at',
  't.custom_fields',
  't.created_by',
  't.created_at',
  't.updated_at',
  't.version',
] as const;

export interface TaskFilter {
  departmentId: string | null;
  ownerId: string | null;
  status: string | null;
  kind: string | null;
  /** A LIKE pattern over title and management number (escaped by the caller). */
  textPattern: string | null;
}

/** The keyset of the task order (created_at desc, id desc): the last row of the previous page. */
export interface TaskKey {
  createdAt: string;
  id: string;
}

type TaskScope = TaskDatabase & { t: TasksTable };

/** The tasks the list filter keeps (`t`), before any join or selection. */
function matching(f: TaskFilter): SelectQueryBuilder<TaskScope, 't', object> {
  let q = db.selectFrom('tasks as t');
  if (f.departmentId) q = q.where('t.department_id', '=', f.departmentId);
  if (f.ownerId) q = q.where('t.owner_id', '=', f.ownerId);
  if (f.status) q = q.where('t.status', '=', f.status);
  if (f.kind) q = q.where('t.kind', '=', f.kind);
  const pattern = f.textPattern;
  if (pattern !== null)
    q = q.where((eb) => eb.or([eb('t.title', 'like', pattern), eb('t.management_no', 'like', pattern)]));
  return q;
}

/** A task with its department's and owner's names. */
const withNames = (q: SelectQueryBuilder<TaskScope, 't', object>) =>
  q
    .innerJoin('departments as d', 'd.id', 't.department_id')
    .leftJoin('staff as o', 'o.id', 't.owner_id')
    .select(COLUMNS)
    .select(['d.name as department_name', 'o.name as owner_name']);

export interface TaskWrite {
  title: string;
  source: string;
  kind: string;
  departmentId: string;
  ownerId: string | null;
  resolutionMethod: string | null;
  summary: string | null;
  expectedEffect: string | null;
  currentState: string | null;
  improvementPlan: string | null;
  result: string | null;
  customFields?: Record<string, unknown>;
}

const writeColumns = (w: TaskWrite) => ({
  title: w.title,
  source: w.source,
  kind: w.kind,
  department_id: w.departmentId,
  owner_id: w.ownerId,
  resolution_method: w.resolutionMethod,
  summary: w.summary,
  expected_effect: w.expectedEffect,
  current_state: w.currentState,
  improvement_plan: w.improvementPlan,
  result: w.result,
  ...(w.customFields === undefined
    ? {}
    : { custom_fields: sql<Record<string, unknown>>`${JSON.stringify(w.customFields)}::jsonb` }),
});

export interface TaskStepWrite {
  name: string;
  weight: number;
  plannedDays: number;
  startedOn: string | null;
  endedOn: string | null;
  progress: number;
  note: string | null;
}

/** The plan figures stored with the task at each plan save (action-plan.ts derives them). */
export interface StoredFigures {
  weightTotal: number;
  progress: number;
  compliance: number | null;
}

/** What a lifecycle step changes on the task. */
export interface TaskStatusChange {
  status: string;
  impossibleReason: string | null;
  started: boolean;
  closed: boolean;
}

const STEP_COLUMNS = [
  'id',
  'task_id',
  'position',
  'name',
  'weight',
  'planned_days',
  sql<string | null>`to_char(started_on, 'YYYY-MM-DD')`.as('started_on'),
  sql<string | null>`to_char(ended_on, 'YYYY-MM-DD')`.as('ended_on'),
  'progress',
  'note',
] as const;

/** Every statement of tasks; `task.queries.sql` holds what each compiles to, in each of its shapes. */
export const TaskQueries = {
  /** The tenant's next management number of `year`, bumped in the creating transaction (gap-free). */
  nextSeq: (year: number) =>
    db
      .insertInto('task_number_counters')
      .values({ tenant_id: TENANT, year, next_seq: 2 })
      .onConflict((oc) =>
        oc
          .columns(['tenant_id', 'year'])
          .doUpdateSet({ next_seq: sql<number>`task_number_counters.next_seq + 1` }),
      )
      .returning(sql<string>`next_seq - 1`.as('seq')),

  activeDepartment: (id: string) =>
    db.selectFrom('departments').select('id').where('id', '=', id).where('active', '=', true),

  activeStaff: (id: string) =>
    db.selectFrom('staff').select('id').where('id', '=', id).where('active', '=', true),

  staffBySubject: (subject: string) =>
    db.selectFrom('staff').select('id').where('keycloak_subject', '=', subject),

  insert: (
    w: TaskWrite,
    number: { year: number; seq: number; no: string },
    workflow: { key: string; version: number; initial: string },
    createdBy: string,
  ) =>
    db
      .insertInto('tasks')
      .values({
        tenant_id: TENANT,
        ...writeColumns(w),
        management_year: number.year,
        management_seq: number.seq,
        management_no: number.no,
        status: workflow.initial,
        workflow_key: workflow.key,
        workflow_version: workflow.version,
        created_by: createdBy,
      })
      .returning('id'),

  byId: (id: string) => withNames(db.selectFrom('tasks as t').where('t.id', '=', id)),

  /** The task locked for a write (its names are read after the write). */
  lock: (id: string) => db.selectFrom('tasks').select(['id', 'version']).where('id', '=', id).forUpdate(),

  /** A keyset page, newest first; `limit` is the page size + 1 (to tell whether more follow). */
  page: (f: TaskFilter, after: TaskKey | null, limit: number) => {
    let q = withNames(matching(f));
    if (after)
      q = q.where((eb) =>
        eb(
          eb.refTuple('t.created_at', 't.id'),
          '<',
          eb.tuple(sql<Date>`${after.createdAt}::timestamptz`, sql<string>`${after.id}::uuid`),
        ),
      );
    return q.orderBy('t.created_at', 'desc').orderBy('t.id', 'desc').limit(limit);
  },

  count: (f: TaskFilter) => matching(f).select(sql<number>`count(*)::int`.as('n')),

  /** Writes the recorded fields if the version is still `expectedVersion`; no row when it moved on. */
  update: (id: string, w: TaskWrite, expectedVersion: number) =>
    db
      .updateTable('tasks')
      .set({ ...writeColumns(w), updated_at: sql`now()`, version: sql`version + 1` })
      .where('id', '=', id)
      .where('version', '=', expectedVersion)
      .returning('id'),

  /** A plan save: the derived figures, and an approval withdrawn when `revokeApproval` (a plan being drafted). */
  setFigures: (id: string, f: StoredFigures, revokeApproval: boolean, expectedVersion: number) =>
    db
      .updateTable('tasks')
      .set({
        weight_total: f.weightTotal,
        progress: String(f.progress),
        compliance: f.compliance === null ? null : String(f.compliance),
        ...(revokeApproval ? { plan_approved_at: null, plan_approved_by: null } : {}),
        updated_at: sql`now()`,
        version: sql`version + 1`,
      })
      .where('id', '=', id)
      .where('version', '=', expectedVersion)
      .returning('id'),

  approvePlan: (id: string, staffId: string, expectedVersion: number) =>
    db
      .updateTable('tasks')
      .set({
        plan_approved_at: sql`now()`,
        plan_approved_by: staffId,
        updated_at: sql`now()`,
        version: sql`version + 1`,
      })
      .where('id', '=', id)
      .where('version', '=', expectedVersion)
      .returning('id'),

  setStatus: (id: string, c: TaskStatusChange, expectedVersion: number) =>
    db
      .updateTable('tasks')
      .set({
        status: c.status,
        ...(c.impossibleReason !== null ? { impossible_reason: c.impossibleReason } : {}),
        ...(c.started ? { started_at: sql`coalesce(started_at, now())` } : {}),
        ...(c.closed ? { closed_at: sql`now()` } : {}),
        updated_at: sql`now()`,
        version: sql`version + 1`,
      })
      .where('id', '=', id)
      .where('version', '=', expectedVersion)
      .returning('id'),

  /** The plans of several tasks, each in order. */
  steps: (taskIds: readonly string[]) =>
    db
      .selectFrom('task_steps')
      .select(STEP_COLUMNS)
      .where('task_id', '=', sql<string>`any(${[...taskIds]}::uuid[])`)
      .orderBy('task_id')
      .orderBy('position'),

  deleteSteps: (taskId: string) => db.deleteFrom('task_steps').where('task_id', '=', taskId),

  insertSteps: (taskId: string, steps: readonly TaskStepWrite[]) =>
    db.insertInto('task_steps').values(
      steps.map((s, i) => ({
        tenant_id: TENANT,
        task_id: taskId,
        position: i + 1,
        name: s.name,
        weight: s.weight,
        planned_days: s.plannedDays,
        started_on: s.startedOn,
        ended_on: s.endedOn,
        progress: s.progress,
        note: s.note,
      })),
    ),

  /** The VOC items linked to several tasks: receipt number, title and status only. */
  links: (taskIds: readonly string[]) =>
    db
      .selectFrom('task_voc_links as l')
      .innerJoin('voc_items as v', 'v.id', 'l.voc_id')
      .select(['l.task_id', 'v.id', 'v.receipt_no', 'v.title', 'v.status', 'l.linked_at'])
      .where('l.task_id', '=', sql<string>`any(${[...taskIds]}::uuid[])`)
      .orderBy('l.task_id')
      .orderBy('l.linked_at')
      .orderBy('v.receipt_no'),

  vocById: (vocId: string) =>
    db.selectFrom('voc_items').select(['id', 'receipt_no', 'title', 'status']).where('id', '=', vocId),

  /** Links unless linked already; the row says whether it was new. */
  link: (taskId: string, vocId: string, linkedBy: string) =>
    db
      .insertInto('task_voc_links')
      .values({ tenant_id: TENANT, task_id: taskId, voc_id: vocId, linked_by: linkedBy })
      .onConflict((oc) => oc.doNothing())
      .returning('voc_id'),

  unlink: (taskId: string, vocId: string) =>
    db
      .deleteFrom('task_voc_links')
      .where('task_id', '=', taskId)
      .where('voc_id', '=', vocId)
      .returning('voc_id'),

  transitions: (taskId: string) =>
    db
      .selectFrom('task_transitions as tr')
      .leftJoin('staff as s', 's.id', 'tr.actor_staff_id')
      .select([
        'tr.id',
        'tr.seq',
        'tr.event',
        'tr.from_status',
        'tr.to_status',
        'tr.actor',
        's.name as actor_name',
        'tr.comment',
        'tr.occurred_at',
      ])
      .where('tr.task_id', '=', taskId)
      .orderBy('tr.seq'),

  insertTransition: (t: {
    taskId: string;
    event: string;
    from: string | null;
    to: string;
    actor: string;
    actorStaffId: string | null;
    comment: string | null;
  }) =>
    db.insertInto('task_transitions').values({
      tenant_id: TENANT,
      task_id: t.taskId,
      seq: sql<number>`(SELECT coalesce(max(seq), 0) + 1 FROM task_transitions WHERE task_id = ${t.taskId}::uuid)`,
      event: t.event,
      from_status: t.from,
      to_status: t.to,
      actor: t.actor,
      actor_staff_id: t.actorStaffId,
      comment: t.comment,
    }),
};

const ID = '00000000-0000-4000-8000-000000000001';
const OTHER = '00000000-0000-4000-8000-000000000002';
const WRITE: TaskWrite = {
  title: '노후 보도블록 정비',
  source: 'PETITION',
  kind: 'SHORT_TERM',
  departmentId: ID,
  ownerId: OTHER,
  resolutionMethod: '현장조사 후 정비',
  summary: null,
  expectedEffect: null,
  currentState: null,
  improvementPlan: null,
  result: null,
};
const STEP: TaskStepWrite = {
  name: '서류검토',
  weight: 20,
  plannedDays: 10,
  startedOn: '2026-11-01',
  endedOn: '2026-11-06',
  progress: 100,
  note: null,
};
const FILTERS: Record<string, TaskFilter> = {
  'no filter': { departmentId: null, ownerId: null, status: null, kind: null, textPattern: null },
  'every filter': {
    departmentId: ID,
    ownerId: OTHER,
    status: 'PLANNING',
    kind: 'LONG_TERM',
    textPattern: '%보도%',
  },
};
const KEY: TaskKey = { createdAt: '2026-11-27T00:00:00.000Z', id: ID };

export const TASK_STATEMENTS: { [K in keyof typeof TaskQueries]: StatementExamples[string] } = {
  nextSeq: { one: TaskQueries.nextSeq(2026) },
  activeDepartment: { one: TaskQueries.activeDepartment(ID) },
  activeStaff: { one: TaskQueries.activeStaff(ID) },
  staffBySubject: { one: TaskQueries.staffBySubject('subject') },
  insert: {
    one: TaskQueries.insert(
      { ...WRITE, customFields: {} },
      { year: 2026, seq: 1, no: 'T-SEJONG-2026-0001' },
      { key: 'task', version: 1, initial: 'PLANNING' },
      'user',
    ),
  },
  byId: { one: TaskQueries.byId(ID) },
  lock: { one: TaskQueries.lock(ID) },
  page: Object.fromEntries(
    Object.entries(FILTERS).flatMap(([label, f]) => [
      [`${label}, first page`, TaskQueries.page(f, null, 51)],
      [`${label}, after a cursor`, TaskQueries.page(f, KEY, 51)],
    ]),
  ),
  count: Object.fromEntries(Object.entries(FILTERS).map(([label, f]) => [label, TaskQueries.count(f)])),
  update: { one: TaskQueries.update(ID, WRITE, 3) },
  setFigures: {
    'keeping approval': TaskQueries.setFigures(
      ID,
      { weightTotal: 65, progress: 39.5, compliance: 100 },
      false,
      3,
    ),
    'revoking approval': TaskQueries.setFigures(
      ID,
      { weightTotal: 0, progress: 0, compliance: null },
      true,
      3,
    ),
  },
  approvePlan: { one: TaskQueries.approvePlan(ID, OTHER, 3) },
  setStatus: {
    start: TaskQueries.setStatus(
      ID,
      { status: 'IN_PROGRESS', impossibleReason: null, started: true, closed: false },
      3,
    ),
    impossible: TaskQueries.setStatus(
      ID,
      { status: 'IMPOSSIBLE', impossibleReason: '예산 부족', started: false, closed: true },
      3,
    ),
  },
  steps: { one: TaskQueries.steps([ID]) },
  deleteSteps: { one: TaskQueries.deleteSteps(ID) },
  insertSteps: { one: TaskQueries.insertSteps(ID, [STEP]) },
  links: { one: TaskQueries.links([ID]) },
  vocById: { one: TaskQueries.vocById(ID) },
  link: { one: TaskQueries.link(ID, OTHER, 'user') },
  unlink: { one: TaskQueries.unlink(ID, OTHER) },
  transitions: { one: TaskQueries.transitions(ID) },
  insertTransition: {
    one: TaskQueries.insertTransition({
      taskId: ID,
      event: 'START',
      from: 'PLANNING',
      to: 'IN_PROGRESS',
      actor: 'user',
      actorStaffId: OTHER,
      comment: null,
    }),
  },
};
