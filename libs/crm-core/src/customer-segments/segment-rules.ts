import type { CustomFieldFilterOp } from '@pcrm/customization';
import { AGE_BAND_YEARS } from '../customer-keys';
/**
 * The rule language of segments: a group of conditions matched ALL (and) or ANY (or); a group may hold
 * groups. Every field is a row of `FIELDS` with the operators it takes and the shape of each operator's
 * value, so a new field is one more row there and one more case in the compiler, never a change to the rule
 * shape. A custom field is `{ field: 'custom', key, op, value }`: here only its shape is checked; whether the
 * key is a field the caller may search by, and the value fits its type, the service checks against the
 * tenant's definitions (`CustomFieldFilters`).
 */
export type Match = 'ALL' | 'ANY';

export interface RuleGroup {
  match: Match;
  conditions: Rule[];
}

export type Rule = RuleGroup | Condition;

export const CUSTOMER_KINDS = ['CURRENT', 'ACQUIRED', 'POLICY'] as const;
export const PARTY_TYPES = ['PERSON', 'ORGANIZATION'] as const;
export const CONSENT_PURPOSES = ['ADMIN_NOTICE', 'SATISFACTION_SURVEY', 'PROMOTION'] as const;
export const SEXES = ['MALE', 'FEMALE', 'UNKNOWN'] as const;

/** Age in whole years on the day the rule runs: `[from, to)`; `UNKNOWN` is a missing birth date. */
export const AGE_BANDS = { ...AGE_BAND_YEARS, UNKNOWN: null } as const;

/**
 * 생애주기 (life stage), the needs a city plans services by: 영유아 0–5, 아동 6–12, 청소년 13–18,
 * 청년 19–34 (청년기본법), 중장년 35–64, 노년 65+ (노인복지법). Same `[from, to)` years as age bands.
 */
export const LIFE_STAGES = {
  INFANT: [0, 6],
  CHILD: [6, 13],
  ADOLESCENT: [13, 19],
  YOUTH: [19, 35],
  MIDDLE_AGED: [35, 65],
  SENIOR: [65, null],
} as const satisfies Record<string, readonly [number, number | null]>;

export type AgeBand = keyof typeof AGE_BANDS;
export type LifeStage = keyof typeof LIFE_STAGES;

/** An area: each given part must match; at least one part. */
export interface Area {
  sido?: string;
  sigungu?: string;
  eupmyeondong?: string;
}

export type Condition =
  | { field: 'kind'; op: 'IN' | 'NOT_IN'; value: (typeof CUSTOMER_KINDS)[number][] }
  | { field: 'partyType'; op: 'IN'; value: (typeof PARTY_TYPES)[number][] }
  | { field: 'area'; op: 'IN' | 'NOT_IN'; value: Area[] }
  | { field: 'tags'; op: 'HAS_ANY' | 'HAS_ALL' | 'HAS_NONE'; value: string[] }
  | { field: 'consent'; op: 'HAS' | 'LACKS'; value: (typeof CONSENT_PURPOSES)[number] }
  | { field: 'ageBand'; op: 'IN'; value: AgeBand[] }
  | { field: 'lifeStage'; op: 'IN'; value: LifeStage[] }
  | { field: 'sex'; op: 'IN'; value: (typeof SEXES)[number][] }
  | { field: 'lastContactAt'; op: 'WITHIN_DAYS' | 'NOT_WITHIN_DAYS'; value: number }
  | { field: 'lastContactAt'; op: 'BEFORE' | 'ON_OR_AFTER'; value: string }
  | { field: 'lastContactAt'; op: 'NEVER' }
  | { field: 'source'; op: 'IN' | 'NOT_IN'; value: string[] }
  | CustomCondition;

/** A condition on a custom field of customers; `value` is absent only for `EMPTY` (false: has a value). */
export interface CustomCondition {
  field: 'custom';
  key: string;
  op: CustomFieldFilterOp;
  value?: unknown;
}

export type ConditionField = Condition['field'];

/** Limits that keep a rule readable and its SQL cheap. */
export const RULE_LIMITS = { conditions: 30, depth: 3, values: 100, text: 100, days: 36_500 } as const;

// ---- value shapes -------------------------------------------------------------------------------------

type Check = (value: unknown, path: string) => unknown;

interface ValueShape {
  ko: string;
  en: string;
  check: Check;
  /** The value may be left out. */
  optional?: boolean;
}

/** A rule that cannot be used, with the path of the problem (`rules.conditions[1].op`) in both languages. */
export class RuleError extends Error {
  constructor(
    readonly path: string,
    readonly messageKo: string,
    readonly messageEn: string,
  ) {
    super(messageEn);
    this.name = 'RuleError';
  }
}

