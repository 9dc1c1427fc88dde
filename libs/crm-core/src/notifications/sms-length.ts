import iconv from 'iconv-lite';

export const SMS_MAX_BYTES = 90;
export const LMS_MAX_BYTES = 2000;

/**
 * Korean gateways carry text in CP949 (MS949), the superset of EUC-KR that also encodes the 8,822 Hangul
 * syllables KS X 1001 lacks (똠, 쀍, 햏 …), each 2 bytes like every other syllable; ASCII is 1 byte.
 * iconv-lite's `euc-kr` is that CP949 table.
 */
const ENCODING = 'euc-kr';

/** Framework-free (unit-tested without Nest): the values of the GraphQL enum `SmsKind`. */
export type SmsKindName = 'SMS' | 'LMS';

export type SmsMeasure =
  | { ok: true; bytes: number; kind: SmsKindName }
  | { ok: false; bytes: number; reason: 'unencodable'; characters: string[] }
  | { ok: false; bytes: number; reason: 'too-long' };

/** Characters CP949 cannot carry (emoji, most non-Korean scripts): a gateway would turn them into '?'. */
export function unencodableCharacters(text: string): string[] {
  const found = new Set<string>();
  for (const char of text) {
    if (iconv.decode(iconv.encode(char, ENCODING), ENCODING) !== char) found.add(char);
  }
  return [...found];
}

export function eucKrBytes(text: string): number {
  return iconv.encode(text, ENCODING).length;
}

/** The text message's kind, or why it cannot be sent (emoji are refused, not replaced: decided in ADR 0015). */
export function measureSms(text: string): SmsMeasure {
  const bytes = eucKrBytes(text);
  const characters = unencodableCharacters(text);
  if (characters.length) return { ok: false, bytes, reason: 'unencodable', characters };
  if (bytes > LMS_MAX_BYTES) return { ok: false, bytes, reason: 'too-long' };
  return { ok: true, bytes, kind: bytes <= SMS_MAX_BYTES ? 'SMS' : 'LMS' };
}
