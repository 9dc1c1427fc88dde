import type { WorkflowDefinition } from '../petitions';
import { PETITION_PROFILE, type WorkflowFacts, type WorkflowProfile } from './workflow-vocabulary';
import { parameterProblems } from './workflow-conditions';

export interface WorkflowProblem {
  /** Where in the definition, e.g. `transitions[3].guards[0]`. */
  path: string;
  messageKo: string;
  messageEn: string;
}

/** A definition the engine will not run, with every problem found. */
export class WorkflowDefinitionError extends Error {
  constructor(readonly problems: readonly WorkflowProblem[]) {
    super(`Invalid workflow definition: ${problems.map((p) => `${p.path}: ${p.messageEn}`).join('; ')}`);
  }
}

/** The petition standard's fixed points every version keeps (a tenant overlay may add states, not move these). */
export const INTAKE_STATE = PETITION_PROFILE.intake;

const KEY = /^[a-z][a-z0-9-]{0,39}$/;
const EVENT = /^[A-Z][A-Z0-9_]{0,59}$/;
const has = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);
const CLOCKS = ['RUNNING', 'PAUSED', 'STOPPED'];
const LABEL_MAX = 40;
const badLabel = (v: unknown) => typeof v !== 'string' || !v.trim() || v.length > LABEL_MAX;

/**
 * Every problem of a definition: shape (initial state, known states, finals without exits, one transition per
 * event and state, known guard/action/requirement names) and the profile's invariants (intake first, closure
 * reachable from every reachable state, the petition's closure only after the survey). Empty when it can run.
 */
