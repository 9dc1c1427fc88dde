import { AppError, ErrorCode } from '@pcrm/tenancy';
import type { RequestHooks } from './request-hooks';

/** Socket-level failures of reaching PostgreSQL (node and pg). */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
]);
/** SQLSTATEs that mean "the server is not there for you now", not "your statement is wrong". */
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);
/** pg and pg-pool say these in plain text, without a code. */
const UNAVAILABLE_TEXTS = [
  'timeout exceeded when trying to connect',
  'Connection terminated',
  'Client has encountered a connection error',
  'Connection refused',
];

/** The pool waited longer than its acquire timeout for a free connection. */
export const POOL_EXHAUSTED_TEXT = 'timeout exceeded when trying to connect';

function causes(error: unknown): unknown[] {
  const chain: unknown[] = [];
  let current: unknown = error;
  while (current && typeof current === 'object' && chain.length < 8 && !chain.includes(current)) {
    chain.push(current);
    const e = current as { originalError?: unknown; driverError?: unknown; cause?: unknown };
    current = e.originalError ?? e.driverError ?? e.cause;
  }
  return chain;
}

/** True when an error (or what it wraps) says the database cannot be reached or gave no connection in time. */
export function isDatabaseUnavailable(error: unknown): boolean {
  return causes(error).some((e) => {
    const { code, message, errors } = e as { code?: unknown; message?: unknown; errors?: unknown };
    if (
      typeof code === 'string' &&
      (NETWORK_CODES.has(code) || UNAVAILABLE_SQLSTATES.has(code) || code.startsWith('08'))
    )
      return true;
    // Node reports a refused dual-stack connect as an AggregateError of the per-address failures.
    if (Array.isArray(errors) && errors.some(isDatabaseUnavailable)) return true;
    return typeof message === 'string' && UNAVAILABLE_TEXTS.some((t) => message.includes(t));
  });
}

/** The error the caller sees instead of the masked internal one. */
export function databaseUnavailable(error: unknown): AppError {
  const busy = causes(error).some(
    (e) =>
      typeof (e as { message?: unknown }).message === 'string' &&
      (e as Error).message.includes(POOL_EXHAUSTED_TEXT),
  );
  return busy
    ? new AppError(
        ErrorCode.ServiceUnavailable,
        '서버가 혼잡해 데이터베이스 연결을 받지 못했습니다. 잠시 후 다시 시도해 주세요.',
        'The server is busy: no database connection became free in time. Please try again shortly.',
      )
    : new AppError(
        ErrorCode.ServiceUnavailable,
        '데이터베이스에 연결할 수 없습니다. 잠시 후 다시 시도해 주세요.',
        'The database cannot be reached. Please try again shortly.',
      );
}

export const RETRY_AFTER_SECONDS = 5;

/**
 * A request that failed because the database is down (or gave no connection in time) is answered
 * `503 Service Unavailable` with `Retry-After`, as `/health` says, not `200` with an error body.
 */
export const databaseUnavailableHooks: RequestHooks = {
  async didEncounterErrors({ errors, response }) {
    if (!errors.some(isDatabaseUnavailable)) return;
    response.http.status = 503;
    response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
  },
};
