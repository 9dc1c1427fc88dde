import { ROLE_LABELS, TENANT_ROLES, type Role } from '@pcrm/access';
import type {
  WorkflowCondition,
  WorkflowConditionValue,
  WorkflowDeadlineRule,
  WorkflowEffect,
} from '../petitions';
import type { WorkflowFacts } from './workflow-vocabulary';
import type { WorkflowProblem } from './workflow-validation';

/**
 * The closed vocabulary of parameterised guards and effects (docs/adr/0023): a tenant's overlay chooses a
 * kind and fills its parameters; a new kind is code here.
 */
export const CONDITION_KINDS = ['role', 'field'] as const;
export const CONDITION_OPS = ['eq', 'neq', 'in', 'empty', 'notEmpty'] as const;
export const EFFECT_KINDS = ['notify', 'assign', 'followUp'] as const;
export const DEADLINE_UNITS = ['BUSINESS_DAYS', 'BUSINESS_HOURS'] as const;

/** The core case fields a field condition may test, with their labels; custom values are `customFields.<key>`. */
export const CORE_CONDITION_FIELDS: Readonly<Record<string, { ko: string; en: string }>> = {
  kind: { ko: '민원 유형', en: 'kind' },
  channel: { ko: '접수 경로', en: 'channel' },
  handlingClass: { ko: '처리 구분', en: 'handling class' },
  categoryCode: { ko: '민원 분류', en: 'category' },
};
const CUSTOM_FIELD = /^customFields\.([a-z][a-z0-9_]{1,39})$/;

/** The case fields a field condition reads. */
export interface CaseFieldValues {
  kind?: string | null;
  channel?: string | null;
  handlingClass?: string | null;
  categoryCode?: string | null;
  customFields?: Readonly<Record<string, unknown>>;
}

const has = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);
const isScalar = (v: unknown): v is WorkflowConditionValue =>
  typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
const isEmpty = (v: unknown) =>
  v === null ||
  v === undefined ||
  (typeof v === 'string' && v.trim() === '') ||
  (Array.isArray(v) && !v.length);

function fieldValue(fields: CaseFieldValues | undefined, field: string): unknown {
  const custom = CUSTOM_FIELD.exec(field);
  if (custom) return fields?.customFields?.[custom[1]];
  return (fields as Record<string, unknown> | undefined)?.[field];
}

/** A value equals the condition's value; a multi-select value (array) equals when it contains it. */
const matches = (actual: unknown, expected: unknown) =>
  Array.isArray(actual) ? actual.includes(expected) : actual === expected;

export function conditionHolds(c: WorkflowCondition, facts: WorkflowFacts): boolean {
  if (c.kind === 'role') return facts.callerRoles.some((r) => c.roles.includes(r));
  const actual = fieldValue(facts.fields, c.field);
  switch (c.op) {
    case 'eq':
      return matches(actual, c.value);
    case 'neq':
      return !matches(actual, c.value);
    case 'in':
      return ((c.value ?? []) as readonly unknown[]).some((v) => matches(actual, v));
    case 'empty':
      return isEmpty(actual);
    case 'notEmpty':
      return !isEmpty(actual);
  }
}

const fieldLabel = (field: string) => {
  const custom = CUSTOM_FIELD.exec(field);
  return custom
    ? { ko: `사용자 정의 항목 '${custom[1]}'`, en: `custom field '${custom[1]}'` }
    : CORE_CONDITION_FIELDS[field];
};
const shown = (v: unknown) => (Array.isArray(v) ? v.join(', ') : String(v));

/** Why a transition is refused when the condition does not hold, in Korean and English. */
export function conditionRefusal(c: WorkflowCondition): { ko: string; en: string } {
  if (c.kind === 'role') {
    const roles = c.roles.filter((r): r is Role => (TENANT_ROLES as readonly string[]).includes(r));
    return {
      ko: `이 처리는 ${roles.map((r) => ROLE_LABELS.ko[r]).join(', ')} 역할만 할 수 있습니다.`,
      en: `Only ${roles.map((r) => ROLE_LABELS.en[r]).join(', ')} may take this step.`,
    };
  }
  const label = fieldLabel(c.field) ?? { ko: c.field, en: c.field };
  const text = {
    eq: { ko: `이(가) '${shown(c.value)}'인`, en: `is '${shown(c.value)}'` },
    neq: { ko: `이(가) '${shown(c.value)}'이(가) 아닌`, en: `is not '${shown(c.value)}'` },
    in: { ko: `이(가) ${shown(c.value)} 중 하나인`, en: `is one of ${shown(c.value)}` },
    empty: { ko: '이(가) 비어 있는', en: 'is empty' },
    notEmpty: { ko: '이(가) 입력된', en: 'is filled in' },
  }[c.op];
  return {
    ko: `${label.ko}${text.ko} 민원만 이 처리를 할 수 있습니다.`,
    en: `This step is only for cases whose ${label.en} ${text.en}.`,
  };
}

type Problem = (path: string, ko: string, en: string) => void;
const tenantRole = (r: unknown) => typeof r === 'string' && (TENANT_ROLES as readonly string[]).includes(r);

