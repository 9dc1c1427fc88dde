/** `<input type="datetime-local">` value of now (local time, minutes). */
export function localNow(): string {
  const d = new Date();
  d.setMinutes(d.getMinutes() - d.getTimezoneOffset());
  return d.toISOString().slice(0, 16);
}

/** A `datetime-local` or `date` value as the API's ISO instant (local time), or null when empty. */
export function toInstant(local: string): string | null {
  if (!local) return null;
  const d = new Date(local.length === 10 ? `${local}T00:00` : local);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}
