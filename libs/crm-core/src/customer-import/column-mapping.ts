import { badImportInput, type ImportInputError } from './import-input-error';

/** The customer fields a column can fill. */
export enum ImportField {
  NAME = 'NAME',
  PARTY_TYPE = 'PARTY_TYPE',
  BIRTH_DATE = 'BIRTH_DATE',
  SEX = 'SEX',
  MOBILE = 'MOBILE',
  HOME_PHONE = 'HOME_PHONE',
  WORK_PHONE = 'WORK_PHONE',
  EMAIL = 'EMAIL',
  SIDO = 'SIDO',
  SIGUNGU = 'SIGUNGU',
  EUPMYEONDONG = 'EUPMYEONDONG',
  ROAD_ADDRESS = 'ROAD_ADDRESS',
  JIBUN_ADDRESS = 'JIBUN_ADDRESS',
  BUILDING_NO = 'BUILDING_NO',
  ADDRESS_DETAIL = 'ADDRESS_DETAIL',
  POSTAL_CODE = 'POSTAL_CODE',
  BUSINESS_NO = 'BUSINESS_NO',
  REPRESENTATIVE_NAME = 'REPRESENTATIVE_NAME',
  TAGS = 'TAGS',
  /** One of the tenant's custom fields, named by `customField` (ADR 0022). */
  CUSTOM_FIELD = 'CUSTOM_FIELD',
}

export const REQUIRED_FIELDS: readonly ImportField[] = [ImportField.NAME];

/** Columns one mapping may connect: what the API accepts, stores and returns whole (a suggestion stops there). */
export const MAX_MAPPING_COLUMNS = 40;

export const FIELD_LABELS: Record<ImportField, { ko: string; en: string }> = {
  NAME: { ko: '이름', en: 'name' },
  PARTY_TYPE: { ko: '고객 유형', en: 'party type' },
  BIRTH_DATE: { ko: '생년월일', en: 'birth date' },
  SEX: { ko: '성별', en: 'sex' },
  MOBILE: { ko: '휴대전화', en: 'mobile' },
  HOME_PHONE: { ko: '자택 전화', en: 'home phone' },
  WORK_PHONE: { ko: '직장 전화', en: 'work phone' },
  EMAIL: { ko: '이메일', en: 'e-mail' },
  SIDO: { ko: '시·도', en: 'province' },
  SIGUNGU: { ko: '시·군·구', en: 'city/county/district' },
  EUPMYEONDONG: { ko: '읍·면·동', en: 'town/neighbourhood' },
  ROAD_ADDRESS: { ko: '도로명주소', en: 'road address' },
  JIBUN_ADDRESS: { ko: '지번주소', en: 'lot-number address' },
  BUILDING_NO: { ko: '건물번호', en: 'building number' },
  ADDRESS_DETAIL: { ko: '상세주소', en: 'address detail' },
  POSTAL_CODE: { ko: '우편번호', en: 'postal code' },
  BUSINESS_NO: { ko: '사업자등록번호', en: 'business registration number' },
  REPRESENTATIVE_NAME: { ko: '대표자', en: 'representative' },
  TAGS: { ko: '태그', en: 'tags' },
  CUSTOM_FIELD: { ko: '사용자 정의 항목', en: 'custom field' },
};

/** Header spellings of Korean office lists, compared without spaces, dots and case. */
const SYNONYMS: Record<ImportField, string[]> = {
  NAME: ['이름', '성명', '고객명', '기관명', '단체명', '법인명', 'name'],
  PARTY_TYPE: ['고객유형', '구분', '개인법인', 'partytype', 'type'],
  BIRTH_DATE: ['생년월일', '생일', '출생일', 'birthdate', 'birthday', 'dob'],
  SEX: ['성별', 'sex', 'gender'],
  MOBILE: ['휴대전화', '휴대폰', '핸드폰', '휴대전화번호', '휴대폰번호', '이동전화', 'mobile', 'cellphone'],
  HOME_PHONE: ['전화번호', '자택전화', '집전화', '일반전화', 'phone', 'homephone', 'tel'],
  WORK_PHONE: ['직장전화', '회사전화', '사무실전화', 'workphone'],
  EMAIL: ['이메일', '전자우편', '메일', 'email', 'e-mail'],
  SIDO: ['시도', '광역시도', 'sido'],
  SIGUNGU: ['시군구', 'sigungu'],
  EUPMYEONDONG: ['읍면동', '동', '행정동', 'eupmyeondong'],
  ROAD_ADDRESS: ['도로명주소', '주소', 'address', 'roadaddress'],
  JIBUN_ADDRESS: ['지번주소', 'jibunaddress'],
  BUILDING_NO: ['건물번호', 'buildingno'],
  ADDRESS_DETAIL: ['상세주소', '동호수', 'addressdetail'],
  POSTAL_CODE: ['우편번호', 'postalcode', 'zipcode', 'zip'],
  BUSINESS_NO: ['사업자등록번호', '사업자번호', 'businessno'],
  REPRESENTATIVE_NAME: ['대표자', '대표자명', 'representative'],
  TAGS: ['태그', '분류', 'tags'],
  CUSTOM_FIELD: [],
};