const fail = (path: string, ko: string, en: string): never => {
  throw new RuleError(path, `${ko} (${path})`, `${en} (${path})`);
};

const isText = (v: unknown): v is string =>
  typeof v === 'string' && v.trim().length > 0 && v.length <= RULE_LIMITS.text && !/\p{Cc}/u.test(v);

const oneOf = (choices: readonly string[]): ValueShape => ({
  ko: `${choices.join(', ')} 중 하나`,
  en: `one of ${choices.join(', ')}`,
  check: (v, path) =>
    typeof v === 'string' && choices.includes(v)
      ? v
      : fail(
          path,
          `값은 ${choices.join(', ')} 중 하나여야 합니다`,
          `The value must be one of ${choices.join(', ')}`,
        ),
});

const text: ValueShape = {
  ko: `1~${RULE_LIMITS.text}자 글`,
  en: `text of 1 to ${RULE_LIMITS.text} characters`,
  check: (v, path) =>
    isText(v)
      ? v.normalize('NFC').trim()
      : fail(
          path,
          `값은 1~${RULE_LIMITS.text}자의 보이는 글자여야 합니다`,
          `The value must be 1 to ${RULE_LIMITS.text} visible characters`,
        ),
};

const AREA_PARTS = ['sido', 'sigungu', 'eupmyeondong'] as const;
const area: ValueShape = {
  ko: '{ sido, sigungu, eupmyeondong } 중 하나 이상을 가진 지역',
  en: 'an area with at least one of { sido, sigungu, eupmyeondong }',
  check: (v, path) => {
    if (!isPlainObject(v))
      return fail(
        path,
        '지역은 { sido, sigungu, eupmyeondong } 객체여야 합니다',
        'An area must be an object { sido, sigungu, eupmyeondong }',
      );
    onlyKeys(v, AREA_PARTS, path);
    const out: Area = {};
    for (const part of AREA_PARTS)
      if (v[part] !== undefined) out[part] = text.check(v[part], `${path}.${part}`) as string;
    if (Object.keys(out).length === 0)
      fail(
        path,
        '지역에는 sido, sigungu, eupmyeondong 중 하나 이상이 있어야 합니다',
        'An area needs at least one of sido, sigungu, eupmyeondong',
      );
    return out;
  },
};

const listOf = (item: ValueShape): ValueShape => ({
  ko: `${item.ko}의 목록 (1~${RULE_LIMITS.values}개)`,
  en: `a list of ${item.en} (1 to ${RULE_LIMITS.values})`,
  check: (v, path) => {
    if (!Array.isArray(v) || v.length === 0 || v.length > RULE_LIMITS.values)
      return fail(
        path,
        `값은 ${item.ko}의 목록(1~${RULE_LIMITS.values}개)이어야 합니다`,
        `The value must be a list of ${item.en} (1 to ${RULE_LIMITS.values} items)`,
      );
    const seen = new Set<string>();
    const out: unknown[] = [];
    for (const [i, element] of v.entries()) {
      const checked = item.check(element, `${path}[${i}]`);
      const key = JSON.stringify(checked);
      if (!seen.has(key)) out.push(checked);
      seen.add(key);
    }
    return out;
  },
});

const days: ValueShape = {
  ko: `1~${RULE_LIMITS.days} 사이의 정수(일)`,
  en: `a whole number of days from 1 to ${RULE_LIMITS.days}`,
  check: (v, path) =>
    Number.isInteger(v) && (v as number) >= 1 && (v as number) <= RULE_LIMITS.days
      ? v
      : fail(
          path,
          `값은 1~${RULE_LIMITS.days} 사이의 정수(일 수)여야 합니다`,
          `The value must be a whole number of days from 1 to ${RULE_LIMITS.days}`,
        ),
};

const date: ValueShape = {
  ko: 'YYYY-MM-DD 날짜',
  en: 'a date YYYY-MM-DD',
  check: (v, path) => {
    const ok =
      typeof v === 'string' &&
      /^\d{4}-\d{2}-\d{2}$/.test(v) &&
      !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) &&
      new Date(`${v}T00:00:00Z`).toISOString().startsWith(v) &&
      v >= '1900-01-01' &&
      v <= '2100-12-31';
    return ok
      ? v
      : fail(
          path,
          '값은 1900-01-01 ~ 2100-12-31 사이의 YYYY-MM-DD 날짜여야 합니다',
          'The value must be a date YYYY-MM-DD between 1900-01-01 and 2100-12-31',
        );
  },
};

