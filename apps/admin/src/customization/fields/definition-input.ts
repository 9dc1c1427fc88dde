import type {
  CustomFieldType,
  DefineCustomFieldInput,
  UpdateCustomFieldInput,
} from '../../graphql/generated/graphql';
import type { FieldDefinition } from './queries';
import {
  fromFormValue,
  takesLength,
  takesOptions,
  takesPattern,
  takesRange,
  toFormValue,
  type FormValue,
} from './values';

/** The designer form's values: a definition's attributes as the inputs hold them. */
export interface DefinitionFormValues {
  key: string;
  labelKo: string;
  labelEn: string;
  type: CustomFieldType;
  required: boolean;
  defaultValue?: FormValue;
  rules?: {
    minLength?: number | null;
    maxLength?: number | null;
    minimum?: number | null;
    maximum?: number | null;
    pattern?: string | null;
  };
  options?: { value: string; labelKo: string; labelEn: string }[];
  helpKo?: string | null;
  helpEn?: string | null;
  group?: string | null;
  readRoles: string[];
  editRoles: string[];
  personalData: boolean;
}

export const NEW_DEFINITION: DefinitionFormValues = {
  key: '',
  labelKo: '',
  labelEn: '',
  type: 'TEXT',
  required: false,
  rules: {},
  options: [],
  readRoles: [],
  editRoles: [],
  personalData: false,
};

export function formOfDefinition(d: FieldDefinition): DefinitionFormValues {
  return {
    key: d.key,
    labelKo: d.labelKo,
    labelEn: d.labelEn,
    type: d.type,
    required: d.required,
    defaultValue: toFormValue(d, d.defaultValue),
    rules: { ...d.rules },
    options: d.options.map((o) => ({ ...o })),
    helpKo: d.helpKo,
    helpEn: d.helpEn,
    group: d.group,
    readRoles: [...d.readRoles],
    editRoles: [...d.editRoles],
    personalData: d.personalData,
  };
}

const trimmedOrNull = (s: string | null | undefined) => s?.trim() || null;
const numberOrNull = (n: number | null | undefined) => (typeof n === 'number' ? n : null);

/** The attributes of a definition the API takes, only those its type uses, empty ones as `null`. */
function attributes(v: DefinitionFormValues) {
  const r = v.rules ?? {};
  const rules = {
    minLength: takesLength(v.type) ? numberOrNull(r.minLength) : null,
    maxLength: takesLength(v.type) ? numberOrNull(r.maxLength) : null,
    minimum: takesRange(v.type) ? numberOrNull(r.minimum) : null,
    maximum: takesRange(v.type) ? numberOrNull(r.maximum) : null,
    pattern: takesPattern(v.type) ? trimmedOrNull(r.pattern) : null,
  };
  const options = takesOptions(v.type)
    ? (v.options ?? []).map((o) => ({
        value: o.value.trim(),
        labelKo: o.labelKo.trim(),
        labelEn: o.labelEn.trim(),
      }))
    : [];
  return {
    labelKo: v.labelKo.trim(),
    labelEn: v.labelEn.trim(),
    type: v.type,
    required: v.required,
    defaultValue: fromFormValue({ type: v.type, options, rules, required: false }, v.defaultValue),
    rules: Object.values(rules).some((x) => x !== null) ? rules : null,
    options,
    helpKo: trimmedOrNull(v.helpKo),
    helpEn: trimmedOrNull(v.helpEn),
    group: trimmedOrNull(v.group),
    readRoles: [...v.readRoles],
    editRoles: [...v.editRoles],
    personalData: v.personalData,
  };
}

/** A new field; the API puts it last in its group. */
export function defineInput(entity: string, v: DefinitionFormValues): DefineCustomFieldInput {
  return { entity, key: v.key.trim(), ...attributes(v) };
}

/** Only the attributes the admin changed. */
export function updateInput(before: FieldDefinition, after: DefinitionFormValues): UpdateCustomFieldInput {
  const a = attributes(formOfDefinition(before));
  const b = attributes(after);
  const input: Record<string, unknown> = {};
  for (const k of Object.keys(b) as (keyof typeof b)[])
    if (JSON.stringify(a[k]) !== JSON.stringify(b[k])) input[k] = b[k];
  return input as UpdateCustomFieldInput;
}

/**
 * A change stored values may not fit (another type, made required, narrower rules or fewer options) is first
 * checked against them.
 */
export function needsCheck(before: FieldDefinition, input: UpdateCustomFieldInput): boolean {
  return (
    (input.type != null && input.type !== before.type) ||
    (input.required === true && !before.required) ||
    input.rules !== undefined ||
    input.options !== undefined
  );
}
