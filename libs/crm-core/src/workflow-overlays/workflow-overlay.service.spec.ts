import { STANDARD_PETITION_WORKFLOW } from '../petitions';
import { CompiledWorkflow, type CaseFacts } from '../petition-workflow';
import { mergeOverlay, overlayProblems, type WorkflowOverlay } from './workflow-overlay';
import { simulateWorkflow } from './workflow-simulation';

/**
 * Overlays on the standard workflow, without a database: what a tenant may add or change, every invariant
 * violation refused with its own path and reason, and the merged definition run by the real engine.
 */

/** A review state between 처리중 and 답변: taken by a manager, only for complex cases, answered from there. */
const REVIEW: WorkflowOverlay = {
  states: {
    QUALITY_REVIEW: {
      labelKo: '품질 검토',
      labelEn: 'Quality review',
      clock: 'RUNNING',
      deadline: { value: 2, unit: 'BUSINESS_DAYS', atRiskShare: 0.5 },
      onEnter: [{ kind: 'notify', target: 'role', role: 'manager' }],
    },
  },
  standardStates: { IN_PROGRESS: { labelKo: '검토 중', labelEn: 'Under review' } },
  transitions: [
    {
      event: 'SEND_TO_REVIEW',
      from: ['IN_PROGRESS'],
      to: 'QUALITY_REVIEW',
      labelKo: '품질 검토 요청',
      labelEn: 'Send to review',
      when: [{ kind: 'field', field: 'handlingClass', op: 'eq', value: 'COMPLEX' }],
    },
    {
      event: 'RETURN_FROM_REVIEW',
      from: ['QUALITY_REVIEW'],
      to: 'IN_PROGRESS',
      labelKo: '검토 반려',
      labelEn: 'Return',
      requires: ['reason'],
      when: [{ kind: 'role', roles: ['manager', 'tenant-admin'] }],
    },
  ],
  standardTransitions: {
    ANSWER: { alsoFrom: ['QUALITY_REVIEW'] },
    EXTEND: { disabled: true },
  },
};

const paths = (overlay: unknown) => overlayProblems(overlay).map((p) => p.path);
const only = (overlay: unknown) => {
  const problems = overlayProblems(overlay);
  for (const p of problems) {
    expect(p.messageKo).toMatch(/[가-힣]/);
    expect(p.messageEn).toMatch(/[a-z]/);
  }
  return problems;
};

describe('a valid overlay', () => {
  it('has no problems and merges onto the standard, which keeps every state and transition', () => {
    expect(overlayProblems(REVIEW)).toEqual([]);
    const { definition } = mergeOverlay(REVIEW);
    expect(Object.keys(definition.states)).toEqual([
      ...Object.keys(STANDARD_PETITION_WORKFLOW.states),
      'QUALITY_REVIEW',
    ]);
    expect(definition.states.IN_PROGRESS).toMatchObject({ labelKo: '검토 중', clock: 'RUNNING' });
    expect(definition.transitions.map((t) => t.event)).toEqual([
      ...STANDARD_PETITION_WORKFLOW.transitions.map((t) => t.event).filter((e) => e !== 'EXTEND'),
      'SEND_TO_REVIEW',
      'RETURN_FROM_REVIEW',
    ]);
    expect(definition.transitions.find((t) => t.event === 'ANSWER')!.from).toEqual([
      'IN_PROGRESS',
      'QUALITY_REVIEW',
    ]);
  });

  it('the empty overlay is the standard itself', () => {
    expect(overlayProblems({})).toEqual([]);
    expect(mergeOverlay({}).definition).toEqual(STANDARD_PETITION_WORKFLOW);
  });
});

