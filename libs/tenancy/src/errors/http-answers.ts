import type { Request, Response } from 'express';
import { AppError, ErrorCode, errorResponseBody } from './app-errors';

/** The HTTP status of an error answered outside GraphQL (file uploads and downloads). */
const STATUS: Partial<Record<string, number>> = {
  [ErrorCode.BadUserInput]: 400,
  [ErrorCode.BadRequest]: 400,
  [ErrorCode.Unauthenticated]: 401,
  [ErrorCode.Forbidden]: 403,
  [ErrorCode.NotFound]: 404,
  [ErrorCode.Conflict]: 409,
  [ErrorCode.PayloadTooLarge]: 413,
  [ErrorCode.RateLimited]: 429,
  [ErrorCode.AccessLogUnavailable]: 503,
  [ErrorCode.Timeout]: 503,
  [ErrorCode.ServiceUnavailable]: 503,
};

/**
 * `attachment; filename="<ASCII fallback>"; filename*=UTF-8''<RFC 5987>`, so Korean file names survive every
 * browser (RFC 6266); `'()*` are percent-encoded too, as RFC 5987's attr-char excludes them.
 */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/**
 * Reads and drops what is left of a request body, up to `limit` more bytes, so the client finishes sending
 * and reads the answer instead of a broken pipe; past `limit` the connection is closed.
 */
export function drainRequest(req: Request, limit: number): void {
  let dropped = 0;
  req.on('data', (chunk: Buffer) => {
    dropped += chunk.length;
    if (dropped > limit) req.destroy();
  });
  req.resume();
}

/**
 * The answer to a failed upload or download outside GraphQL: an AppError as its status and GraphQL-shaped
 * body (stable code, Korean message, messageEn); anything else logged and answered 500 with `failedKo/En`.
 * The unread rest of the body is drained up to `drainLimit` bytes.
 */
export function answerError(
  req: Request,
  res: Response,
  error: unknown,
  failed: { ko: string; en: string },
  drainLimit: number,
): void {
  drainRequest(req, drainLimit);
  if (res.headersSent) {
    res.destroy();
    return;
  }
  if (!(error instanceof AppError)) {
    console.error((error as Error).stack ?? String(error));
    res.status(500).json({
      errors: [{ message: failed.ko, extensions: { code: ErrorCode.Internal, messageEn: failed.en } }],
    });
    return;
  }
  const code = (error.extensions as { code: string }).code;
  res.status(STATUS[code] ?? 400).json(errorResponseBody(error));
}
