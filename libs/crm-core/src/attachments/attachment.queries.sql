-- Every statement the attachments capability sends. Generated; do not edit.
-- Regenerate: npm run sql:snapshots (UPDATE_SQL_SNAPSHOTS=1), then review and commit the diff.

-- insert
-- parameters: "positional"
INSERT INTO attachments (tenant_id, id, file_name, media_type, size_bytes, sha256, storage_key, uploaded_by, uploaded_by_subject, created_at) SELECT current_setting('app.tenant_id', true), a.id, a.file_name, a.media_type, a.size_bytes, a.sha256, a.storage_key, $7, $8, now() + (a.n - 1) * interval '1 microsecond'
  FROM unnest($1::uuid[], $2::text[], $3::text[], $4::int[], $5::text[], $6::text[]) WITH ORDINALITY AS a(id, file_name, media_type, size_bytes, sha256, storage_key, n)
  ORDER BY a.n
  RETURNING id, file_name, media_type, size_bytes, sha256, storage_key, uploaded_by, uploaded_by_subject, created_at, owner_type, owner_id;

-- byId
-- parameters: "positional"
SELECT id, file_name, media_type, size_bytes, sha256, storage_key, uploaded_by, uploaded_by_subject, created_at, owner_type, owner_id
  FROM attachments
  WHERE id = $1;

-- lockForClaim
-- parameters: "positional"
SELECT id, owner_type
  FROM attachments
  WHERE id = ANY($1::uuid[])
  ORDER BY id FOR UPDATE;

-- claim
-- parameters: "positional"
UPDATE attachments
  SET owner_type = $2, owner_id = $3, claimed_at = now()
  WHERE id = ANY($1::uuid[])
  AND owner_type IS NULL
  RETURNING id;

-- listFor
-- parameters: "positional"
SELECT id, file_name, media_type, size_bytes, sha256, storage_key, uploaded_by, uploaded_by_subject, created_at, owner_type, owner_id
  FROM attachments
  WHERE owner_type = $1
  AND owner_id = ANY($2::text[])
  ORDER BY owner_id, created_at, id;

-- existing
-- parameters: "positional"
SELECT id
  FROM attachments
  WHERE id = ANY($1::uuid[]);

-- purgeUnclaimed
-- parameters: "positional"
DELETE
  FROM attachments
  WHERE owner_type IS NULL
  AND created_at < now() - make_interval(hours => $1)
  RETURNING id, file_name, storage_key;
