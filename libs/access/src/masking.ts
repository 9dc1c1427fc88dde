/**
 * Masking of personal data for callers who may see that a value exists but not the value itself.
 * Code points, not UTF-16 units, are counted, so every Hangul syllable is one character.
 */

const STARS = (n: number): string => '*'.repeat(n);

/** 홍길동 → 홍*동, 홍길 → 홍*, 남궁길동 → 남**동 (first and last kept from four characters on). */
export function maskName(name: string): string {
  const chars = Array.from(name.normalize('NFC').trim());
  if (chars.length <= 1) return STARS(chars.length);
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${STARS(chars.length - 2)}${chars[chars.length - 1]}`;
}

/**
 * Korean numbers keep their prefix (mobile 010, Seoul 02, area codes 031–064, 070, 050x) and the last four
 * digits: 010-****-4211, 02-***-1234. Anything else keeps only its last four digits and its punctuation.
 */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  const korean = /^(02|050\d|0\d{2})(\d{3,4})(\d{4})$/.exec(digits);
  if (korean) return `${korean[1]}-${STARS(korean[2].length)}-${korean[3]}`;
  let keep = 4;
  return Array.from(phone)
    .reverse()
    .map((c) => (/\d/.test(c) ? (keep-- > 0 ? c : '*') : c))
    .reverse()
    .join('');
}

/** hong@example.com → h***@example.com (the domain stays; the local part's length is not revealed). */
export function maskEmail(email: string): string {
  const trimmed = email.trim();
  const at = trimmed.lastIndexOf('@');
  const local = at >= 0 ? trimmed.slice(0, at) : trimmed;
  const first = Array.from(local)[0] ?? '';
  return at >= 0 ? `${first}***${trimmed.slice(at)}` : `${first}***`;
}

/** An administrative 동·읍·면 (역삼1동, 양평읍, 종로1가), never an apartment block like 101동. */
const TOWN = /^[가-힣][가-힣\d·.]*(동|읍|면|\d가)$/;
/** A road name of a road-name address (세종대로, 테헤란로7길, 중앙대로123번길). */
const ROAD = /^[가-힣][가-힣\d·.]*(로|길)$/;

/**
 * An address down to its 읍·면·동: 서울특별시 강남구 역삼동 737 … → 서울특별시 강남구 역삼동 ***.
 * A road-name address keeps its road, not the building number: 부산광역시 연제구 중앙대로 1001 → 부산광역시 연제구 중앙대로 ***.
 * Without either, the 시·도 and 시·군·구 (the first two words) are kept.
 */
export function maskAddress(address: string): string {
  const words = address
    .replace(/\([^)]*\)/g, ' ')
    .split(/[\s,]+/)
    .filter(Boolean);
  const stop = words.findIndex((w) => TOWN.test(w) || ROAD.test(w));
  const kept = stop >= 0 ? stop + 1 : Math.min(2, words.length);
  return kept < words.length ? `${words.slice(0, kept).join(' ')} ***` : words.join(' ');
}

/** 1985-03-02 → 1985-**-** (the year stays: age bands and statistics need it). */
export function maskDate(date: string): string {
  return date.replace(/^(\d{4})-\d{2}-\d{2}$/u, '$1-**-**');
}

/** A message recipient: an e-mail address (has an @) or a phone number. */
export function maskContact(contact: string): string {
  return contact.includes('@') ? maskEmail(contact) : maskPhone(contact);
}

export const MASKS = {
  name: maskName,
  contact: maskContact,
  phone: maskPhone,
  email: maskEmail,
  address: maskAddress,
  date: maskDate,
} as const;
export type MaskKind = keyof typeof MASKS;