export function conditionProblems(c: WorkflowCondition, at: string, problem: Problem): void {
  const kind = (c as { kind?: unknown })?.kind;
  if (typeof kind !== 'string' || !(CONDITION_KINDS as readonly string[]).includes(kind)) {
    problem(
      `${at}.kind`,
      `알 수 없는 조건 종류 '${String(kind)}'입니다.`,
      `Unknown condition kind '${String(kind)}'.`,
    );
    return;
  }
  if (c.kind === 'role') {
    if (!Array.isArray(c.roles) || !c.roles.length)
      problem(`${at}.roles`, '역할을 하나 이상 고르세요.', 'Choose at least one role.');
    else
      c.roles.forEach((r, i) => {
        if (!tenantRole(r))
          problem(
            `${at}.roles[${i}]`,
            `알 수 없는 역할 '${String(r)}'입니다.`,
            `Unknown role '${String(r)}'.`,
          );
      });
    return;
  }
  if (typeof c.field !== 'string' || !(has(CORE_CONDITION_FIELDS, c.field) || CUSTOM_FIELD.test(c.field)))
    problem(
      `${at}.field`,
      `조건 항목 '${String(c.field)}'은(는) 쓸 수 없습니다 (kind, channel, handlingClass, categoryCode, customFields.<키>).`,
      `Condition field '${String(c.field)}' is not allowed (kind, channel, handlingClass, categoryCode, customFields.<key>).`,
    );
  if (!(CONDITION_OPS as readonly string[]).includes(c.op)) {
    problem(`${at}.op`, `알 수 없는 비교 '${String(c.op)}'입니다.`, `Unknown operator '${String(c.op)}'.`);
    return;
  }
  if ((c.op === 'eq' || c.op === 'neq') && !isScalar(c.value))
    problem(`${at}.value`, '비교할 값을 하나 입력하세요.', 'Give one value to compare with.');
  if (c.op === 'in' && (!Array.isArray(c.value) || !c.value.length || !c.value.every(isScalar)))
    problem(
      `${at}.value`,
      "'in' 비교에는 값 목록이 필요합니다.",
      "The 'in' operator needs a list of values.",
    );
  if ((c.op === 'empty' || c.op === 'notEmpty') && c.value !== undefined)
    problem(
      `${at}.value`,
      `'${c.op}' 비교에는 값이 없어야 합니다.`,
      `The '${c.op}' operator takes no value.`,
    );
}

export function effectProblems(e: WorkflowEffect, at: string, problem: Problem): void {
  const kind = (e as { kind?: unknown })?.kind;
  if (typeof kind !== 'string' || !(EFFECT_KINDS as readonly string[]).includes(kind)) {
    problem(
      `${at}.kind`,
      `알 수 없는 자동 동작 '${String(kind)}'입니다.`,
      `Unknown action kind '${String(kind)}'.`,
    );
    return;
  }
  if (e.kind === 'notify') {
    if (e.target !== 'officer' && e.target !== 'role')
      problem(
        `${at}.target`,
        "알림 대상은 'officer' 또는 'role'입니다.",
        "The notify target is 'officer' or 'role'.",
      );
    if (e.target === 'role' && !tenantRole(e.role))
      problem(
        `${at}.role`,
        `알 수 없는 역할 '${String(e.role)}'입니다.`,
        `Unknown role '${String(e.role)}'.`,
      );
    return;
  }
  const code = (e as { departmentCode?: unknown }).departmentCode;
  const needed = e.kind === 'assign';
  if ((needed || code !== undefined) && (typeof code !== 'string' || !code.trim()))
    problem(`${at}.departmentCode`, '부서 코드를 입력하세요.', 'Give a department code.');
}

export function deadlineProblems(d: WorkflowDeadlineRule, at: string, problem: Problem): void {
  if (!(DEADLINE_UNITS as readonly string[]).includes(d?.unit))
    problem(
      `${at}.unit`,
      '기한 단위는 BUSINESS_DAYS 또는 BUSINESS_HOURS입니다.',
      'The unit is BUSINESS_DAYS or BUSINESS_HOURS.',
    );
  const max = d?.unit === 'BUSINESS_HOURS' ? 2000 : 365;
  if (!Number.isInteger(d?.value) || d.value < 1 || d.value > max)
    problem(
      `${at}.value`,
      `기한은 1에서 ${max} 사이의 정수입니다.`,
      `The time limit is a whole number from 1 to ${max}.`,
    );
  if (
    d?.atRiskShare !== undefined &&
    !(typeof d.atRiskShare === 'number' && d.atRiskShare > 0 && d.atRiskShare < 1)
  )
    problem(
      `${at}.atRiskShare`,
      '임박 알림 비율은 0과 1 사이입니다.',
      'The at-risk share is between 0 and 1.',
    );
}

/** Problems of the parameterised parts of a definition, reported under their paths. */
export function parameterProblems(
  items: {
    when?: readonly WorkflowCondition[];
    effects?: readonly WorkflowEffect[];
    deadline?: WorkflowDeadlineRule;
    onEnter?: readonly WorkflowEffect[];
  },
  at: string,
  add: (p: WorkflowProblem) => void,
): void {
  const problem: Problem = (path, messageKo, messageEn) => add({ path, messageKo, messageEn });
  const list = <T>(v: readonly T[] | undefined, name: string, check: (x: T, p: string) => void) => {
    if (v === undefined) return;
    if (!Array.isArray(v)) problem(`${at}.${name}`, '목록이어야 합니다.', 'Must be a list.');
    else v.forEach((x, i) => check(x, `${at}.${name}[${i}]`));
  };
  list(items.when, 'when', (c, p) => conditionProblems(c, p, problem));
  list(items.effects, 'effects', (e, p) => effectProblems(e, p, problem));
  list(items.onEnter, 'onEnter', (e, p) => effectProblems(e, p, problem));
  if (items.deadline !== undefined) deadlineProblems(items.deadline, `${at}.deadline`, problem);
}
