/** The value types a custom field may have (issue 9 #1); the GraphQL enum `CustomFieldType` lists the same. */
export const CustomFieldType = {
  TEXT: 'TEXT',
  LONG_TEXT: 'LONG_TEXT',
  INTEGER: 'INTEGER',
  DECIMAL: 'DECIMAL',
  DATE: 'DATE',
  DATETIME: 'DATETIME',
  BOOLEAN: 'BOOLEAN',
  SELECT: 'SELECT',
  MULTI_SELECT: 'MULTI_SELECT',
  PHONE: 'PHONE',
  EMAIL: 'EMAIL',
  URL: 'URL',
  ADDRESS: 'ADDRESS',
  CUSTOMER_REF: 'CUSTOMER_REF',
  DEPARTMENT_REF: 'DEPARTMENT_REF',
} as const;
export type CustomFieldType = (typeof CustomFieldType)[keyof typeof CustomFieldType];
export const CUSTOM_FIELD_TYPES = Object.values(CustomFieldType);

export interface CustomFieldOptionData {
  value: string;
  labelKo: string;
  labelEn: string;
}

/** Validation rules; which apply depends on the type (lengths for text, a range for numbers and dates). */
export interface CustomFieldRulesData {
  minLength?: number | null;
  maxLength?: number | null;
  minimum?: number | null;
  maximum?: number | null;
  pattern?: string | null;
}

/** What an administrator decides about a field (everything but its identity and bookkeeping). */
export interface CustomFieldSpec {
  labelKo: string;
  labelEn: string;
  type: CustomFieldType;
  required: boolean;
  defaultValue: unknown;
  rules: CustomFieldRulesData;
  options: CustomFieldOptionData[];
  helpKo: string | null;
  helpEn: string | null;
  position: number;
  group: string | null;
  readRoles: string[];
  editRoles: string[];
  personalData: boolean;
}

/** The spec part of a definition (or of anything shaped like one), without its identity; no default is `null`. */
export const specOf = (d: CustomFieldSpec): CustomFieldSpec => ({
  labelKo: d.labelKo,
  labelEn: d.labelEn,
  type: d.type,
  required: d.required,
  defaultValue: d.defaultValue ?? null,
  rules: d.rules,
  options: d.options,
  helpKo: d.helpKo,
  helpEn: d.helpEn,
  position: d.position,
  group: d.group,
  readRoles: d.readRoles,
  editRoles: d.editRoles,
  personalData: d.personalData,
});

/** A stored definition. */
export interface CustomFieldDefinitionData extends CustomFieldSpec {
  id: string;
  entity: string;
  key: string;
  archived: boolean;
  version: number;
  updatedAt: Date;
  updatedBy: string;
}

/** Limits that keep definitions and values small (docs/adr/0022). */
export const CUSTOM_FIELD_LIMITS = {
  /** Fields per (tenant, entity), archived ones included: keys are never reused. */
  fieldsPerEntity: 200,
  label: 100,
  help: 500,
  group: 50,
  options: 200,
  optionValue: 50,
  pattern: 200,
  /** The longest value of each string type (a rule may only lower it). */
  text: 500,
  longText: 10_000,
  phone: 20,
  email: 254,
  url: 2_000,
  addressPart: 200,
} as const;

export const CUSTOM_FIELD_KEY = /^[a-z][a-z0-9_]{1,39}$/;

/** Whether `roles` may read / edit a field: an empty list means everyone who may read / write the record. */
export const mayRead = (def: Pick<CustomFieldSpec, 'readRoles'>, roles: readonly string[]): boolean =>
  def.readRoles.length === 0 || def.readRoles.some((r) => roles.includes(r));
export const mayEdit = (
  def: Pick<CustomFieldSpec, 'readRoles' | 'editRoles'>,
  roles: readonly string[],
): boolean =>
  mayRead(def, roles) && (def.editRoles.length === 0 || def.editRoles.some((r) => roles.includes(r)));
