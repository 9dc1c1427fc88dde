import {
  STANDARD_PETITION_WORKFLOW,
  type WorkflowClock,
  type WorkflowCondition,
  type WorkflowDeadlineRule,
  type WorkflowDefinition,
  type WorkflowEffect,
  type WorkflowRequirement,
  type WorkflowStateDefinition,
  type WorkflowTransitionDefinition,
} from '../petitions';
import { workflowProblems, type WorkflowProblem } from '../petition-workflow';
import { PETITION_OVERLAY, type OverlaySubject } from './overlay-subject';

/** A state the tenant adds: never final (closure stays the standard's one final state). */
export interface OverlayState {
  labelKo: string;
  labelEn: string;
  clock: WorkflowClock;
  deadline?: WorkflowDeadlineRule;
  onEnter?: readonly WorkflowEffect[];
}

/** What a tenant may change on a standard state: its labels (a rename), a deadline rule, actions on entering. */
export interface StandardStateChange {
  labelKo?: string;
  labelEn?: string;
  deadline?: WorkflowDeadlineRule;
  onEnter?: readonly WorkflowEffect[];
}

/** A transition the tenant adds. */
export interface OverlayTransition {
  event: string;
  from: readonly string[];
  to?: string;
  labelKo: string;
  labelEn: string;
  requires?: readonly WorkflowRequirement[];
  guards?: readonly string[];
  when?: readonly WorkflowCondition[];
  effects?: readonly WorkflowEffect[];
}

/** What a tenant may change on a standard transition (by event). */
export interface StandardTransitionChange {
  /** Also allowed from these added states (e.g. ANSWER from the tenant's review state). */
  alsoFrom?: readonly string[];
  when?: readonly WorkflowCondition[];
  effects?: readonly WorkflowEffect[];
  /** Only the optional standard transitions (OPTIONAL_STANDARD_EVENTS) may be switched off. */
  disabled?: boolean;
}

/** A tenant's changes to the standard petition workflow, as data (docs/adr/0023). */
export interface WorkflowOverlay {
  states?: Readonly<Record<string, OverlayState>>;
  standardStates?: Readonly<Record<string, StandardStateChange>>;
  transitions?: readonly OverlayTransition[];
  standardTransitions?: Readonly<Record<string, StandardTransitionChange>>;
}

export const EMPTY_OVERLAY: WorkflowOverlay = {};

/** Standard petition transitions a tenant may switch off: nothing the invariants need goes through them. */
export const OPTIONAL_STANDARD_EVENTS: readonly string[] = PETITION_OVERLAY.optionalEvents;

const STATE_KEY = /^[A-Z][A-Z0-9_]{1,39}$/;
const MAX_STATES = 30;
const MAX_TRANSITIONS = 60;
const has = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const OVERLAY_KEYS = ['states', 'standardStates', 'transitions', 'standardTransitions'];
const STATE_KEYS = ['labelKo', 'labelEn', 'clock', 'deadline', 'onEnter'];
const STANDARD_STATE_KEYS = ['labelKo', 'labelEn', 'deadline', 'onEnter'];
const TRANSITION_KEYS = [
  'event',
  'from',
  'to',
  'labelKo',
  'labelEn',
  'requires',
  'guards',
  'when',
  'effects',
];
const STANDARD_TRANSITION_KEYS = ['alsoFrom', 'when', 'effects', 'disabled'];

/** Whether a state or event is the standard's own (drawn and listed apart from the tenant's). */
export const isStandardState = (s: string) => has(STANDARD_PETITION_WORKFLOW.states, s);
export const isStandardEvent = (e: string) =>
  STANDARD_PETITION_WORKFLOW.transitions.some((t) => t.event === e);

/** The standard with the overlay applied, plus where each merged transition came from (for problem paths). */
export function mergeOverlay(
  overlay: WorkflowOverlay,
  standard: WorkflowDefinition = STANDARD_PETITION_WORKFLOW,
): { definition: WorkflowDefinition; transitionPaths: string[] } {
  const states: Record<string, WorkflowStateDefinition> = {};
  for (const [name, s] of Object.entries(standard.states)) {
    const change = overlay.standardStates?.[name] ?? {};
    states[name] = {
      ...s,
      ...(change.labelKo !== undefined ? { labelKo: change.labelKo } : {}),
      ...(change.labelEn !== undefined ? { labelEn: change.labelEn } : {}),
      ...(change.deadline ? { deadline: change.deadline } : {}),
      ...(change.onEnter?.length ? { onEnter: change.onEnter } : {}),
    };
  }
  for (const [name, s] of Object.entries(overlay.states ?? {}))
    if (!has(states, name))
      states[name] = {
        labelKo: s.labelKo,
        labelEn: s.labelEn,
        clock: s.clock,
        ...(s.deadline ? { deadline: s.deadline } : {}),
        ...(s.onEnter?.length ? { onEnter: s.onEnter } : {}),
      };
  const transitions: WorkflowTransitionDefinition[] = [];
  const transitionPaths: string[] = [];
  for (const t of standard.transitions) {
    const change = overlay.standardTransitions?.[t.event] ?? {};
    if (change.disabled) continue;
    transitions.push({
      ...t,
      from: [...t.from, ...(change.alsoFrom ?? []).filter((f) => !t.from.includes(f))],
      ...(change.when?.length ? { when: change.when } : {}),
      ...(change.effects?.length ? { effects: change.effects } : {}),
    });
    transitionPaths.push(`standardTransitions.${t.event}`);
  }
  (overlay.transitions ?? []).forEach((t, i) => {
    transitions.push({ ...t, from: t.from ?? [] });
    transitionPaths.push(`transitions[${i}]`);
  });
  return {
    definition: { ...standard, states, transitions },
    transitionPaths,
  };
}

