import type { NextFunction, Request, Response } from 'express';

interface BodyParserError {
  type?: string;
  status?: number;
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
    res.status(413).json({
      errors: [
        {
          message: '요청 본문이 1MB 를 넘습니다.',
          extensions: { code: 'PAYLOAD_TOO_LARGE', messageEn: 'The request body exceeds 1 MB.' },
        },
      ],
    });
    return;
  }
  if (error?.type === 'entity.parse.failed') {
    res.status(400).json({
      errors: [
        {
          message: `요청 본문이 올바른 JSON 이 아닙니다: ${error.message}`,
          extensions: {
            code: 'BAD_REQUEST',
            messageEn: `The request body is not valid JSON: ${error.message}`,
          },
        },
      ],
    });
    return;
  }
  next(error);
}
