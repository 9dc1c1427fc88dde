/**
 * A text-message sender number (발신번호) as the carriers accept it under the pre-registration rule
 * (전기통신사업법 제84조의2): a real, dialable Korean number the sending body has registered. Shared by
 * the API (which stores the normalized digits) and the admin (which checks as the user types).
 *
 * Accepted, after dropping hyphens, spaces, dots and parentheses:
 * - 대표번호 15xx/16xx/18xx-xxxx: exactly 8 digits;
 * - Seoul 02 with 7 or 8 more digits (9–10 digits);
 * - the other area codes 031–064, mobile 010/011/016–019 and internet 070: 10 or 11 digits.
 */
const SEPARATORS = /[\s().-]/g;
const PATTERNS: readonly RegExp[] = [
  /^1[568]\d{6}$/,
  /^02\d{7,8}$/,
  /^0(?:3[1-3]|4[1-4]|5[1-5]|6[1-4])\d{7,8}$/,
  /^01[016-9]\d{7,8}$/,
  /^070\d{8}$/,
];

/** The number's digits when it is a valid sender number, otherwise null. */
export function normalizeSmsSender(raw: string): string | null {
  if (raw.length > 30) return null;
  const digits = raw.replace(SEPARATORS, '');
  return PATTERNS.some((p) => p.test(digits)) ? digits : null;
}
