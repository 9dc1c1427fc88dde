import type { NextFunction, Request, Response } from 'express';
import { AppError, ErrorCode, errorResponseBody } from '@pcrm/tenancy';

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
    const tooLarge = new AppError(
      ErrorCode.PayloadTooLarge,
      '요청 본문이 1MB 를 넘습니다.',
      'The request body exceeds 1 MB.',
    );
    res.status(413).json(errorResponseBody(tooLarge));
    return;
  }
  if (error?.type === 'entity.parse.failed') {
    const broken = new AppError(
      ErrorCode.BadRequest,
      `요청 본문이 올바른 JSON 이 아닙니다: ${error.message}`,
      `The request body is not valid JSON: ${error.message}`,
    );
    res.status(400).json(errorResponseBody(broken));
    return;
  }
  next(error);
}
