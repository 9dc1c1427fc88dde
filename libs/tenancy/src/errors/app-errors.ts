import { GraphQLError } from 'graphql';
import { ErrorCode } from '@pcrm/access';

/** The stable codes are framework-free (shared with the admin UI); the errors carrying them are GraphQL's. */
export { ErrorCode };

const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  RATE_LIMITED: 429,
  SERVICE_UNAVAILABLE: 503,
};

/** An error a caller can act on: Korean `message`, English `extensions.messageEn`, stable code. */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, messageKo: string, messageEn: string, details: Record<string, unknown> = {}) {
    const status = HTTP_STATUS[code];
    super(messageKo, {
      extensions: { code, messageEn, ...details, ...(status ? { http: { status } } : {}) },
    });
  }
}

export const forbidden = (): AppError =>
  new AppError(ErrorCode.Forbidden, '이 작업을 할 권한이 없습니다.', 'You are not allowed to do this.');

export const notFound = (what: string, whatEn: string): AppError =>
  new AppError(ErrorCode.NotFound, `${what}을(를) 찾을 수 없습니다.`, `${whatEn} not found.`);

export const badInput = (field: string, messageKo: string, messageEn: string): AppError =>
  new AppError(ErrorCode.BadUserInput, messageKo, messageEn, { field });

export const conflict = (field: string, messageKo: string, messageEn: string): AppError =>
  new AppError(ErrorCode.Conflict, messageKo, messageEn, { field });

export const timeout = (): AppError =>
  new AppError(
    ErrorCode.Timeout,
    '처리 시간이 너무 오래 걸려 중단했습니다. 조건을 좁혀 다시 시도해 주세요.',
    'The request took too long and was stopped. Narrow it down and try again.',
  );

/** The GraphQL-shaped body of an error answered before GraphQL runs (authentication, body parsing). */
export function errorResponseBody(error: AppError): {
  errors: { message: string; extensions: Record<string, unknown> }[];
} {
  const { http: _http, ...extensions } = error.extensions as Record<string, unknown>;
  return { errors: [{ message: error.message, extensions }] };
}
