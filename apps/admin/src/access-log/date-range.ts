/**
 * The API's [from, to) instants for a range of whole local days picked as `YYYY-MM-DD`:
 * from the start of the first day to the start of the day after the last.
 */
export function dayRange(fromDay?: string, toDay?: string): { from: string | null; to: string | null } {
  const startOf = (day: string, plusDays = 0) => {
    const [y, m, d] = day.split('-').map(Number);
    return new Date(y, m - 1, d + plusDays).toISOString();
  };
  return { from: fromDay ? startOf(fromDay) : null, to: toDay ? startOf(toDay, 1) : null };
}
