import { Ajv, type ErrorObject, type SchemaObject } from 'ajv';
import {
  CUSTOM_FIELD_LIMITS as LIMITS,
  CustomFieldType as T,
  type CustomFieldDefinitionData,
  type CustomFieldSpec,
} from './custom-field.types';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;
const EMAIL = /^[^\s@"<>()[\],;:]{1,64}@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Digits with the usual separators and an optional leading +, 7 to 20 characters (02-123-4567, +82 10 …). */
export const PHONE_PATTERN = '^\\+?[0-9][0-9 ().-]{5,18}[0-9]$';

const realDate = (v: string): boolean => {
  const m = DATE.exec(v);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === v;
};

const httpUrl = (v: string): boolean => {
  if (!/^https?:\/\//i.test(v)) return false;
  try {
    return Boolean(new URL(v).hostname);
  } catch {
    return false;
  }
};

/**
 * One Ajv instance for every tenant's value schemas: strict, every schema cached under its `$id` (a tenant,
 * entity and definitions version), formats our own so they mean exactly what the API documents.
 */
export function valueAjv(): Ajv {
  const ajv = new Ajv({ strict: true, allErrors: false, coerceTypes: false, useDefaults: false });
  ajv.addFormat('date', { type: 'string', validate: realDate });
  ajv.addFormat('date-time', {
    type: 'string',
    validate: (v) => DATETIME.test(v) && realDate(v.slice(0, 10)) && !Number.isNaN(Date.parse(v)),
  });
  ajv.addFormat('email', { type: 'string', validate: (v) => EMAIL.test(v) });
  ajv.addFormat('http-url', { type: 'string', validate: httpUrl });
  ajv.addFormat('uuid', { type: 'string', validate: (v) => UUID.test(v) });
  return ajv;
}

const stringOf = (cap: number, spec: CustomFieldSpec, extra: SchemaObject = {}): SchemaObject => {
  const { minLength, maxLength, pattern } = spec.rules;
  return {
    type: 'string',
    maxLength: Math.min(maxLength ?? cap, cap),
    ...(minLength != null ? { minLength } : {}),
    ...(pattern ? { pattern } : {}),
    ...extra,
  };
};

const numberOf = (type: 'integer' | 'number', spec: CustomFieldSpec): SchemaObject => ({
  type,
  ...(spec.rules.minimum != null ? { minimum: spec.rules.minimum } : {}),
  ...(spec.rules.maximum != null ? { maximum: spec.rules.maximum } : {}),
});

/** The JSON Schema of one field's value (never null: a cleared value is absent from the record). */
export function fieldSchema(spec: CustomFieldSpec): SchemaObject {
  const options = spec.options.map((o) => o.value);
  switch (spec.type) {
    case T.TEXT:
      return stringOf(LIMITS.text, spec);
    case T.LONG_TEXT:
      return stringOf(LIMITS.longText, spec);
    case T.PHONE:
      return stringOf(LIMITS.phone, { ...spec, rules: { ...spec.rules, pattern: PHONE_PATTERN } });
    case T.EMAIL:
      return stringOf(LIMITS.email, spec, { format: 'email' });
    case T.URL:
      return stringOf(LIMITS.url, spec, { format: 'http-url' });
    case T.INTEGER:
      return numberOf('integer', spec);
    case T.DECIMAL:
      return numberOf('number', spec);
    case T.DATE:
      return { type: 'string', format: 'date' };
    case T.DATETIME:
      return { type: 'string', format: 'date-time' };
    case T.BOOLEAN:
      return { type: 'boolean' };
    case T.SELECT:
      return { type: 'string', enum: options };
    case T.MULTI_SELECT:
      return {
        type: 'array',
        items: { type: 'string', enum: options },
        uniqueItems: true,
        maxItems: options.length,
        ...(spec.rules.minLength != null ? { minItems: spec.rules.minLength } : {}),
      };
    case T.ADDRESS:
      return {
        type: 'object',
        properties: {
          postalCode: { type: 'string', pattern: '^[0-9]{5}$' },
          road: { type: 'string', minLength: 1, maxLength: LIMITS.addressPart },
          detail: { type: 'string', maxLength: LIMITS.addressPart },
        },
        required: ['road'],
        additionalProperties: false,
      };
    case T.CUSTOMER_REF:
    case T.DEPARTMENT_REF:
      return { type: 'string', format: 'uuid' };
  }
}

/**
 * The schema of an entity's custom values under `definitions` (the active ones): each field's value. Keys of
 * archived fields are allowed and not checked: their values are kept. Whether a required field must be
 * present depends on who writes (`requiredOf` in the values validator, ADR 0022), so it is not in here.
 */
export function entitySchema(id: string, definitions: readonly CustomFieldDefinitionData[]): SchemaObject {
  return {
    $id: id,
    type: 'object',
    properties: Object.fromEntries(definitions.map((d) => [d.key, fieldSchema(d)])),
  };
}

/** The schema of one field's value alone, as a record holds it (`required` → must be present). */
export function singleFieldSchema(spec: CustomFieldSpec, key: string): SchemaObject {
  return {
    type: 'object',
    properties: { [key]: fieldSchema(spec) },
    required: spec.required ? [key] : [],
  };
}

export interface ValueProblem {
  key: string;
  ko: string;
  en: string;
}

/** Ajv's first error as a field's problem, in Korean and English. */
export function problemOf(error: ErrorObject, labelOf: (key: string) => string): ValueProblem {
  const path = error.instancePath.split('/').filter(Boolean);
  const key = path.length
    ? path[0]
    : String((error.params as { missingProperty?: string }).missingProperty ?? '');
  const label = labelOf(key);
  const p = error.params as Record<string, unknown>;
  const say = (ko: string, en: string): ValueProblem => ({
    key,
    ko: `'${label}': ${ko}`,
    en: `'${key}': ${en}`,
  });
  switch (error.keyword) {
    case 'required':
      return path.length
        ? say(`${String(p.missingProperty)} 값이 필요합니다.`, `${String(p.missingProperty)} is required.`)
        : say('필수 항목입니다.', 'a value is required.');
    case 'type':
      return say(`값의 형식이 맞지 않습니다 (${String(p.type)}).`, `must be of type ${String(p.type)}.`);
    case 'minLength':
    case 'minItems':
      return say(`${String(p.limit)}개 이상이어야 합니다.`, `must have at least ${String(p.limit)}.`);
    case 'maxLength':
    case 'maxItems':
      return say(`${String(p.limit)}개 이하여야 합니다.`, `must have at most ${String(p.limit)}.`);
    case 'minimum':
      return say(`${String(p.limit)} 이상이어야 합니다.`, `must be at least ${String(p.limit)}.`);
    case 'maximum':
      return say(`${String(p.limit)} 이하여야 합니다.`, `must be at most ${String(p.limit)}.`);
    case 'pattern':
      return say('정해진 형식에 맞지 않습니다.', 'does not match the required pattern.');
    case 'enum':
      return say('선택지에 없는 값입니다.', 'is not one of the options.');
    case 'uniqueItems':
      return say('같은 선택지를 두 번 고를 수 없습니다.', 'lists an option twice.');
    case 'format':
      return say(
        FORMAT_KO[String(p.format)] ?? '형식이 맞지 않습니다.',
        `must be a valid ${String(p.format)}.`,
      );
    case 'additionalProperties':
      return say(
        `알 수 없는 항목 ${String(p.additionalProperty)} 이(가) 있습니다.`,
        `has an unknown part ${String(p.additionalProperty)}.`,
      );
    default:
      return say('값이 올바르지 않습니다.', `is invalid (${error.keyword}).`);
  }
}

const FORMAT_KO: Record<string, string> = {
  date: 'YYYY-MM-DD 형식의 실제 날짜여야 합니다.',
  'date-time': '시간대가 있는 ISO 일시여야 합니다 (예: 2026-11-27T09:00:00+09:00).',
  email: 'e-mail 주소 형식이 아닙니다.',
  'http-url': 'http:// 또는 https:// 로 시작하는 주소여야 합니다.',
  uuid: '레코드 ID 형식이 아닙니다.',
};
