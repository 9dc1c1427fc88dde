import { TENANT_ROLES } from '@pcrm/access';
import { badInput } from '@pcrm/tenancy';
import {
  CUSTOM_FIELD_KEY,
  CUSTOM_FIELD_LIMITS as LIMITS,
  CUSTOM_FIELD_TYPES,
  CustomFieldType as T,
  type CustomFieldOptionData,
  type CustomFieldRulesData,
  type CustomFieldSpec,
} from './custom-field.types';
import { problemOf, singleFieldSchema, valueAjv } from './value-schema';

const LENGTH_TYPES: readonly string[] = [T.TEXT, T.LONG_TEXT, T.EMAIL, T.URL];
const RANGE_TYPES: readonly string[] = [T.INTEGER, T.DECIMAL];
const PATTERN_TYPES: readonly string[] = [T.TEXT, T.LONG_TEXT];
const OPTION_TYPES: readonly string[] = [T.SELECT, T.MULTI_SELECT];
const REF_TYPES: readonly string[] = [T.CUSTOMER_REF, T.DEPARTMENT_REF];
const CONTROL = /[\p{Cc}\p{Cf}]/u;

/**
 * A group quantified as a whole that itself holds a quantifier, e.g. `(a+)+`, `(\w*)*`, `(a|aa){2,}`, or a
 * back-reference: the shapes whose matching time can explode on a long value (catastrophic backtracking).
 */
const NESTED_QUANTIFIER = /\((?:[^()\\]|\\.)*(?:[+*]|\{\d+,?\d*\}|\|)(?:[^()\\]|\\.)*\)(?:[+*]|\{\d+,\d*\})/u;
const BACK_REFERENCE = /\\[1-9]|\\k</u;

const bad = (field: string, ko: string, en: string) => badInput(`input.${field}`, ko, en);

export function checkKey(key: string): string {
  if (!CUSTOM_FIELD_KEY.test(key))
    throw bad(
      'key',
      `항목 키 '${key}' 이(가) 올바르지 않습니다. 영문 소문자로 시작하고 영문 소문자·숫자·_ 로 된 2~40자여야 합니다.`,
      `Field key '${key}' is invalid: 2 to 40 characters, a lower-case letter first, then lower-case letters, digits or _.`,
    );
  return key;
}

function text(value: string | null | undefined, field: string, labelKo: string, max: number): string | null {
  const v = value?.normalize('NFC').trim() ?? '';
  if (!v) return null;
  if (Array.from(v).length > max)
    throw bad(
      field,
      `${labelKo}은(는) ${max}자 이하여야 합니다.`,
      `${field} must be at most ${max} characters.`,
    );
  if (CONTROL.test(v))
    throw bad(
      field,
      `${labelKo}에 제어 문자나 보이지 않는 서식 문자를 쓸 수 없습니다.`,
      `${field} must not contain control or invisible format characters.`,
    );
  return v;
}

function requiredText(value: string | null | undefined, field: string, labelKo: string, max: number): string {
  const v = text(value, field, labelKo, max);
  if (!v) throw bad(field, `${labelKo}을(를) 입력해 주세요.`, `${field} is required.`);
  return v;
}

export function checkPattern(pattern: string): string {
  if (pattern.length > LIMITS.pattern)
    throw bad(
      'rules.pattern',
      `형식(정규식)은 ${LIMITS.pattern}자 이하여야 합니다.`,
      `rules.pattern must be at most ${LIMITS.pattern} characters.`,
    );
  try {
    new RegExp(pattern, 'u');
  } catch {
    throw bad(
      'rules.pattern',
      `형식(정규식) '${pattern}' 을(를) 해석할 수 없습니다.`,
      `rules.pattern '${pattern}' is not a valid regular expression.`,
    );
  }
  if (NESTED_QUANTIFIER.test(pattern) || BACK_REFERENCE.test(pattern))
    throw bad(
      'rules.pattern',
      `형식(정규식) '${pattern}' 은(는) 반복 안의 반복이나 역참조가 있어 긴 값에서 매우 느려질 수 있습니다. 더 단순하게 써 주세요.`,
      `rules.pattern '${pattern}' nests repetitions or uses a back-reference, which can take exponential time: simplify it.`,
    );
  return pattern;
}

