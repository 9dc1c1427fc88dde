import { Inject, Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { CustomFieldValuesValidator } from '@pcrm/customization';
import {
  AppError,
  Cursor,
  ErrorCode,
  RequestContexts,
  TenantDatabase,
  badInput,
  conflict,
  notFound,
  recordAudit,
  run,
  runOne,
  toConnection,
  type Connection,
  type Sql,
} from '@pcrm/tenancy';
import { seoulDate } from '../business-calendar';
import { PetitionEvents, startingWorkflowVersion } from '../petitions';
import {
  WorkflowRegistry,
  conditionRefusal,
  mayActOnCase,
  type CompiledWorkflow,
} from '../petition-workflow';
import { planFigures, planProblems, type ActionStep, type PlanProblem } from './action-plan';
import { TASK_ENTITY } from './task.entity';
import type { CreateTaskInput, TaskStepInput, TasksArgs, UpdateTaskInput } from './task.inputs';
import {
  toPlan,
  toStepInput,
  toTask,
  type StepRow,
  type Task,
  type TaskAvailableTransition,
  type TaskPlan,
  type TaskRow,
  type TaskTransition,
  type TaskVocItem,
} from './task.model';
import { PublicTaskChecks } from './public-task-checks';
import { allocateManagementNo } from './task-number';
import { TaskQueries as Q, type TaskFilter, type TaskKey, type TaskWrite } from './task.sql';
import {
  STANDARD_TASK_WORKFLOW,
  TASK_PROFILE,
  TASK_REQUIREMENTS,
  type TaskActionName,
  type TaskFacts,
} from './task-workflow';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO = /^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]+Z$/;

const taskNotFound = () => notFound('과제', 'Task');
const staleVersion = () =>
  conflict(
    'expectedVersion',
    '그사이 다른 사람이 이 과제를 바꿨습니다. 새로 불러온 뒤 다시 시도하세요.',
    'Someone else changed this task in the meantime; reload it and try again.',
  );
const notResponsible = () =>
  new AppError(
    ErrorCode.Forbidden,
    '이 과제를 처리할 권한이 없습니다. 담당 부서(또는 그 상급 부서장)만 처리할 수 있습니다.',
    'You may not act on this task: only its department (or a department head above it) can.',
  );
const closedTask = (label: string, labelEn: string) =>
  new AppError(
    ErrorCode.InvalidTransition,
    `'${label}' 상태의 과제는 바꿀 수 없습니다.`,
    `A task in state '${labelEn}' cannot be changed.`,
    { field: 'id' },
  );
const planRefused = (p: PlanProblem, all: readonly PlanProblem[]) =>
  new AppError(ErrorCode.BadUserInput, p.ko, p.en, {
    field: p.path,
    fields: all.map((x) => ({ field: x.path, ko: x.ko, en: x.en })),
  });
const blank = (v: string | null | undefined) => v == null || v.trim() === '';
const orNull = (v: string | null | undefined) => (blank(v) ? null : v!);

/** The (created_at, id) key a task cursor carries; anything else is the caller's error, never the database's. */
function afterKey(cursor: string): TaskKey {
  const [createdAt, id] = Cursor.decode(cursor, 2);
  if (typeof createdAt === 'string' && ISO.test(createdAt) && typeof id === 'string' && UUID.test(id))
    return { createdAt, id };
  throw badInput('after', '페이지 커서(after)가 올바르지 않습니다.', 'The page cursor (after) is invalid.');
}

