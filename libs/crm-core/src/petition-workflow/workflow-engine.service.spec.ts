import { STANDARD_PETITION_WORKFLOW, type WorkflowDefinition } from '../petitions';
import { CompiledWorkflow } from './workflow-engine';
import { WorkflowDefinitionError, workflowProblems } from './workflow-validation';
import type { CaseFacts } from './workflow-vocabulary';

/**
 * The standard petition workflow compiled to XState: every event from every state is either taken (to the
 * state written here by hand) or refused, and each guard refuses exactly when its condition fails.
 */
const workflow = CompiledWorkflow.compile(STANDARD_PETITION_WORKFLOW);
const FACTS: CaseFacts = {
  extended: false,
  approvalRequired: false,
  approved: false,
  openCooperations: 0,
  isCooperation: false,
  callerRoles: ['officer'],
};
const EVENTS = [
  'ASSIGN',
  'REASSIGN',
  'START',
  'REQUEST_SUPPLEMENT',
  'RESUME',
  'EXTEND',
  'APPROVE',
  'ANSWER',
  'REJECT',
  'TRANSFER',
  'OPEN_SURVEY',
  'CLOSE',
];

/** What the standard allows with facts that satisfy every guard but approval (nothing to approve). */
const ALLOWED: Record<string, Record<string, string>> = {
  RECEIVED: { ASSIGN: 'ASSIGNED', TRANSFER: 'TRANSFERRED' },
  ASSIGNED: { REASSIGN: 'ASSIGNED', START: 'IN_PROGRESS', TRANSFER: 'TRANSFERRED' },
  IN_PROGRESS: {
    REASSIGN: 'IN_PROGRESS',
    REQUEST_SUPPLEMENT: 'SUPPLEMENT_REQUESTED',
    EXTEND: 'IN_PROGRESS',
    ANSWER: 'ANSWERED',
    REJECT: 'REJECTED',
    TRANSFER: 'TRANSFERRED',
  },
  SUPPLEMENT_REQUESTED: { REASSIGN: 'SUPPLEMENT_REQUESTED', RESUME: 'IN_PROGRESS' },
  ANSWERED: { OPEN_SURVEY: 'SURVEY' },
  REJECTED: { OPEN_SURVEY: 'SURVEY' },
  TRANSFERRED: { OPEN_SURVEY: 'SURVEY' },
  SURVEY: { CLOSE: 'CLOSED' },
  CLOSED: {},
};

describe('the standard workflow', () => {
  for (const [state, allowed] of Object.entries(ALLOWED))
    for (const event of EVENTS)
      if (allowed[event])
        it(`${state} --${event}--> ${allowed[event]}`, () => {
          expect(workflow.decide(state, event, FACTS)).toMatchObject({ kind: 'taken', to: allowed[event] });
        });
      else if (event !== 'APPROVE' || state !== 'IN_PROGRESS')
        it(`${state} refuses ${event}`, () => {
          expect(workflow.decide(state, event, FACTS)).toEqual({ kind: 'not-allowed' });
        });

  it('covers every state of the definition', () => {
    expect(Object.keys(ALLOWED).sort()).toEqual(Object.keys(STANDARD_PETITION_WORKFLOW.states).sort());
  });

  it('runs the actions of a taken transition in order', () => {
    expect(workflow.decide('RECEIVED', 'ASSIGN', FACTS)).toMatchObject({
      actions: ['recordAssignment', 'notifyAssigned'],
    });
    expect(workflow.decide('IN_PROGRESS', 'EXTEND', FACTS)).toMatchObject({
      actions: ['extendDeadline', 'notifyExtended'],
    });
  });

  it('lists what can be done now', () => {
    expect(workflow.available('IN_PROGRESS', FACTS).map((t) => t.event)).toEqual([
      'REASSIGN',
      'REQUEST_SUPPLEMENT',
      'EXTEND',
      'ANSWER',
      'REJECT',
      'TRANSFER',
    ]);
    expect(
      workflow
        .available('IN_PROGRESS', { ...FACTS, approvalRequired: true, callerRoles: ['manager'] })
        .map((t) => t.event),
    ).toEqual(['REASSIGN', 'REQUEST_SUPPLEMENT', 'EXTEND', 'APPROVE', 'REJECT', 'TRANSFER']);
    expect(workflow.available('CLOSED', FACTS)).toEqual([]);
  });
});

