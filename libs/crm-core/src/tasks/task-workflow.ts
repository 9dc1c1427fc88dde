import type { WorkflowDefinition } from '../petitions';
import type { GuardRule, WorkflowFacts, WorkflowProfile } from '../petition-workflow';

/** What the task workflow's guards decide on: the task as it is now, and who asks. */
export interface TaskFacts extends WorkflowFacts {
  planApproved: boolean;
  /** The plan's derived 과제진행률 as of its last save. */
  progress: number;
}

const TASK_GUARDS: Readonly<Record<string, GuardRule<TaskFacts>>> = {
  planApproved: {
    test: (f) => f.planApproved,
    refusalKo: '실행계획이 확정(승인)된 뒤에 과제를 시작할 수 있습니다.',
    refusalEn: 'A task can start only once its action plan is approved.',
  },
  planComplete: {
    test: (f) => f.progress >= 100,
    refusalKo: '과제진행률이 100%여야 완료할 수 있습니다. 실행계획의 단계를 모두 끝내 주세요.',
    refusalEn: 'A task can be completed only at 100 % progress; finish every step of its plan first.',
  },
};

/**
 * The named effects of the task workflow; the task service runs them in the transition's transaction.
 * `notifyResidents`: the residents behind the linked VOC items are told and surveyed (issue 10 #3).
 */
export const TASK_ACTIONS = { recordStart: null, recordClosure: null, notifyResidents: null } as const;
export type TaskActionName = keyof typeof TASK_ACTIONS;

/** What a caller gives with a task event: the transition's `requires` name these. */
export const TASK_REQUIREMENTS = { comment: 'comment', reason: 'impossibleReason' } as const;
export type TaskRequirement = keyof typeof TASK_REQUIREMENTS;

export const TASK_PROFILE: WorkflowProfile<TaskFacts> = {
  intake: 'PLANNING',
  intakeKo: '계획중',
  required: ['IN_PROGRESS', 'COMPLETED', 'IMPOSSIBLE'],
  finals: ['COMPLETED', 'IMPOSSIBLE'],
  guards: TASK_GUARDS,
  actions: TASK_ACTIONS,
  requirements: TASK_REQUIREMENTS,
};

/** The standard task workflow (Busan's 과업관리): 계획중 → 진행중 → 완료 | 처리불가, with plan approval. */
export const STANDARD_TASK_WORKFLOW: WorkflowDefinition = {
  key: 'task',
  standardVersion: 1,
  initial: 'PLANNING',
  states: {
    PLANNING: { labelKo: '계획중', labelEn: 'Planning', clock: 'RUNNING' },
    IN_PROGRESS: { labelKo: '진행중', labelEn: 'In progress', clock: 'RUNNING' },
    COMPLETED: { labelKo: '완료', labelEn: 'Completed', clock: 'STOPPED', final: true },
    IMPOSSIBLE: { labelKo: '처리불가', labelEn: 'Cannot be done', clock: 'STOPPED', final: true },
  },
  transitions: [
    {
      event: 'START',
      from: ['PLANNING'],
      to: 'IN_PROGRESS',
      labelKo: '과제 시작',
      labelEn: 'Start',
      guards: ['planApproved'],
      actions: ['recordStart'],
    },
    {
      event: 'COMPLETE',
      from: ['IN_PROGRESS'],
      to: 'COMPLETED',
      labelKo: '완료',
      labelEn: 'Complete',
      guards: ['planComplete'],
      actions: ['recordClosure', 'notifyResidents'],
    },
    {
      event: 'MARK_IMPOSSIBLE',
      from: ['PLANNING', 'IN_PROGRESS'],
      to: 'IMPOSSIBLE',
      labelKo: '처리불가',
      labelEn: 'Cannot be done',
      requires: ['reason'],
      actions: ['recordClosure'],
    },
  ],
};
