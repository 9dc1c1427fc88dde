import type { PetitionEventType, WorkflowRequirement } from '../petitions';
import type { CaseFieldValues } from './workflow-conditions';

/** What every workflow's conditions read: who asks, and the fields a field condition tests. */
export interface WorkflowFacts {
  callerRoles: readonly string[];
  fields?: CaseFieldValues;
}

/** What the guards of a petition workflow decide on: the case as it is now, and who asks. */
export interface CaseFacts extends WorkflowFacts {
  extended: boolean;
  approvalRequired: boolean;
  approved: boolean;
  /** Cooperation requests (child cases) of this case not yet answered, rejected or closed. */
  openCooperations: number;
  /** This case is itself a cooperation request (a child case). */
  isCooperation: boolean;
}

export interface GuardRule<F extends WorkflowFacts = CaseFacts> {
  test: (facts: F) => boolean;
  /** Why the transition is refused when the guard does not hold. */
  refusalKo: string;
  refusalEn: string;
}

const SUPERVISOR_ROLES = ['manager', 'tenant-admin'];

/** Every guard name a definition may use; a definition naming another is invalid. */
export const WORKFLOW_GUARDS: Readonly<Record<string, GuardRule<CaseFacts>>> = {
  notExtendedYet: {
    test: (f) => !f.extended,
    refusalKo: '처리기간은 한 번만 연장할 수 있습니다.',
    refusalEn: 'The processing period can be extended only once.',
  },
  approvalRequired: {
    test: (f) => f.approvalRequired,
    refusalKo: '이 민원은 결재 대상이 아닙니다.',
    refusalEn: 'This case does not need an approval.',
  },
  notApprovedYet: {
    test: (f) => !f.approved,
    refusalKo: '이미 결재된 민원입니다.',
    refusalEn: 'The case is already approved.',
  },
  isSupervisor: {
    test: (f) => f.callerRoles.some((r) => SUPERVISOR_ROLES.includes(r)),
    refusalKo: '결재는 부서장 또는 시·도 관리자만 할 수 있습니다.',
    refusalEn: 'Only a department head or a tenant administrator can approve.',
  },
  approvedIfRequired: {
    test: (f) => !f.approvalRequired || f.approved,
    refusalKo: '결재 대상 민원입니다. 부서장 결재 후에 답변할 수 있습니다.',
    refusalEn: 'This case needs a supervisor’s approval before it can be answered.',
  },
  cooperationDone: {
    test: (f) => f.openCooperations === 0,
    refusalKo: '협조 부서의 처리가 끝나지 않았습니다. 모든 협조 요청이 완료된 뒤에 진행할 수 있습니다.',
    refusalEn:
      'A cooperating department has not finished; every cooperation request must be completed first.',
  },
  residentCase: {
    test: (f) => !f.isCooperation,
    refusalKo: '협조 요청 건은 만족도조사 대상이 아닙니다.',
    refusalEn: 'A cooperation request is not surveyed.',
  },
};

/**
 * Every action name a definition may use, with the petition event it publishes (if any). The effects themselves
 * run in the lifecycle service, inside the transition's transaction.
 */
export const WORKFLOW_ACTIONS = {
  recordAssignment: null,
  pauseClock: null,
  resumeClock: null,
  extendDeadline: null,
  recordApproval: null,
  recordAnswer: null,
  recordRejection: null,
  recordTransfer: null,
  recordClosure: null,
  notifyAssigned: 'assigned',
  notifyReassigned: 'reassigned',
  notifySupplementRequested: 'supplement-requested',
  notifyResumed: 'resumed',
  notifyExtended: 'extended',
  notifyAnswered: 'answered',
  notifyRejected: 'rejected',
  notifyTransferred: 'transferred',
  issueSurvey: 'survey-opened',
  notifyClosed: 'closed',
} as const satisfies Record<string, PetitionEventType | null>;
export type WorkflowActionName = keyof typeof WORKFLOW_ACTIONS;

export const isWorkflowAction = (name: string): name is WorkflowActionName =>
  Object.prototype.hasOwnProperty.call(WORKFLOW_ACTIONS, name);

/** What a caller may give with an event; each requirement of a transition names one of these fields. */
export interface TransitionInputValues {
  comment?: string | null;
  reason?: string | null;
  departmentId?: string | null;
  officerId?: string | null;
  answer?: string | null;
  agency?: string | null;
  newDueAt?: Date | null;
  kind?: string | null;
  periodVariant?: string | null;
  handlingClass?: string | null;
  categoryCode?: string | null;
}

export const REQUIREMENT_FIELDS: Readonly<Record<WorkflowRequirement, keyof TransitionInputValues>> = {
  comment: 'comment',
  reason: 'reason',
  department: 'departmentId',
  officer: 'officerId',
  answer: 'answer',
  agency: 'agency',
  newDueAt: 'newDueAt',
};

export const REQUIREMENT_LABELS: Readonly<Record<WorkflowRequirement, { ko: string; en: string }>> = {
  comment: { ko: '의견', en: 'comment' },
  reason: { ko: '사유', en: 'reason' },
  department: { ko: '담당 부서', en: 'department' },
  officer: { ko: '담당자', en: 'officer' },
  answer: { ko: '답변 내용', en: 'answer' },
  agency: { ko: '이송 기관', en: 'receiving agency' },
  newDueAt: { ko: '새 처리기한', en: 'new due date' },
};

/**
 * What makes a workflow definition runnable for one kind of record (ADR 0017, 0023; tasks in ADR 0028): the
 * fixed points every version keeps and the closed vocabulary of guards, actions and requirements. The engine
 * and the validation are the same for every kind; only the profile differs.
 */
export interface WorkflowProfile<F extends WorkflowFacts = CaseFacts> {
  /** The initial state of every version, and its Korean name in messages. */
  intake: string;
  intakeKo: string;
  /** States every version keeps. */
  required: readonly string[];
  /** The closing states: each stays final, and one of them is reachable from every reachable state. */
  finals: readonly string[];
  /** A closing state entered only from one state (the petition closes only after its survey). */
  closureOnlyFrom?: { state: string; from: string; fromKo: string };
  guards: Readonly<Record<string, GuardRule<F>>>;
  actions: Readonly<Record<string, unknown>>;
  requirements: Readonly<Record<string, unknown>>;
}

/** The petition workflow's profile: 접수 first, 종결 final and only after 만족도조사. */
export const PETITION_PROFILE: WorkflowProfile<CaseFacts> = {
  intake: 'RECEIVED',
  intakeKo: '접수',
  required: ['SURVEY', 'CLOSED'],
  finals: ['CLOSED'],
  closureOnlyFrom: { state: 'CLOSED', from: 'SURVEY', fromKo: '만족도조사' },
  guards: WORKFLOW_GUARDS,
  actions: WORKFLOW_ACTIONS,
  requirements: REQUIREMENT_FIELDS,
};