describe('guards', () => {
  const refused = (state: string, event: string, facts: Partial<CaseFacts>) =>
    workflow.decide(state, event, { ...FACTS, ...facts });

  it('extends only once', () => {
    expect(refused('IN_PROGRESS', 'EXTEND', { extended: true })).toMatchObject({
      kind: 'refused',
      guard: 'notExtendedYet',
    });
  });

  it('approval: only for COMPLEX/LONG_TERM cases, once, by a supervisor; no answer before it', () => {
    expect(refused('IN_PROGRESS', 'APPROVE', {})).toMatchObject({ guard: 'approvalRequired' });
    expect(refused('IN_PROGRESS', 'APPROVE', { approvalRequired: true })).toMatchObject({
      guard: 'isSupervisor',
    });
    expect(
      refused('IN_PROGRESS', 'APPROVE', { approvalRequired: true, approved: true, callerRoles: ['manager'] }),
    ).toMatchObject({ guard: 'notApprovedYet' });
    expect(
      refused('IN_PROGRESS', 'APPROVE', { approvalRequired: true, callerRoles: ['tenant-admin'] }),
    ).toMatchObject({ kind: 'taken', to: 'IN_PROGRESS', actions: ['recordApproval'] });
    expect(refused('IN_PROGRESS', 'ANSWER', { approvalRequired: true })).toMatchObject({
      guard: 'approvedIfRequired',
    });
    expect(refused('IN_PROGRESS', 'ANSWER', { approvalRequired: true, approved: true })).toMatchObject({
      kind: 'taken',
    });
  });

  it('an open cooperation request holds back answer, rejection, transfer and closure', () => {
    for (const [state, event] of [
      ['IN_PROGRESS', 'ANSWER'],
      ['IN_PROGRESS', 'REJECT'],
      ['IN_PROGRESS', 'TRANSFER'],
      ['SURVEY', 'CLOSE'],
    ])
      expect(refused(state, event, { openCooperations: 1 })).toMatchObject({
        kind: 'refused',
        guard: 'cooperationDone',
      });
  });

  it('a cooperation request itself is not surveyed', () => {
    expect(refused('ANSWERED', 'OPEN_SURVEY', { isCooperation: true })).toMatchObject({
      guard: 'residentCase',
    });
  });
});

describe('validation', () => {
  const variant = (change: (d: WorkflowDefinition) => WorkflowDefinition) =>
    workflowProblems(change(structuredClone(STANDARD_PETITION_WORKFLOW) as WorkflowDefinition)).map(
      (p) => `${p.path}: ${p.messageEn}`,
    );
  const transitions = (d: WorkflowDefinition) => d.transitions as WorkflowDefinition['transitions'][number][];

  it('accepts the standard', () => {
    expect(workflowProblems(STANDARD_PETITION_WORKFLOW)).toEqual([]);
  });

  it('refuses an unknown initial state, and any other than intake', () => {
    expect(variant((d) => ({ ...d, initial: 'NOWHERE' }))).toEqual([
      "initial: Initial state 'NOWHERE' is not defined.",
    ]);
    expect(variant((d) => ({ ...d, initial: 'ASSIGNED' }))).toContain(
      'initial: The initial state must be the intake state RECEIVED.',
    );
  });

  it('refuses transitions from or to unknown states and out of a final state', () => {
    expect(
      variant((d) => {
        transitions(d).push({
          event: 'REOPEN',
          from: ['CLOSED'],
          to: 'LIMBO',
          labelKo: '재개',
          labelEn: 'Reopen',
        });
        return d;
      }),
    ).toEqual([
      "transitions[12].from[0]: Final state 'CLOSED' cannot have outgoing transitions.",
      "transitions[12].to: State 'LIMBO' is not defined.",
    ]);
  });

  it('refuses unknown guard, action and requirement names, and two transitions for one event and state', () => {
    expect(
      variant((d) => {
        transitions(d)[0] = {
          ...transitions(d)[0],
          guards: ['isFriday'],
          actions: ['sendFax'],
          requires: ['mood' as never],
        };
        transitions(d).push({ ...transitions(d)[2] });
        return d;
      }),
    ).toEqual([
      "transitions[0].requires[0]: Unknown requirement 'mood'.",
      "transitions[0].guards[0]: Unknown guard 'isFriday'.",
      "transitions[0].actions[0]: Unknown action 'sendFax'.",
      "transitions[12].from[0]: State 'ASSIGNED' has more than one transition for event 'START'.",
    ]);
  });

  it('keeps the invariants: closure only after the survey, closure reachable, every state reachable', () => {
    expect(
      variant((d) => {
        transitions(d).find((t) => t.event === 'CLOSE')!.from = ['SURVEY', 'ANSWERED'];
        return d;
      }),
    ).toEqual(['transitions[11].from: Closure may only follow the survey state SURVEY.']);
    expect(
      variant((d) => {
        d.transitions = transitions(d).filter((t) => t.event !== 'RESUME');
        return d;
      }),
    ).toEqual(["states.SUPPLEMENT_REQUESTED: Closure cannot be reached from state 'SUPPLEMENT_REQUESTED'."]);
    expect(
      variant((d) => ({
        ...d,
        states: { ...d.states, LIMBO: { labelKo: '림보', labelEn: 'Limbo', clock: 'RUNNING' } },
      })),
    ).toEqual(["states.LIMBO: State 'LIMBO' cannot be reached."]);
  });

  it('compiling an invalid definition throws every problem', () => {
    expect(() => CompiledWorkflow.compile({ ...STANDARD_PETITION_WORKFLOW, initial: 'X' })).toThrow(
      WorkflowDefinitionError,
    );
  });
});
