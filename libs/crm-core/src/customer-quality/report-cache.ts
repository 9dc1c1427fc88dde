/** How long a large tenant's counts are answered again without recomputing them. */
export const REUSE_MS = 10 * 60_000;
/** Counts that took longer than this to compute are kept for REUSE_MS; quicker ones are always computed anew. */
export const SLOW_MS = 3_000;

interface Entry<T> {
  readonly computedAt: number;
  readonly result: T;
  readonly tookMs: number;
}

/**
 * One computation at a time per key (a tenant's period), and, for slow ones, the result reused for a while.
 * A 1,000,000-customer tenant's report is one pass of ~15 s: ten staff opening the dashboard together then
 * cost one pass, not ten connections for 15 s each; a small tenant's report stays live on every request.
 */
export class ReportCache<T> {
  readonly #running = new Map<string, Promise<Entry<T>>>();
  readonly #kept = new Map<string, Entry<T>>();

  constructor(private readonly now: () => number = Date.now) {}

  /** The kept result of `key` while fresh, else the running computation's, else a new one from `compute`. */
  async get(key: string, compute: () => Promise<T>): Promise<{ result: T; computedAt: Date }> {
    const kept = this.#kept.get(key);
    if (kept && this.now() - kept.computedAt < REUSE_MS)
      return { result: kept.result, computedAt: new Date(kept.computedAt) };
    const entry = await this.#join(key, compute);
    return { result: entry.result, computedAt: new Date(entry.computedAt) };
  }

  /** A fresh computation whatever is kept (the daily snapshot); later `get`s may reuse it. */
  async refresh(key: string, compute: () => Promise<T>): Promise<T> {
    return (await this.#join(key, compute)).result;
  }

  /** Results kept, stale ones included until the next computation ends. */
  get size(): number {
    return this.#kept.size;
  }

  /** Stale results of any key go, so periods asked once do not stay in memory for the life of the process. */
  #forgetStale(): void {
    const now = this.now();
    for (const [key, entry] of this.#kept) if (now - entry.computedAt >= REUSE_MS) this.#kept.delete(key);
  }

  #join(key: string, compute: () => Promise<T>): Promise<Entry<T>> {
    let running = this.#running.get(key);
    if (!running) {
      const started = this.now();
      running = compute()
        .then((result) => {
          const entry = { computedAt: started, result, tookMs: this.now() - started };
          this.#forgetStale();
          if (entry.tookMs > SLOW_MS) this.#kept.set(key, entry);
          else this.#kept.delete(key);
          return entry;
        })
        .finally(() => this.#running.delete(key));
      this.#running.set(key, running);
    }
    return running;
  }
}
