import type { NextFunction, Request, Response } from 'express';
import { AppError, errorResponseBody } from '../errors/app-errors';
import { RequestContexts } from '../context/request-context';
import { unauthenticated, type TokenVerifier } from './token-verifier';

function refuse(res: Response, error: AppError): void {
  const { messageEn } = error.extensions as { messageEn: string };
  res
    .status(401)
    .set('WWW-Authenticate', `Bearer realm="pcrm", error="invalid_token", error_description="${messageEn}"`)
    .json(errorResponseBody(error));
}

/**
 * Every request to the API carries a bearer token; the verified token, never a header or argument the
 * caller picks, decides the tenant. The request then runs inside its AsyncLocalStorage context.
 */
export function bearerAuth(verifier: TokenVerifier) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (req.method === 'OPTIONS') return next();
    const header = req.headers.authorization ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) {
      return refuse(
        res,
        unauthenticated(
          '로그인이 필요합니다. Bearer 토큰을 보내 주세요.',
          'Authentication required: send a Bearer token.',
        ),
      );
    }
    verifier.verify(match[1]).then(
      (principal) => RequestContexts.run(principal, () => next()),
      (error: unknown) => (error instanceof AppError ? refuse(res, error) : next(error)),
    );
  };
}
