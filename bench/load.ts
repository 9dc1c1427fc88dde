import autocannon = require('autocannon');

export interface LoadOptions {
  readonly connections: number;
  /** Seconds of load whose results are thrown away (JIT, pools and caches warm up). */
  readonly warmupSeconds: number;
  /** Seconds measured. */
  readonly durationSeconds: number;
  /** Hard cap on requests per phase, so a run is bounded by count as well as by time. */
  readonly maxRequests: number;
}

export interface LoadTarget {
  readonly label: string;
  readonly url: string;
  readonly method: string;
  readonly headers: Record<string, string>;
  readonly body?: string;
  /** When set, these bodies are sent in turn instead of `body`. */
  readonly bodies?: readonly string[];
  /** When set, every response body must equal it. */
  readonly expectBody?: string;
  /** When set (and `expectBody` is not), a body carrying GraphQL `errors` counts as a wrong body. */
  readonly refuseErrors?: boolean;
}

/** A GraphQL answer with errors (Apollo writes `"errors":[` only for them). */
export const carriesErrors = (body: string): boolean => body.includes('"errors":[');

export interface LoadResult {
  readonly requests: number;
  readonly seconds: number;
  readonly rps: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly p99Ms: number;
  /** Measured from the wall clock of this process (process.hrtime), in microseconds: for profile windows. */
  readonly startUs: number;
  readonly endUs: number;
}

export class LoadFailure extends Error {}

const percentile = (sorted: Float64Array, p: number): number =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN;
const round = (n: number, digits = 2): number => Math.round(n * 10 ** digits) / 10 ** digits;
const nowUs = (): number => Number(process.hrtime.bigint() / 1000n);

/** One autocannon phase; rejects when any response was not 2xx, timed out, failed, or had the wrong body. */
function phase(
  target: LoadTarget,
  connections: number,
  seconds: number,
  maxRequests: number,
): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    let latencies = new Float64Array(1 << 16);
    let count = 0;
    let lastUs = 0;
    let firstError: string | undefined;
    let firstMismatch: string | undefined;
    const startUs = nowUs();
    const instance = autocannon(
      {
        url: target.url,
        method: target.method,
        headers: target.headers,
        body: target.body,
        // autocannon refuses `expectBody` next to any `requests` option, even an undefined one.
        ...(target.bodies ? { requests: target.bodies.map((body) => ({ body })) } : {}),
        connections,
        duration: seconds,
        maxOverallRequests: maxRequests,
        timeout: 10,
        expectBody: target.expectBody,
        verifyBody:
          target.expectBody === undefined && target.refuseErrors
            ? (body: string) => !carriesErrors(body)
            : undefined,
      },
      (error, result) => {
        if (error) return reject(error);
        const problems: string[] = [];
        if (result.non2xx)
          problems.push(`${result.non2xx} non-2xx responses (${JSON.stringify(result.statusCodeStats)})`);
        if (result.errors)
          problems.push(`${result.errors} errors (${result.timeouts} timeouts; first: ${firstError})`);
        if (result.mismatches)
          problems.push(`${result.mismatches} wrong bodies (first: ${firstMismatch?.slice(0, 300)})`);
        const ok = result['2xx'];
        if (!ok) problems.push('no successful response at all');
        if (problems.length) return reject(new LoadFailure(`${target.label}: ${problems.join('; ')}`));
        const sorted = latencies.subarray(0, count).sort();
        // autocannon stops at its next 1 s tick, and its duration counts idle time after a count cap: measure
        // from the start to the last response instead.
        const seconds = Math.max(lastUs - startUs, 1) / 1e6;
        resolve({
          requests: ok,
          seconds: round(seconds, 2),
          rps: round(ok / seconds, 1),
          p50Ms: round(percentile(sorted, 50)),
          p95Ms: round(percentile(sorted, 95)),
          p99Ms: round(percentile(sorted, 99)),
          startUs,
          endUs: lastUs,
        });
      },
    );
    instance.on('response', (_client, _status, _bytes, responseTimeMs) => {
      if (count === latencies.length) {
        const bigger = new Float64Array(latencies.length * 2);
        bigger.set(latencies);
        latencies = bigger;
      }
      latencies[count++] = responseTimeMs;
      lastUs = nowUs();
    });
    instance.on('reqError', (error) => (firstError ??= error.message));
    instance.on('reqMismatch', (body) => (firstMismatch ??= body));
  });
}

/** Warm-up, then the measured phase, with the same connections. */
export async function load(target: LoadTarget, options: LoadOptions): Promise<LoadResult> {
  if (options.warmupSeconds > 0)
    await phase(target, options.connections, options.warmupSeconds, options.maxRequests);
  return phase(target, options.connections, options.durationSeconds, options.maxRequests);
}