const headerKey = (h: string): string =>
  h
    .normalize('NFC')
    .replace(/[\s.·_\-/()]/gu, '')
    .toLowerCase();

export interface ColumnMapping {
  readonly field: ImportField;
  readonly column: string;
  /** The custom field's key when `field` is CUSTOM_FIELD. */
  readonly customField?: string | null;
}

/** A mapping as stored and returned: `customField` only on a custom-field column. */
export const storedMapping = (mapping: readonly ColumnMapping[]): ColumnMapping[] =>
  mapping.map(({ field, column, customField }) =>
    field === ImportField.CUSTOM_FIELD
      ? { field, column, customField: customField ?? null }
      : { field, column },
  );

/** The editable custom field a column fills: its definition and the column's index and name. */
export interface CustomColumn<D> {
  readonly def: D;
  readonly index: number;
  readonly column: string;
}

/**
 * The custom-field columns of a mapping, each an active field the importer may edit (`editable` by key);
 * an unknown, archived or not-editable key, a key mapped twice or a missing column refuses the mapping.
 */
export function resolveCustomColumns<D>(
  headers: readonly string[],
  mapping: readonly ColumnMapping[],
  editable: (key: string) => D | null,
): CustomColumn<D>[] {
  const out: CustomColumn<D>[] = [];
  for (const { field, column, customField } of mapping) {
    if (field !== ImportField.CUSTOM_FIELD) continue;
    const key = customField ?? '';
    const def = editable(key);
    if (!def)
      throw mappingError(
        `'${column}' 열을 연결한 '${key}' 은(는) 가져올 수 있는 사용자 정의 항목이 아닙니다 (없거나 보관되었거나 고칠 권한이 없음).`,
        `'${key}' (column '${column}') is not a custom field you may import (unknown, archived or not editable).`,
      );
    if (out.some((c) => c.def === def))
      throw mappingError(
        `사용자 정의 항목 '${key}' 이(가) 두 열에 연결되었습니다.`,
        `The custom field '${key}' is mapped to two columns.`,
      );
    const index = headers.indexOf(column.normalize('NFC').trim());
    if (index < 0)
      throw mappingError(
        `파일에 '${column}' 열이 없습니다 (사용자 정의 항목 '${key}' 연결).`,
        `The file has no column '${column}' (mapped to the custom field '${key}').`,
      );
    out.push({ def, index, column: headers[index] });
  }
  return out;
}

/**
 * The mapping a header suggests: each field to the first column spelled like it, then each custom field in
 * `custom` to a column spelled like its Korean label or its key (as an export heads it); each column used once,
 * at most MAX_MAPPING_COLUMNS columns.
 */
export function suggestMapping(
  headers: readonly string[],
  custom: readonly { key: string; labelKo: string }[] = [],
): ColumnMapping[] {
  const used = new Set<string>();
  const out: ColumnMapping[] = [];
  for (const field of Object.values(ImportField)) {
    const names = SYNONYMS[field].map(headerKey);
    const column = headers.find((h) => !used.has(h) && names.includes(headerKey(h)));
    if (column) {
      used.add(column);
      out.push({ field, column });
    }
  }
  for (const def of custom) {
    if (out.length >= MAX_MAPPING_COLUMNS) break;
    const names = [headerKey(def.labelKo), headerKey(def.key)];
    const column = headers.find((h) => !used.has(h) && names.includes(headerKey(h)));
    if (column) {
      used.add(column);
      out.push({ field: ImportField.CUSTOM_FIELD, column, customField: def.key });
    }
  }
  return out;
}

const mappingError = (ko: string, en: string): ImportInputError => badImportInput('mapping', ko, en);

/** Column index per field; refuses unknown columns, a field mapped twice and missing required fields. */
export function resolveMapping(
  headers: readonly string[],
  mapping: readonly ColumnMapping[],
): Map<ImportField, number> {
  const index = new Map<ImportField, number>();
  for (const { field, column } of mapping) {
    if (field === ImportField.CUSTOM_FIELD) continue;
    const i = headers.indexOf(column.normalize('NFC').trim());
    if (i < 0)
      throw mappingError(
        `파일에 '${column}' 열이 없습니다 (${FIELD_LABELS[field].ko} 연결).`,
        `The file has no column '${column}' (mapped to ${FIELD_LABELS[field].en}).`,
      );
    if (index.has(field))
      throw mappingError(
        `${FIELD_LABELS[field].ko} 항목이 두 열에 연결되었습니다.`,
        `The ${FIELD_LABELS[field].en} field is mapped to two columns.`,
      );
    index.set(field, i);
  }
  const missing = REQUIRED_FIELDS.filter((f) => !index.has(f));
  if (missing.length > 0)
    throw mappingError(
      `필수 항목의 열이 없습니다: ${missing.map((f) => FIELD_LABELS[f].ko).join(', ')}`,
      `Required columns are missing: ${missing.map((f) => FIELD_LABELS[f].en).join(', ')}`,
    );
  return index;
}
