import type { WorkflowDefinition, WorkflowEffect } from '../petitions';
import {
  CompiledWorkflow,
  WORKFLOW_GUARDS,
  conditionRefusal,
  type CaseFacts,
  type CaseFieldValues,
} from '../petition-workflow';

export interface SimulationStep {
  event: string;
  /** The caller's roles for this step (default: officer). */
  roles?: readonly string[];
  /** Cooperation requests still open at this step (default 0). */
  openCooperations?: number;
}

export interface SimulationScenario {
  name: string;
  fields?: CaseFieldValues;
  /** Start here instead of at intake (e.g. to try one branch). */
  startState?: string;
  steps: readonly SimulationStep[];
}

export type SimulationOutcome = 'TAKEN' | 'REFUSED' | 'NOT_ALLOWED';

export interface SimulatedStep {
  event: string;
  outcome: SimulationOutcome;
  from: string;
  state: string;
  clock: string;
  reasonKo: string | null;
  reasonEn: string | null;
  /** What the caller must give with this event (requirements are not checked in a simulation). */
  requires: string[];
  /** The automatic actions that would run, described. */
  effectsKo: string[];
}

export interface SimulatedScenario {
  name: string;
  steps: SimulatedStep[];
  finalState: string;
  /** The case reached closure. */
  closed: boolean;
}

const APPROVAL_CLASSES = ['COMPLEX', 'LONG_TERM'];

const describeEffect = (e: WorkflowEffect): string => {
  if (e.kind === 'notify') return e.target === 'officer' ? '담당자에게 알림' : `'${e.role}' 역할에게 알림`;
  if (e.kind === 'assign') return `부서 '${e.departmentCode}'(으)로 배정`;
  return `후속 민원 생성${e.departmentCode ? ` (부서 '${e.departmentCode}')` : ''}`;
};

/**
 * Runs sample cases through a workflow definition with the engine that runs real cases, in memory: nothing is
 * read or written. Each step reports whether the event was taken or refused (and why), the state and clock.
 */
export function simulateWorkflow(
  definition: WorkflowDefinition,
  scenarios: readonly SimulationScenario[],
): SimulatedScenario[] {
  const workflow = CompiledWorkflow.compile(definition);
  return scenarios.map((scenario) => {
    let state = scenario.startState ?? definition.initial;
    const facts: CaseFacts = {
      extended: false,
      approvalRequired: APPROVAL_CLASSES.includes(String(scenario.fields?.handlingClass ?? '')),
      approved: false,
      openCooperations: 0,
      isCooperation: false,
      callerRoles: ['officer'],
      fields: scenario.fields ?? {},
    };
    const steps = scenario.steps.map((step): SimulatedStep => {
      const from = state;
      const stepFacts = {
        ...facts,
        callerRoles: step.roles?.length ? step.roles : ['officer'],
        openCooperations: step.openCooperations ?? 0,
      };
      const decision = workflow.decide(state, step.event, stepFacts);
      const clock = () => definition.states[state]?.clock ?? 'STOPPED';
      if (decision.kind === 'not-allowed')
        return {
          event: step.event,
          outcome: 'NOT_ALLOWED',
          from,
          state,
          clock: clock(),
          reasonKo: `'${definition.states[state]?.labelKo ?? state}' 상태에서는 '${step.event}' 처리를 할 수 없습니다.`,
          reasonEn: `Event '${step.event}' is not allowed in state '${definition.states[state]?.labelEn ?? state}'.`,
          requires: [],
          effectsKo: [],
        };
      if (decision.kind === 'refused') {
        const why = decision.condition
          ? conditionRefusal(decision.condition)
          : {
              ko: WORKFLOW_GUARDS[decision.guard]?.refusalKo ?? '',
              en: WORKFLOW_GUARDS[decision.guard]?.refusalEn ?? '',
            };
        return {
          event: step.event,
          outcome: 'REFUSED',
          from,
          state,
          clock: clock(),
          reasonKo: why.ko,
          reasonEn: why.en,
          requires: [...(decision.transition.requires ?? [])],
          effectsKo: [],
        };
      }
      if (decision.actions.includes('extendDeadline')) facts.extended = true;
      if (decision.actions.includes('recordApproval')) facts.approved = true;
      state = decision.to;
      return {
        event: step.event,
        outcome: 'TAKEN',
        from,
        state,
        clock: clock(),
        reasonKo: null,
        reasonEn: null,
        requires: [...(decision.transition.requires ?? [])],
        effectsKo: decision.effects.map(describeEffect),
      };
    });
    return { name: scenario.name, steps, finalState: state, closed: !!definition.states[state]?.final };
  });
}
