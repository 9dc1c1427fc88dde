/**
 * What "filled" (충실) and "valid" (정확) mean per field, in the words docs/domain.md "Data quality" uses.
 * The patterns are PostgreSQL regular expressions (POSIX ARE) sent as bound parameters, and the same text
 * works as a JavaScript RegExp, so `quality-rules.spec.ts` checks them against `normalizePhone`/`normalizeEmail`.
 */
export enum QualityField {
  NAME = 'NAME',
  ADDRESS = 'ADDRESS',
  PHONE = 'PHONE',
  MOBILE = 'MOBILE',
  EMAIL = 'EMAIL',
  BIRTH_DATE = 'BIRTH_DATE',
}

export enum QualityGroupBy {
  TENANT = 'TENANT',
  SOURCE = 'SOURCE',
  BATCH = 'BATCH',
}

export const QUALITY_FIELDS = Object.values(QualityField);

export const QUALITY_PATTERNS = {
  /** A mobile number exactly as `normalizePhone` keeps it and `isMobile` accepts: 010/011/016–019. */
  mobile: '^01[016789][0-9]{7,8}$',
  /**
   * A landline as `normalizePhone` keeps it, on a Korean network prefix: 02 (서울), the 17 area codes
   * 031–033, 041–044, 051–055, 061–064, 070 (인터넷전화), 080 (수신자부담), 050x (개인번호).
   */
  landline: '^(02[0-9]{7,8}|0(3[1-3]|4[1-4]|5[1-5]|6[1-4])[0-9]{7,8}|070[0-9]{8}|080[0-9]{7}|050[0-9]{8})$',
  /** `normalizeEmail` accepts it and the domain is host labels ending in a top-level domain of letters. */
  email: '^[^@\\s]+@([A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?\\.)+[A-Za-z]{2,}$',
  /** A person's name: 2–6 Hangul syllables (홍길동, 남궁민수), or a Latin-script name (letters, space, . ' -). */
  personName: "^([가-힣]{2,6}|[A-Za-z][A-Za-z .'-]*[A-Za-z])$",
  /** An organization's name: at least two characters, one of them a Hangul syllable or a Latin letter. */
  organizationName: '^(?=.*[가-힣A-Za-z]).{2,}$',
} as const;

/** Names that only hold a place: never a valid name. Compared after trimming, case-insensitively. */
export const PLACEHOLDER_NAMES = [
  '미상',
  '무명',
  '없음',
  '익명',
  '고객',
  '테스트',
  'test',
  'unknown',
  'none',
];

/** A birth date is valid from this age down to 0 (not in the future). */
export const MAX_AGE_YEARS = 120;