/** Where an overlay names an automatic effect or a deadline rule. */
function automaticEffects(o: WorkflowOverlay): string[] {
  const at: string[] = [];
  const named = (v: unknown) => (Array.isArray(v) ? v.length > 0 : v !== undefined);
  for (const [group, states] of [
    ['states', o.states],
    ['standardStates', o.standardStates],
  ] as const)
    for (const [name, s] of Object.entries(isObject(states) ? states : {})) {
      if (!isObject(s)) continue;
      if (named(s.onEnter)) at.push(`${group}.${name}.onEnter`);
      if (named(s.deadline)) at.push(`${group}.${name}.deadline`);
    }
  (Array.isArray(o.transitions) ? o.transitions : []).forEach((t, i) => {
    if (isObject(t) && named(t.effects)) at.push(`transitions[${i}].effects`);
  });
  for (const [event, t] of Object.entries(isObject(o.standardTransitions) ? o.standardTransitions : {}))
    if (isObject(t) && named(t.effects)) at.push(`standardTransitions.${event}.effects`);
  return at;
}

/**
 * Every problem of an overlay: its own rules (what a tenant may add or change), then every problem of the
 * merged definition (`workflowProblems`: vocabulary, reachability, dead ends, survey before closure), each
 * reported under the overlay path the user edits. Empty when it can be published.
 */
