import { RequestContexts, badInput, controlOrFormatCharacter, hasVisibleCharacter, say } from '@pcrm/tenancy';

/**
 * Trimmed NFC text, or null when blank; refuses control/format characters, text of invisible characters
 * only, and text over `max` characters (counted as code points), naming `field`.
 */
export function checkText(
  value: string | null | undefined,
  field: string,
  label: string,
  max: number,
): string | null {
  if (value === null || value === undefined) return null;
  const bad = controlOrFormatCharacter(value);
  if (bad)
    throw badInput(
      field,
      `${label}에 제어 문자나 보이지 않는 서식 문자(${bad})를 쓸 수 없습니다.`,
      `${field} must not contain control or invisible format characters (${bad}).`,
    );
  const trimmed = value.normalize('NFC').trim();
  if (!trimmed) return null;
  if (!hasVisibleCharacter(trimmed))
    throw badInput(field, `${label}에는 보이는 글자가 있어야 합니다.`, `${field} needs a visible character.`);
  if (Array.from(trimmed).length > max)
    throw badInput(
      field,
      `${label}은(는) ${max}자 이하여야 합니다.`,
      `${field} must be at most ${max} characters.`,
    );
  return trimmed;
}

/** `checkText` for text that must be there. */
export function requiredText(value: string | null | undefined, field: string, label: string, max: number) {
  const text = checkText(value, field, label, max);
  if (text === null) throw badInput(field, `${label}을(를) 입력해 주세요.`, `${field} is required.`);
  return text;
}

/** A clock running ahead of the server by up to this much is still "now", not the future. */
const CLOCK_SKEW_MS = 5 * 60 * 1000;
const EARLIEST = Date.UTC(1900, 0, 1);

/**
 * When something happened: given, or now. Refuses the future (beyond a small clock skew) and anything
 * before 1900-01-01, naming `field`.
 */
export function pastMoment(value: Date | null | undefined, field: string, label: string): Date {
  if (value === null || value === undefined) return new Date();
  const t = value.getTime();
  if (Number.isNaN(t) || t < EARLIEST)
    throw badInput(
      field,
      `${label}이(가) 올바르지 않습니다. 1900-01-01 이후의 시각이어야 합니다.`,
      `${field} is invalid: it must be on or after 1900-01-01.`,
    );
  if (t > Date.now() + CLOCK_SKEW_MS)
    throw badInput(field, `${label}은(는) 미래일 수 없습니다.`, `${field} cannot be in the future.`);
  return value;
}

/** Who the caller is, as `created_by`/`recorded_by` columns keep it. */
export function currentActor(): string {
  const { principal } = RequestContexts.require();
  return principal.name ?? principal.username;
}

/** The validation message of an input field holding a customer's id. */
export const customerIdFormat = (field: string) =>
  say('고객 ID가 올바르지 않습니다.', `${field} is not a valid customer id.`);