describe('the engine runs the merged definition: conditions and effects', () => {
  const workflow = CompiledWorkflow.compile(mergeOverlay(REVIEW).definition);
  const facts = (handlingClass: string, roles = ['officer']): CaseFacts => ({
    extended: false,
    approvalRequired: false,
    approved: false,
    openCooperations: 0,
    isCooperation: false,
    callerRoles: roles,
    fields: { handlingClass, customFields: {} },
  });

  it('a field condition holds or refuses, naming the condition', () => {
    expect(workflow.decide('IN_PROGRESS', 'SEND_TO_REVIEW', facts('COMPLEX'))).toMatchObject({
      kind: 'taken',
      to: 'QUALITY_REVIEW',
      effects: [{ kind: 'notify', target: 'role', role: 'manager' }],
    });
    expect(workflow.decide('IN_PROGRESS', 'SEND_TO_REVIEW', facts('SIMPLE_FORM'))).toMatchObject({
      kind: 'refused',
      condition: { kind: 'field', field: 'handlingClass' },
    });
  });

  it('a role condition holds only for the listed roles', () => {
    expect(workflow.decide('QUALITY_REVIEW', 'RETURN_FROM_REVIEW', facts('COMPLEX', ['manager'])).kind).toBe(
      'taken',
    );
    expect(workflow.decide('QUALITY_REVIEW', 'RETURN_FROM_REVIEW', facts('COMPLEX'))).toMatchObject({
      kind: 'refused',
      condition: { kind: 'role' },
    });
  });

  it('the disabled optional transition is gone', () => {
    expect(workflow.decide('IN_PROGRESS', 'EXTEND', facts('COMPLEX')).kind).toBe('not-allowed');
  });

  it('custom values: eq, neq, in, empty, notEmpty (a multi-select value matches when it contains the value)', () => {
    const cases: [object, Record<string, unknown>, boolean][] = [
      [{ op: 'eq', value: 'road' }, { area: 'road' }, true],
      [{ op: 'eq', value: 'road' }, { area: ['park', 'road'] }, true],
      [{ op: 'neq', value: 'road' }, { area: 'road' }, false],
      [{ op: 'in', value: ['park', 'road'] }, { area: 'road' }, true],
      [{ op: 'in', value: ['park'] }, { area: 'road' }, false],
      [{ op: 'empty' }, {}, true],
      [{ op: 'empty' }, { area: '  ' }, true],
      [{ op: 'notEmpty' }, { area: 'x' }, true],
      [{ op: 'notEmpty' }, { area: [] }, false],
    ];
    for (const [condition, customFields, holds] of cases) {
      const overlay: WorkflowOverlay = {
        standardTransitions: {
          START: { when: [{ kind: 'field', field: 'customFields.area', ...condition } as never] },
        },
      };
      expect(overlayProblems(overlay)).toEqual([]);
      const w = CompiledWorkflow.compile(mergeOverlay(overlay).definition);
      const decision = w.decide('ASSIGNED', 'START', { ...facts('SIMPLE_FORM'), fields: { customFields } });
      expect([condition, customFields, decision.kind]).toEqual([
        condition,
        customFields,
        holds ? 'taken' : 'refused',
      ]);
    }
  });
});

describe('each invariant violation is refused with its path and reason', () => {
  it('an unreachable added state', () => {
    const problems = only({ states: { ORPHAN: { labelKo: '고아', labelEn: 'Orphan', clock: 'RUNNING' } } });
    expect(problems.map((p) => p.path)).toContain('states.ORPHAN');
    expect(problems.find((p) => p.path === 'states.ORPHAN')!.messageEn).toMatch(/cannot be reached/);
  });

  it('a dead end: a state with no way on to closure', () => {
    const problems = only({
      states: { PARKED: { labelKo: '보류', labelEn: 'Parked', clock: 'PAUSED' } },
      transitions: [{ event: 'PARK', from: ['IN_PROGRESS'], to: 'PARKED', labelKo: '보류', labelEn: 'Park' }],
    });
    expect(problems).toEqual([
      expect.objectContaining({
        path: 'states.PARKED',
        messageEn: "Closure cannot be reached from state 'PARKED'.",
      }),
    ]);
  });

  it('closure without the survey: no extra source or condition on CLOSE or OPEN_SURVEY, no added way into them', () => {
    expect(
      paths({ standardTransitions: { CLOSE: { when: [{ kind: 'role', roles: ['manager'] }] } } }),
    ).toEqual(['standardTransitions.CLOSE']);
    expect(
      paths({ standardTransitions: { OPEN_SURVEY: { when: [{ kind: 'role', roles: ['manager'] }] } } }),
    ).toEqual(['standardTransitions.OPEN_SURVEY']);
    expect(
      paths({
        transitions: [
          {
            event: 'FAST_CLOSE',
            from: ['IN_PROGRESS'],
            to: 'CLOSED',
            labelKo: '바로 종결',
            labelEn: 'Close now',
          },
        ],
      }),
    ).toEqual(['transitions[0].to']);
    expect(
      paths({
        transitions: [
          { event: 'SKIP', from: ['ANSWERED'], to: 'SURVEY', labelKo: '건너뛰기', labelEn: 'Skip' },
        ],
      }),
    ).toEqual(['transitions[0].to']);
  });

  it('standard transitions cannot be removed; only the optional ones may be switched off', () => {
    const problems = only({ standardTransitions: { ANSWER: { disabled: true }, CLOSE: { disabled: true } } });
    expect(problems.map((p) => p.path)).toEqual([
      'standardTransitions.ANSWER.disabled',
      'standardTransitions.CLOSE.disabled',
    ]);
    expect(overlayProblems({ standardTransitions: { REASSIGN: { disabled: true } } })).toEqual([]);
  });

  it('a standard state cannot be replaced: an added state with a standard key is a duplicate', () => {
    expect(paths({ states: { CLOSED: { labelKo: '끝', labelEn: 'End', clock: 'STOPPED' } } })).toEqual([
      'states.CLOSED',
    ]);
  });

  it('an added state cannot be final (closure stays the one final state)', () => {
    expect(
      paths({ states: { DONE: { labelKo: '끝', labelEn: 'Done', clock: 'STOPPED', final: true } } }),
    ).toEqual(['states.DONE.final']);
  });
});

