import { CUSTOMER_ENUMS } from '../customers/enums';
import type { FieldDefinition } from '../customization/fields';
import type { CustomFieldType } from '../graphql/generated/graphql';

/**
 * The segment rule language as the builder edits it: one group (ALL or ANY) of conditions. Groups nested
 * inside it (the API accepts up to three levels) are kept as they are and shown read-only.
 * Mirrors the API's FIELDS table (libs/crm-core/src/customer-segments/segment-rules.ts): the API still
 * validates every rule and names the path of any problem.
 */
export type Match = 'ALL' | 'ANY';

/** How a condition's value is edited. */
export type ValueEditor =
  | { type: 'enum'; of: 'kind' | 'partyType' | 'ageBand' | 'lifeStage' | 'sex' }
  | { type: 'oneEnum'; of: 'consent' }
  | { type: 'words' }
  | { type: 'areas' }
  | { type: 'days' }
  | { type: 'date' }
  | { type: 'none' };

const kindList = { type: 'enum', of: 'kind' } as const;
const words = { type: 'words' } as const;
const areas = { type: 'areas' } as const;

export const RULE_FIELDS = {
  kind: { IN: kindList, NOT_IN: kindList },
  partyType: { IN: { type: 'enum', of: 'partyType' } },
  area: { IN: areas, NOT_IN: areas },
  tags: { HAS_ANY: words, HAS_ALL: words, HAS_NONE: words },
  consent: { HAS: { type: 'oneEnum', of: 'consent' }, LACKS: { type: 'oneEnum', of: 'consent' } },
  ageBand: { IN: { type: 'enum', of: 'ageBand' } },
  lifeStage: { IN: { type: 'enum', of: 'lifeStage' } },
  sex: { IN: { type: 'enum', of: 'sex' } },
  lastContactAt: {
    WITHIN_DAYS: { type: 'days' },
    NOT_WITHIN_DAYS: { type: 'days' },
    BEFORE: { type: 'date' },
    ON_OR_AFTER: { type: 'date' },
    NEVER: { type: 'none' },
  },
  source: { IN: words, NOT_IN: words },
} as const satisfies Record<string, Record<string, ValueEditor>>;

export type RuleField = keyof typeof RULE_FIELDS;
export const RULE_FIELD_NAMES = Object.keys(RULE_FIELDS) as RuleField[];

export interface Area {
  sido?: string;
  sigungu?: string;
  eupmyeondong?: string;
}

/** A condition being edited: `value` may still be empty or incomplete. */
export interface DraftCondition {
  /** Stable React key. */
  key: string;
  field: RuleField | 'custom';
  /** The custom field's key when `field` is `custom`. */
  customKey?: string;
  op: string;
  value: unknown;
}

// ---- custom fields: operators and value inputs follow the field's type, never the field ----------------

/** What the builder needs of a custom field's definition (the caller may read it). */
export type CustomFieldChoice = Pick<
  FieldDefinition,
  'key' | 'labelKo' | 'labelEn' | 'type' | 'options' | 'rules' | 'required'
>;

/** The API's custom operators, and NOT_EMPTY: the API's `EMPTY` with the value `false`. */
export type CustomOp = 'EQ' | 'IN' | 'GT' | 'GTE' | 'LT' | 'LTE' | 'CONTAINS' | 'EMPTY' | 'NOT_EMPTY';

const PRESENCE: CustomOp[] = ['EMPTY', 'NOT_EMPTY'];
const TEXT_OPS: CustomOp[] = ['CONTAINS', 'EQ', ...PRESENCE];
const RANGE_OPS: CustomOp[] = ['GTE', 'LTE', 'GT', 'LT', 'EQ', ...PRESENCE];

/** The operators of each type, as the API's `CustomFieldFilters` accepts them. */
const CUSTOM_OPS: Record<CustomFieldType, CustomOp[]> = {
  TEXT: TEXT_OPS,
  LONG_TEXT: TEXT_OPS,
  PHONE: TEXT_OPS,
  EMAIL: TEXT_OPS,
  URL: TEXT_OPS,
  INTEGER: RANGE_OPS,
  DECIMAL: RANGE_OPS,
  DATE: RANGE_OPS,
  DATETIME: ['GTE', 'LT', 'GT', 'LTE', ...PRESENCE],
  BOOLEAN: ['EQ', ...PRESENCE],
  SELECT: ['IN', 'EQ', ...PRESENCE],
  MULTI_SELECT: ['IN', 'CONTAINS', ...PRESENCE],
  ADDRESS: PRESENCE,
  CUSTOMER_REF: PRESENCE,
  DEPARTMENT_REF: PRESENCE,
};

export const customOpsOf = (type: CustomFieldType): CustomOp[] => CUSTOM_OPS[type];

/**
 * The shape of a custom condition's value input (the record forms' `FieldInput` draws it), or null when the
 * operator takes no value: several choices for IN, one choice for a multi-select's CONTAINS, one line of text.
 */
export function customShape<D extends CustomFieldChoice>(def: D, op: string): D | null {
  if (op === 'EMPTY' || op === 'NOT_EMPTY') return null;
  const choices = def.type === 'SELECT' || def.type === 'MULTI_SELECT';
  if (choices) return { ...def, type: op === 'IN' ? 'MULTI_SELECT' : 'SELECT' };
  if (def.type === 'LONG_TEXT') return { ...def, type: 'TEXT' };
  return def;
}

