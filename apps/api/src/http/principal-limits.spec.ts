import { PrincipalLimits, RateLimited, type Release } from './principal-limits';

const settings = { concurrency: 2, queue: 1, ratePerSecond: 10, burst: 5 };

describe('per-caller limits', () => {
  let now = 0;
  let limits: PrincipalLimits;
  beforeEach(() => {
    now = 1_000_000;
    limits = new PrincipalLimits(settings, () => now);
  });
  afterEach(() => limits.stop());

  const refusal = (fn: () => unknown): RateLimited => {
    try {
      fn();
    } catch (error) {
      if (error instanceof RateLimited) return error;
      throw error;
    }
    throw new Error('not refused');
  };

  it('runs up to the concurrency, lines up the queue, refuses beyond with a retry hint', async () => {
    const first = limits.admit('busan/a') as Release;
    const second = limits.admit('busan/a') as Release;
    expect(typeof first).toBe('function');
    expect(typeof second).toBe('function');
    const third = limits.admit('busan/a');
    expect(third).toBeInstanceOf(Promise);
    const refused = refusal(() => limits.admit('busan/a'));
    expect(refused.retryAfterSeconds).toBe(1);
    expect(refused.messageEn).toContain('at the same time');
    expect(refused.messageKo).toContain('동시에');

    // another caller is not affected
    expect(typeof limits.admit('daegu/b')).toBe('function');

    let started = false;
    void (third as Promise<Release>).then(() => (started = true));
    await Promise.resolve();
    expect(started).toBe(false);
    first();
    first(); // releasing twice gives back one slot only
    await new Promise((r) => setImmediate(r));
    expect(started).toBe(true);
    // the slot passed to the one in line: 2 running, the line is free for one more, then full again
    expect(limits.admit('busan/a')).toBeInstanceOf(Promise);
    expect(refusal(() => limits.admit('busan/a')).retryAfterSeconds).toBe(1);
  });

  it('allows a burst, then the sustained rate, and says when to come back', () => {
    for (let i = 0; i < settings.burst; i++) (limits.admit('busan/r') as Release)();
    const refused = refusal(() => limits.admit('busan/r'));
    expect(refused.retryAfterSeconds).toBe(1);
    expect(refused.messageEn).toBe('Too many requests. Try again in 1 s.');
    expect(refused.messageKo).toBe('요청이 너무 많습니다. 1초 후에 다시 시도해 주세요.');
    now += 100; // one token back at 10 per second
    (limits.admit('busan/r') as Release)();
    expect(() => limits.admit('busan/r')).toThrow(RateLimited);
  });

  it('asks for a longer wait when the rate is slow', () => {
    const slow = new PrincipalLimits({ ...settings, ratePerSecond: 0.1, burst: 1 }, () => now);
    (slow.admit('x') as Release)();
    expect(refusal(() => slow.admit('x')).retryAfterSeconds).toBe(10);
    slow.stop();
  });
});