const likePattern = (search: string): string => `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The audit keeps a task without its custom values (they may be personal data). */
const auditView = ({ customFields, ...rest }: Task) => ({
  ...rest,
  customFieldKeys: Object.keys(customFields),
});

/** "Today" as the plan figures read it: the date in Korea. */
export const planDay = (): string => seoulDate(new Date());

/**
 * Tasks (과업, issue 10 #1–#3): records, the weighted action plan with its derived figures, the lifecycle run
 * by the task workflow (a `voc_workflows` version under the key `task`), VOC links, and the residents told and
 * surveyed when a task completes. Every write is audited in its transaction.
 */
@Injectable()
export class TaskService {
  constructor(
    @Inject(TenantDatabase) private readonly db: TenantDatabase,
    @Inject(WorkflowRegistry) private readonly workflows: WorkflowRegistry,
    @Inject(CustomFieldValuesValidator) private readonly customValues: CustomFieldValuesValidator,
    @Inject(PetitionEvents) private readonly events: PetitionEvents,
    @Inject(PublicTaskChecks) private readonly publicChecks: PublicTaskChecks,
  ) {}

  private get sql(): Sql {
    return this.db.request();
  }

  private get principal() {
    return RequestContexts.require().principal;
  }

  private workflowOf(sql: Sql, row: Pick<TaskRow, 'workflow_key' | 'workflow_version'>) {
    return this.workflows.getFor(
      sql,
      this.principal.tenantId ?? '',
      row.workflow_key,
      row.workflow_version,
      TASK_PROFILE,
    );
  }

  private async toModel(sql: Sql, row: TaskRow): Promise<Task> {
    const state = (await this.workflowOf(sql, row)).definition.states[row.status];
    return toTask(row, state ? { ko: state.labelKo, en: state.labelEn } : { ko: row.status, en: row.status });
  }

  private async row(sql: Sql, id: string): Promise<TaskRow> {
    const [row] = UUID.test(id) ? await run(sql, Q.byId(id)) : [];
    if (!row) throw taskNotFound();
    return row as TaskRow;
  }

  /** The task locked for a write, checked against the version the caller read and the caller's standing. */
  private async locked(sql: Sql, id: string, expectedVersion: number | null): Promise<TaskRow> {
    const [lock] = await run(sql, Q.lock(id));
    if (!lock) throw taskNotFound();
    const row = await this.row(sql, id);
    if (!(await this.mayAct(sql, row.department_id, row.owner_id))) throw notResponsible();
    if (expectedVersion !== null && row.version !== expectedVersion) throw staleVersion();
    return row;
  }

  private mayAct(sql: Sql, departmentId: string, ownerId: string | null): Promise<boolean> {
    return mayActOnCase(sql, this.principal, { department_id: departmentId, officer_id: ownerId });
  }

  private async callerStaffId(sql: Sql): Promise<string | null> {
    return RequestContexts.memo('tasks.callerStaffId', async () => {
      const [row] = await run(sql, Q.staffBySubject(this.principal.subject));
      return row?.id ?? null;
    });
  }

  async page(args: TasksArgs): Promise<Connection<Task>> {
    const sql = this.sql;
    const after = args.after ? afterKey(args.after) : null;
    const filter: TaskFilter = {
      departmentId: args.departmentId ?? null,
      ownerId: args.ownerId ?? null,
      status: args.status ?? null,
      kind: args.kind ?? null,
      textPattern: args.text ? likePattern(args.text) : null,
    };
    const [rows, { n }] = await Promise.all([
      run(sql, Q.page(filter, after, args.first + 1)),
      runOne(sql, Q.count(filter)),
    ]);
    const tasks = await Promise.all(rows.map((r) => this.toModel(sql, r as TaskRow)));
    const byId = new Map(tasks.map((t) => [t.id, t]));
    return toConnection(
      rows,
      args.first,
      n,
      (r) => byId.get(r.id)!,
      (r) => [r.created_at.toISOString(), r.id],
    );
  }

  async get(id: string): Promise<Task> {
    const sql = this.sql;
    return this.toModel(sql, await this.row(sql, id));
  }

  async create(input: CreateTaskInput): Promise<Task> {
    const sql = this.sql;
    if (!(await run(sql, Q.activeDepartment(input.departmentId))).length)
      throw badInput('departmentId', '담당 부서를 찾을 수 없습니다.', 'The department does not exist.');
    if (!(await this.mayAct(sql, input.departmentId, null))) throw notResponsible();
    await this.ensureOwner(sql, input.ownerId);
    const write: TaskWrite = {
      title: input.title,
      source: input.source,
      kind: input.kind,
      departmentId: input.departmentId,
      ownerId: input.ownerId ?? null,
      resolutionMethod: orNull(input.resolutionMethod),
      summary: orNull(input.summary),
      expectedEffect: orNull(input.expectedEffect),
      currentState: orNull(input.currentState),
      improvementPlan: orNull(input.improvementPlan),
      result: null,
      customFields: await this.customFields(input.customFields, null),
    };
    const workflow = await this.currentWorkflow(sql);
    const number = await allocateManagementNo(sql, new Date());
    const { id } = await runOne(sql, Q.insert(write, number, workflow, this.principal.subject));
    const after = await this.get(id);
    await recordAudit(sql, { action: 'create', entity: 'task', entityId: id, after: auditView(after) });
    return after;
  }

  async update(input: UpdateTaskInput): Promise<Task> {
    const sql = this.sql;
    const row = await this.locked(sql, input.id, input.expectedVersion);
    const before = await this.toModel(sql, row);
    await this.ensureOpen(sql, row);
    if (input.departmentId !== undefined && input.departmentId !== row.department_id) {
      if (!(await run(sql, Q.activeDepartment(input.departmentId))).length)
        throw badInput('departmentId', '담당 부서를 찾을 수 없습니다.', 'The department does not exist.');
      if (!(await this.mayAct(sql, input.departmentId, null))) throw notResponsible();
    }
    if (input.ownerId !== undefined) await this.ensureOwner(sql, input.ownerId);
    const pick = (v: string | null | undefined, current: string | null) =>
      v === undefined ? current : orNull(v);
    const write: TaskWrite = {
      title: input.title ?? row.title,
      source: input.source ?? row.source,
      kind: input.kind ?? row.kind,
      departmentId: input.departmentId ?? row.department_id,
      ownerId: input.ownerId === undefined ? row.owner_id : (input.ownerId ?? null),
      resolutionMethod: pick(input.resolutionMethod, row.resolution_method),
      summary: pick(input.summary, row.summary),
      expectedEffect: pick(input.expectedEffect, row.expected_effect),
      currentState: pick(input.currentState, row.current_state),
      improvementPlan: pick(input.improvementPlan, row.improvement_plan),
      result: pick(input.result, row.result),
      customFields: await this.customFields(input.customFields, row.custom_fields),
    };
    if (!(await run(sql, Q.update(row.id, write, input.expectedVersion))).length) throw staleVersion();
    await this.keepPublicable(sql, row);
    const after = await this.get(row.id);
    await recordAudit(sql, {
      action: 'update',
      entity: 'task',
      entityId: row.id,
      before: auditView(before),
      after: auditView(after),
    });
    return after;
  }

  /**
   * Replaces the task's plan with `steps` (in order) after `planProblems`; stores the derived figures. While
   * the task is planned, a save withdraws an earlier approval (the plan changed); once under way, the plan
   * keeps its approval and must keep weights of exactly 100 %.
   */
  async savePlan(id: string, steps: readonly TaskStepInput[], expectedVersion: number): Promise<Task> {
    const sql = this.sql;
    const row = await this.locked(sql, id, expectedVersion);
    await this.ensureOpen(sql, row);
    const recorded: ActionStep[] = steps.map((s) => ({
      weight: s.weight,
      plannedDays: s.plannedDays,
      startedOn: s.startedOn ?? null,
      endedOn: s.endedOn ?? null,
      progress: s.progress,
    }));
    const planned = row.status === STANDARD_TASK_WORKFLOW.initial;
    const problems = planProblems(recorded, !planned);
    if (problems.length) throw planRefused(problems[0], problems);
    const today = planDay();
    const beforeSteps = await run(sql, Q.steps([id]));
    if (recorded.some((s) => s.startedOn && s.startedOn > today))
      throw badInput(
        `steps[${recorded.findIndex((s) => s.startedOn && s.startedOn > today)}].startedOn`,
        '시작일이 오늘보다 늦습니다.',
        'A step cannot have started after today.',
      );
    if (recorded.some((s) => s.endedOn && s.endedOn > today))
      throw badInput(
        `steps[${recorded.findIndex((s) => s.endedOn && s.endedOn > today)}].endedOn`,
        '종료일이 오늘보다 늦습니다.',
        'A step cannot have ended after today.',
      );
    const figures = planFigures(recorded, today);
    await run(sql, Q.deleteSteps(id));
    if (steps.length)
      await run(
        sql,
        Q.insertSteps(
          id,
          steps.map((s, i) => ({ ...recorded[i], name: s.name, note: orNull(s.note) })),
        ),
      );
    const revoke = planned && row.plan_approved_at !== null;
    if (!(await run(sql, Q.setFigures(id, figures, revoke, expectedVersion))).length) throw staleVersion();
    await this.keepPublicable(sql, row);
    const after = await this.get(id);
    await recordAudit(sql, {
      action: 'update',
      entity: 'task_plan',
      entityId: id,
      before: { steps: beforeSteps, weightTotal: row.weight_total, progress: Number(row.progress) },
      after: {
        steps: await run(sql, Q.steps([id])),
        weightTotal: figures.weightTotal,
        progress: figures.progress,
        compliance: figures.compliance,
        approvalWithdrawn: revoke,
      },
    });
    return after;
  }

  /** 계획 확정: a department head (or tenant administrator) approves a plan whose weights sum to 100 %. */
  async approvePlan(id: string, expectedVersion: number): Promise<Task> {
    const sql = this.sql;
    const row = await this.locked(sql, id, expectedVersion);
    if (row.status !== STANDARD_TASK_WORKFLOW.initial)
      throw new AppError(
        ErrorCode.InvalidTransition,
        '계획중인 과제의 실행계획만 확정할 수 있습니다.',
        'Only the plan of a task being planned can be approved.',
        { field: 'id', state: row.status },
      );
    if (row.plan_approved_at !== null)
      throw conflict('id', '이미 확정된 실행계획입니다.', 'The plan is already approved.');
    const steps = (await run(sql, Q.steps([id]))).map((s) => toStepInput(s as StepRow));
    if (!steps.length)
      throw badInput(
        'steps',
        '단계가 없는 실행계획은 확정할 수 없습니다.',
        'A plan without steps cannot be approved.',
      );
    const problems = planProblems(steps, true);
    if (problems.length) throw planRefused(problems[0], problems);
    const staffId = await this.callerStaffId(sql);
    if (!staffId)
      throw new AppError(
        ErrorCode.Forbidden,
        '직원으로 등록된 사람만 실행계획을 확정할 수 있습니다.',
        'Only a registered staff member can approve a plan.',
      );
    if (!(await run(sql, Q.approvePlan(id, staffId, expectedVersion))).length) throw staleVersion();
    await this.record(sql, id, 'APPROVE_PLAN', row.status, row.status, null);
    const after = await this.get(id);
    await recordAudit(sql, {
      action: 'update',
      entity: 'task',
      entityId: id,
      before: { event: 'APPROVE_PLAN', status: row.status, version: row.version },
      after: { event: 'APPROVE_PLAN', status: after.status, version: after.version, approvedBy: staffId },
    });
    return after;
  }

  /**
   * Takes `event` if the task's workflow version allows it now (the compiled machine decides), with what it
   * requires; refuses otherwise (INVALID_TRANSITION, BAD_USER_INPUT, FORBIDDEN, CONFLICT), changing nothing.
   */
  async transition(
    id: string,
    event: string,
    values: { comment?: string | null; impossibleReason?: string | null },
    expectedVersion: number,
  ): Promise<Task> {
    const sql = this.sql;
    const row = await this.locked(sql, id, expectedVersion);
    const workflow = await this.workflowOf(sql, row);
    const def = workflow.definition;
    const decision = workflow.decide(row.status, event, this.facts(row));
    const state = def.states[row.status];
    if (decision.kind === 'not-allowed')
      throw new AppError(
        ErrorCode.InvalidTransition,
        `'${state?.labelKo ?? row.status}' 상태에서는 '${event}' 처리를 할 수 없습니다.`,
        `Event '${event}' is not allowed in state '${state?.labelEn ?? row.status}'.`,
        { field: 'event', state: row.status, event },
      );
    for (const requirement of decision.transition.requires ?? []) {
      const field = TASK_REQUIREMENTS[requirement as keyof typeof TASK_REQUIREMENTS];
      if (field && blank(values[field]))
        throw badInput(
          field,
          `'${decision.transition.labelKo}'에는 ${field === 'impossibleReason' ? '처리불가 사유' : '의견'}이(가) 필요합니다.`,
          `'${decision.transition.labelEn}' requires the ${field === 'impossibleReason' ? 'reason it cannot be done' : 'comment'}.`,
        );
    }
    if (decision.kind === 'refused') {
      const why = decision.condition
        ? conditionRefusal(decision.condition)
        : {
            ko: TASK_PROFILE.guards[decision.guard]?.refusalKo,
            en: TASK_PROFILE.guards[decision.guard]?.refusalEn,
          };
      throw new AppError(
        decision.condition?.kind === 'role' ? ErrorCode.Forbidden : ErrorCode.InvalidTransition,
        why.ko ?? `'${event}' 처리 조건을 만족하지 않습니다.`,
        why.en ?? `The conditions of '${event}' are not met.`,
        { field: 'event', state: row.status, event, guard: decision.condition?.kind ?? decision.guard },
      );
    }
    const actions = decision.actions as readonly string[] as readonly TaskActionName[];
    const to = decision.to;
    const reason = decision.transition.requires?.includes('reason') ? orNull(values.impossibleReason) : null;
    const change = {
      status: to,
      impossibleReason: reason,
      started: actions.includes('recordStart'),
      closed: actions.includes('recordClosure') || !!def.states[to]?.final,
    };
    if (!(await run(sql, Q.setStatus(id, change, expectedVersion))).length) throw staleVersion();
    await this.record(sql, id, event, row.status, to, orNull(values.comment) ?? reason);
    await this.keepPublicable(sql, row);
    const after = await this.get(id);
    await recordAudit(sql, {
      action: 'update',
      entity: 'task',
      entityId: id,
      before: { event, status: row.status, version: row.version },
      after: {
        event,
        status: after.status,
        version: after.version,
        impossibleReason: after.impossibleReason,
      },
    });
    if (actions.includes('notifyResidents')) await this.notifyResidents(sql, id);
    return after;
  }

  /**
   * The residents behind the task's VOC items are told the task is done and asked for their satisfaction, once
   * per VOC item, in the transition's transaction (the notifications and survey capabilities listen).
   */
  private async notifyResidents(sql: Sql, id: string): Promise<void> {
    const seen = new Set<string>();
    for (const link of await run(sql, Q.links([id]))) {
      if (seen.has(link.id)) continue;
      seen.add(link.id);
      await this.events.publish({
        type: 'task-completed',
        vocId: link.id,
        receiptNo: link.receipt_no,
        status: link.status,
        occurredAt: new Date(),
      });
    }
  }

  async link(id: string, vocId: string): Promise<Task> {
    const sql = this.sql;
    const row = await this.locked(sql, id, null);
    await this.ensureOpen(sql, row);
    const [voc] = await run(sql, Q.vocById(vocId));
    if (!voc) throw notFound('VOC', 'VOC item');
    if ((await run(sql, Q.link(id, vocId, this.principal.subject))).length) {
      await this.keepPublicable(sql, row);
      await recordAudit(sql, {
        action: 'create',
        entity: 'task_voc_link',
        entityId: id,
        after: { taskId: id, vocId, receiptNo: voc.receipt_no },
      });
    }
    return this.get(id);
  }

  async unlink(id: string, vocId: string): Promise<Task> {
    const sql = this.sql;
    const row = await this.locked(sql, id, null);
    await this.ensureOpen(sql, row);
    if (!(await run(sql, Q.unlink(id, vocId))).length) throw notFound('과제에 연결된 VOC', 'Linked VOC item');
    await recordAudit(sql, {
      action: 'delete',
      entity: 'task_voc_link',
      entityId: id,
      before: { taskId: id, vocId },
    });
    return this.get(id);
  }

  /** The task's plan with every figure derived for today (Korean time), batched per request. */
  plan(taskId: string): Promise<TaskPlan> {
    const today = planDay();
    return RequestContexts.memo('tasks.plan', () => {
      return new DataLoader<string, TaskPlan>(async (ids) => {
        const rows = (await run(this.sql, Q.steps(ids))) as StepRow[];
        return ids.map((taskId) => {
          const steps = rows.filter((r) => r.task_id === taskId);
          return toPlan(steps, planFigures(steps.map(toStepInput), today), today);
        });
      });
    }).load(taskId);
  }

  vocItems(taskId: string): Promise<TaskVocItem[]> {
    return RequestContexts.memo('tasks.vocItems', () => {
      return new DataLoader<string, TaskVocItem[]>(async (ids) => {
        const rows = await run(this.sql, Q.links(ids));
        return ids.map((taskId) =>
          rows
            .filter((r) => r.task_id === taskId)
            .map((r) => ({
              id: r.id,
              receiptNo: r.receipt_no,
              title: r.title,
              status: r.status,
              linkedAt: r.linked_at,
            })),
        );
      });
    }).load(taskId);
  }

  async transitions(taskId: string): Promise<TaskTransition[]> {
    return (await run(this.sql, Q.transitions(taskId))).map((r) => ({
      id: r.id,
      seq: r.seq,
      event: r.event,
      fromStatus: r.from_status,
      toStatus: r.to_status,
      actorName: r.actor_name,
      comment: r.comment,
      occurredAt: r.occurred_at,
    }));
  }

  /** The events the caller can take now (their standing and every guard allow it). */
  async available(task: Task): Promise<TaskAvailableTransition[]> {
    const sql = this.sql;
    if (!(await this.mayAct(sql, task.departmentId, task.ownerId))) return [];
    const row = await this.row(sql, task.id);
    const workflow: CompiledWorkflow<TaskFacts> = await this.workflowOf(sql, row);
    return workflow.available(row.status, this.facts(row)).map((t) => ({
      event: t.event,
      labelKo: t.labelKo,
      labelEn: t.labelEn,
      to: t.to ?? null,
      requires: (t.requires ?? []).map((r) => TASK_REQUIREMENTS[r as keyof typeof TASK_REQUIREMENTS] ?? r),
    }));
  }

  private facts(row: TaskRow): TaskFacts {
    return {
      planApproved: row.plan_approved_at !== null,
      progress: Number(row.progress),
      callerRoles: this.principal.roles,
      fields: { kind: row.kind, customFields: row.custom_fields },
    };
  }

  private async record(
    sql: Sql,
    taskId: string,
    event: string,
    from: string | null,
    to: string,
    comment: string | null,
  ): Promise<void> {
    await run(
      sql,
      Q.insertTransition({
        taskId,
        event,
        from,
        to,
        actor: this.principal.subject,
        actorStaffId: await this.callerStaffId(sql),
        comment,
      }),
    );
  }

  /** The version new tasks start on; version 1 (the standard) is created on first use. */
  private async currentWorkflow(sql: Sql): Promise<{ key: string; version: number; initial: string }> {
    const { key } = STANDARD_TASK_WORKFLOW;
    const version = await startingWorkflowVersion(sql, STANDARD_TASK_WORKFLOW);
    const workflow = await this.workflowOf(sql, { workflow_key: key, workflow_version: version });
    return { key, version, initial: workflow.definition.initial };
  }

  /** A public task, as just written, must still pass the disclosure checks (else the write is refused). */
  private async keepPublicable(sql: Sql, row: TaskRow): Promise<void> {
    if (row.is_public) await this.publicChecks.run(sql, row.id);
  }

  private async ensureOpen(sql: Sql, row: TaskRow): Promise<void> {
    const state = (await this.workflowOf(sql, row)).definition.states[row.status];
    if (state?.final) throw closedTask(state.labelKo, state.labelEn);
  }

  private async ensureOwner(sql: Sql, ownerId: string | null | undefined): Promise<void> {
    if (ownerId && !(await run(sql, Q.activeStaff(ownerId))).length)
      throw badInput('ownerId', '담당자를 찾을 수 없습니다.', 'The owner is not a staff member.');
  }

  private async customFields(
    patch: Record<string, unknown> | null | undefined,
    previous: Record<string, unknown> | null,
  ): Promise<Record<string, unknown> | undefined> {
    if (previous !== null && patch == null) return undefined;
    return this.customValues.validate(TASK_ENTITY.id, patch, previous, { roles: this.principal.roles });
  }
}
