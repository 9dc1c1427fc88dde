import { Inject, Injectable } from '@nestjs/common';
import {
  AppError,
  ErrorCode,
  RequestContexts,
  TenantDatabase,
  badInput,
  conflict,
  forbidden,
  notFound,
  recordAudit,
  type Sql,
} from '@pcrm/tenancy';
import {
  allocateReceiptNo,
  HandlingClass,
  PetitionEvents,
  VocDeadlines,
  VocReferenceService,
  STANDARD_PETITION_WORKFLOW,
  type PetitionEventType,
  type VocKind,
  type WorkflowDefinition,
  type WorkflowEffect,
} from '../petitions';
import { conditionRefusal } from './workflow-conditions';
import type { CompiledWorkflow } from './workflow-engine';
import { WorkflowRegistry } from './workflow-registry';
import { mayActOnCase, notResponsible } from './case-responsibility';
import { INTAKE_STATE } from './workflow-validation';
import {
  REQUIREMENT_FIELDS,
  REQUIREMENT_LABELS,
  WORKFLOW_ACTIONS,
  WORKFLOW_GUARDS,
  type CaseFacts,
  type TransitionInputValues,
  type WorkflowActionName,
} from './workflow-vocabulary';
import {
  LifecycleSql as Q,
  caseChangeParams,
  type CaseChange,
  type CaseRow,
  type TransitionRow,
} from './lifecycle.sql';
import {
  toLifecycleState,
  toTransitionRecord,
  type VocAvailableTransition,
  type VocLifecycleState,
  type VocTransitionRecord,
} from './lifecycle.model';
import type { RequestVocCooperationInput } from './lifecycle.inputs';

/** Handling classes whose answer needs a supervisor's approval first. */
const APPROVAL_CLASSES: readonly string[] = [HandlingClass.COMPLEX, HandlingClass.LONG_TERM];

type LockedCase = CaseRow & { now: Date };

/** What one transition's actions work on: the case before, the change they build, the record they fill. */
interface TransitionWork {
  sql: Sql;
  before: LockedCase;
  change: CaseChange;
  data: Record<string, unknown>;
  input: TransitionInputValues;
  publish: PetitionEventType[];
}

const caseNotFound = () => notFound('민원', 'Case');
const staleVersion = () =>
  conflict(
    'expectedVersion',
    '그사이 다른 사람이 이 민원을 처리했습니다. 새로 불러온 뒤 다시 시도하세요.',
    'Someone else changed this case in the meantime; reload it and try again.',
  );
const blank = (v: unknown) => v == null || (typeof v === 'string' && v.trim() === '');
const iso = (d: Date | null) => (d ? d.toISOString() : null);

/**
 * The petition lifecycle: a case moves only by a transition its workflow version allows (decided by the
 * compiled XState machine), each taken transition is recorded, audited and published in one transaction.
 */
@Injectable()
export class PetitionLifecycleService {
  constructor(
    @Inject(TenantDatabase) private readonly db: TenantDatabase,
    @Inject(WorkflowRegistry) private readonly workflows: WorkflowRegistry,
    @Inject(VocDeadlines) private readonly deadlines: VocDeadlines,
    @Inject(PetitionEvents) private readonly events: PetitionEvents,
    @Inject(VocReferenceService) private readonly reference: VocReferenceService,
  ) {}

  private get sql(): Sql {
    return this.db.request();
  }

  private get principal() {
    return RequestContexts.require().principal;
  }

  private workflowOf(sql: Sql, row: CaseRow): Promise<CompiledWorkflow> {
    return this.workflows.get(sql, this.principal.tenantId ?? '', row.workflow_key, row.workflow_version);
  }

  private async find(sql: Sql, id: string, lock: boolean): Promise<LockedCase> {
    const [row] = await sql.query<LockedCase>(lock ? Q.caseForUpdate : Q.caseById, [id]);
    if (!row) throw caseNotFound();
    return row;
  }

  private state(row: CaseRow, def: WorkflowDefinition): VocLifecycleState {
    const s = def.states[row.status];
    return toLifecycleState(row, s ? { ko: s.labelKo, en: s.labelEn } : undefined);
  }