const nonNegativeInt = (v: number | null | undefined, field: string, cap: number): number | null => {
  if (v == null) return null;
  if (!Number.isInteger(v) || v < 0 || v > cap)
    throw bad(
      field,
      `${field} 은(는) 0부터 ${cap}까지의 정수여야 합니다.`,
      `${field} must be an integer from 0 to ${cap}.`,
    );
  return v;
};

const lengthCap = (type: string): number =>
  type === T.LONG_TEXT
    ? LIMITS.longText
    : type === T.EMAIL
      ? LIMITS.email
      : type === T.URL
        ? LIMITS.url
        : LIMITS.text;

function checkRules(type: string, rules: CustomFieldRulesData): CustomFieldRulesData {
  const out: CustomFieldRulesData = {};
  const misplaced = (field: string, ko: string, en: string) => bad(`rules.${field}`, ko, en);
  if (rules.minLength != null || rules.maxLength != null) {
    if (!LENGTH_TYPES.includes(type) && type !== T.MULTI_SELECT)
      throw misplaced(
        'maxLength',
        '길이 규칙은 글자·e-mail·URL 항목과 다중 선택(최소 선택 수)에만 쓸 수 있습니다.',
        'Length rules apply only to text, e-mail, URL and multi-select fields.',
      );
    out.minLength = nonNegativeInt(rules.minLength, 'rules.minLength', lengthCap(type));
    out.maxLength =
      type === T.MULTI_SELECT ? null : nonNegativeInt(rules.maxLength, 'rules.maxLength', lengthCap(type));
    if (out.minLength != null && out.maxLength != null && out.minLength > out.maxLength)
      throw misplaced(
        'minLength',
        '최소 길이가 최대 길이보다 큽니다.',
        'minLength is greater than maxLength.',
      );
  }
  if (rules.minimum != null || rules.maximum != null) {
    if (!RANGE_TYPES.includes(type))
      throw misplaced(
        'minimum',
        '범위 규칙은 정수·소수 항목에만 쓸 수 있습니다.',
        'Range rules apply only to integer and decimal fields.',
      );
    for (const k of ['minimum', 'maximum'] as const) {
      const v = rules[k];
      if (v != null && (!Number.isFinite(v) || Math.abs(v) > Number.MAX_SAFE_INTEGER))
        throw misplaced(k, `${k} 값이 올바르지 않습니다.`, `rules.${k} must be a finite number.`);
      if (v != null && type === T.INTEGER && !Number.isInteger(v))
        throw misplaced(
          k,
          '정수 항목의 범위는 정수여야 합니다.',
          `rules.${k} of an integer field must be an integer.`,
        );
      out[k] = v ?? null;
    }
    if (out.minimum != null && out.maximum != null && out.minimum > out.maximum)
      throw misplaced('minimum', '최솟값이 최댓값보다 큽니다.', 'minimum is greater than maximum.');
  }
  if (rules.pattern) {
    if (!PATTERN_TYPES.includes(type))
      throw misplaced(
        'pattern',
        '형식(정규식) 규칙은 글자 항목에만 쓸 수 있습니다.',
        'A pattern applies only to text fields.',
      );
    out.pattern = checkPattern(rules.pattern);
  }
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v != null));
}