describe('bad input: each refused with its reason', () => {
  it.each([
    ['not an object', [], ['']],
    ['an unknown top-level property', { removeStates: ['SURVEY'] }, ['removeStates']],
    [
      'an unknown condition kind',
      { standardTransitions: { START: { when: [{ kind: 'weekday', day: 'MON' }] } } },
      ['standardTransitions.START.when[0].kind'],
    ],
    [
      'an unknown action kind',
      { standardTransitions: { START: { effects: [{ kind: 'sendFax' }] } } },
      ['standardTransitions.START.effects[0].kind'],
    ],
    [
      'an unknown operator and field',
      {
        standardTransitions: { START: { when: [{ kind: 'field', field: 'title', op: 'like', value: 'x' }] } },
      },
      ['standardTransitions.START.when[0].field', 'standardTransitions.START.when[0].op'],
    ],
    [
      "'in' without a list",
      {
        standardTransitions: {
          START: { when: [{ kind: 'field', field: 'kind', op: 'in', value: 'STATUTORY' }] },
        },
      },
      ['standardTransitions.START.when[0].value'],
    ],
    [
      'an unknown role',
      { standardTransitions: { START: { when: [{ kind: 'role', roles: ['janitor'] }] } } },
      ['standardTransitions.START.when[0].roles[0]'],
    ],
    [
      'an unknown named guard',
      {
        transitions: [
          { event: 'PING', from: ['IN_PROGRESS'], labelKo: '확인', labelEn: 'Ping', guards: ['isFullMoon'] },
        ],
      },
      ['transitions[0].guards[0]'],
    ],
    [
      'an unknown state in a transition',
      {
        transitions: [{ event: 'GO', from: ['NOWHERE'], to: 'IN_PROGRESS', labelKo: '가기', labelEn: 'Go' }],
      },
      ['transitions[0].from[0]'],
    ],
    [
      'a rename to empty',
      { standardStates: { IN_PROGRESS: { labelKo: '  ' } } },
      ['standardStates.IN_PROGRESS.labelKo'],
    ],
    [
      'a rename of a state that does not exist',
      { standardStates: { DOING: { labelKo: '하는 중' } } },
      ['standardStates.DOING'],
    ],
    [
      'a bad state key',
      { states: { 'quality review': { labelKo: '검토', labelEn: 'Review', clock: 'RUNNING' } } },
      ['states.quality review'],
    ],
    [
      'a bad clock and deadline',
      {
        states: {
          HOLD: { labelKo: '보류', labelEn: 'Hold', clock: 'FROZEN', deadline: { value: 0, unit: 'WEEKS' } },
        },
        transitions: [
          { event: 'HOLD', from: ['IN_PROGRESS'], to: 'HOLD', labelKo: '보류', labelEn: 'Hold' },
          { event: 'UNHOLD', from: ['HOLD'], to: 'IN_PROGRESS', labelKo: '재개', labelEn: 'Unhold' },
        ],
      },
      ['states.HOLD.clock', 'states.HOLD.deadline.unit', 'states.HOLD.deadline.value'],
    ],
    [
      'a standard event reused by an added transition',
      { transitions: [{ event: 'ANSWER', from: ['ASSIGNED'], labelKo: '답변', labelEn: 'Answer' }] },
      ['transitions[0].event'],
    ],
    [
      'a standard transition opened from a standard state',
      { standardTransitions: { ANSWER: { alsoFrom: ['ASSIGNED'] } } },
      ['standardTransitions.ANSWER.alsoFrom[0]'],
    ],
    [
      'two transitions for one event and state',
      {
        transitions: [
          { event: 'NOTE', from: ['IN_PROGRESS'], labelKo: '메모', labelEn: 'Note' },
          { event: 'NOTE', from: ['IN_PROGRESS'], labelKo: '메모', labelEn: 'Note' },
        ],
      },
      ['transitions[1].from[0]'],
    ],
  ])('%s', (_, overlay, expected) => {
    expect(only(overlay).map((p) => p.path)).toEqual(expected);
  });
});