export function overlayProblems(
  overlay: unknown,
  subject: OverlaySubject = PETITION_OVERLAY,
): WorkflowProblem[] {
  const { standard, optionalEvents, invariantEvents, outcomeStates } = subject;
  const problems: WorkflowProblem[] = [];
  const problem = (path: string, messageKo: string, messageEn: string) =>
    problems.push({ path, messageKo, messageEn });
  if (!isObject(overlay)) {
    problem('', '워크플로 변경 내용은 객체여야 합니다.', 'The overlay must be an object.');
    return problems;
  }
  const onlyKeys = (value: unknown, allowed: string[], at: string): value is Record<string, unknown> => {
    if (!isObject(value)) {
      problem(at, '객체여야 합니다.', 'Must be an object.');
      return false;
    }
    for (const k of Object.keys(value))
      if (!allowed.includes(k))
        problem(`${at ? `${at}.` : ''}${k}`, `알 수 없는 항목 '${k}'입니다.`, `Unknown property '${k}'.`);
    return true;
  };
  onlyKeys(overlay, OVERLAY_KEYS, '');
  const o = overlay as WorkflowOverlay;
  const standardEvents = new Set(standard.transitions.map((t) => t.event));
  const added = isObject(o.states) ? Object.keys(o.states) : [];

  if (o.states !== undefined && onlyKeys(o.states, added, 'states')) {
    if (added.length > MAX_STATES)
      problem('states', `추가 상태는 ${MAX_STATES}개까지입니다.`, `At most ${MAX_STATES} added states.`);
    for (const name of added) {
      const at = `states.${name}`;
      if (!STATE_KEY.test(name))
        problem(
          at,
          `상태 키 '${name}'은(는) 영문 대문자, 숫자, _ 로 2~40자입니다.`,
          `State key '${name}' must be 2-40 upper case letters, digits or _.`,
        );
      if (has(standard.states, name))
        problem(
          at,
          `상태 키 '${name}'은(는) 표준 상태와 겹칩니다.`,
          `State key '${name}' duplicates a standard state.`,
        );
      onlyKeys(o.states[name], STATE_KEYS, at);
    }
  }
  if (o.standardStates !== undefined && isObject(o.standardStates))
    for (const [name, change] of Object.entries(o.standardStates)) {
      const at = `standardStates.${name}`;
      if (!has(standard.states, name))
        problem(at, `표준 상태 '${name}'이(가) 없습니다.`, `There is no standard state '${name}'.`);
      onlyKeys(change, STANDARD_STATE_KEYS, at);
    }
  else if (o.standardStates !== undefined)
    problem('standardStates', '객체여야 합니다.', 'Must be an object.');

  if (o.standardTransitions !== undefined && isObject(o.standardTransitions))
    for (const [event, change] of Object.entries(o.standardTransitions)) {
      const at = `standardTransitions.${event}`;
      if (!standardEvents.has(event)) {
        problem(at, `표준 전이 '${event}'이(가) 없습니다.`, `There is no standard transition '${event}'.`);
        continue;
      }
      if (!onlyKeys(change, STANDARD_TRANSITION_KEYS, at)) continue;
      const c = change as StandardTransitionChange;
      if (c.disabled !== undefined && typeof c.disabled !== 'boolean')
        problem(`${at}.disabled`, '참/거짓이어야 합니다.', 'Must be true or false.');
      if (c.disabled && !optionalEvents.includes(event))
        problem(
          `${at}.disabled`,
          `표준 전이 '${event}'은(는) 끌 수 없습니다 (끌 수 있는 것: ${optionalEvents.join(', ') || '없음'}).`,
          `Standard transition '${event}' cannot be switched off (only ${optionalEvents.join(', ') || 'none'}).`,
        );
      if (invariantEvents.includes(event) && (c.when?.length || c.alsoFrom?.length))
        problem(
          at,
          `'${event}' 전이에는 조건이나 출발 상태를 더할 수 없습니다 (${subject.labelKo}의 표준 규칙).`,
          `The transition '${event}' takes no extra condition or source (a rule of the standard ${subject.labelEn.toLowerCase()}).`,
        );
      if (c.alsoFrom !== undefined && !Array.isArray(c.alsoFrom))
        problem(`${at}.alsoFrom`, '목록이어야 합니다.', 'Must be a list.');
      else
        (c.alsoFrom ?? []).forEach((f, j) => {
          if (!added.includes(f))
            problem(
              `${at}.alsoFrom[${j}]`,
              `'${f}'은(는) 추가한 상태가 아닙니다 (표준 전이는 추가한 상태에서만 더 열 수 있습니다).`,
              `'${f}' is not an added state (a standard transition may only be opened from added states).`,
            );
        });
    }
  else if (o.standardTransitions !== undefined)
    problem('standardTransitions', '객체여야 합니다.', 'Must be an object.');

  if (o.transitions !== undefined && !Array.isArray(o.transitions))
    problem('transitions', '목록이어야 합니다.', 'Must be a list.');
  else {
    if ((o.transitions ?? []).length > MAX_TRANSITIONS)
      problem(
        'transitions',
        `추가 전이는 ${MAX_TRANSITIONS}개까지입니다.`,
        `At most ${MAX_TRANSITIONS} added transitions.`,
      );
    (o.transitions ?? []).forEach((t: OverlayTransition, i) => {
      const at = `transitions[${i}]`;
      if (!onlyKeys(t as unknown, TRANSITION_KEYS, at)) return;
      if (standardEvents.has(t.event))
        problem(
          `${at}.event`,
          `'${t.event}'은(는) 표준 전이의 이벤트입니다. 표준 전이를 더 열려면 표준 전이 변경(alsoFrom)을 쓰세요.`,
          `'${t.event}' is a standard event; open the standard transition from more states instead (alsoFrom).`,
        );
      if (t.to !== undefined && outcomeStates.includes(t.to))
        problem(
          `${at}.to`,
          `'${t.to}' 상태로는 표준 전이로만 갈 수 있습니다 (답변·결과·종결을 기록하는 전이).`,
          `State '${t.to}' is entered only by the standard transitions (they record the answer, outcome or closure).`,
        );
      if (t.from !== undefined && !Array.isArray(t.from))
        problem(`${at}.from`, '목록이어야 합니다.', 'Must be a list.');
    });
  }
  if (!subject.effects)
    automaticEffects(o).forEach((at) =>
      problem(
        at,
        `${subject.labelKo}에는 자동 처리(알림·배정·후속 조치·기한 규칙)를 둘 수 없습니다.`,
        `The ${subject.labelEn.toLowerCase()} takes no automatic effects (notify, assign, follow-up, deadline rules).`,
      ),
    );
  if (problems.length) return problems;

  const { definition, transitionPaths } = mergeOverlay(o, standard);
  const statePath = (s: string) => (has(standard.states, s) ? `standardStates.${s}` : `states.${s}`);
  for (const p of workflowProblems(definition, subject.profile)) {
    const path = p.path
      .replace(/^transitions\[(\d+)\]/, (_, i: string) => transitionPaths[Number(i)])
      .replace(/^states\.([A-Za-z0-9_]+)/, (_, s: string) => statePath(s));
    problems.push({ ...p, path });
  }
  return problems;
}
