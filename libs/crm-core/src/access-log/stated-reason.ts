import type { AppError } from '@pcrm/tenancy';

/** The longest reason a caller may state for an export, an unmask, a merge or an anonymization. */
export const REASON_MAX = 200;

/**
 * A reason a caller stated, as it is kept (access log, audit trail): NFC, trimmed, 1 to `REASON_MAX`
 * characters, no control characters; anything else is refused with the caller's own error.
 */
export function statedReason(reason: string, refusal: () => AppError): string {
  const text = reason.normalize('NFC').trim();
  if (!text || Array.from(text).length > REASON_MAX || /\p{Cc}/u.test(text)) throw refusal();
  return text;
}
