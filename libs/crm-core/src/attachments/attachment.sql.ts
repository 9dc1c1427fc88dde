/** What the attachments capability sends; tenant scoping is RLS's (every statement runs in a tenant scope). */
const TENANT = `current_setting('app.tenant_id', true)`;

const COLUMNS = `id, file_name, media_type, size_bytes, sha256, storage_key, uploaded_by, uploaded_by_subject,
  created_at, owner_type, owner_id`;

export const AttachmentSql = {
  /**
   * One row per file: `$1`..`$6` parallel arrays, `$7`/`$8` the uploader's name and subject. Each file is a
   * microsecond after the one before, so a request's files list in the order they were sent.
   */
  insert: `INSERT INTO attachments (tenant_id, id, file_name, media_type, size_bytes, sha256, storage_key,
      uploaded_by, uploaded_by_subject, created_at)
    SELECT ${TENANT}, a.id, a.file_name, a.media_type, a.size_bytes, a.sha256, a.storage_key, $7, $8,
      now() + (a.n - 1) * interval '1 microsecond'
    FROM unnest($1::uuid[], $2::text[], $3::text[], $4::int[], $5::text[], $6::text[])
      WITH ORDINALITY AS a(id, file_name, media_type, size_bytes, sha256, storage_key, n)
    ORDER BY a.n
    RETURNING ${COLUMNS}`,
  byId: `SELECT ${COLUMNS} FROM attachments WHERE id = $1`,
  /** The rows a claim changes, locked so two claims of one upload cannot both pass the check. */
  lockForClaim: `SELECT id, owner_type FROM attachments WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`,
  claim: `UPDATE attachments SET owner_type = $2, owner_id = $3, claimed_at = now()
    WHERE id = ANY($1::uuid[]) AND owner_type IS NULL RETURNING id`,
  /** The attachments of owners `$2` of type `$1`, oldest first per owner. */
  listFor: `SELECT ${COLUMNS} FROM attachments WHERE owner_type = $1 AND owner_id = ANY($2::text[])
    ORDER BY owner_id, created_at, id`,
  /** Which of the ids `$1` have a row: a file without one is a leftover of an upload that never committed. */
  existing: `SELECT id FROM attachments WHERE id = ANY($1::uuid[])`,
  /** Unclaimed uploads older than `$1` hours: their rows go now, their files right after. */
  purgeUnclaimed: `DELETE FROM attachments
    WHERE owner_type IS NULL AND created_at < now() - make_interval(hours => $1)
    RETURNING id, file_name, storage_key`,
};
