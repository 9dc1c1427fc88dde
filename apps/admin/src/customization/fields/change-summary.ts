const short = (v: unknown) => {
  const s = v === undefined || v === null ? '—' : typeof v === 'string' ? v : JSON.stringify(v);
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
};

/** The attributes a change touched, `attribute: before → after`, from its before/after snapshots. */
export function changedAttributes(before: unknown, after: unknown): string[] {
  const a = (before && typeof before === 'object' ? before : {}) as Record<string, unknown>;
  const b = (after && typeof after === 'object' ? after : {}) as Record<string, unknown>;
  // A new field is named by what identifies it, not by every attribute it started with.
  if (!before) return ['type', 'labelKo', 'labelEn'].filter((k) => k in b).map((k) => `${k}: ${short(b[k])}`);
  const ignored = new Set(['version', 'updatedAt', 'updatedBy', 'id', 'archived']);
  return [...new Set([...Object.keys(a), ...Object.keys(b)])]
    .filter((k) => !ignored.has(k) && JSON.stringify(a[k]) !== JSON.stringify(b[k]))
    .map((k) => (k in a ? `${k}: ${short(a[k])} → ${short(b[k])}` : `${k}: ${short(b[k])}`));
}
