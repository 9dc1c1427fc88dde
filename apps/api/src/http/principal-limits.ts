/** How much of the server one caller (token subject of a realm) may use at once and over time. */
export interface PrincipalLimitSettings {
  /** Requests of one caller executing at the same time; more wait in line. */
  readonly concurrency: number;
  /** Requests of one caller that may wait for a free slot; beyond that: 429. */
  readonly queue: number;
  /** Sustained requests per second per caller (token bucket refill). */
  readonly ratePerSecond: number;
  /** Requests a caller may send in a burst above the sustained rate (bucket size). */
  readonly burst: number;
}

/** A refusal the caller can act on: wait `retryAfterSeconds` (answered as 429 with `Retry-After`). */
export class RateLimited extends Error {
  constructor(
    readonly retryAfterSeconds: number,
    readonly messageKo: string,
    readonly messageEn: string,
  ) {
    super(messageEn);
  }
}

interface CallerState {
  tokens: number;
  refilledAtMs: number;
  running: number;
  readonly waiting: (() => void)[];
}

/** Gives the slot back; call exactly once when the request has ended. */
export type Release = () => void;

const IDLE_SWEEP_MS = 60_000;

/**
 * Per-caller concurrency and rate limits, so one caller's burst of heavy requests cannot take every
 * database connection and event-loop turn from the other tenants. In memory, per process.
 */
export class PrincipalLimits {
  private readonly callers = new Map<string, CallerState>();
  private readonly sweeper: NodeJS.Timeout;

  constructor(
    private readonly settings: PrincipalLimitSettings,
    private readonly now: () => number = Date.now,
  ) {
    this.sweeper = setInterval(() => this.sweep(), IDLE_SWEEP_MS).unref();
  }

  /** A slot for one request of `caller`: at once, after waiting in line, or a RateLimited rejection. */
  admit(caller: string): Release | Promise<Release> {
    const state = this.stateOf(caller);
    this.refill(state);
    if (state.tokens < 1) {
      const seconds = Math.max(1, Math.ceil((1 - state.tokens) / this.settings.ratePerSecond));
      throw new RateLimited(
        seconds,
        `요청이 너무 많습니다. ${seconds}초 후에 다시 시도해 주세요.`,
        `Too many requests. Try again in ${seconds} s.`,
      );
    }
    if (state.running >= this.settings.concurrency && state.waiting.length >= this.settings.queue) {
      throw new RateLimited(
        1,
        '동시에 처리 중인 요청이 너무 많습니다. 앞선 요청이 끝난 뒤 다시 시도해 주세요.',
        'Too many requests at the same time. Try again when earlier requests have finished.',
      );
    }
    state.tokens -= 1;
    if (state.running < this.settings.concurrency) {
      state.running += 1;
      return this.releaser(state);
    }
    return new Promise<Release>((resolve) => {
      state.waiting.push(() => resolve(this.releaser(state)));
    });
  }

  stop(): void {
    clearInterval(this.sweeper);
  }

  private releaser(state: CallerState): Release {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = state.waiting.shift();
      if (next)
        next(); // the slot passes straight to the next request in line
      else state.running -= 1;
    };
  }

  private stateOf(caller: string): CallerState {
    let state = this.callers.get(caller);
    if (!state) {
      state = { tokens: this.settings.burst, refilledAtMs: this.now(), running: 0, waiting: [] };
      this.callers.set(caller, state);
    }
    return state;
  }

  private refill(state: CallerState): void {
    const now = this.now();
    const elapsed = now - state.refilledAtMs;
    if (elapsed <= 0) return;
    state.tokens = Math.min(
      this.settings.burst,
      state.tokens + (elapsed * this.settings.ratePerSecond) / 1000,
    );
    state.refilledAtMs = now;
  }

  /** Forgets callers that are idle with a full bucket, so the map does not grow with every token ever seen. */
  private sweep(): void {
    for (const [caller, state] of this.callers) {
      this.refill(state);
      if (state.running === 0 && state.waiting.length === 0 && state.tokens >= this.settings.burst)
        this.callers.delete(caller);
    }
  }
}