/** The same condition on a custom field: the value is kept while its input stays the same. */
export function withCustomField(c: DraftCondition, def: CustomFieldChoice, op?: string): DraftCondition {
  const ops = customOpsOf(def.type);
  const nextOp = op && ops.includes(op as CustomOp) ? op : ops[0];
  const before = c.field === 'custom' && c.customKey === def.key ? c.op : null;
  const keep = before !== null && customShape(def, before)?.type === customShape(def, nextOp)?.type;
  return { ...c, field: 'custom', customKey: def.key, op: nextOp, value: keep ? c.value : null };
}

const isBlank = (v: unknown) =>
  v === null ||
  v === undefined ||
  (typeof v === 'string' && v.trim() === '') ||
  (Array.isArray(v) && !v.length);

export interface DraftRules {
  match: Match;
  conditions: DraftCondition[];
  /** Nested groups from a rule saved through the API, kept unchanged. */
  nested: unknown[];
}

let nextKey = 0;
const newKey = () => `c${(nextKey += 1)}`;

export function editorOf(field: RuleField, op: string): ValueEditor {
  const ops: Record<string, ValueEditor> = RULE_FIELDS[field];
  return ops[op] ?? { type: 'none' };
}

export function opsOf(field: RuleField): string[] {
  return Object.keys(RULE_FIELDS[field]);
}

function emptyValue(editor: ValueEditor): unknown {
  switch (editor.type) {
    case 'enum':
    case 'words':
    case 'areas':
      return [];
    case 'oneEnum':
      return CUSTOMER_ENUMS[editor.of][0];
    case 'days':
      return 365;
    case 'date':
      return '';
    case 'none':
      return undefined;
  }
}

/** A new condition on `field` with its first operator and an empty value. */
export function newCondition(field: RuleField = 'kind'): DraftCondition {
  const op = opsOf(field)[0];
  return { key: newKey(), field, op, value: emptyValue(editorOf(field, op)) };
}

/** The same condition on another field or operator; the value is kept when its shape still fits. */
export function withFieldOp(c: DraftCondition, field: RuleField, op: string): DraftCondition {
  const ops = opsOf(field);
  const nextOp = ops.includes(op) ? op : ops[0];
  const after = editorOf(field, nextOp);
  const keep = c.field !== 'custom' && JSON.stringify(editorOf(c.field, c.op)) === JSON.stringify(after);
  return { ...c, field, customKey: undefined, op: nextOp, value: keep ? c.value : emptyValue(after) };
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The builder's form of a saved rule. */
export function toDraft(rules: unknown): DraftRules {
  const group = isRecord(rules) ? rules : {};
  const match: Match = group.match === 'ANY' ? 'ANY' : 'ALL';
  const conditions: DraftCondition[] = [];
  const nested: unknown[] = [];
  for (const c of Array.isArray(group.conditions) ? group.conditions : []) {
    if (isRecord(c) && c.field === 'custom' && typeof c.key === 'string')
      conditions.push({
        key: newKey(),
        field: 'custom',
        customKey: c.key,
        op: c.op === 'EMPTY' && c.value === false ? 'NOT_EMPTY' : String(c.op),
        value: c.value,
      });
    else if (isRecord(c) && typeof c.field === 'string' && Object.hasOwn(RULE_FIELDS, c.field))
      conditions.push({ key: newKey(), field: c.field as RuleField, op: String(c.op), value: c.value });
    else nested.push(c);
  }
  return { match, conditions, nested };
}

/** A condition whose value is missing: the builder names it instead of sending it. */
export function isIncomplete(c: DraftCondition): boolean {
  if (c.field === 'custom') return c.op !== 'EMPTY' && c.op !== 'NOT_EMPTY' && isBlank(c.value);
  const editor = editorOf(c.field, c.op);
  switch (editor.type) {
    case 'enum':
    case 'words':
    case 'areas':
      return !Array.isArray(c.value) || c.value.length === 0;
    case 'oneEnum':
    case 'date':
      return typeof c.value !== 'string' || c.value === '';
    case 'days':
      return typeof c.value !== 'number' || !Number.isInteger(c.value) || c.value < 1;
    case 'none':
      return false;
  }
}

/** The rule as the API takes it. */
export function toRules(draft: DraftRules): { match: Match; conditions: unknown[] } {
  return {
    match: draft.match,
    conditions: [
      ...draft.conditions.map(({ field, customKey, op, value }) => {
        if (field === 'custom') return customRule(customKey ?? '', op, value);
        return editorOf(field, op).type === 'none' ? { field, op } : { field, op, value };
      }),
      ...draft.nested,
    ],
  };
}

function customRule(key: string, op: string, value: unknown) {
  if (op === 'EMPTY') return { field: 'custom', key, op };
  if (op === 'NOT_EMPTY') return { field: 'custom', key, op: 'EMPTY', value: false };
  return { field: 'custom', key, op, value: typeof value === 'string' ? value.trim() : value };
}

/** "해운대구 우동" ⇄ { sigungu: '해운대구', eupmyeondong: '우동' } (the tenant is one 시·도). */
export function areaFromText(text: string): Area | null {
  const [sigungu, ...rest] = text.trim().split(/\s+/);
  if (!sigungu) return null;
  const eupmyeondong = rest.join(' ');
  return eupmyeondong ? { sigungu, eupmyeondong } : { sigungu };
}

export function areaText(area: unknown): string {
  if (!isRecord(area)) return '';
  return [area.sido, area.sigungu, area.eupmyeondong].filter((p) => typeof p === 'string' && p).join(' ');
}
