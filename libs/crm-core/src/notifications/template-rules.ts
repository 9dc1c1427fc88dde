import { badInput, type AppError } from '@pcrm/tenancy';
import { NotificationChannel, SmsKind } from './notification.enums';
import { LMS_MAX_BYTES, measureSms } from './sms-length';
import { PLATFORM_VARIABLES, type TemplateDefinition, type TemplateText } from './template-defaults';
import { fill, hasStrayBraces, placeholdersOf } from './template-text';

export const templateKeyUnknown = (key: string): AppError =>
  badInput('key', `알 수 없는 템플릿 키입니다: ${key}`, `Unknown template key: ${key}`);

const tooLong = (field: string, bytes: number) =>
  badInput(
    field,
    `문자 내용이 ${bytes.toLocaleString('ko-KR')}바이트로 장문(LMS) 한도 ${LMS_MAX_BYTES.toLocaleString('ko-KR')}바이트를 넘습니다. 줄여 주세요.`,
    `The text message is ${bytes} bytes, over the LMS limit of ${LMS_MAX_BYTES} bytes (EUC-KR). Shorten it.`,
  );

const unencodable = (field: string, characters: string[]) =>
  badInput(
    field,
    `문자로 보낼 수 없는 글자가 있습니다 (이모지 등): ${characters.join(' ')}`,
    `The text message has characters an SMS cannot carry (emoji and the like): ${characters.join(' ')}`,
  );

/** Checks a tenant's text for a key and channel before it is saved or previewed; throws the first problem. */
export function checkTemplateText(
  definition: TemplateDefinition,
  channel: NotificationChannel,
  text: TemplateText,
): void {
  if (channel === NotificationChannel.EMAIL && !text.subject) {
    throw badInput(
      'subject',
      '전자우편 템플릿에는 제목이 필요합니다.',
      'An e-mail template needs a subject.',
    );
  }
  if (channel === NotificationChannel.SMS && text.subject) {
    throw badInput('subject', '문자 템플릿에는 제목이 없습니다.', 'A text-message template has no subject.');
  }
  const allowed = new Set<string>([...definition.variables, ...PLATFORM_VARIABLES]);
  for (const [field, value] of [
    ['body', text.body],
    ['subject', text.subject ?? ''],
  ] as const) {
    if (hasStrayBraces(value)) {
      throw badInput(
        field,
        '자리표시자는 {{변수}} 모양이어야 합니다 (짝이 맞지 않는 중괄호가 있습니다).',
        'Placeholders look like {{name}} (there are unmatched braces).',
      );
    }
    const unknown = placeholdersOf(value).filter((p) => !allowed.has(p));
    if (unknown.length) {
      throw badInput(
        field,
        `이 템플릿에서 쓸 수 없는 변수입니다: ${unknown.join(', ')} (쓸 수 있는 변수: ${[...allowed].join(', ')})`,
        `Variables this template does not have: ${unknown.join(', ')} (available: ${[...allowed].join(', ')})`,
      );
    }
  }
  if (channel === NotificationChannel.SMS) {
    // The fixed text alone: the variables only add to it.
    const measured = measureSms(fill(text.body, {}));
    if (!measured.ok) throw measureError('body', measured);
  }
}

function measureError(
  field: string,
  measured: Exclude<ReturnType<typeof measureSms>, { ok: true }>,
): AppError {
  return measured.reason === 'unencodable'
    ? unencodable(field, measured.characters)
    : tooLong(field, measured.bytes);
}

/** Checks the caller's variables against the key's: every one given, nothing else. */
export function checkVariables(
  definition: TemplateDefinition,
  variables: Readonly<Record<string, string>>,
): void {
  const given = Object.keys(variables);
  const missing = definition.variables.filter((v) => typeof variables[v] !== 'string');
  const extra = given.filter((v) => !definition.variables.includes(v));
  if (missing.length || extra.length) {
    const parts = [
      missing.length ? `빠진 변수: ${missing.join(', ')}` : '',
      extra.length ? `알 수 없는 변수: ${extra.join(', ')}` : '',
    ].filter(Boolean);
    const partsEn = [
      missing.length ? `missing: ${missing.join(', ')}` : '',
      extra.length ? `unknown: ${extra.join(', ')}` : '',
    ].filter(Boolean);
    throw badInput(
      'variables',
      `템플릿 ${definition.key}의 변수가 맞지 않습니다 (${parts.join('; ')}).`,
      `The variables do not match template ${definition.key} (${partsEn.join('; ')}).`,
    );
  }
}

export interface RenderedMessage {
  title: string | null;
  body: string;
  smsKind: SmsKind | null;
  bytes: number | null;
}

/** The text with its variables filled in; a text message too long or unencodable for SMS is refused. */
export function render(
  channel: NotificationChannel,
  text: TemplateText,
  variables: Readonly<Record<string, string>>,
): RenderedMessage {
  const body = fill(text.body, variables);
  const title = text.subject === null ? null : fill(text.subject, variables);
  if (channel !== NotificationChannel.SMS) return { title, body, smsKind: null, bytes: null };
  const measured = measureSms(body);
  if (!measured.ok) throw measureError('variables', measured);
  return { title: null, body, smsKind: measured.kind as SmsKind, bytes: measured.bytes };
}
