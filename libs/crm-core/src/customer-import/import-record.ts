import { householdKey, isMobile, nameKey, normalizeEmail, normalizePhone } from '../customer-keys';
import { parseSpreadsheetText, type CustomFieldDefinitionData } from '@pcrm/customization';
import { FIELD_LABELS, ImportField, type CustomColumn } from './column-mapping';
import type { ImportRow } from './import-file';
import { IMPORT_LIMITS } from './import-limits';

/** One valid row, normalized: what an import creates or merges. */
export interface ImportRecord {
  line: number;
  partyType: 'PERSON' | 'ORGANIZATION';
  name: string;
  birthDate: string | null;
  sex: 'MALE' | 'FEMALE' | null;
  /** National digits (customer-keys `normalizePhone`). */
  mobile: string | null;
  homePhone: string | null;
  workPhone: string | null;
  /** As written (trimmed); matched by its lower-case form. */
  email: string | null;
  sido: string | null;
  sigungu: string | null;
  eupmyeondong: string | null;
  roadAddress: string | null;
  jibunAddress: string | null;
  buildingNo: string | null;
  addressDetail: string | null;
  postalCode: string | null;
  businessNo: string | null;
  representativeName: string | null;
  tags: string[];
  /** The row's custom values as a patch of a new record (checked by the custom-field validator next). */
  customFields: Record<string, unknown>;
}

/** A custom-field column of an import: the definition the spreadsheet text is read as. */
export type ImportCustomColumn = CustomColumn<CustomFieldDefinitionData>;

export interface RowError {
  line: number;
  column: string | null;
  field: ImportField | null;
  code: string;
  message: string;
  messageEn: string;
}

/** Control and invisible format characters (line breaks and tabs inside a cell become spaces first). */
const CONTROL = /[\p{Cc}\p{Cf}]/u;

const DATE = /^(\d{4})[-./]?(\d{1,2})[-./]?(\d{1,2})\.?$/u;

