import type { NextFunction, Request, Response } from 'express';

/** Headers every response carries; the admin page adds its own Content-Security-Policy. */
export function protectiveHeaders(production: boolean): Readonly<Record<string, string>> {
  return {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'same-origin',
    'X-Frame-Options': 'DENY',
    ...(production ? { 'Strict-Transport-Security': 'max-age=31536000; includeSubDomains' } : {}),
  };
}

export function securityHeaders(production: boolean) {
  const headers = Object.entries(protectiveHeaders(production));
  return (_req: Request, res: Response, next: NextFunction): void => {
    for (const [name, value] of headers) res.setHeader(name, value);
    next();
  };
}

/** The admin single-page app talks only to its own origin and the identity provider. */
export function adminContentSecurityPolicy(keycloakUrl: string): string {
  const identity = new URL(keycloakUrl).origin;
  return [
    "default-src 'self'",
    "script-src 'self'",
    // Ant Design injects its component styles at run time (CSS-in-JS).
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src 'self' ${identity}`,
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join('; ');
}
