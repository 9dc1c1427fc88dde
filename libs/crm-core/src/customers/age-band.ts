import { AgeBand } from './customer.enums';

/** Whole years of age `[from, to)` of each band; `to` null has no upper bound. UNKNOWN has no birth date. */
export const AGE_BAND_YEARS: Record<Exclude<AgeBand, AgeBand.UNKNOWN>, readonly [number, number | null]> = {
  UNDER_20: [0, 20],
  TWENTIES: [20, 30],
  THIRTIES: [30, 40],
  FORTIES: [40, 50],
  FIFTIES: [50, 60],
  SIXTIES: [60, 70],
  SEVENTY_PLUS: [70, null],
};

/** Age in whole years on `today` of someone born on `birthDate` (both YYYY-MM-DD). */
export function ageOn(birthDate: string, today: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [ty, tm, td] = today.split('-').map(Number);
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

export function ageBandOf(birthDate: string | null, today = new Date().toISOString().slice(0, 10)): AgeBand {
  if (!birthDate) return AgeBand.UNKNOWN;
  const age = ageOn(birthDate, today);
  for (const [band, [from, to]] of Object.entries(AGE_BAND_YEARS))
    if (age >= from && (to === null || age < to)) return band as AgeBand;
  return AgeBand.UNDER_20;
}