export function workflowProblems<F extends WorkflowFacts>(
  def: WorkflowDefinition,
  profile: WorkflowProfile<F> = PETITION_PROFILE as unknown as WorkflowProfile<F>,
): WorkflowProblem[] {
  const problems: WorkflowProblem[] = [];
  const problem = (path: string, messageKo: string, messageEn: string) =>
    problems.push({ path, messageKo, messageEn });
  const states = def.states ?? {};
  const known = (s: string) => has(states, s);

  if (!KEY.test(def.key ?? ''))
    problem(
      'key',
      '워크플로 키는 영문 소문자로 시작해야 합니다.',
      'The key must start with a lowercase letter.',
    );
  if (!known(def.initial))
    problem(
      'initial',
      `시작 상태 '${def.initial}'이(가) 없습니다.`,
      `Initial state '${def.initial}' is not defined.`,
    );
  else if (def.initial !== profile.intake)
    problem(
      'initial',
      `시작 상태는 ${profile.intakeKo}(${profile.intake})여야 합니다.`,
      `The initial state must be the intake state ${profile.intake}.`,
    );
  for (const s of profile.required)
    if (!known(s)) problem('states', `표준 상태 '${s}'이(가) 없습니다.`, `Standard state '${s}' is missing.`);
  for (const s of profile.finals)
    if (known(s) && !states[s].final)
      problem(`states.${s}`, '종결 상태는 최종 상태여야 합니다.', 'The closure state must be final.');

  const labels = (at: string, item: { labelKo?: unknown; labelEn?: unknown }) => {
    if (badLabel(item.labelKo))
      problem(
        `${at}.labelKo`,
        `한국어 이름은 1~${LABEL_MAX}자여야 합니다.`,
        `The Korean label must be 1 to ${LABEL_MAX} characters.`,
      );
    if (badLabel(item.labelEn))
      problem(
        `${at}.labelEn`,
        `영어 이름은 1~${LABEL_MAX}자여야 합니다.`,
        `The English label must be 1 to ${LABEL_MAX} characters.`,
      );
  };
  for (const [name, state] of Object.entries(states)) {
    labels(`states.${name}`, state);
    if (!CLOCKS.includes(state.clock))
      problem(
        `states.${name}.clock`,
        '처리기한 시계는 RUNNING, PAUSED, STOPPED 중 하나입니다.',
        'The clock is RUNNING, PAUSED or STOPPED.',
      );
    parameterProblems(state, `states.${name}`, (p) => problems.push(p));
  }

  const seen = new Set<string>();
  (def.transitions ?? []).forEach((t, i) => {
    const at = `transitions[${i}]`;
    if (!EVENT.test(t.event ?? ''))
      problem(
        `${at}.event`,
        `이벤트 이름 '${t.event}'이(가) 올바르지 않습니다 (영문 대문자와 _).`,
        `Event name '${t.event}' is invalid (upper case letters and _).`,
      );
    if (!t.from?.length)
      problem(`${at}.from`, '출발 상태가 하나 이상 있어야 합니다.', 'At least one source state is required.');
    (t.from ?? []).forEach((from, j) => {
      if (!known(from))
        problem(`${at}.from[${j}]`, `상태 '${from}'이(가) 없습니다.`, `State '${from}' is not defined.`);
      else if (states[from].final)
        problem(
          `${at}.from[${j}]`,
          `최종 상태 '${from}'에서 나가는 전이는 둘 수 없습니다.`,
          `Final state '${from}' cannot have outgoing transitions.`,
        );
      const pair = `${t.event}@${from}`;
      if (seen.has(pair))
        problem(
          `${at}.from[${j}]`,
          `상태 '${from}'에 이벤트 '${t.event}'의 전이가 둘 이상입니다.`,
          `State '${from}' has more than one transition for event '${t.event}'.`,
        );
      seen.add(pair);
    });
    if (t.to !== undefined && !known(t.to))
      problem(`${at}.to`, `상태 '${t.to}'이(가) 없습니다.`, `State '${t.to}' is not defined.`);
    const only = profile.closureOnlyFrom;
    if (only && t.to === only.state && (t.from ?? []).some((f) => f !== only.from))
      problem(
        `${at}.from`,
        `종결은 ${only.fromKo}(${only.from}) 다음에만 할 수 있습니다.`,
        `Closure may only follow the survey state ${only.from}.`,
      );
    (t.requires ?? []).forEach((r, j) => {
      if (!has(profile.requirements, r))
        problem(`${at}.requires[${j}]`, `알 수 없는 필수 입력 '${r}'입니다.`, `Unknown requirement '${r}'.`);
    });
    (t.guards ?? []).forEach((g, j) => {
      if (!has(profile.guards, g))
        problem(`${at}.guards[${j}]`, `알 수 없는 조건 '${g}'입니다.`, `Unknown guard '${g}'.`);
    });
    (t.actions ?? []).forEach((a, j) => {
      if (!has(profile.actions, a))
        problem(`${at}.actions[${j}]`, `알 수 없는 동작 '${a}'입니다.`, `Unknown action '${a}'.`);
    });
    labels(at, t);
    parameterProblems(t, at, (p) => problems.push(p));
  });

  if (problems.length) return problems;
  const next = (s: string) =>
    def.transitions.filter((t) => t.from.includes(s) && t.to !== undefined).map((t) => t.to as string);
  const reachable = (start: string) => {
    const out = new Set([start]);
    for (const queue = [start]; queue.length;)
      for (const n of next(queue.shift()!))
        if (!out.has(n)) {
          out.add(n);
          queue.push(n);
        }
    return out;
  };
  const fromIntake = reachable(def.initial);
  for (const s of Object.keys(states)) {
    if (!fromIntake.has(s))
      problem(`states.${s}`, `상태 '${s}'에 도달할 수 없습니다.`, `State '${s}' cannot be reached.`);
    else if (!profile.finals.some((f) => reachable(s).has(f)))
      problem(
        `states.${s}`,
        `상태 '${s}'에서 종결에 이를 수 없습니다.`,
        `Closure cannot be reached from state '${s}'.`,
      );
  }
  return problems;
}

export function validateWorkflow<F extends WorkflowFacts>(
  def: WorkflowDefinition,
  profile?: WorkflowProfile<F>,
): void {
  const problems = workflowProblems(def, profile);
  if (problems.length) throw new WorkflowDefinitionError(problems);
}
