/** Stable `extensions.code`s of the API; clients switch on these, never on message text. */
export const ErrorCode = {
  Unauthenticated: 'UNAUTHENTICATED',
  Forbidden: 'FORBIDDEN',
  BadUserInput: 'BAD_USER_INPUT',
  NotFound: 'NOT_FOUND',
  Conflict: 'CONFLICT',
  /** A petition's workflow does not allow this event from the case's current state (or a guard refuses it). */
  InvalidTransition: 'INVALID_TRANSITION',
  PayloadTooLarge: 'PAYLOAD_TOO_LARGE',
  BadRequest: 'BAD_REQUEST',
  /** A statement ran past its timeout or a transaction sat idle too long; nothing was changed. */
  Timeout: 'TIMEOUT',
  /** One caller sent too many requests (at once or per second); `Retry-After` says when to come back. */
  RateLimited: 'RATE_LIMITED',
  /** The database cannot be reached or gave no connection in time; `Retry-After` says when to come back. */
  ServiceUnavailable: 'SERVICE_UNAVAILABLE',
  /** Personal data was read but its access-log entry could not be written, so the data is withheld. */
  AccessLogUnavailable: 'ACCESS_LOG_UNAVAILABLE',
  Internal: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];
