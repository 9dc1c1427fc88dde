import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import type { Lang, MessageKey } from '../i18n/messages';
import { translate } from '../i18n/messages';

/** Stable `extensions.code`s the API uses. */
export type ApiErrorCode =
  'FORBIDDEN' | 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'UNAUTHENTICATED' | string;

export function errorCode(error: unknown): ApiErrorCode | undefined {
  if (CombinedGraphQLErrors.is(error)) {
    const code = error.errors.find((e) => typeof e.extensions?.code === 'string')?.extensions?.code;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

/** The input field the API names for an error (`extensions.field`), e.g. `name` for a taken sibling name. */
export function errorField(error: unknown): string | undefined {
  if (CombinedGraphQLErrors.is(error)) {
    const field = error.errors.find((e) => typeof e.extensions?.field === 'string')?.extensions?.field;
    return typeof field === 'string' ? field : undefined;
  }
  return undefined;
}

/**
 * The message to show for an API error in the current language: the API's own `message` (Korean) or
 * `extensions.messageEn` (English), else a generic text.
 */
export function errorMessage(error: unknown, lang: Lang): string {
  const t = (key: MessageKey, vars?: Record<string, string | number>) => translate(lang, key, vars);
  if (CombinedGraphQLErrors.is(error)) {
    const messages = error.errors.map((e) => {
      const en = e.extensions?.messageEn;
      return lang === 'en' && typeof en === 'string' && en ? en : e.message;
    });
    const unique = [...new Set(messages.filter(Boolean))];
    return unique.length ? unique.join(' ') : t('error.unknown');
  }
  if (ServerError.is(error)) return t('error.server', { status: error.statusCode });
  if (ServerParseError.is(error)) return t('error.server', { status: error.statusCode });
  if (error instanceof TypeError) return t('error.network');
  return t('error.unknown');
}
