import { REUSE_MS, ReportCache, SLOW_MS } from './report-cache';

/** A clock the test moves, and computations it finishes when it wants. */
function setup() {
  let now = 1_000_000;
  const cache = new ReportCache<string>(() => now);
  const pending: { finish: (value: string, tookMs: number) => void; fail: (error: Error) => void }[] = [];
  let calls = 0;
  const compute = () => {
    calls += 1;
    return new Promise<string>((resolve, reject) =>
      pending.push({
        finish: (value, tookMs) => {
          now += tookMs;
          resolve(value);
        },
        fail: reject,
      }),
    );
  };
  return {
    cache,
    compute,
    pending,
    calls: () => calls,
    advance: (ms: number) => (now += ms),
  };
}

it('callers that ask while a computation runs share it: one pass, one answer', async () => {
  const t = setup();
  const first = t.cache.get('busan|', t.compute);
  const second = t.cache.get('busan|', t.compute);
  t.pending[0].finish('counts', 10);
  const [a, b] = await Promise.all([first, second]);
  expect(t.calls()).toBe(1);
  expect(a.result).toBe('counts');
  expect(b).toEqual(a);
});

it('a quick result is computed anew on the next request', async () => {
  const t = setup();
  const first = t.cache.get('busan|', t.compute);
  t.pending[0].finish('old', SLOW_MS - 1);
  await first;
  const second = t.cache.get('busan|', t.compute);
  t.pending[1].finish('new', 5);
  expect((await second).result).toBe('new');
  expect(t.calls()).toBe(2);
});

it('a slow result is reused, with the time it was computed, until it is REUSE_MS old', async () => {
  const t = setup();
  const first = t.cache.get('busan|', t.compute);
  t.pending[0].finish('slow', SLOW_MS + 1);
  const computed = await first;
  t.advance(REUSE_MS - SLOW_MS - 2);
  expect(await t.cache.get('busan|', t.compute)).toEqual(computed);
  expect(t.calls()).toBe(1);
  t.advance(2);
  const later = t.cache.get('busan|', t.compute);
  t.pending[1].finish('recomputed', 5);
  expect((await later).result).toBe('recomputed');
});

it('keys are separate: another tenant or period never gets this one', async () => {
  const t = setup();
  const busan = t.cache.get('busan|', t.compute);
  const seoul = t.cache.get('seoul|', t.compute);
  t.pending[0].finish('busan counts', SLOW_MS + 1);
  t.pending[1].finish('seoul counts', SLOW_MS + 1);
  expect((await busan).result).toBe('busan counts');
  expect((await seoul).result).toBe('seoul counts');
});

it('a failed computation is not kept: the next request tries again', async () => {
  const t = setup();
  const first = t.cache.get('busan|', t.compute);
  t.pending[0].fail(new Error('statement timeout'));
  await expect(first).rejects.toThrow('statement timeout');
  const second = t.cache.get('busan|', t.compute);
  t.pending[1].finish('counts', 5);
  expect((await second).result).toBe('counts');
});

it('refresh computes anew even while a slow result is kept, and later requests get the new one', async () => {
  const t = setup();
  const first = t.cache.get('busan|', t.compute);
  t.pending[0].finish('yesterday', SLOW_MS + 1);
  await first;
  const refreshed = t.cache.refresh('busan|', t.compute);
  t.pending[1].finish('today', SLOW_MS + 1);
  expect(await refreshed).toBe('today');
  expect((await t.cache.get('busan|', t.compute)).result).toBe('today');
});

it('forgets stale results of other keys when a computation ends, so asked-once periods do not pile up', async () => {
  const t = setup();
  const first = t.cache.get('busan|2025', t.compute);
  t.pending[0].finish('old period', SLOW_MS + 1);
  await first;
  expect(t.cache.size).toBe(1);
  t.advance(REUSE_MS);
  const other = t.cache.get('busan|2026', t.compute);
  t.pending[1].finish('new period', SLOW_MS + 1);
  await other;
  expect(t.cache.size).toBe(1);
});
