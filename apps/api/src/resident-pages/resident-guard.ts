import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Request, Response } from 'express';

/** How many requests of a kind one address may make per window, per tenant. */
export interface WindowLimit {
  readonly max: number;
  readonly windowMs: number;
}

export const RESIDENT_LIMITS = {
  /** Every resident page and form. */
  page: { max: 120, windowMs: 60_000 },
  /** 나의 민원보기 attempts: guessing receipt numbers and digits stays slow. */
  lookup: { max: 10, windowMs: 10 * 60_000 },
  survey: { max: 20, windowMs: 10 * 60_000 },
  apply: { max: 5, windowMs: 60 * 60_000 },
  /** Following a public task by e-mail (each new follow sends a confirmation: no mail cannon). */
  follow: { max: 10, windowMs: 60 * 60_000 },
} as const satisfies Record<string, WindowLimit>;
export type ResidentAction = keyof typeof RESIDENT_LIMITS;

/**
 * Fixed-window counters per (address, tenant, action), in memory: the pages run in the API process, and a
 * deployment with several processes divides an attacker's budget by no more than their count. Other public
 * endpoints (the open data) use it with actions and limits of their own.
 */
export class ResidentRateLimiter<A extends string = ResidentAction> {
  private readonly windows = new Map<string, { start: number; count: number }>();
  private readonly sweep: NodeJS.Timeout;

  constructor(private readonly limits: Record<A, WindowLimit> = RESIDENT_LIMITS as Record<A, WindowLimit>) {
    this.sweep = setInterval(() => this.forgetOld(), 60_000);
    this.sweep.unref();
  }

  /** Counts one request; answers the seconds to wait when over the limit, else 0. */
  take(address: string, tenant: string, action: A, now = Date.now()): number {
    const limit = this.limits[action];
    const key = `${action}\u0000${tenant}\u0000${address}`;
    let w = this.windows.get(key);
    if (!w || now - w.start >= limit.windowMs) this.windows.set(key, (w = { start: now, count: 0 }));
    w.count += 1;
    return w.count > limit.max ? Math.ceil((w.start + limit.windowMs - now) / 1000) : 0;
  }

  stop(): void {
    clearInterval(this.sweep);
  }

  private forgetOld(now = Date.now()): void {
    const longest = Math.max(...Object.values<WindowLimit>(this.limits).map((l) => l.windowMs));
    for (const [key, w] of this.windows) if (now - w.start >= longest) this.windows.delete(key);
  }
}

export const CSRF_COOKIE = 'pcrm_r_csrf';

/**
 * The form token (double submit): a random value in a SameSite=Strict, HttpOnly cookie scoped to /r/, repeated
 * in each form; a POST whose field does not match the cookie, or that a browser marks cross-site, is refused.
 */
export function csrfToken(req: Request, res: Response, secure: boolean): string {
  if (typeof res.locals.csrf === 'string') return res.locals.csrf;
  const existing = readCookie(req, CSRF_COOKIE);
  if (existing && /^[A-Za-z0-9_-]{43}$/.test(existing)) return (res.locals.csrf = existing);
  const token = (res.locals.csrf = randomBytes(32).toString('base64url'));
  res.setHeader(
    'Set-Cookie',
    `${CSRF_COOKIE}=${token}; Path=/r/; HttpOnly; SameSite=Strict${secure ? '; Secure' : ''}`,
  );
  return token;
}

export function csrfValid(req: Request): boolean {
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return false;
  const cookie = readCookie(req, CSRF_COOKIE);
  const sent = typeof req.body?._csrf === 'string' ? (req.body._csrf as string) : '';
  if (!cookie || cookie.length !== sent.length) return false;
  return timingSafeEqual(Buffer.from(cookie), Buffer.from(sent));
}

function readCookie(req: Request, name: string): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const i = part.indexOf('=');
    if (i > 0 && part.slice(0, i).trim() === name) return part.slice(i + 1).trim();
  }
  return null;
}

/** The resident pages load only their own files and post only to themselves. */
export const RESIDENT_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join('; ');

/** Waits until `ms` have passed since `started`, so a found and a missing case answer alike in time. */
export async function padTo(started: number, ms: number): Promise<void> {
  const left = started + ms - Date.now();
  if (left > 0) await new Promise((resolve) => setTimeout(resolve, left));
}