describe('simulation', () => {
  const definition = mergeOverlay(REVIEW).definition;

  it('reports each step: taken (state, clock, effects), refused with the reason, not allowed', () => {
    const [complex, simple] = simulateWorkflow(definition, [
      {
        name: 'complex',
        fields: { handlingClass: 'COMPLEX' },
        steps: [
          { event: 'ASSIGN' },
          { event: 'START' },
          { event: 'SEND_TO_REVIEW' },
          { event: 'RETURN_FROM_REVIEW' },
          { event: 'RETURN_FROM_REVIEW', roles: ['manager'] },
          { event: 'SEND_TO_REVIEW' },
          { event: 'ANSWER' },
          { event: 'APPROVE', roles: ['manager'] },
          { event: 'ANSWER' },
          { event: 'OPEN_SURVEY' },
          { event: 'CLOSE' },
        ],
      },
      { name: 'simple', fields: { handlingClass: 'SIMPLE_FORM' }, steps: [{ event: 'EXTEND' }] },
    ]);
    expect(complex.steps.map((s) => [s.event, s.outcome, s.state])).toEqual([
      ['ASSIGN', 'TAKEN', 'ASSIGNED'],
      ['START', 'TAKEN', 'IN_PROGRESS'],
      ['SEND_TO_REVIEW', 'TAKEN', 'QUALITY_REVIEW'],
      ['RETURN_FROM_REVIEW', 'REFUSED', 'QUALITY_REVIEW'],
      ['RETURN_FROM_REVIEW', 'TAKEN', 'IN_PROGRESS'],
      ['SEND_TO_REVIEW', 'TAKEN', 'QUALITY_REVIEW'],
      ['ANSWER', 'REFUSED', 'QUALITY_REVIEW'],
      ['APPROVE', 'NOT_ALLOWED', 'QUALITY_REVIEW'],
      ['ANSWER', 'REFUSED', 'QUALITY_REVIEW'],
      ['OPEN_SURVEY', 'NOT_ALLOWED', 'QUALITY_REVIEW'],
      ['CLOSE', 'NOT_ALLOWED', 'QUALITY_REVIEW'],
    ]);
    expect(complex.steps[2].effectsKo).toEqual(["'manager' 역할에게 알림"]);
    expect(complex.steps[3].reasonKo).toMatch(/부서장, 시·도 관리자 역할만/);
    expect(complex.steps[6].reasonKo).toMatch(/결재/);
    expect(complex.closed).toBe(false);
    expect(simple.steps[0]).toMatchObject({ outcome: 'NOT_ALLOWED', clock: 'RUNNING' });
    expect(simple.steps[0].reasonEn).toMatch(/not allowed/);
  });

  it('a simple case runs from intake to closure', () => {
    const [run] = simulateWorkflow(definition, [
      {
        name: 'simple',
        steps: ['ASSIGN', 'START', 'REQUEST_SUPPLEMENT', 'RESUME', 'ANSWER', 'OPEN_SURVEY', 'CLOSE'].map(
          (event) => ({
            event,
          }),
        ),
      },
    ]);
    expect(run.steps.every((s) => s.outcome === 'TAKEN')).toBe(true);
    expect(run.steps.map((s) => s.clock)).toEqual([
      'RUNNING',
      'RUNNING',
      'PAUSED',
      'RUNNING',
      'STOPPED',
      'STOPPED',
      'STOPPED',
    ]);
    expect(run).toMatchObject({ finalState: 'CLOSED', closed: true });
  });
});
