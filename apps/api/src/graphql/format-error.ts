import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ErrorCode } from '@pcrm/tenancy';
import { databaseUnavailable, isDatabaseUnavailable } from './database-unavailable';

/** Korean/English texts for the errors Apollo and graphql-js raise themselves. */
const BUILT_IN: Record<string, string> = {
  GRAPHQL_PARSE_FAILED: 'GraphQL 문법 오류입니다.',
  GRAPHQL_VALIDATION_FAILED: 'GraphQL 질의가 스키마에 맞지 않습니다.',
  BAD_USER_INPUT: '입력값이 올바르지 않습니다.',
  PERSISTED_QUERY_NOT_FOUND: '저장된 질의를 찾을 수 없습니다.',
  BAD_REQUEST: '요청 형식이 올바르지 않습니다.',
};

/** Apollo's own refusals that carry an HTTP 4xx but no code (a persisted-query hash that does not match). */
const REQUEST_REFUSALS: Record<string, { ko: string; en: string }> = {
  'provided sha does not match query': {
    ko: '저장된 질의(persisted query)의 해시가 보낸 질의와 맞지 않습니다.',
    en: 'The persisted query hash does not match the query sent.',
  },
  'Unsupported persisted query version': {
    ko: '지원하지 않는 저장된 질의(persisted query) 버전입니다.',
    en: 'Unsupported persisted query version.',
  },
};

/** A code for an error that has none: its HTTP 4xx makes it the caller's bad request, not our failure. */
function codeless4xx(error: unknown, formatted: GraphQLFormattedError): GraphQLFormattedError | undefined {
  if (!(error instanceof GraphQLError) || error.extensions.code !== undefined) return undefined;
  const status = (error.extensions.http as { status?: number } | undefined)?.status;
  if (!status || status < 400 || status >= 500) return undefined;
  const known = REQUEST_REFUSALS[error.message];
  return {
    message: known?.ko ?? `${BUILT_IN.BAD_REQUEST} ${error.message}`,
    extensions: { code: ErrorCode.BadRequest, messageEn: known?.en ?? formatted.message },
  };
}

/**
 * Every error leaves with a stable `extensions.code`, a Korean `message` and the English text in
 * `extensions.messageEn`. Unexpected errors are logged and masked: no SQL, stack or personal data leaves.
 */
export function formatError(log: (message: string) => void) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const extensions = { ...(formatted.extensions ?? {}) };
    delete extensions.stacktrace;
    const code = typeof extensions.code === 'string' ? extensions.code : ErrorCode.Internal;
    if (code === ErrorCode.Internal && isDatabaseUnavailable(error)) {
      const unavailable = databaseUnavailable(error);
      return {
        message: unavailable.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: ErrorCode.ServiceUnavailable, messageEn: unavailable.extensions.messageEn },
      };
    }
    const refusal = code === ErrorCode.Internal ? codeless4xx(error, formatted) : undefined;
    if (refusal) return refusal;
    if (code === ErrorCode.Internal) {
      log(
        `GraphQL internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
      return {
        message: '서버 내부 오류가 발생했습니다. 잠시 후 다시 시도해 주세요.',
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code, messageEn: 'Internal server error. Please try again later.' },
      };
    }
    if (typeof extensions.messageEn === 'string')
      return { ...formatted, extensions: { ...extensions, code } };
    // graphql-js and Apollo speak English; keep their precise text (it names the field) in both languages.
    const ko = BUILT_IN[code];
    return {
      ...formatted,
      message: ko ? `${ko} ${formatted.message}` : formatted.message,
      extensions: { ...extensions, code, messageEn: formatted.message },
    };
  };
}
