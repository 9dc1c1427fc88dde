import type { IncomingHttpHeaders } from 'node:http';
import type { NextFunction, Request, Response } from 'express';
import { AppError, errorResponseBody } from '../errors/app-errors';
import { RequestContexts, type Principal } from '../context/request-context';
import { unauthenticated, type TokenVerifier } from './token-verifier';

const BEARER = /^Bearer\s+(\S+)$/i;

/**
 * The caller of a request, from its bearer token only: the verified token, never a header or argument the
 * caller picks, decides the tenant. Rejects with an `UNAUTHENTICATED` AppError.
 */
export function authenticate(verifier: TokenVerifier, headers: IncomingHttpHeaders): Promise<Principal> {
  const match = BEARER.exec(headers.authorization ?? '');
  if (!match) {
    return Promise.reject(
      unauthenticated(
        '로그인이 필요합니다. Bearer 토큰을 보내 주세요.',
        'Authentication required: send a Bearer token.',
      ),
    );
  }
  return verifier.verify(match[1]);
}

/** The 401 answer to a refused token: RFC 6750 `WWW-Authenticate` and the GraphQL-shaped body. */
export function unauthenticatedResponse(error: AppError): { headers: Record<string, string>; body: string } {
  const { messageEn } = error.extensions as { messageEn: string };
  return {
    headers: {
      'WWW-Authenticate': `Bearer realm="pcrm", error="invalid_token", error_description="${messageEn}"`,
      'Content-Type': 'application/json; charset=utf-8',
    },
    body: JSON.stringify(errorResponseBody(error)),
  };
}

/** Every request to the API carries a bearer token; the request then runs inside its AsyncLocalStorage context. */
export function bearerAuth(verifier: TokenVerifier) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (req.method === 'OPTIONS') return next();
    authenticate(verifier, req.headers).then(
      (principal) => RequestContexts.run(principal, () => next()),
      (error: unknown) => {
        if (!(error instanceof AppError)) return next(error);
        const refusal = unauthenticatedResponse(error);
        res.status(401).set(refusal.headers).send(refusal.body);
      },
    );
  };
}