/** 1990-03-05, 19900305, 1990.3.5, 1990/03/05 → 1990-03-05; null when not a real date 1900..today. */
export function parseBirthDate(text: string): string | null {
  const m = DATE.exec(text.replace(/\s/gu, ''));
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  if (y < 1900 || date.getTime() > Date.now()) return null;
  return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const SEX: Record<string, 'MALE' | 'FEMALE'> = {
  남: 'MALE',
  남자: 'MALE',
  남성: 'MALE',
  m: 'MALE',
  male: 'MALE',
  '1': 'MALE',
  여: 'FEMALE',
  여자: 'FEMALE',
  여성: 'FEMALE',
  f: 'FEMALE',
  female: 'FEMALE',
  '2': 'FEMALE',
};

const PARTY: Record<string, 'PERSON' | 'ORGANIZATION'> = {
  개인: 'PERSON',
  person: 'PERSON',
  법인: 'ORGANIZATION',
  단체: 'ORGANIZATION',
  기관: 'ORGANIZATION',
  '법인·단체': 'ORGANIZATION',
  organization: 'ORGANIZATION',
};

const ERRORS = {
  REQUIRED: (l: { ko: string; en: string }) => [`${l.ko} 값이 비어 있습니다.`, `The ${l.en} is empty.`],
  TOO_LONG: (l: { ko: string; en: string }) => [
    `${l.ko} 값이 ${IMPORT_LIMITS.maxCellLength}자를 넘습니다.`,
    `The ${l.en} is longer than ${IMPORT_LIMITS.maxCellLength} characters.`,
  ],
  CONTROL_CHARACTER: (l: { ko: string; en: string }) => [
    `${l.ko} 값에 보이지 않는 제어 문자가 있습니다.`,
    `The ${l.en} contains a control character.`,
  ],
  INVALID_MOBILE: () => [
    '휴대전화 번호가 올바르지 않습니다 (예: 010-1234-5678).',
    'Not a mobile number (e.g. 010-1234-5678).',
  ],
  INVALID_PHONE: (l: { ko: string; en: string }) => [
    `${l.ko} 번호가 올바르지 않습니다 (예: 051-123-4567).`,
    `The ${l.en} is not a Korean phone number (e.g. 051-123-4567).`,
  ],
  INVALID_EMAIL: () => [
    '이메일 주소가 올바르지 않습니다 (예: hong@example.com).',
    'Not an e-mail address (e.g. hong@example.com).',
  ],
  INVALID_DATE: () => [
    '생년월일이 올바른 날짜가 아닙니다 (예: 1990-03-05, 1900년 이후, 미래 불가).',
    'The birth date is not a valid date (e.g. 1990-03-05, from 1900, not in the future).',
  ],
  INVALID_SEX: () => ['성별은 남 또는 여 여야 합니다.', 'Sex must be 남 (male) or 여 (female).'],
  INVALID_PARTY_TYPE: () => [
    '고객 유형은 개인 또는 법인·단체여야 합니다.',
    'Party type must be 개인 (person) or 법인·단체 (organization).',
  ],
  INVALID_POSTAL_CODE: () => ['우편번호는 숫자 5자리여야 합니다.', 'The postal code must be 5 digits.'],
  INVALID_BUSINESS_NO: () => [
    '사업자등록번호는 숫자 10자리여야 합니다.',
    'The business registration number must be 10 digits.',
  ],
} as const;
type ErrorCodeName = keyof typeof ERRORS;

/**
 * Validates and normalizes one row. Keys come from customer-keys (the same as every other writer), so
 * matching compares like with like. Errors name the row's line and the column as the file spells it.
 */
export function toImportRecord(
  row: ImportRow,
  columns: Map<ImportField, number>,
  headers: readonly string[],
  customColumns: readonly ImportCustomColumn[] = [],
): { record: ImportRecord | null; errors: RowError[] } {
  const errors: RowError[] = [];
  const fail = (field: ImportField, code: ErrorCodeName) => {
    const [message, messageEn] = ERRORS[code](FIELD_LABELS[field]);
    const i = columns.get(field);
    errors.push({
      line: row.line,
      column: i === undefined ? null : headers[i],
      field,
      code,
      message,
      messageEn,
    });
    return null;
  };
  const text = (field: ImportField): string | null => {
    const i = columns.get(field);
    const raw = i === undefined ? '' : (row.cells[i] ?? '');
    const value = raw
      .normalize('NFC')
      .replace(/[\r\n\t]+/gu, ' ')
      .trim();
    if (value === '') return null;
    if (value.length > IMPORT_LIMITS.maxCellLength) return fail(field, 'TOO_LONG');
    if (CONTROL.test(value)) return fail(field, 'CONTROL_CHARACTER');
    return value;
  };
  const phone = (field: ImportField, code: 'INVALID_MOBILE' | 'INVALID_PHONE', mobile: boolean) => {
    const value = text(field);
    if (value === null) return null;
    const digits = normalizePhone(value);
    if (!digits || (mobile && !isMobile(digits))) return fail(field, code);
    return digits;
  };
  const coded = <T>(field: ImportField, table: Record<string, T>, code: ErrorCodeName): T | null => {
    const value = text(field);
    if (value === null) return null;
    const key = value.toLowerCase().replace(/\s/gu, '');
    return Object.hasOwn(table, key) ? table[key] : fail(field, code);
  };

  const name = text(ImportField.NAME);
  if (name === null && !errors.length) fail(ImportField.NAME, 'REQUIRED');
  const birthText = text(ImportField.BIRTH_DATE);
  const birthDate =
    birthText === null ? null : (parseBirthDate(birthText) ?? fail(ImportField.BIRTH_DATE, 'INVALID_DATE'));
  const emailText = text(ImportField.EMAIL);
  const email =
    emailText === null
      ? null
      : normalizeEmail(emailText)
        ? emailText
        : fail(ImportField.EMAIL, 'INVALID_EMAIL');
  const postalText = text(ImportField.POSTAL_CODE);
  const postalCode =
    postalText === null
      ? null
      : /^\d{5}$/u.test(postalText)
        ? postalText
        : fail(ImportField.POSTAL_CODE, 'INVALID_POSTAL_CODE');
  const businessText = text(ImportField.BUSINESS_NO);
  const businessDigits = businessText?.replace(/[\s-]/gu, '') ?? null;
  const businessNo =
    businessDigits === null
      ? null
      : /^\d{10}$/u.test(businessDigits)
        ? businessDigits
        : fail(ImportField.BUSINESS_NO, 'INVALID_BUSINESS_NO');
  const record: ImportRecord = {
    line: row.line,
    partyType:
      coded(ImportField.PARTY_TYPE, PARTY, 'INVALID_PARTY_TYPE') ?? (businessNo ? 'ORGANIZATION' : 'PERSON'),
    name: name ?? '',
    birthDate,
    sex: coded(ImportField.SEX, SEX, 'INVALID_SEX'),
    mobile: phone(ImportField.MOBILE, 'INVALID_MOBILE', true),
    homePhone: phone(ImportField.HOME_PHONE, 'INVALID_PHONE', false),
    workPhone: phone(ImportField.WORK_PHONE, 'INVALID_PHONE', false),
    email,
    sido: text(ImportField.SIDO),
    sigungu: text(ImportField.SIGUNGU),
    eupmyeondong: text(ImportField.EUPMYEONDONG),
    roadAddress: text(ImportField.ROAD_ADDRESS),
    jibunAddress: text(ImportField.JIBUN_ADDRESS),
    buildingNo: text(ImportField.BUILDING_NO),
    addressDetail: text(ImportField.ADDRESS_DETAIL),
    postalCode,
    businessNo,
    representativeName: text(ImportField.REPRESENTATIVE_NAME),
    tags: [
      ...new Set(
        (text(ImportField.TAGS) ?? '')
          .split(/[,;|]/u)
          .map((t) => t.trim())
          .filter(Boolean),
      ),
    ],
    customFields: {},
  };
  for (const c of customColumns) {
    const raw = (row.cells[c.index] ?? '').replace(/[\r\n\t]+/gu, ' ');
    if (raw.length > IMPORT_LIMITS.maxCellLength || CONTROL.test(raw)) {
      const label = { ko: c.def.labelKo, en: c.def.key };
      const [message, messageEn] = ERRORS[CONTROL.test(raw) ? 'CONTROL_CHARACTER' : 'TOO_LONG'](label);
      errors.push({ ...customError(row.line, c.column), message, messageEn });
      continue;
    }
    const parsed = parseSpreadsheetText(c.def, raw);
    if (parsed === null) continue;
    if ('problem' in parsed)
      errors.push({
        ...customError(row.line, c.column),
        message: `${c.def.labelKo}: ${parsed.problem.ko}`,
        messageEn: `${c.def.key}: ${parsed.problem.en}`,
      });
    else record.customFields[c.def.key] = parsed.value;
  }
  return { record: errors.length ? null : record, errors };
}

/** Where a custom value's problem is reported: the row, the column as the file spells it. */
export const customError = (line: number, column: string | null) => ({
  line,
  column,
  field: ImportField.CUSTOM_FIELD,
  code: 'INVALID_CUSTOM_FIELD',
});

/** The household of a record (customer-keys), for matching and for the row it creates. */
export const recordHousehold = (r: ImportRecord): string | null => householdKey(r);

/** The same person across spellings of the name: no spaces, NFC, lower case (customer-keys `nameKey`). */
export const recordNameKey = (r: ImportRecord): string => nameKey(r.name);