function checkOptions(type: string, options: readonly CustomFieldOptionData[]): CustomFieldOptionData[] {
  if (!OPTION_TYPES.includes(type)) {
    if (options.length)
      throw bad(
        'options',
        '선택지는 단일·다중 선택 항목에만 쓸 수 있습니다.',
        'Options apply only to select fields.',
      );
    return [];
  }
  if (!options.length)
    throw bad(
      'options',
      '선택 항목에는 선택지가 하나 이상 있어야 합니다.',
      'A select field needs at least one option.',
    );
  if (options.length > LIMITS.options)
    throw bad('options', `선택지는 ${LIMITS.options}개까지입니다.`, `At most ${LIMITS.options} options.`);
  const seen = new Set<string>();
  return options.map((o, i) => {
    const value = requiredText(o.value, `options[${i}].value`, '선택지 값', LIMITS.optionValue);
    if (seen.has(value))
      throw bad(
        `options[${i}].value`,
        `선택지 값 '${value}' 이(가) 두 번 있습니다.`,
        `Option value '${value}' is listed twice.`,
      );
    seen.add(value);
    return {
      value,
      labelKo: requiredText(o.labelKo, `options[${i}].labelKo`, '선택지 이름', LIMITS.label),
      labelEn: requiredText(o.labelEn, `options[${i}].labelEn`, '선택지 영문 이름', LIMITS.label),
    };
  });
}

function checkRoles(roles: readonly string[], field: string): string[] {
  const out = [...new Set(roles)];
  const unknown = out.find((r) => !(TENANT_ROLES as readonly string[]).includes(r));
  if (unknown !== undefined)
    throw bad(
      field,
      `역할 '${unknown}' 은(는) 시·도의 역할이 아닙니다 (${TENANT_ROLES.join(', ')}).`,
      `Role '${unknown}' is not a tenant role (${TENANT_ROLES.join(', ')}).`,
    );
  return out;
}

/** Checks an administrator's field spec and returns it normalized; every problem is BAD_USER_INPUT on `input.<field>`. */
export function checkSpec(spec: CustomFieldSpec): CustomFieldSpec {
  if (!(CUSTOM_FIELD_TYPES as readonly string[]).includes(spec.type))
    throw bad('type', `알 수 없는 항목 유형 '${spec.type}' 입니다.`, `Unknown field type '${spec.type}'.`);
  if (!Number.isInteger(spec.position) || spec.position < 0 || spec.position > 100_000)
    throw bad(
      'position',
      '순서는 0부터 100000까지의 정수여야 합니다.',
      'position must be an integer from 0 to 100000.',
    );
  const checked: CustomFieldSpec = {
    labelKo: requiredText(spec.labelKo, 'labelKo', '항목 이름', LIMITS.label),
    labelEn: requiredText(spec.labelEn, 'labelEn', '항목 영문 이름', LIMITS.label),
    type: spec.type,
    required: spec.required,
    defaultValue: spec.defaultValue ?? null,
    rules: checkRules(spec.type, spec.rules ?? {}),
    options: checkOptions(spec.type, spec.options ?? []),
    helpKo: text(spec.helpKo, 'helpKo', '도움말', LIMITS.help),
    helpEn: text(spec.helpEn, 'helpEn', '영문 도움말', LIMITS.help),
    position: spec.position,
    group: text(spec.group, 'group', '묶음 이름', LIMITS.group),
    readRoles: checkRoles(spec.readRoles ?? [], 'readRoles'),
    editRoles: checkRoles(spec.editRoles ?? [], 'editRoles'),
    personalData: spec.personalData,
  };
  if (checked.defaultValue !== null) {
    if (REF_TYPES.includes(checked.type))
      throw bad(
        'defaultValue',
        '고객·부서 참조 항목에는 기본값을 둘 수 없습니다.',
        'A customer or department reference has no default value.',
      );
    const validate = valueAjv().compile(singleFieldSchema({ ...checked, required: false }, 'value'));
    if (!validate({ value: checked.defaultValue })) {
      const problem = problemOf(validate.errors![0], () => '기본값');
      throw bad(
        'defaultValue',
        `기본값이 이 항목의 규칙에 맞지 않습니다. ${problem.ko}`,
        `The default value breaks the field's own rules: ${problem.en}`,
      );
    }
  }
  return checked;
}
