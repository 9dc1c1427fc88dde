import type { ImportField } from '../graphql/generated/graphql';

/** The customer fields a column can fill, in the order the wizard lists them (NAME is required). */
export const IMPORT_FIELDS: readonly ImportField[] = [
  'NAME',
  'PARTY_TYPE',
  'BIRTH_DATE',
  'SEX',
  'MOBILE',
  'HOME_PHONE',
  'WORK_PHONE',
  'EMAIL',
  'SIDO',
  'SIGUNGU',
  'EUPMYEONDONG',
  'ROAD_ADDRESS',
  'JIBUN_ADDRESS',
  'BUILDING_NO',
  'ADDRESS_DETAIL',
  'POSTAL_CODE',
  'BUSINESS_NO',
  'REPRESENTATIVE_NAME',
  'TAGS',
];
export const REQUIRED_IMPORT_FIELDS: readonly ImportField[] = ['NAME'];

/** A custom field's key in a `Mapping` (`custom:<key>`), beside the core fields. */
export const customTarget = (key: string) => `custom:${key}`;
const CUSTOM = /^custom:(.+)$/u;

/** Target (a core field or `custom:<key>`) → column of the file. */
export type Mapping = Partial<Record<string, string>>;

/**
 * A stored or suggested mapping for this file: the core fields and every custom field (`toMappingInput` keeps
 * only those the importer may fill, so a mapping read before the definitions load loses none).
 */
export function toMapping(
  rows: readonly { field: string; column: string; customField?: string | null }[],
  headers: readonly string[],
): Mapping {
  const out: Mapping = {};
  for (const { field, column, customField } of rows) {
    if (!headers.includes(column)) continue;
    if ((IMPORT_FIELDS as readonly string[]).includes(field)) out[field] = column;
    else if (field === 'CUSTOM_FIELD' && customField) out[customTarget(customField)] = column;
  }
  return out;
}

/** The mapping as the API takes it: the core fields, then the custom fields in `customKeys`. */
export function toMappingInput(
  m: Mapping,
  customKeys: readonly string[],
): { field: ImportField; column: string; customField?: string }[] {
  const custom = Object.entries(m).flatMap(([target, column]) => {
    const key = CUSTOM.exec(target)?.[1];
    return key && column && customKeys.includes(key)
      ? [{ field: 'CUSTOM_FIELD' as ImportField, column, customField: key }]
      : [];
  });
  return [...IMPORT_FIELDS.filter((f) => m[f]).map((f) => ({ field: f, column: m[f]! })), ...custom];
}

/** Fields that must be mapped and are not. */
export function missingRequired(m: Mapping): ImportField[] {
  return REQUIRED_IMPORT_FIELDS.filter((f) => !m[f]);
}
