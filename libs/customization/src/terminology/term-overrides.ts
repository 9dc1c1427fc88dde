import type { Actor, Sql } from '@pcrm/tenancy';

/** A tenant's stored row for one term: only the languages that differ from its edition's standard. */
export interface TermRow {
  term_key: string;
  label_ko: string | null;
  label_en: string | null;
  updated_by: string;
  updated_at: Date;
}

/** What a tenant stored for one term (null for a language: the standard's). */
export type TermOverride = { ko: string | null; en: string | null };

export const overrideOf = (row: TermRow | undefined): TermOverride | null =>
  row ? { ko: row.label_ko, en: row.label_en } : null;

/** The words a tenant shows for a term: its override over the standard, language by language. */
export const wordsOf = (
  standard: { ko: string; en: string },
  override: TermOverride | null | undefined,
): { ko: string; en: string } => ({ ko: override?.ko ?? standard.ko, en: override?.en ?? standard.en });

/** The caller's tenant's overrides by term key. */
export async function termRows(sql: Sql): Promise<Map<string, TermRow>> {
  const rows = await sql.query<TermRow>(
    `SELECT term_key, label_ko, label_en, updated_by, updated_at FROM tenant_terms`,
  );
  return new Map(rows.map((r) => [r.term_key, r]));
}

/** The override of `wanted` over `standard`: a language equal to the standard is not stored (null: no row). */
export function overrideOver(
  standard: { ko: string; en: string },
  wanted: { ko: string; en: string },
): TermOverride | null {
  const override = {
    ko: wanted.ko === standard.ko ? null : wanted.ko,
    en: wanted.en === standard.en ? null : wanted.en,
  };
  return override.ko === null && override.en === null ? null : override;
}

/** Writes the given overrides (null deletes the row) in the caller's transaction; versioning is the caller's. */
export async function writeTermOverrides(
  sql: Sql,
  actor: Actor,
  next: ReadonlyMap<string, TermOverride | null>,
): Promise<void> {
  const removed = [...next].filter(([, o]) => o === null).map(([k]) => k);
  if (removed.length) await sql.query(`DELETE FROM tenant_terms WHERE term_key = ANY($1)`, [removed]);
  const kept = [...next].filter(([, o]) => o !== null).map(([key, o]) => ({ key, ...o }));
  if (kept.length)
    await sql.query(
      `INSERT INTO tenant_terms (tenant_id, term_key, label_ko, label_en, updated_by)
       SELECT current_setting('app.tenant_id', true), t.key, t.ko, t.en, $2
       FROM jsonb_to_recordset($1::jsonb) AS t(key text, ko text, en text)
       ON CONFLICT (tenant_id, term_key) DO UPDATE
         SET label_ko = excluded.label_ko, label_en = excluded.label_en,
             updated_by = excluded.updated_by, updated_at = now()`,
      [JSON.stringify(kept), actor.username],
    );
}
