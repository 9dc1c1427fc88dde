/** A number rounded to `digits` decimals as text, or null when there is no value. */
export const num = (v: number | null | undefined, digits = 2): string | null =>
  v === null || v === undefined ? null : String(Math.round(v * 10 ** digits) / 10 ** digits);