/** A custom value to compare with: its type is checked against the field's definition by the service. */
const scalar: ValueShape = {
  ko: '글, 숫자 또는 참/거짓',
  en: 'text, a number or true/false',
  check: (v, path) =>
    (typeof v === 'string' && v.length > 0 && v.length <= RULE_LIMITS.text) ||
    (typeof v === 'number' && Number.isFinite(v)) ||
    typeof v === 'boolean'
      ? v
      : fail(
          path,
          `값은 1~${RULE_LIMITS.text}자의 글, 숫자 또는 참/거짓이어야 합니다`,
          `The value must be text of 1 to ${RULE_LIMITS.text} characters, a number or true/false`,
        ),
};

const emptiness: ValueShape = {
  ko: '참(비어 있음, 기본) 또는 거짓(값이 있음)',
  en: 'true (empty, the default) or false (has a value)',
  optional: true,
  check: (v, path) =>
    typeof v === 'boolean'
      ? v
      : fail(
          path,
          'EMPTY 의 값은 참(비어 있음) 또는 거짓(값이 있음)이어야 합니다',
          'The value of EMPTY must be true (empty) or false (has a value)',
        ),
};

/**
 * The shape of a custom field key, as `CUSTOM_FIELD_KEY` of @pcrm/customization (this module stays free of
 * Nest; a service spec keeps the two equal).
 */
export const FIELD_KEY = /^[a-z][a-z0-9_]{1,39}$/;

/** The operators of a custom-field condition: those of the list filter (`CustomFieldFilterOp`). */
const CUSTOM_OPS = {
  EQ: scalar,
  IN: listOf(scalar),
  GT: scalar,
  GTE: scalar,
  LT: scalar,
  LTE: scalar,
  CONTAINS: scalar,
  EMPTY: emptiness,
} as const satisfies Record<CustomFieldFilterOp, ValueShape>;

/** An operator that takes no value. */
const none = null;

/** Every field a condition may name, the operators it takes, and each operator's value shape. */
export const FIELDS: Record<ConditionField, { ko: string; ops: Record<string, ValueShape | null> }> = {
  kind: {
    ko: '고객 유형',
    ops: { IN: listOf(oneOf(CUSTOMER_KINDS)), NOT_IN: listOf(oneOf(CUSTOMER_KINDS)) },
  },
  partyType: { ko: '개인·단체', ops: { IN: listOf(oneOf(PARTY_TYPES)) } },
  area: { ko: '지역', ops: { IN: listOf(area), NOT_IN: listOf(area) } },
  tags: {
    ko: '태그',
    ops: { HAS_ANY: listOf(text), HAS_ALL: listOf(text), HAS_NONE: listOf(text) },
  },
  consent: { ko: '수신 동의', ops: { HAS: oneOf(CONSENT_PURPOSES), LACKS: oneOf(CONSENT_PURPOSES) } },
  ageBand: { ko: '연령대', ops: { IN: listOf(oneOf(Object.keys(AGE_BANDS))) } },
  lifeStage: { ko: '생애주기', ops: { IN: listOf(oneOf(Object.keys(LIFE_STAGES))) } },
  sex: { ko: '성별', ops: { IN: listOf(oneOf(SEXES)) } },
  lastContactAt: {
    ko: '최근 접촉일',
    ops: { WITHIN_DAYS: days, NOT_WITHIN_DAYS: days, BEFORE: date, ON_OR_AFTER: date, NEVER: none },
  },
  source: { ko: '출처', ops: { IN: listOf(text), NOT_IN: listOf(text) } },
  custom: { ko: '사용자 정의 항목', ops: CUSTOM_OPS },
};

// ---- validation ---------------------------------------------------------------------------------------

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function onlyKeys(v: Record<string, unknown>, allowed: readonly string[], path: string): void {
  for (const key of Object.keys(v))
    if (!allowed.includes(key))
      fail(
        `${path}.${key}`,
        `알 수 없는 키 '${key}' 입니다. 쓸 수 있는 키: ${allowed.join(', ')}`,
        `Unknown key '${key}'. Allowed keys: ${allowed.join(', ')}`,
      );
}

const FIELD_NAMES = Object.keys(FIELDS);

