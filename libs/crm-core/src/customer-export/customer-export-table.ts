import { maskAddress, maskDate, maskEmail, maskName, maskPhone } from '@pcrm/access';
import { maskedValue, spreadsheetText, type CustomFieldDefinitionData } from '@pcrm/customization';
import type { ExportRow, ExportTable } from '../department-export';
import { formatPhone } from '../customer-keys';
import type { ExportCustomerRow } from './customer-export.sql';

/** The personal fields an export holds (named as in the access log), masked without customer:personal:read. */
export const EXPORTED_PERSONAL_FIELDS = ['name', 'birthDate', 'phones', 'emails', 'address'];

const COLUMNS: [string, number][] = [
  ['고객번호', 10],
  ['구분', 6],
  ['고객 유형', 8],
  ['이름', 14],
  ['생년월일', 11],
  ['성별', 5],
  ['휴대전화', 15],
  ['전화', 15],
  ['이메일', 28],
  ['시·도', 12],
  ['시·군·구', 10],
  ['읍·면·동', 10],
  ['도로명 주소', 40],
  ['상세 주소', 16],
  ['우편번호', 8],
  ['태그', 20],
  ['출처', 12],
  ['최근 접촉', 17],
  ['등록일', 17],
];

const PARTY: Record<string, string> = { PERSON: '개인', ORGANIZATION: '단체' };
const KIND: Record<string, string> = { CURRENT: '현업', ACQUIRED: '입수', POLICY: '정책' };
const SEX: Record<string, string> = { MALE: '남', FEMALE: '여' };

/** A time as Korean staff read it: YYYY-MM-DD HH:mm in Korea. */
const koreanTime = (d: Date | null): string =>
  d ? d.toLocaleString('sv-SE', { timeZone: 'Asia/Seoul' }).slice(0, 16) : '';

/** Masked values keep what a list shows: 홍*동, 010-****-4211, h***@example.com, the birth year, the road. */
const masks = {
  name: maskName,
  birthDate: maskDate,
  phone: (digits: string) => maskPhone(formatPhone(digits)),
  email: maskEmail,
  address: maskAddress,
  detail: () => '***',
};

const shown = (value: string | null, mask: (v: string) => string, unmasked: boolean): string =>
  value === null || value === '' ? '' : unmasked ? value : mask(value);

function toExportRow(c: ExportCustomerRow, unmasked: boolean): ExportRow {
  return [
    String(c.customer_no),
    PARTY[c.party_type] ?? c.party_type,
    KIND[c.kind] ?? c.kind,
    shown(c.name, masks.name, unmasked),
    shown(c.birth_date, masks.birthDate, unmasked),
    c.sex ? (SEX[c.sex] ?? c.sex) : '',
    c.mobile ? (unmasked ? formatPhone(c.mobile) : masks.phone(c.mobile)) : '',
    c.phone ? (unmasked ? formatPhone(c.phone) : masks.phone(c.phone)) : '',
    shown(c.email, masks.email, unmasked),
    c.sido ?? '',
    c.sigungu ?? '',
    c.eupmyeondong ?? '',
    shown(c.road_address, masks.address, unmasked),
    shown(c.address_detail, masks.detail, unmasked),
    c.postal_code ?? '',
    c.tags.join(', '),
    c.source,
    koreanTime(c.last_contact_at),
    koreanTime(c.created_at),
  ];
}

/** A custom field's cell: personal data masked with the core masks unless `unmasked`, like the core columns. */
function customCell(def: CustomFieldDefinitionData, values: Record<string, unknown>, unmasked: boolean) {
  const value = values[def.key];
  if (value === undefined || value === null) return '';
  return spreadsheetText(def, def.personalData && !unmasked ? maskedValue(def, value) : value);
}

/** The access log's names of the personal fields an export with these custom columns holds. */
export const exportedPersonalFields = (custom: readonly CustomFieldDefinitionData[]): string[] => [
  ...EXPORTED_PERSONAL_FIELDS,
  ...custom.filter((d) => d.personalData).map((d) => `customFields.${d.key}`),
];

/**
 * The customers of an export as a table for the department export's writers (CSV/XLSX, formulas
 * neutralized): the core columns, then one column per custom field in `custom` (headed by its Korean label).
 */
export function customerExportTable(
  customers: readonly ExportCustomerRow[],
  unmasked: boolean,
  custom: readonly CustomFieldDefinitionData[] = [],
): ExportTable {
  return {
    header: [...COLUMNS.map(([title]) => title), ...custom.map((d) => d.labelKo)],
    widths: [...COLUMNS.map(([, width]) => width), ...custom.map((d) => (d.type === 'LONG_TEXT' ? 40 : 16))],
    rows: customers.map((c) => [
      ...toExportRow(c, unmasked),
      ...custom.map((d) => customCell(d, c.custom_fields, unmasked)),
    ]),
  };
}