  private async facts(sql: Sql, row: CaseRow): Promise<CaseFacts> {
    const [{ n }] = await sql.query<{ n: number }>(Q.openChildren, [row.id]);
    return {
      extended: row.extended,
      approvalRequired: row.approval_required || APPROVAL_CLASSES.includes(row.handling_class),
      approved: row.approved_at !== null,
      openCooperations: n,
      isCooperation: row.parent_id !== null,
      callerRoles: this.principal.roles,
      fields: {
        kind: row.kind,
        channel: row.channel,
        handlingClass: row.handling_class,
        categoryCode: row.category_code,
        customFields: row.custom_fields ?? {},
      },
    };
  }

  async lifecycle(id: string): Promise<VocLifecycleState> {
    const sql = this.sql;
    const row = await this.find(sql, id, false);
    return this.state(row, (await this.workflowOf(sql, row)).definition);
  }

  /** The events the caller can take on the case now: allowed from its state and every guard holds. */
  async available(id: string): Promise<VocAvailableTransition[]> {
    const sql = this.sql;
    const row = await this.find(sql, id, false);
    if (!(await mayActOnCase(sql, this.principal, row))) return [];
    const workflow = await this.workflowOf(sql, row);
    return workflow.available(row.status, await this.facts(sql, row)).map((t) => ({
      event: t.event,
      labelKo: t.labelKo,
      labelEn: t.labelEn,
      to: t.to ?? null,
      requires: [...(t.requires ?? [])],
    }));
  }

  async history(id: string): Promise<VocTransitionRecord[]> {
    const sql = this.sql;
    await this.find(sql, id, false);
    return (await sql.query<TransitionRow>(Q.transitions, [id])).map(toTransitionRecord);
  }

  async cooperations(id: string): Promise<VocLifecycleState[]> {
    const sql = this.sql;
    const parent = await this.find(sql, id, false);
    const def = (await this.workflowOf(sql, parent)).definition;
    return (await sql.query<CaseRow>(Q.children, [id])).map((r) => this.state(r, def));
  }

  /**
   * Takes `event` on the case if its workflow version allows it from the current state, the requirements are
   * given and every guard holds; otherwise refuses (INVALID_TRANSITION, BAD_USER_INPUT, FORBIDDEN, CONFLICT)
   * and nothing changes.
   */
  async transition(
    id: string,
    event: string,
    input: TransitionInputValues,
    expectedVersion: number,
  ): Promise<VocLifecycleState> {
    const sql = this.sql;
    const before = await this.find(sql, id, true);
    if (!(await mayActOnCase(sql, this.principal, before))) throw notResponsible();
    if (before.version !== expectedVersion) throw staleVersion();
    const workflow = await this.workflowOf(sql, before);
    const def = workflow.definition;
    const decision = workflow.decide(before.status, event, await this.facts(sql, before));
    const stateLabel = def.states[before.status]?.labelKo ?? before.status;
    if (decision.kind === 'not-allowed') {
      throw new AppError(
        ErrorCode.InvalidTransition,
        `'${stateLabel}' 상태에서는 '${event}' 처리를 할 수 없습니다.`,
        `Event '${event}' is not allowed in state '${def.states[before.status]?.labelEn ?? before.status}'.`,
        { state: before.status, event },
      );
    }
    for (const requirement of decision.transition.requires ?? []) {
      const field = REQUIREMENT_FIELDS[requirement];
      if (blank(input[field])) {
        const label = REQUIREMENT_LABELS[requirement];
        throw badInput(
          `input.${field}`,
          `'${decision.transition.labelKo}'에는 ${label.ko}이(가) 필요합니다.`,
          `'${decision.transition.labelEn}' requires the ${label.en}.`,
        );
      }
    }
    if (decision.kind === 'refused' && decision.condition) {
      const why = conditionRefusal(decision.condition);
      throw new AppError(
        decision.condition.kind === 'role' ? ErrorCode.Forbidden : ErrorCode.InvalidTransition,
        why.ko,
        why.en,
        { state: before.status, event, guard: decision.condition.kind },
      );
    }
    if (decision.kind === 'refused') {
      const guard = WORKFLOW_GUARDS[decision.guard];
      throw new AppError(
        decision.guard === 'isSupervisor' ? ErrorCode.Forbidden : ErrorCode.InvalidTransition,
        guard?.refusalKo ?? `'${event}' 처리 조건을 만족하지 않습니다.`,
        guard?.refusalEn ?? `The conditions of '${event}' are not met.`,
        { state: before.status, event, guard: decision.guard },
      );
    }

    const work: TransitionWork = {
      sql,
      before,
      change: { ...before, status: decision.to },
      data: {},
      input,
      publish: [],
    };
    for (const t of ['reason', 'agency'] as const) if (!blank(input[t])) work.data[t] = input[t];
    for (const action of decision.actions) await this.effects[action](work);
    if (decision.to !== before.status) await this.enterState(work, def, decision.transition.labelKo);
    for (const effect of decision.effects) await this.runEffect(work, effect);

    const [after] = await sql.query<CaseRow>(Q.update, caseChangeParams(id, work.change));
    await this.record(sql, after, event, before.status, input.comment ?? null, work.data);
    await recordAudit(sql, {
      action: 'update',
      entity: 'voc_item',
      entityId: id,
      before: { event, ...this.auditView(before) },
      after: { event, ...this.auditView(after) },
    });
    // A cooperation request is internal to the offices: only the resident's own case tells the world.
    if (after.parent_id === null)
      for (const type of work.publish)
        await this.events.publish({
          type,
          vocId: id,
          receiptNo: after.receipt_no,
          status: after.status,
          occurredAt: before.now,
        });
    return this.state(after, def);
  }

