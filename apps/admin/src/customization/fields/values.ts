import type { CustomFieldType } from '../../graphql/generated/graphql';
import type { Lang } from '../../i18n';
import type { FieldDefinition } from './queries';

/** What a form needs of a definition to draw, check and convert its value (the designer builds one for the default). */
export type ValueShape = Pick<FieldDefinition, 'type' | 'options' | 'rules' | 'required'> &
  Partial<Pick<FieldDefinition, 'key' | 'labelKo' | 'labelEn' | 'helpKo' | 'helpEn' | 'canEdit'>>;

export interface AddressValue {
  postalCode?: string;
  road?: string;
  detail?: string;
}

/** A value as the form holds it: text as typed, numbers, `'true'`/`'false'`, option values, an address. */
export type FormValue = string | number | string[] | AddressValue | null | undefined;

export const FIELD_TYPES: readonly CustomFieldType[] = [
  'TEXT',
  'LONG_TEXT',
  'INTEGER',
  'DECIMAL',
  'DATE',
  'DATETIME',
  'BOOLEAN',
  'SELECT',
  'MULTI_SELECT',
  'PHONE',
  'EMAIL',
  'URL',
  'ADDRESS',
  'CUSTOMER_REF',
  'DEPARTMENT_REF',
];

const TEXTUAL: ReadonlySet<CustomFieldType> = new Set(['TEXT', 'LONG_TEXT', 'PHONE', 'EMAIL', 'URL']);
const NUMERIC: ReadonlySet<CustomFieldType> = new Set(['INTEGER', 'DECIMAL']);
const CHOICE: ReadonlySet<CustomFieldType> = new Set(['SELECT', 'MULTI_SELECT']);

/** Which value rules a type takes (the designer shows only those). */
export const takesLength = (type: CustomFieldType) => TEXTUAL.has(type);
/** A phone's pattern is the API's own (an admin's pattern would be overridden). */
export const takesPattern = (type: CustomFieldType) => type === 'TEXT' || type === 'LONG_TEXT';
export const takesRange = (type: CustomFieldType) => NUMERIC.has(type);
export const takesOptions = (type: CustomFieldType) => CHOICE.has(type);

const SORTABLE: ReadonlySet<CustomFieldType> = new Set([
  'TEXT',
  'PHONE',
  'EMAIL',
  'URL',
  'SELECT',
  'DATE',
  'DATETIME',
  'INTEGER',
  'DECIMAL',
  'BOOLEAN',
]);
/** The types a customer list may be ordered by (the API's `CustomFieldFilters.sort` takes the same). */
export const sortableType = (type: CustomFieldType) => SORTABLE.has(type);

export const fieldLabel = (d: Pick<FieldDefinition, 'labelKo' | 'labelEn' | 'key'>, lang: Lang) =>
  (lang === 'en' ? d.labelEn : d.labelKo) || d.labelKo || d.key;

export const fieldHelp = (d: Pick<FieldDefinition, 'helpKo' | 'helpEn'>, lang: Lang) =>
  (lang === 'en' ? d.helpEn || d.helpKo : d.helpKo) || undefined;

const pad = (n: number) => String(n).padStart(2, '0');

/** An ISO instant as the `datetime-local` input's local `YYYY-MM-DDTHH:mm`. */
function localDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A stored value as the form shows it; a value of another shape (e.g. a masked one) is shown as text or left empty. */
export function toFormValue(d: ValueShape, value: unknown): FormValue {
  if (value === null || value === undefined) return undefined;
  switch (d.type) {
    case 'INTEGER':
    case 'DECIMAL':
      return typeof value === 'number' ? value : undefined;
    case 'BOOLEAN':
      return typeof value === 'boolean' ? String(value) : undefined;
    case 'MULTI_SELECT':
      return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : undefined;
    case 'DATETIME':
      return typeof value === 'string' ? localDateTime(value) : undefined;
    case 'ADDRESS':
      return typeof value === 'object' && !Array.isArray(value) ? { ...(value as AddressValue) } : undefined;
    default:
      return typeof value === 'string' ? value : String(value);
  }
}

const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

