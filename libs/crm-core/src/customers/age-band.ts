import { AGE_BAND_YEARS } from '../customer-keys';
import { AgeBand } from './customer.enums';

export { AGE_BAND_YEARS };

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