  private auditView(r: CaseRow) {
    return {
      status: r.status,
      version: r.version,
      kind: r.kind,
      handlingClass: r.handling_class,
      categoryCode: r.category_code,
      departmentId: r.department_id,
      officerId: r.officer_id,
      dueAt: iso(r.due_at),
      targetDueAt: iso(r.target_due_at),
      extended: r.extended,
      approvedBy: r.approved_by,
    };
  }

  private async record(
    sql: Sql,
    row: CaseRow,
    event: string,
    from: string | null,
    comment: string | null,
    data: Record<string, unknown>,
  ): Promise<void> {
    await sql.query(Q.insertTransition, [
      row.id,
      event,
      from,
      row.status,
      await this.callerStaffId(sql),
      blank(comment) ? null : comment,
      JSON.stringify(data),
    ]);
  }

  private async callerStaffId(sql: Sql): Promise<string | null> {
    return RequestContexts.memo('petition-workflow.callerStaffId', async () => {
      const [row] = await sql.query<{ id: string }>(Q.staffBySubject, [this.principal.subject]);
      return row?.id ?? null;
    });
  }

  /**
   * Entering a new state: its own deadline rule (or none), and the clock of a tenant's added state — an added
   * PAUSED or STOPPED state pauses the statutory clock like a 보완, leaving it for a RUNNING state resumes it
   * (the standard's own states keep their pauseClock/resumeClock actions).
   */
  private async enterState(w: TransitionWork, def: WorkflowDefinition, label: string): Promise<void> {
    const to = def.states[w.change.status];
    w.change.state_due_at = null;
    w.change.state_target_at = null;
    if (to?.deadline) {
      const unit = to.deadline.unit === 'BUSINESS_HOURS' ? 'HOURS' : 'DAYS';
      const period = { value: to.deadline.value, unit } as const;
      w.change.state_due_at = (await this.deadlines.dueAt(w.before.now, period)).dueAt;
      w.change.state_target_at = (
        await this.deadlines.targetDueAt(w.before.now, period, to.deadline.atRiskShare ?? 0.5)
      ).dueAt;
      w.data.stateDueAt = iso(w.change.state_due_at);
    }
    const added = (s: string) => !Object.prototype.hasOwnProperty.call(STANDARD_PETITION_WORKFLOW.states, s);
    if (!added(w.before.status) && !added(w.change.status)) return;
    const running = (s: string) => def.states[s]?.clock === 'RUNNING';
    if (
      running(w.before.status) &&
      !running(w.change.status) &&
      !w.change.paused_at &&
      !w.before.answered_at
    ) {
      await w.sql.query(Q.openPause, [w.before.id, w.before.now, w.input.reason || label]);
      w.change.paused_at = w.before.now;
    } else if (!running(w.before.status) && running(w.change.status) && w.change.paused_at) {
      await this.effects.resumeClock(w);
    }
  }

