import { and, createMachine, transition, type AnyStateMachine } from 'xstate';
import type {
  WorkflowCondition,
  WorkflowDefinition,
  WorkflowEffect,
  WorkflowTransitionDefinition,
} from '../petitions';
import { conditionHolds } from './workflow-conditions';
import { validateWorkflow } from './workflow-validation';
import {
  PETITION_PROFILE,
  type CaseFacts,
  type WorkflowActionName,
  type WorkflowFacts,
  type WorkflowProfile,
} from './workflow-vocabulary';

/** The marker action every compiled transition starts with: present in XState's answer iff it was taken. */
const TAKEN = 'workflow.taken';
/** The one XState guard of every parameterised condition (`params` carries the condition). */
const WHEN = 'workflow.when';

/** What the definition says about an event from a state, before any guard. */
export type WorkflowDecision =
  | { kind: 'not-allowed' }
  | {
      kind: 'refused';
      transition: WorkflowTransitionDefinition;
      /** The named guard that failed, or '' when a parameterised `condition` failed. */
      guard: string;
      condition?: WorkflowCondition;
    }
  | {
      kind: 'taken';
      transition: WorkflowTransitionDefinition;
      to: string;
      actions: readonly WorkflowActionName[];
      /** The transition's parameterised effects, then the target state's `onEnter` when the state changes. */
      effects: readonly WorkflowEffect[];
    };

/**
 * A workflow definition compiled to an XState machine: decides transitions purely, runs no effect. The
 * profile (petition by default, or a task's) names the guards and actions the definition may use.
 */
export class CompiledWorkflow<F extends WorkflowFacts = CaseFacts> {
  private constructor(
    readonly definition: WorkflowDefinition,
    private readonly machine: AnyStateMachine,
    private readonly profile: WorkflowProfile<F>,
  ) {}

  /** Validates `definition` (WorkflowDefinitionError if it cannot run) and compiles it. */
  static compile(definition: WorkflowDefinition): CompiledWorkflow;
  static compile<F extends WorkflowFacts>(
    definition: WorkflowDefinition,
    profile: WorkflowProfile<F>,
  ): CompiledWorkflow<F>;
  static compile<F extends WorkflowFacts>(
    definition: WorkflowDefinition,
    profile: WorkflowProfile<F> = PETITION_PROFILE as unknown as WorkflowProfile<F>,
  ): CompiledWorkflow<F> {
    validateWorkflow(definition, profile);
    const guards = {
      ...Object.fromEntries(
        Object.entries(profile.guards).map(([name, g]) => [
          name,
          ({ context }: { context: F }) => g.test(context),
        ]),
      ),
      [WHEN]: ({ context }: { context: F }, params: { condition: WorkflowCondition }) =>
        conditionHolds(params.condition, context),
    };
    const noop = () => undefined;
    const actions = Object.fromEntries([TAKEN, ...Object.keys(profile.actions)].map((n) => [n, noop]));
    const states = Object.fromEntries(
      Object.entries(definition.states).map(([name, state]) => {
        const on: Record<string, object> = {};
        definition.transitions.forEach((t, index) => {
          if (!t.from.includes(name)) return;
          const names: (string | { type: string; params: object })[] = [
            ...(t.guards ?? []),
            ...(t.when ?? []).map((condition) => ({ type: WHEN, params: { condition } })),
          ];
          on[t.event] = {
            ...(t.to !== undefined ? { target: t.to } : {}),
            ...(names.length ? { guard: names.length === 1 ? names[0] : and(names as never) } : {}),
            actions: [{ type: TAKEN, params: { index } }, ...(t.actions ?? [])],
          };
        });
        return [name, state.final ? { type: 'final' } : { on }];
      }),
    );
    const machine = createMachine(
      {
        id: definition.key,
        initial: definition.initial,
        context: ({ input }: { input: F }) => input,
        states,
      } as never,
      { guards, actions } as never,
    ) as AnyStateMachine;
    return new CompiledWorkflow(definition, machine, profile);
  }

  /** The transition the definition has for `event` from `state` (at most one, validation ensures it). */
  transitionFor(state: string, event: string): WorkflowTransitionDefinition | undefined {
    return this.definition.transitions.find((t) => t.event === event && t.from.includes(state));
  }

  /** Whether `event` moves a case in `state` with `facts`, where to, and with which actions, in order. */
  decide(state: string, event: string, facts: F): WorkflowDecision {
    const candidate = this.transitionFor(state, event);
    if (!candidate || this.definition.states[state]?.final) return { kind: 'not-allowed' };
    const snapshot = this.machine.resolveState({ value: state, context: facts });
    const [next, executed] = transition(this.machine, snapshot, { type: event });
    const types = executed.map((a) => a.type as string);
    const taken = types.includes(TAKEN);
    if (!taken) {
      const guard = (candidate.guards ?? []).find((g) => !this.profile.guards[g].test(facts));
      if (guard) return { kind: 'refused', transition: candidate, guard };
      const condition = (candidate.when ?? []).find((c) => !conditionHolds(c, facts));
      return { kind: 'refused', transition: candidate, guard: '', condition };
    }
    const to = String(next.value);
    return {
      kind: 'taken',
      transition: candidate,
      to,
      actions: types.filter((t): t is WorkflowActionName => t !== TAKEN),
      effects: [
        ...(candidate.effects ?? []),
        ...(to !== state ? (this.definition.states[to]?.onEnter ?? []) : []),
      ],
    };
  }

  /** The events a case in `state` with `facts` can take now (guards hold), in definition order. */
  available(state: string, facts: F): WorkflowTransitionDefinition[] {
    return this.definition.transitions.filter(
      (t) => t.from.includes(state) && this.decide(state, t.event, facts).kind === 'taken',
    );
  }
}
