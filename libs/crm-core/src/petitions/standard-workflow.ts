import type { VocStatus } from './voc.enums';

/** Whether the statutory clock runs in a state (보완 pauses it; a finished case stops it). */
export type WorkflowClock = 'RUNNING' | 'PAUSED' | 'STOPPED';

export interface WorkflowStateDefinition {
  labelKo: string;
  labelEn: string;
  clock: WorkflowClock;
  /** No transition leaves a final state. */
  final?: boolean;
  /** The state's own time limit, counted on the business calendar from entering it (a tenant overlay's rule). */
  deadline?: WorkflowDeadlineRule;
  /** Effects run whenever a case enters the state. */
  onEnter?: readonly WorkflowEffect[];
}

/** A state's own due time from entering it; `atRiskShare` of it raises the at-risk alert (default 0.5). */
export interface WorkflowDeadlineRule {
  value: number;
  unit: 'BUSINESS_DAYS' | 'BUSINESS_HOURS';
  atRiskShare?: number;
}

export type WorkflowConditionOp = 'eq' | 'neq' | 'in' | 'empty' | 'notEmpty';
export type WorkflowConditionValue = string | number | boolean;

/**
 * A parameterised guard (ADR 0023): the kinds are code, the parameters data. `role`: the caller holds one of
 * `roles`; `field`: a core case field (kind, channel, handlingClass, categoryCode) or `customFields.<key>`.
 */
export type WorkflowCondition =
  | { kind: 'role'; roles: readonly string[] }
  | {
      kind: 'field';
      field: string;
      op: WorkflowConditionOp;
      value?: WorkflowConditionValue | readonly WorkflowConditionValue[];
    };

/**
 * A parameterised automatic action (ADR 0023). `notify`: an alert to the case's officer or to the staff of a
 * role in the case's department; `assign`: the case goes to the department with `departmentCode`;
 * `followUp`: a child case for `departmentCode` (or the case's own department).
 */
export type WorkflowEffect =
  | { kind: 'notify'; target: 'officer' | 'role'; role?: string }
  | { kind: 'assign'; departmentCode: string }
  | { kind: 'followUp'; departmentCode?: string };

/** What a transition asks of the caller before it is taken. */
export type WorkflowRequirement =
  'comment' | 'reason' | 'department' | 'officer' | 'answer' | 'agency' | 'newDueAt';

export interface WorkflowTransitionDefinition {
  event: string;
  from: readonly string[];
  /** Omitted: the case stays in its state (a recorded self-transition such as a reassignment). */
  to?: string;
  labelKo: string;
  labelEn: string;
  requires?: readonly WorkflowRequirement[];
  /** Named conditions evaluated by the lifecycle (the engine knows each name; unknown names are refused). */
  guards?: readonly string[];
  /** Named effects run in the same transaction when the transition is taken. */
  actions?: readonly string[];
  /** Parameterised guards (all must hold), after the named ones. */
  when?: readonly WorkflowCondition[];
  /** Parameterised effects, after the named actions. */
  effects?: readonly WorkflowEffect[];
}

/** A petition lifecycle as data: the standard below, or a tenant's overlaid version of it. */
export interface WorkflowDefinition {
  key: string;
  standardVersion: number;
  initial: string;
  states: Readonly<Record<string, WorkflowStateDefinition>>;
  transitions: readonly WorkflowTransitionDefinition[];
}

/** The state names as values without loading the GraphQL enum registration (this file is plain data). */
const S: { readonly [K in VocStatus]: K } = {
  RECEIVED: 'RECEIVED' as VocStatus.RECEIVED,
  ASSIGNED: 'ASSIGNED' as VocStatus.ASSIGNED,
  IN_PROGRESS: 'IN_PROGRESS' as VocStatus.IN_PROGRESS,
  SUPPLEMENT_REQUESTED: 'SUPPLEMENT_REQUESTED' as VocStatus.SUPPLEMENT_REQUESTED,
  ANSWERED: 'ANSWERED' as VocStatus.ANSWERED,
  REJECTED: 'REJECTED' as VocStatus.REJECTED,
  TRANSFERRED: 'TRANSFERRED' as VocStatus.TRANSFERRED,
  SURVEY: 'SURVEY' as VocStatus.SURVEY,
  CLOSED: 'CLOSED' as VocStatus.CLOSED,
};
const WORKING = [S.ASSIGNED, S.IN_PROGRESS, S.SUPPLEMENT_REQUESTED];

/**
 * The standard petition workflow (Busan model): 접수 → 분류·배정 → 처리중 ⇄ 보완요청 → (연장) →
 * 답변완료 | 처리불가 | 이송 → 만족도조사 → 종결.
 */
