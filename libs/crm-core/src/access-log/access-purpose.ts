import { badInput } from '@pcrm/tenancy';

/** The request header a client states its purpose in, percent-encoded UTF-8 (HTTP headers are Latin-1). */
export const PURPOSE_HEADER = 'x-pcrm-purpose';
/** What the log says when a client stated no purpose: a routine lookup in the course of work. */
export const DEFAULT_PURPOSE = '업무 조회 (목적 미기재)';
const MAX_LENGTH = 200;

const invalid = () =>
  badInput(
    PURPOSE_HEADER,
    `열람 목적(${PURPOSE_HEADER} 헤더)은 퍼센트 인코딩된 1~${MAX_LENGTH}자 글이어야 합니다.`,
    `The purpose (${PURPOSE_HEADER} header) must be 1 to ${MAX_LENGTH} percent-encoded characters.`,
  );

/** The purpose of a request's personal-data reads, from its GraphQL context (`{ req }` under Nest). */
export function purposeOf(context: unknown): string {
  const raw = (context as { req?: { headers?: Record<string, unknown> } } | undefined)?.req?.headers?.[
    PURPOSE_HEADER
  ];
  if (raw === undefined) return DEFAULT_PURPOSE;
  if (typeof raw !== 'string') throw invalid();
  let purpose: string;
  try {
    purpose = decodeURIComponent(raw).normalize('NFC').trim();
  } catch {
    throw invalid();
  }
  if (!purpose || Array.from(purpose).length > MAX_LENGTH || /\p{Cc}/u.test(purpose)) throw invalid();
  return purpose;
}