/** The form's value as the API takes it; `null` when empty. */
export function fromFormValue(d: ValueShape, value: FormValue): unknown {
  switch (d.type) {
    case 'INTEGER':
    case 'DECIMAL':
      return typeof value === 'number' && Number.isFinite(value) ? value : null;
    case 'BOOLEAN':
      return value === 'true' ? true : value === 'false' ? false : null;
    case 'MULTI_SELECT':
      return Array.isArray(value) && value.length ? value : null;
    case 'DATETIME': {
      const local = text(value);
      const d2 = local ? new Date(local) : null;
      return d2 && !Number.isNaN(d2.getTime()) ? d2.toISOString() : null;
    }
    case 'ADDRESS': {
      const a = (value ?? {}) as AddressValue;
      const road = text(a.road);
      const postalCode = text(a.postalCode);
      const detail = text(a.detail);
      if (!road && !postalCode && !detail) return null;
      return {
        road,
        ...(postalCode ? { postalCode } : {}),
        ...(detail ? { detail } : {}),
      };
    }
    default:
      return text(value) || null;
  }
}

export type FormValues = Record<string, FormValue>;

/** The form values of a record's custom fields; a new record (no `stored`) starts from the defaults. */
export function formValuesOf(defs: readonly FieldDefinition[], stored?: unknown): FormValues {
  const values = (stored && typeof stored === 'object' ? stored : undefined) as
    Record<string, unknown> | undefined;
  return Object.fromEntries(
    defs.map((d) => [d.key, toFormValue(d, values ? values[d.key] : d.defaultValue)]),
  );
}

/**
 * The `customFields` patch of a write: on create every filled editable field; on update only the fields the
 * user changed (a masked value the user did not touch is never sent back), `null` for a cleared one.
 * `undefined` when there is nothing to send.
 */
export function customFieldsPatch(
  defs: readonly FieldDefinition[],
  after: FormValues | undefined,
  before?: FormValues,
): Record<string, unknown> | undefined {
  const patch: Record<string, unknown> = {};
  for (const d of defs) {
    if (!d.canEdit) continue;
    const next = fromFormValue(d, after?.[d.key]);
    if (before) {
      if (JSON.stringify(fromFormValue(d, before[d.key])) !== JSON.stringify(next)) patch[d.key] = next;
    } else if (next !== null) patch[d.key] = next;
  }
  return Object.keys(patch).length ? patch : undefined;
}

const optionLabel = (d: ValueShape, value: string, lang: Lang) => {
  const o = d.options.find((x) => x.value === value);
  return o ? (lang === 'en' ? o.labelEn || o.labelKo : o.labelKo) : value;
};

/**
 * A stored value as text for a detail page; `undefined` when empty. Values of another shape than the type's
 * (the API's masked personal data) are shown as they came.
 */
export function displayValue(
  d: ValueShape,
  value: unknown,
  lang: Lang,
  words: { yes: string; no: string },
): string | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  switch (d.type) {
    case 'BOOLEAN':
      return typeof value === 'boolean' ? (value ? words.yes : words.no) : String(value);
    case 'SELECT':
      return typeof value === 'string' ? optionLabel(d, value, lang) : String(value);
    case 'MULTI_SELECT':
      return Array.isArray(value)
        ? value.map((v) => optionLabel(d, String(v), lang)).join(', ') || undefined
        : String(value);
    case 'DATETIME': {
      if (typeof value !== 'string') return String(value);
      const at = new Date(value);
      return Number.isNaN(at.getTime())
        ? value
        : at.toLocaleString(lang === 'en' ? 'en-GB' : 'ko-KR', { dateStyle: 'medium', timeStyle: 'short' });
    }
    case 'DECIMAL':
    case 'INTEGER':
      return typeof value === 'number'
        ? value.toLocaleString(lang === 'en' ? 'en-GB' : 'ko-KR')
        : String(value);
    case 'ADDRESS': {
      if (typeof value !== 'object' || Array.isArray(value)) return String(value);
      const a = value as AddressValue;
      return [a.road, a.detail].filter(Boolean).join(' ') + (a.postalCode ? ` (${a.postalCode})` : '');
    }
    default:
      return typeof value === 'string' ? value : JSON.stringify(value);
  }
}

/** Whether `pattern` compiles as the API's validator (Ajv, Unicode regular expressions) compiles it. */
export function validPattern(pattern: string): boolean {
  try {
    new RegExp(pattern, 'u');
    return true;
  } catch {
    return false;
  }
}
