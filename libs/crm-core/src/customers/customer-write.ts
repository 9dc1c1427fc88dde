import { badInput } from '@pcrm/tenancy';
import { checkText as text } from './record-checks';
import {
  hangulInitials,
  householdKey,
  isMobile,
  normalizeEmail,
  normalizePhone,
  searchGrams,
} from '../customer-keys';
import type { CustomerColumns, EmailWrite, PhoneWrite } from './customers.sql';

/** A customer as written (by the API, an import or the seed), before checking: plain data, no framework. */
export interface CustomerFields {
  partyType: 'PERSON' | 'ORGANIZATION';
  kind: 'CURRENT' | 'ACQUIRED' | 'POLICY';
  name: string;
  birthDate?: string | null;
  sex?: 'MALE' | 'FEMALE' | null;
  businessNo?: string | null;
  representativeName?: string | null;
  address?: AddressFields | null;
  phones?: readonly PhoneFields[];
  emails?: readonly EmailFields[];
  tags?: readonly string[];
  /** Custom values sent (a PATCH on update), checked by the customization library's validator. */
  customFields?: Record<string, unknown> | null;
}

export interface AddressFields {
  sido?: string | null;
  sigungu?: string | null;
  eupmyeondong?: string | null;
  roadAddress?: string | null;
  jibunAddress?: string | null;
  buildingNo?: string | null;
  addressDetail?: string | null;
  postalCode?: string | null;
}

export interface PhoneFields {
  kind?: 'MOBILE' | 'HOME' | 'WORK' | null;
  number: string;
  isPrimary?: boolean | null;
}

export interface EmailFields {
  address: string;
  isPrimary?: boolean | null;
}

/** A checked customer: its columns with every search key computed, and its phone and e-mail rows. */
export interface CustomerWrite {
  columns: CustomerColumns;
  phones: PhoneWrite[];
  emails: EmailWrite[];
}

export const CUSTOMER_LIMITS = { name: 200, addressPart: 200, tag: 50, tags: 30, phones: 10, emails: 10 };

/** YYYY-MM-DD of a real day from 1900-01-01 up to today. */
function birthDate(value: string | null | undefined, field: string): string | null {
  const v = value?.trim();
  if (!v) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(v);
  const day = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  const real = day !== null && day.toISOString().slice(0, 10) === v;
  if (!real || v < '1900-01-01' || v > new Date().toISOString().slice(0, 10))
    throw badInput(
      field,
      `생년월일 '${v}' 이(가) 올바르지 않습니다. 1900-01-01부터 오늘까지의 YYYY-MM-DD 형식으로 입력해 주세요.`,
      `Birth date '${v}' is invalid: use YYYY-MM-DD between 1900-01-01 and today.`,
    );
  return v;
}

function phones(list: readonly PhoneFields[], path: string): PhoneWrite[] {
  if (list.length > CUSTOMER_LIMITS.phones)
    throw badInput(
      path,
      `전화번호는 ${CUSTOMER_LIMITS.phones}개까지입니다.`,
      `At most ${CUSTOMER_LIMITS.phones} phones.`,
    );
  const seen = new Set<string>();
  const out = list.map((p, i): PhoneWrite => {
    const field = `${path}[${i}].number`;
    const digits = normalizePhone(p.number ?? '');
    if (!digits)
      throw badInput(
        field,
        `전화번호 '${p.number}' 이(가) 올바르지 않습니다. (예: 010-1234-5678, 051-123-4567)`,
        `Phone number '${p.number}' is invalid (e.g. 010-1234-5678, 051-123-4567).`,
      );
    if (seen.has(digits))
      throw badInput(
        field,
        `전화번호 '${p.number}' 이(가) 두 번 있습니다.`,
        `Phone number '${p.number}' is listed twice.`,
      );
    seen.add(digits);
    const kind = p.kind ?? (isMobile(digits) ? 'MOBILE' : 'HOME');
    if (kind === 'MOBILE' && !isMobile(digits))
      throw badInput(
        `${path}[${i}].kind`,
        `'${p.number}' 은(는) 휴대전화 번호가 아닙니다.`,
        `'${p.number}' is not a mobile number.`,
      );
    return { kind, digits, isPrimary: p.isPrimary === true };
  });
  return withOnePrimary(out);
}

