import type { NextFunction, Request, Response } from 'express';
import { AppError, ErrorCode, errorResponseBody, type Principal } from '@pcrm/tenancy';
import { RateLimited, type PrincipalLimits, type Release } from './principal-limits';

/** One caller = one token subject of one realm (all of its tokens together). */
export const callerOf = (principal: Principal): string => `${principal.realm}/${principal.subject}`;

/** The 429 answer: `Retry-After` and the GraphQL-shaped error body. */
export function tooManyRequests(error: RateLimited): { headers: Record<string, string>; body: string } {
  return {
    headers: {
      'Retry-After': String(error.retryAfterSeconds),
      'Content-Type': 'application/json; charset=utf-8',
    },
    body: JSON.stringify(
      errorResponseBody(
        new AppError(ErrorCode.RateLimited, error.messageKo, error.messageEn, {
          retryAfterSeconds: error.retryAfterSeconds,
        }),
      ),
    ),
  };
}

/**
 * A slot for the caller's request: at once (the usual case, without a promise), after waiting in line, or the
 * RateLimited refusal (thrown, or rejected after waiting).
 */
export function admit(limits: PrincipalLimits, principal: Principal): Release | Promise<Release> {
  return limits.admit(callerOf(principal));
}

/** The same limits for /graphql requests that take the Express route (GET, other content types). */
export function callerLimits(limits: PrincipalLimits, current: () => Principal | undefined) {
  return (_req: Request, res: Response, next: NextFunction): void => {
    const principal = current();
    if (!principal) return next();
    Promise.resolve()
      .then(() => admit(limits, principal))
      .then(
        (release) => {
          res.once('close', release);
          next();
        },
        (error: unknown) => {
          if (!(error instanceof RateLimited)) return next(error);
          const refusal = tooManyRequests(error);
          res.status(429).set(refusal.headers).send(refusal.body);
        },
      );
  };
}
