/**
 * Age bands in whole years of age `[from, to)`; `to` null has no upper bound. A customer without a birth date
 * is in no band (the API calls that `UNKNOWN`). One table for the list filter, segments and the 360 view.
 */
export const AGE_BAND_YEARS = {
  UNDER_20: [0, 20],
  TWENTIES: [20, 30],
  THIRTIES: [30, 40],
  FORTIES: [40, 50],
  FIFTIES: [50, 60],
  SIXTIES: [60, 70],
  SEVENTY_PLUS: [70, null],
} as const satisfies Record<string, readonly [number, number | null]>;

export type KnownAgeBand = keyof typeof AGE_BAND_YEARS;
