/** Wrong passwords allowed before an account is locked for a while from one address. */
export const FREE_LOGIN_FAILURES = 5;
/** The first lock; each further wrong password doubles it, up to MAX_LOCK_MS. */
const FIRST_LOCK_MS = 15_000;
const MAX_LOCK_MS = 15 * 60_000;
/** Failures are forgotten after this long without a new one. */
const FORGET_AFTER_MS = 15 * 60_000;
const MAX_TRACKED = 10_000;

interface Failures {
  count: number;
  lastAt: number;
  lockedUntil: number;
}

/**
 * Throttles password guessing per account and client address: a few wrong passwords are free, then every
 * wrong one locks that account for that address for a doubling time (15 s, 30 s, … 15 min). A correct
 * password during a lock is refused too, so guessing gains nothing; after a success the count starts over.
 */
export class LoginThrottle {
  private readonly failures = new Map<string, Failures>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Seconds the caller must wait before trying this account again from this address; 0 when free. */
  retryAfterSeconds(key: string): number {
    const entry = this.failures.get(key);
    if (!entry) return 0;
    const now = this.now();
    if (entry.lockedUntil <= now && now - entry.lastAt > FORGET_AFTER_MS) {
      this.failures.delete(key);
      return 0;
    }
    return Math.max(0, Math.ceil((entry.lockedUntil - now) / 1000));
  }

  failed(key: string): void {
    const now = this.now();
    const previous = this.failures.get(key);
    const count = previous && now - previous.lastAt <= FORGET_AFTER_MS ? previous.count + 1 : 1;
    const extra = count - FREE_LOGIN_FAILURES;
    const lockedUntil = extra > 0 ? now + Math.min(FIRST_LOCK_MS * 2 ** (extra - 1), MAX_LOCK_MS) : 0;
    this.failures.delete(key); // re-inserted last: the map's order is the order of last failure
    if (this.failures.size >= MAX_TRACKED) this.forgetOldest(now);
    this.failures.set(key, { count, lastAt: now, lockedUntil });
  }

  succeeded(key: string): void {
    this.failures.delete(key);
  }

  private forgetOldest(now: number): void {
    for (const [key, entry] of this.failures) {
      if (this.failures.size < MAX_TRACKED) return;
      if (entry.lockedUntil <= now) this.failures.delete(key);
    }
    // Everything is locked: drop the lock that ends first rather than grow without bound.
    if (this.failures.size >= MAX_TRACKED) this.failures.delete(this.failures.keys().next().value!);
  }
}

/** The throttle key of one account in one realm tried from one address. */
export const loginKey = (realm: string, username: string, address: string | undefined): string =>
  `${realm}\n${username.normalize('NFC').toLowerCase()}\n${address ?? ''}`;
