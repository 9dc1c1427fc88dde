/** Stable `extensions.code`s of the API; clients switch on these, never on message text. */
export const ErrorCode = {
  Unauthenticated: 'UNAUTHENTICATED',
  Forbidden: 'FORBIDDEN',
  BadUserInput: 'BAD_USER_INPUT',
  NotFound: 'NOT_FOUND',
  Conflict: 'CONFLICT',
  PayloadTooLarge: 'PAYLOAD_TOO_LARGE',
  BadRequest: 'BAD_REQUEST',
  /** A statement ran past its timeout or a transaction sat idle too long; nothing was changed. */
  Timeout: 'TIMEOUT',
  /** Personal data was read but its access-log entry could not be written, so the data is withheld. */
  AccessLogUnavailable: 'ACCESS_LOG_UNAVAILABLE',
  Internal: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];
