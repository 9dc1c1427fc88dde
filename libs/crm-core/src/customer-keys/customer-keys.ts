/**
 * The keys a customer is found and matched by, computed in one place for every writer (the API, imports,
 * the demo seed, the bench generator) so that search and matching agree. Pure functions, no framework.
 */

const HANGUL_FIRST = 0xac00;
const HANGUL_LAST = 0xd7a3;
/** Syllables per initial consonant: 21 vowels × 28 finals. */
const PER_INITIAL = 588;
/** The 19 initial consonants as compatibility jamo (what a keyboard types: ㄱ U+3131, not U+1100). */
const INITIALS = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';
const COMPAT_CONSONANT = /^[\u3131-\u314e]$/u;

/** A name compared as typed: NFC, no spaces, lower case (for Latin names). */
export function nameKey(name: string): string {
  return name.normalize('NFC').replace(/\s+/gu, '').toLowerCase();
}

/** 홍길동 → ㅎㄱㄷ. Characters that are not Hangul syllables stay as they are (already a consonant, Latin…). */
export function hangulInitials(text: string): string {
  let out = '';
  for (const ch of nameKey(text)) {
    const code = ch.codePointAt(0)!;
    out +=
      code >= HANGUL_FIRST && code <= HANGUL_LAST
        ? INITIALS[Math.floor((code - HANGUL_FIRST) / PER_INITIAL)]
        : ch;
  }
  return out;
}

/** True when every character is an initial consonant (ㅎㄱㄷ): the query means 초성 search. */
export function isInitialsQuery(query: string): boolean {
  const chars = Array.from(nameKey(query));
  return chars.length > 0 && chars.every((c) => COMPAT_CONSONANT.test(c));
}

function grams(chars: readonly string[], n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i + n <= chars.length; i++) out.push(chars.slice(i, i + n).join(''));
  return out;
}

/** The longest gram stored: a query of up to this many characters is itself a stored gram. */
export const MAX_GRAM = 3;

/**
 * What `customers.search_grams` stores: every gram of one to three characters of the name and of its
 * initials. Hangul syllables and compatibility jamo are different code points, so the two never collide.
 */
export function searchGrams(name: string): string[] {
  const key = Array.from(nameKey(name));
  const initials = Array.from(hangulInitials(name));
  const all: string[] = [];
  for (let n = 1; n <= MAX_GRAM; n++) all.push(...grams(key, n), ...grams(initials, n));
  return [...new Set(all)];
}

/**
 * The one stored gram a query is searched by: the query itself when it is at most three characters
 * (then every customer holding the gram matches), else its last three characters (name endings are more
 * telling than beginnings such as 주식회사), confirmed by a `LIKE` on the whole query. Customers holding
 * the gram are walked in name order, so a page costs about its size whatever the tenant holds.
 */
export function queryGram(query: string): string {
  const key = Array.from(nameKey(query));
  return key.slice(-MAX_GRAM).join('');
}

/**
 * A Korean phone number as national digits (`01012345678`, `0512345678`), from any spelling: hyphens,
 * spaces, dots, parentheses, `+82 10…`, `82-10-…`. Null when it cannot be a Korean number.
 */
export function normalizePhone(input: string): string | null {
  let digits = input.normalize('NFKC').replace(/[\s\-.()/]/gu, '');
  if (digits.startsWith('+')) digits = digits.slice(1);
  if (!/^\d+$/u.test(digits)) return null;
  if (digits.startsWith('82')) digits = `0${digits.slice(2).replace(/^0/u, '')}`;
  if (!/^0\d{8,10}$/u.test(digits)) return null;
  if (digits.startsWith('01') && !/^01[016789]\d{7,8}$/u.test(digits)) return null;
  return digits;
}

/** 01012345678 → 010-1234-5678, 0212345678 → 02-1234-5678, 0511234567 → 051-123-4567. */
export function formatPhone(digits: string): string {
  const m = /^(02|0\d{2})(\d{3,4})(\d{4})$/u.exec(digits);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : digits;
}

export type PhoneKind = 'MOBILE' | 'HOME' | 'WORK';

/** A mobile number (010, 011, 016–019) is MOBILE; anything else is a landline whose kind the caller knows. */
export function isMobile(digits: string): boolean {
  return /^01[016789]/u.test(digits);
}

/** The four digits a caller reads out ("끝자리 4211"), as the phone search takes them. */
export function isLastFourQuery(query: string): boolean {
  return /^\d{4}$/u.test(query.trim());
}

/** E-mail addresses compare case-insensitively (the database stores `lower(address)` as `normalized`). */
export function normalizeEmail(input: string): string | null {
  const trimmed = input.normalize('NFC').trim();
  return /^[^@\s]+@[^@\s]+\.[^@\s]+$/u.test(trimmed) && trimmed.length <= 254 ? trimmed.toLowerCase() : null;
}

/** The address parts that identify a dwelling: everyone with the same key lives in one household. */
export interface DwellingAddress {
  postalCode?: string | null;
  roadAddress?: string | null;
  buildingNo?: string | null;
  addressDetail?: string | null;
}

/**
 * Households are derived, not entered: the standardized road address plus the unit (동·호) detail, with spaces
 * and case removed. Null when there is no road address (a household needs a dwelling).
 */
export function householdKey(a: DwellingAddress): string | null {
  if (!a.roadAddress?.trim()) return null;
  const part = (s: string | null | undefined) =>
    (s ?? '')
      .normalize('NFC')
      .replace(/[\s,]+/gu, '')
      .toLowerCase();
  return [part(a.postalCode), part(a.roadAddress), part(a.buildingNo), part(a.addressDetail)].join('|');
}

/** The longest address word kept: the address filter takes at most 100 characters, so no longer word is asked. */
export const MAX_ADDRESS_WORD = 100;

/**
 * What separates address words: white space (also no-break and ideographic), commas and parentheses, half-
 * and full-width, so `중앙대로 1001 (연산동)` holds 중앙대로, 1001 and 연산동. The SQL function
 * `customer_address_words` (migration 1764460800600) is where address keys are computed; this splits the
 * filter's text the same way, and apps/api/test/customer-address-keys.spec.ts proves the two agree.
 */
const ADDRESS_SEPARATORS = /[ \t\n\r\f\v\u00a0\u3000,()\uff0c\uff08\uff09]+/u;

/**
 * The whole words of an address text: NFC, Latin capitals folded to small ones, split on
 * `ADDRESS_SEPARATORS`, without repeats or words over `MAX_ADDRESS_WORD` characters. A road name, 읍·면·동,
 * 시·군·구, building number, 지번 such as `123-4` or postal code is one word; part of a word matches nothing.
 */
export function addressWords(text: string): string[] {
  const words = text
    .normalize('NFC')
    .replace(/[A-Z]/gu, (c) => c.toLowerCase())
    .split(ADDRESS_SEPARATORS)
    .filter((w) => w !== '' && Array.from(w).length <= MAX_ADDRESS_WORD);
  return [...new Set(words)];
}