function emails(list: readonly EmailFields[], path: string): EmailWrite[] {
  if (list.length > CUSTOMER_LIMITS.emails)
    throw badInput(
      path,
      `e-mail 은 ${CUSTOMER_LIMITS.emails}개까지입니다.`,
      `At most ${CUSTOMER_LIMITS.emails} e-mails.`,
    );
  const seen = new Set<string>();
  const out = list.map((e, i): EmailWrite => {
    const field = `${path}[${i}].address`;
    const normalized = normalizeEmail(e.address ?? '');
    if (!normalized)
      throw badInput(
        field,
        `e-mail 주소 '${e.address}' 이(가) 올바르지 않습니다. (예: hong@example.com)`,
        `E-mail address '${e.address}' is invalid (e.g. hong@example.com).`,
      );
    if (seen.has(normalized))
      throw badInput(
        field,
        `e-mail '${e.address}' 이(가) 두 번 있습니다.`,
        `E-mail '${e.address}' is listed twice.`,
      );
    seen.add(normalized);
    return { address: e.address.normalize('NFC').trim(), isPrimary: e.isPrimary === true };
  });
  return withOnePrimary(out);
}

/** Exactly one primary entry: the first marked one, else the first. */
function withOnePrimary<T extends { isPrimary: boolean }>(list: T[]): T[] {
  const primary = Math.max(
    0,
    list.findIndex((x) => x.isPrimary),
  );
  return list.map((x, i) => ({ ...x, isPrimary: i === primary }));
}

function tags(list: readonly string[], path: string): string[] {
  const out = new Set<string>();
  list.forEach((tag, i) => {
    const t = text(tag, `${path}[${i}]`, '태그', CUSTOMER_LIMITS.tag);
    if (t) out.add(t);
  });
  if (out.size > CUSTOMER_LIMITS.tags)
    throw badInput(
      path,
      `태그는 ${CUSTOMER_LIMITS.tags}개까지입니다.`,
      `At most ${CUSTOMER_LIMITS.tags} tags.`,
    );
  return [...out];
}

/**
 * Checks a customer and computes what is stored: NFC text, search keys (초성, grams), the household key,
 * phone digits, one primary phone and e-mail. Every problem is BAD_USER_INPUT naming its field under `path`
 * (an import passes the row's own path).
 */
export function checkCustomer(input: CustomerFields, path = ''): CustomerWrite {
  const at = (field: string) => (path ? `${path}.${field}` : field);
  const name = text(input.name, at('name'), '이름', CUSTOMER_LIMITS.name);
  if (!name)
    throw badInput(at('name'), '이름에는 보이는 글자가 있어야 합니다.', 'name needs a visible character.');
  const a = input.address ?? {};
  const part = (key: keyof AddressFields, label: string) =>
    text(a[key], at(`address.${key}`), label, CUSTOMER_LIMITS.addressPart);
  const postalCode = part('postalCode', '우편번호');
  if (postalCode !== null && !/^\d{5}$/u.test(postalCode))
    throw badInput(
      at('address.postalCode'),
      `우편번호 '${postalCode}' 이(가) 올바르지 않습니다. 다섯 자리 숫자여야 합니다.`,
      `Postal code '${postalCode}' is invalid: five digits.`,
    );
  const rawBusinessNo = text(input.businessNo, at('businessNo'), '사업자등록번호', 20);
  const businessNo = rawBusinessNo?.replace(/-/gu, '') ?? null;
  if (businessNo !== null && !/^\d{10}$/u.test(businessNo))
    throw badInput(
      at('businessNo'),
      `사업자등록번호 '${rawBusinessNo}' 이(가) 올바르지 않습니다. 열 자리 숫자여야 합니다 (예: 123-45-67890).`,
      `Business number '${rawBusinessNo}' is invalid: ten digits (e.g. 123-45-67890).`,
    );
  const address = {
    sido: part('sido', '시·도'),
    sigungu: part('sigungu', '시·군·구'),
    eupmyeondong: part('eupmyeondong', '읍·면·동'),
    roadAddress: part('roadAddress', '도로명주소'),
    jibunAddress: part('jibunAddress', '지번주소'),
    buildingNo: part('buildingNo', '건물번호'),
    addressDetail: part('addressDetail', '상세주소'),
    postalCode,
  };
  return {
    columns: {
      party_type: input.partyType,
      kind: input.kind,
      name,
      name_initials: hangulInitials(name),
      search_grams: searchGrams(name),
      birth_date: birthDate(input.birthDate, at('birthDate')),
      sex: input.sex ?? null,
      business_no: businessNo,
      representative_name: text(
        input.representativeName,
        at('representativeName'),
        '대표자 이름',
        CUSTOMER_LIMITS.name,
      ),
      sido: address.sido,
      sigungu: address.sigungu,
      eupmyeondong: address.eupmyeondong,
      road_address: address.roadAddress,
      jibun_address: address.jibunAddress,
      building_no: address.buildingNo,
      address_detail: address.addressDetail,
      postal_code: address.postalCode,
      household_key: householdKey(address),
      tags: tags(input.tags ?? [], at('tags')),
    },
    phones: phones(input.phones ?? [], at('phones')),
    emails: emails(input.emails ?? [], at('emails')),
  };
}