export const STANDARD_PETITION_WORKFLOW: WorkflowDefinition = {
  key: 'petition',
  standardVersion: 1,
  initial: S.RECEIVED,
  states: {
    [S.RECEIVED]: { labelKo: '접수', labelEn: 'Received', clock: 'RUNNING' },
    [S.ASSIGNED]: { labelKo: '분류·배정', labelEn: 'Assigned', clock: 'RUNNING' },
    [S.IN_PROGRESS]: { labelKo: '처리중', labelEn: 'In progress', clock: 'RUNNING' },
    [S.SUPPLEMENT_REQUESTED]: { labelKo: '보완요청', labelEn: 'Supplement requested', clock: 'PAUSED' },
    [S.ANSWERED]: { labelKo: '답변완료', labelEn: 'Answered', clock: 'STOPPED' },
    [S.REJECTED]: { labelKo: '처리불가', labelEn: 'Cannot be processed', clock: 'STOPPED' },
    [S.TRANSFERRED]: { labelKo: '이송', labelEn: 'Transferred', clock: 'STOPPED' },
    [S.SURVEY]: { labelKo: '만족도조사', labelEn: 'Satisfaction survey', clock: 'STOPPED' },
    [S.CLOSED]: { labelKo: '종결', labelEn: 'Closed', clock: 'STOPPED', final: true },
  },
  transitions: [
    {
      event: 'ASSIGN',
      from: [S.RECEIVED],
      to: S.ASSIGNED,
      labelKo: '배정',
      labelEn: 'Assign',
      requires: ['department'],
      actions: ['recordAssignment', 'notifyAssigned'],
    },
    {
      event: 'REASSIGN',
      from: WORKING,
      labelKo: '재배정',
      labelEn: 'Reassign',
      requires: ['department', 'reason'],
      actions: ['recordAssignment', 'notifyReassigned'],
    },
    { event: 'START', from: [S.ASSIGNED], to: S.IN_PROGRESS, labelKo: '처리 시작', labelEn: 'Start' },
    {
      event: 'REQUEST_SUPPLEMENT',
      from: [S.IN_PROGRESS],
      to: S.SUPPLEMENT_REQUESTED,
      labelKo: '보완 요청',
      labelEn: 'Request supplement',
      requires: ['reason'],
      actions: ['pauseClock', 'notifySupplementRequested'],
    },
    {
      event: 'RESUME',
      from: [S.SUPPLEMENT_REQUESTED],
      to: S.IN_PROGRESS,
      labelKo: '보완 완료',
      labelEn: 'Supplement received',
      actions: ['resumeClock', 'notifyResumed'],
    },
    {
      event: 'EXTEND',
      from: [S.IN_PROGRESS],
      labelKo: '처리기간 연장',
      labelEn: 'Extend',
      requires: ['reason', 'newDueAt'],
      guards: ['notExtendedYet'],
      actions: ['extendDeadline', 'notifyExtended'],
    },
    {
      event: 'APPROVE',
      from: [S.IN_PROGRESS],
      labelKo: '결재 승인',
      labelEn: 'Approve',
      guards: ['approvalRequired', 'notApprovedYet', 'isSupervisor'],
      actions: ['recordApproval'],
    },
    {
      event: 'ANSWER',
      from: [S.IN_PROGRESS],
      to: S.ANSWERED,
      labelKo: '답변',
      labelEn: 'Answer',
      requires: ['answer'],
      guards: ['cooperationDone', 'approvedIfRequired'],
      actions: ['recordAnswer', 'notifyAnswered'],
    },
    {
      event: 'REJECT',
      from: [S.IN_PROGRESS],
      to: S.REJECTED,
      labelKo: '처리불가',
      labelEn: 'Cannot process',
      requires: ['reason'],
      guards: ['cooperationDone'],
      actions: ['recordRejection', 'notifyRejected'],
    },
    {
      event: 'TRANSFER',
      from: [S.RECEIVED, S.ASSIGNED, S.IN_PROGRESS],
      to: S.TRANSFERRED,
      labelKo: '타기관 이송',
      labelEn: 'Transfer to another agency',
      requires: ['agency', 'reason'],
      guards: ['cooperationDone'],
      actions: ['recordTransfer', 'notifyTransferred'],
    },
    {
      event: 'OPEN_SURVEY',
      from: [S.ANSWERED, S.REJECTED, S.TRANSFERRED],
      to: S.SURVEY,
      labelKo: '만족도조사 발송',
      labelEn: 'Send survey',
      guards: ['residentCase'],
      actions: ['issueSurvey'],
    },
    {
      event: 'CLOSE',
      from: [S.SURVEY],
      to: S.CLOSED,
      labelKo: '종결',
      labelEn: 'Close',
      guards: ['cooperationDone'],
      actions: ['recordClosure', 'notifyClosed'],
    },
  ],
};