function validateCondition(v: Record<string, unknown>, path: string): Condition {
  const field = v.field;
  if (typeof field !== 'string' || !Object.hasOwn(FIELDS, field))
    return fail(
      `${path}.field`,
      `알 수 없는 조건 항목 '${String(field)}' 입니다. 쓸 수 있는 항목: ${FIELD_NAMES.join(', ')}`,
      `Unknown condition field '${String(field)}'. Fields: ${FIELD_NAMES.join(', ')}`,
    );
  const spec = FIELDS[field as ConditionField];
  const op = v.op;
  const opNames = Object.keys(spec.ops);
  if (typeof op !== 'string' || !Object.hasOwn(spec.ops, op))
    return fail(
      `${path}.op`,
      `조건 항목 '${field}'(${spec.ko})에 쓸 수 없는 연산자 '${String(op)}' 입니다. 쓸 수 있는 연산자: ${opNames.join(', ')}`,
      `Operator '${String(op)}' is not allowed for '${field}'. Operators: ${opNames.join(', ')}`,
    );
  const shape = spec.ops[op];
  const custom = field === 'custom';
  const head = custom ? { field, key: customKey(v, path), op } : { field, op };
  const keys = custom ? ['field', 'key', 'op'] : ['field', 'op'];
  if (shape === none) {
    onlyKeys(v, keys, path);
    return head as Condition;
  }
  onlyKeys(v, [...keys, 'value'], path);
  if (v.value === undefined) {
    if (shape.optional) return head as Condition;
    return fail(
      `${path}.value`,
      `조건 '${field} ${op}'에는 값(value)이 필요합니다: ${shape.ko}`,
      `Condition '${field} ${op}' needs a value: ${shape.en}`,
    );
  }
  return { ...head, value: shape.check(v.value, `${path}.value`) } as Condition;
}

function customKey(v: Record<string, unknown>, path: string): string {
  return typeof v.key === 'string' && FIELD_KEY.test(v.key)
    ? v.key
    : fail(
        `${path}.key`,
        '사용자 정의 항목 조건에는 항목 키(key: 영문 소문자로 시작하는 2~40자의 영문 소문자·숫자·_)가 필요합니다',
        'A custom-field condition needs the field key (key: 2 to 40 lowercase letters, digits or _, from a letter)',
      );
}

function validateGroup(v: unknown, path: string, depth: number, count: { n: number }): RuleGroup {
  if (!isPlainObject(v))
    return fail(
      path,
      '조건 묶음은 { match, conditions } 객체여야 합니다',
      'A rule group must be an object { match, conditions }',
    );
  onlyKeys(v, ['match', 'conditions'], path);
  if (v.match !== 'ALL' && v.match !== 'ANY')
    fail(
      `${path}.match`,
      'match 는 ALL(모두 만족) 또는 ANY(하나 이상 만족)여야 합니다',
      'match must be ALL or ANY',
    );
  if (!Array.isArray(v.conditions))
    return fail(`${path}.conditions`, 'conditions 는 조건의 목록이어야 합니다', 'conditions must be a list');
  if (v.conditions.length === 0 && depth > 1)
    fail(
      `${path}.conditions`,
      '안쪽 조건 묶음에는 조건이 하나 이상 있어야 합니다',
      'A nested rule group needs at least one condition',
    );
  const conditions = v.conditions.map((c: unknown, i: number): Rule => {
    const at = `${path}.conditions[${i}]`;
    if (isPlainObject(c) && 'match' in c) {
      if (depth >= RULE_LIMITS.depth)
        fail(
          at,
          `조건 묶음은 ${RULE_LIMITS.depth}단계까지만 겹칠 수 있습니다`,
          `Rule groups may be nested at most ${RULE_LIMITS.depth} levels deep`,
        );
      return validateGroup(c, at, depth + 1, count);
    }
    if (!isPlainObject(c))
      return fail(
        at,
        '조건은 { field, op, value } 객체여야 합니다',
        'A condition must be an object { field, op, value }',
      );
    count.n += 1;
    if (count.n > RULE_LIMITS.conditions)
      fail(
        at,
        `조건은 모두 ${RULE_LIMITS.conditions}개까지만 쓸 수 있습니다`,
        `A segment may have at most ${RULE_LIMITS.conditions} conditions in all`,
      );
    return validateCondition(c, at);
  });
  return { match: v.match as Match, conditions };
}

/**
 * Checks a rule sent by a client and returns it in canonical form (texts NFC-trimmed, duplicate values
 * dropped). Anything unknown or mistyped is a `RuleError` naming its path, e.g. `rules.conditions[1].op`.
 */
export function validateRules(input: unknown, path = 'rules'): RuleGroup {
  return validateGroup(input, path, 1, { n: 0 });
}

/** True for a group (as opposed to a condition). */
export const isGroup = (rule: Rule): rule is RuleGroup => 'match' in rule;

/** Every custom-field condition of a rule with its path (`rules.conditions[2]`), in the rule's order. */
export function customConditions(
  group: RuleGroup,
  path = 'rules',
): { condition: CustomCondition; path: string }[] {
  return group.conditions.flatMap((rule, i) => {
    const at = `${path}.conditions[${i}]`;
    if (isGroup(rule)) return customConditions(rule, at);
    return rule.field === 'custom' ? [{ condition: rule, path: at }] : [];
  });
}