  /** One parameterised effect of the overlay (notify, assign, follow-up), in the transition's transaction. */
  private async runEffect(w: TransitionWork, effect: WorkflowEffect): Promise<void> {
    if (effect.kind === 'notify') {
      const officer = effect.target === 'officer' ? w.change.officer_id : null;
      const role = effect.target === 'role' ? (effect.role ?? null) : null;
      const recipients = await w.sql.query<{ id: string }>(Q.notifyRecipients, [
        officer,
        role,
        w.change.department_id,
      ]);
      if (recipients.length)
        await w.sql.query(Q.insertWorkflowAlert, [w.before.id, recipients.map((r) => r.id)]);
      w.data.notified = [...((w.data.notified as string[]) ?? []), ...recipients.map((r) => r.id)];
      return;
    }
    const code = effect.departmentCode ?? null;
    const department = code
      ? (await w.sql.query<{ id: string }>(Q.departmentByCode, [code]))[0]?.id
      : w.change.department_id;
    if (!department)
      throw new AppError(
        ErrorCode.InvalidTransition,
        `워크플로의 자동 동작이 가리키는 부서 '${code ?? ''}'을(를) 찾을 수 없습니다. 관리자에게 워크플로 수정을 요청하세요.`,
        `The department '${code ?? ''}' named by the workflow's automatic action does not exist; ask an administrator to fix the workflow.`,
        { effect: effect.kind },
      );
    if (effect.kind === 'assign') {
      w.data.department = { from: w.before.department_id, to: department };
      if (department !== w.change.department_id) w.change.officer_id = null;
      w.change.department_id = department;
      return;
    }
    const { year, seq, receiptNo } = await allocateReceiptNo(w.sql, w.before.now);
    const [child] = await w.sql.query<CaseRow>(Q.insertChild, [
      w.before.id,
      department,
      year,
      seq,
      receiptNo,
      'ASSIGNED',
      w.before.now,
      w.change.due_at,
      w.change.target_due_at,
    ]);
    await this.record(w.sql, child, 'FOLLOW_UP', null, null, {
      parentId: w.before.id,
      department: { from: null, to: department },
    });
    await recordAudit(w.sql, {
      action: 'create',
      entity: 'voc_item',
      entityId: child.id,
      after: this.auditView(child),
    });
    w.data.followUp = child.id;
  }

  /**
   * 분류 변경 at 배정 or 재배정: a new kind, period variant, handling class or category. The statutory period
   * follows the new classification and the due dates are counted again from receipt; once the clock has been
   * paused or extended they are not, so the change is refused then. Returns whether anything changed.
   */
  private async reclassify(w: TransitionWork): Promise<boolean> {
    const { before, input } = w;
    const next = {
      kind: input.kind ?? before.kind,
      variant: input.periodVariant ?? (input.kind && input.kind !== before.kind ? '' : before.period_variant),
      handlingClass: input.handlingClass ?? before.handling_class,
      categoryCode: input.categoryCode?.trim() || before.category_code,
    };
    if (
      next.kind === before.kind &&
      next.variant === before.period_variant &&
      next.handlingClass === before.handling_class &&
      next.categoryCode === before.category_code
    )
      return false;
    const [{ n: pauses }] = await w.sql.query<{ n: number }>(Q.pauseCount, [before.id]);
    if (before.extended || pauses > 0)
      throw badInput(
        'input.kind',
        '보완 요청이나 처리기간 연장이 있었던 민원은 분류를 바꿀 수 없습니다 (처리기한을 다시 계산할 수 없음).',
        'A case that was paused for a supplement or extended cannot be reclassified (its due date cannot be recounted).',
      );
    const category = await this.reference.activeCategory(next.categoryCode, 'input.categoryCode');
    const period = await this.reference.period(
      next.kind as VocKind,
      next.variant,
      category.code,
      'input.periodVariant',
    );
    const deadline = await this.reference.deadline(before.received_at, period);
    await w.sql.query(Q.reclassify, [
      before.id,
      next.kind,
      period.variant,
      next.handlingClass,
      category.code,
      period.value,
      period.unit,
    ]);
    w.change.due_at = deadline.dueAt;
    w.change.target_due_at = deadline.targetDueAt;
    w.data.classification = {
      from: {
        kind: before.kind,
        periodVariant: before.period_variant,
        handlingClass: before.handling_class,
        categoryCode: before.category_code,
      },
      to: {
        kind: next.kind,
        periodVariant: period.variant,
        handlingClass: next.handlingClass,
        categoryCode: category.code,
      },
    };
    w.data.dueAt = { from: iso(before.due_at), to: iso(deadline.dueAt) };
    return true;
  }

