/** Korean text is stored NFC-normalized, so 한글 typed on any keyboard compares and searches equal. */
export const nfc = (value: string): string => value.normalize('NFC');

/** NFC-normalizes every string in a GraphQL input, however deep, and trims nothing: input is stored verbatim. */
export function normalizeInput<T>(value: T): T {
  if (typeof value === 'string') return nfc(value) as T;
  if (Array.isArray(value)) return value.map(normalizeInput) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalizeInput(v)])) as T;
  }
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) (value as Record<string, unknown>)[k] = normalizeInput(v);
  }
  return value;
}
