/** Logins begun and not yet finished that the development provider holds at most (each lives 10 minutes). */
export const MAX_PENDING_LOGINS = 20_000;
const SWEEP_EVERY_MS = 30_000;
const INTERACTION = 'Interaction:';

/**
 * Storage behind oidc-provider's memory adapter (the interface of its LRU: get, set with maxAge, delete).
 * Unlike that LRU, which holds 1,000 entries for every realm together and drops the oldest to make room,
 * entries here live exactly until they expire: a flood of new login requests cannot push out another
 * user's login in progress or session. New logins beyond MAX_PENDING_LOGINS are refused instead
 * (`loginsFull`).
 */
export class ExpiringStore {
  private readonly entries = new Map<string, { value: unknown; expiresAt: number }>();
  private interactions = 0;
  private readonly sweeper: NodeJS.Timeout;

  constructor() {
    this.sweeper = setInterval(() => this.sweep(), SWEEP_EVERY_MS);
    this.sweeper.unref();
  }

  get(key: string): unknown {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= Date.now()) {
      this.delete(key);
      return undefined;
    }
    return entry.value;
  }

  set(key: string, value: unknown, options?: { maxAge?: number }): void {
    if (!this.entries.has(key) && key.startsWith(INTERACTION)) this.interactions += 1;
    const maxAge = options?.maxAge;
    this.entries.set(key, { value, expiresAt: typeof maxAge === 'number' ? Date.now() + maxAge : Infinity });
  }

  delete(key: string): void {
    if (this.entries.delete(key) && key.startsWith(INTERACTION)) this.interactions -= 1;
  }

  /** True when no further login may begin until pending ones finish or expire. */
  get loginsFull(): boolean {
    return this.interactions >= MAX_PENDING_LOGINS;
  }

  close(): void {
    clearInterval(this.sweeper);
  }

  private sweep(): void {
    const now = Date.now();
    for (const [key, entry] of this.entries) if (entry.expiresAt <= now) this.delete(key);
  }
}
