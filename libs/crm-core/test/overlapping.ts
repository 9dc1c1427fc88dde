import { setTimeout as sleep } from 'node:timers/promises';
import type { ServiceTestbed } from './service-testbed';

/**
 * Two writers that overlap for sure: `first` runs in a scope that stays open (uncommitted) for `holdMs`
 * after its work is done, and `second` starts in its own scope only then. Without a lock or key that
 * serializes them, `second` cannot see what `first` wrote.
 */
export async function overlapping<A, B>(
  bed: ServiceTestbed,
  first: () => Promise<A>,
  second: () => Promise<B>,
  holdMs = 300,
): Promise<[PromiseSettledResult<A>, PromiseSettledResult<B>]> {
  let done!: () => void;
  const firstDone = new Promise<void>((resolve) => (done = resolve));
  const a = bed.scope(async () => {
    try {
      return await first();
    } finally {
      done();
      await sleep(holdMs);
    }
  });
  await firstDone;
  const b = bed.scope(second);
  return [...(await Promise.allSettled([a, b]))] as [PromiseSettledResult<A>, PromiseSettledResult<B>];
}
