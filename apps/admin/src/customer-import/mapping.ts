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

/** field → column of the file. */
export type Mapping = Partial<Record<ImportField, string>>;

export function toMapping(
  rows: readonly { field: string; column: string }[],
  headers: readonly string[],
): Mapping {
  const out: Mapping = {};
  for (const { field, column } of rows)
    if ((IMPORT_FIELDS as readonly string[]).includes(field) && headers.includes(column))
      out[field as ImportField] = column;
  return out;
}

export function toMappingInput(m: Mapping): { field: ImportField; column: string }[] {
  return IMPORT_FIELDS.filter((f) => m[f]).map((f) => ({ field: f, column: m[f]! }));
}

/** Fields that must be mapped and are not. */
export function missingRequired(m: Mapping): ImportField[] {
  return REQUIRED_IMPORT_FIELDS.filter((f) => !m[f]);
}