  /** What each action name does to the case, in the transition's transaction. */
  private readonly effects: Record<WorkflowActionName, (w: TransitionWork) => Promise<void>> = {
    ...(Object.fromEntries(
      Object.entries(WORKFLOW_ACTIONS).map(([name, type]) => [
        name,
        async (w: TransitionWork) => {
          if (type) w.publish.push(type);
        },
      ]),
    ) as Record<WorkflowActionName, (w: TransitionWork) => Promise<void>>),

    recordAssignment: async (w) => {
      const departmentId = w.input.departmentId ?? w.before.department_id;
      const officerId =
        w.input.officerId ?? (departmentId === w.before.department_id ? w.before.officer_id : null);
      if (departmentId && !(await w.sql.query(Q.activeDepartment, [departmentId])).length)
        throw badInput(
          'input.departmentId',
          '배정할 부서를 찾을 수 없습니다.',
          'The department does not exist.',
        );
      if (officerId) {
        const [officer] = await w.sql.query<{ id: string }>(Q.activeStaff, [officerId]);
        if (!officer)
          throw badInput(
            'input.officerId',
            '배정할 담당자를 찾을 수 없습니다.',
            'The officer does not exist.',
          );
      }
      const reclassified = await this.reclassify(w);
      if (
        departmentId === w.before.department_id &&
        officerId === w.before.officer_id &&
        w.before.status !== INTAKE_STATE &&
        !reclassified
      )
        throw badInput(
          'input.departmentId',
          '이미 그 부서와 담당자에게 배정되어 있습니다.',
          'The case is already assigned to that department and officer.',
        );
      w.change.department_id = departmentId;
      w.change.officer_id = officerId;
      w.data.department = { from: w.before.department_id, to: departmentId };
      w.data.officer = { from: w.before.officer_id, to: officerId };
    },

    pauseClock: async (w) => {
      await w.sql.query(Q.openPause, [w.before.id, w.before.now, w.input.reason]);
      w.change.paused_at = w.before.now;
    },

    resumeClock: async (w) => {
      const [pause] = await w.sql.query<{ paused_at: Date }>(Q.closePause, [w.before.id, w.before.now]);
      const pausedAt = pause?.paused_at ?? w.before.paused_at ?? w.before.now;
      w.change.due_at = await this.deadlines.resumeAfterPause(w.before.due_at, pausedAt, w.before.now);
      w.change.target_due_at = await this.deadlines.resumeAfterPause(
        w.before.target_due_at,
        pausedAt,
        w.before.now,
      );
      w.change.paused_at = null;
      w.data.dueAt = { from: iso(w.before.due_at), to: iso(w.change.due_at) };
    },

    extendDeadline: async (w) => {
      const newDueAt = w.input.newDueAt as Date;
      if (newDueAt.getTime() <= w.before.due_at.getTime())
        throw badInput(
          'input.newDueAt',
          '연장한 처리기한은 지금 처리기한보다 뒤여야 합니다.',
          'The new due date must be later than the current one.',
        );
      w.change.extended = true;
      w.change.extension_reason = w.input.reason ?? null;
      w.change.due_at = newDueAt;
      w.data.dueAt = { from: iso(w.before.due_at), to: iso(newDueAt) };
    },

    recordApproval: async (w) => {
      const staffId = await this.callerStaffId(w.sql);
      if (!staffId) throw forbidden();
      w.change.approved_by = staffId;
      w.change.approved_at = w.before.now;
    },

    recordAnswer: async (w) => {
      w.change.answer = w.input.answer ?? null;
      w.change.answered_at = w.before.now;
    },

    recordRejection: async (w) => {
      w.change.outcome_reason = w.input.reason ?? null;
      w.change.answered_at = w.before.now;
    },

    recordTransfer: async (w) => {
      w.change.transfer_agency = w.input.agency ?? null;
      w.change.outcome_reason = w.input.reason ?? null;
      w.change.answered_at = w.before.now;
    },

    recordClosure: async (w) => {
      w.change.closed_at = w.before.now;
    },
  };

