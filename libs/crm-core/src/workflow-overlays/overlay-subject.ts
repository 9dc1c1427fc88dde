import { registerEnumType } from '@nestjs/graphql';
import { STANDARD_PETITION_WORKFLOW, type WorkflowDefinition } from '../petitions';
import { PETITION_PROFILE, type WorkflowFacts, type WorkflowProfile } from '../petition-workflow';
import { STANDARD_TASK_WORKFLOW, TASK_PROFILE } from '../tasks';

/** The workflows a tenant may overlay (docs/adr/0023, 0028). */
export enum WorkflowKind {
  PETITION = 'PETITION',
  TASK = 'TASK',
}
registerEnumType(WorkflowKind, {
  name: 'WorkflowKind',
  description: 'PETITION 민원 처리 흐름, TASK 과업 처리 흐름',
});

/** One overlayable workflow: its standard, its vocabulary and what its overlay may not touch. */
export interface OverlaySubject {
  readonly key: string;
  readonly labelKo: string;
  readonly labelEn: string;
  readonly standard: WorkflowDefinition;
  readonly profile: WorkflowProfile<WorkflowFacts>;
  /** Standard transitions a tenant may switch off. */
  readonly optionalEvents: readonly string[];
  /** Standard transitions that take no extra condition or source. */
  readonly invariantEvents: readonly string[];
  /** States entered only by the standard transitions (their actions record the outcome). */
  readonly outcomeStates: readonly string[];
  /**
   * Whether overlays may add automatic effects (notify, assign, follow-up) and deadline rules: the petition
   * service runs them; the task service has none to run, so a task overlay that named one would promise
   * what never happens.
   */
  readonly effects: boolean;
}

export const PETITION_OVERLAY: OverlaySubject = {
  key: STANDARD_PETITION_WORKFLOW.key,
  labelKo: '민원 처리 흐름',
  labelEn: 'Petition workflow',
  standard: STANDARD_PETITION_WORKFLOW,
  profile: PETITION_PROFILE as unknown as WorkflowProfile<WorkflowFacts>,
  optionalEvents: ['REASSIGN', 'EXTEND'],
  invariantEvents: ['OPEN_SURVEY', 'CLOSE'],
  outcomeStates: ['ANSWERED', 'REJECTED', 'TRANSFERRED', 'SURVEY', 'CLOSED'],
  effects: true,
};

export const TASK_OVERLAY: OverlaySubject = {
  key: STANDARD_TASK_WORKFLOW.key,
  labelKo: '과업 처리 흐름',
  labelEn: 'Task workflow',
  standard: STANDARD_TASK_WORKFLOW,
  profile: TASK_PROFILE as unknown as WorkflowProfile<WorkflowFacts>,
  optionalEvents: [],
  // Completion tells the residents; 처리불가 records its reason: both stay as the standard has them.
  invariantEvents: ['COMPLETE', 'MARK_IMPOSSIBLE'],
  outcomeStates: ['COMPLETED', 'IMPOSSIBLE'],
  effects: false,
};

export const OVERLAY_SUBJECTS: Readonly<Record<WorkflowKind, OverlaySubject>> = {
  PETITION: PETITION_OVERLAY,
  TASK: TASK_OVERLAY,
};
