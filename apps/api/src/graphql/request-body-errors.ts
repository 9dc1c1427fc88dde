import type { NextFunction, Request, Response } from 'express';
import { AppError, ErrorCode, errorResponseBody } from '@pcrm/tenancy';

/** The largest request body /graphql accepts. */
export const BODY_LIMIT_BYTES = 1024 * 1024;

export const bodyTooLarge = (): AppError =>
  new AppError(ErrorCode.PayloadTooLarge, '요청 본문이 1MB 를 넘습니다.', 'The request body exceeds 1 MB.');

export const bodyNotJson = (reason: string): AppError =>
  new AppError(
    ErrorCode.BadRequest,
    `요청 본문이 올바른 JSON 이 아닙니다: ${reason}`,
    `The request body is not valid JSON: ${reason}`,
  );

interface BodyParserError {
  type?: string;
  message?: string;
}

/** body-parser's failures as GraphQL-shaped JSON: 413 over the size limit, 400 for broken JSON. */
export function requestBodyErrors(
  error: BodyParserError,
  _req: Request,
  res: Response,
  next: NextFunction,
): void {
  if (error?.type === 'entity.too.large') {
    res.status(413).json(errorResponseBody(bodyTooLarge()));
    return;
  }
  if (error?.type === 'entity.parse.failed') {
    res.status(400).json(errorResponseBody(bodyNotJson(error.message ?? '')));
    return;
  }
  next(error);
}