  /**
   * Asks other departments to cooperate on an open case: one child case per department, assigned to it, with
   * its own receipt number and deadline (`dueAt`, or half of the parent's remaining time by default, so the
   * lead department keeps time to put the answer together). The parent cannot be answered, rejected,
   * transferred or closed while a child is open.
   */
  async requestCooperation(input: RequestVocCooperationInput): Promise<VocLifecycleState[]> {
    const sql = this.sql;
    const parent = await this.find(sql, input.vocId, true);
    if (!(await mayActOnCase(sql, this.principal, parent))) throw notResponsible();
    if (parent.version !== input.expectedVersion) throw staleVersion();
    const def = (await this.workflowOf(sql, parent)).definition;
    const working = def.states[parent.status]?.clock === 'RUNNING' && parent.status !== def.initial;
    if (parent.parent_id !== null || !working || parent.answered_at || parent.closed_at)
      throw new AppError(
        ErrorCode.InvalidTransition,
        `'${def.states[parent.status]?.labelKo ?? parent.status}' 상태의 민원에는 협조를 요청할 수 없습니다 (배정된 진행 중 민원만).`,
        `A case in state '${parent.status}' cannot ask for cooperation (only an assigned case in progress can).`,
        { state: parent.status, event: 'REQUEST_COOPERATION' },
      );
    const departmentIds = [...new Set(input.departmentIds)];
    const open = new Set(
      (await sql.query<{ department_id: string }>(Q.openChildDepartments, [parent.id])).map(
        (r) => r.department_id,
      ),
    );
    for (const departmentId of departmentIds) {
      if (departmentId === parent.department_id)
        throw badInput(
          'input.departmentIds',
          '주관 부서에는 협조를 요청할 수 없습니다.',
          'The lead department cannot be asked to cooperate.',
        );
      if (open.has(departmentId))
        throw badInput(
          'input.departmentIds',
          '이미 협조 요청 중인 부서입니다.',
          'That department is already cooperating on this case.',
        );
      if (!(await sql.query(Q.activeDepartment, [departmentId])).length)
        throw badInput(
          'input.departmentIds',
          '협조 부서를 찾을 수 없습니다.',
          'The department does not exist.',
        );
    }
    const now = parent.now.getTime();
    const parentDue = parent.due_at.getTime();
    const dueAt = input.dueAt ?? new Date(now + (parentDue - now) / 2);
    if (dueAt.getTime() <= now || dueAt.getTime() > parentDue)
      throw badInput(
        'input.dueAt',
        '협조 기한은 지금 이후, 주관 민원의 처리기한 이전이어야 합니다.',
        'The cooperation due date must be after now and not after the case’s due date.',
      );
    const [settings] = await sql.query<{ target_share: number }>(Q.settings);
    const share = settings?.target_share ?? 0.5;
    const targetDueAt = new Date(now + (dueAt.getTime() - now) * share);

    const children: CaseRow[] = [];
    for (const departmentId of departmentIds) {
      const { year, seq, receiptNo } = await allocateReceiptNo(sql, parent.now);
      const [child] = await sql.query<CaseRow>(Q.insertChild, [
        parent.id,
        departmentId,
        year,
        seq,
        receiptNo,
        'ASSIGNED',
        parent.now,
        dueAt,
        targetDueAt,
      ]);
      await this.record(sql, child, 'REQUEST_COOPERATION', null, input.comment ?? null, {
        parentId: parent.id,
        department: { from: null, to: departmentId },
        dueAt: { from: null, to: iso(dueAt) },
      });
      await recordAudit(sql, {
        action: 'create',
        entity: 'voc_item',
        entityId: child.id,
        after: this.auditView(child),
      });
      children.push(child);
    }
    const [touched] = await sql.query<CaseRow>(Q.touch, [parent.id]);
    await this.record(sql, touched, 'REQUEST_COOPERATION', parent.status, input.comment ?? null, {
      departmentIds,
      dueAt: { from: null, to: iso(dueAt) },
    });
    await recordAudit(sql, {
      action: 'update',
      entity: 'voc_item',
      entityId: parent.id,
      before: this.auditView(parent),
      after: { ...this.auditView(touched), cooperation: children.map((c) => c.id) },
    });
    return children.map((c) => this.state(c, def));
  }
}
