import type { GraphQLFormattedError } from 'graphql';
import { ErrorCode } from '@pcrm/tenancy';

/** Korean/English texts for the errors Apollo and graphql-js raise themselves. */
const BUILT_IN: Record<string, string> = {
  GRAPHQL_PARSE_FAILED: 'GraphQL 문법 오류입니다.',
  GRAPHQL_VALIDATION_FAILED: 'GraphQL 질의가 스키마에 맞지 않습니다.',
  BAD_USER_INPUT: '입력값이 올바르지 않습니다.',
  PERSISTED_QUERY_NOT_FOUND: '저장된 질의를 찾을 수 없습니다.',
  BAD_REQUEST: '요청 형식이 올바르지 않습니다.',
};

/**
 * Every error leaves with a stable `extensions.code`, a Korean `message` and the English text in
 * `extensions.messageEn`. Unexpected errors are logged and masked: no SQL, stack or personal data leaves.
 */
export function formatError(log: (message: string) => void) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const extensions = { ...(formatted.extensions ?? {}) };
    delete extensions.stacktrace;
    const code = typeof extensions.code === 'string' ? extensions.code : ErrorCode.Internal;
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
