import type { MinistryIndicatorDistribution } from './ministry-indicators.model';

/** The median of values in any order (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** The p-quantile of ascending values, interpolated between neighbours (as SQL's percentile_cont). */
export function quantile(sorted: readonly number[], p: number): number | null {
  if (!sorted.length) return null;
  const at = (sorted.length - 1) * p;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return sorted[low] + (sorted[high] - sorted[low]) * (at - low);
}

export function distribution(values: readonly number[]): MinistryIndicatorDistribution {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    min: sorted[0] ?? null,
    q1: quantile(sorted, 0.25),
    median: median(sorted),
    q3: quantile(sorted, 0.75),
    max: sorted.at(-1) ?? null,
    tenants: sorted.length,
  };
}
