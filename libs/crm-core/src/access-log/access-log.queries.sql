-- Every statement the access-log capability sends. Generated; do not edit.
-- Regenerate: npm run sql:snapshots (UPDATE_SQL_SNAPSHOTS=1), then review and commit the diff.

-- insert
-- parameters: "positional"
INSERT INTO access_log (tenant_id, actor, actor_subject, actor_roles, purpose, operation, entity, record_id, fields, masked) SELECT current_setting('app.tenant_id', true), $1, $2, $3, $4, $5, r.entity, r.record_id, string_to_array(r.fields, ','), r.masked
  FROM unnest($6::text[], $7::text[], $8::text[], $9::boolean[]) AS r(entity, record_id, fields, masked);

-- page
-- parameters: "positional"
SELECT id::text, occurred_at, actor, actor_roles, entity, record_id, fields, masked, purpose, operation, record_count
  FROM access_log
  WHERE ($1::text IS NULL
  OR actor = $1)
  AND ($2::text IS NULL
  OR record_id = $2)
  AND ($3::timestamptz IS NULL
  OR occurred_at >= $3)
  AND ($4::timestamptz IS NULL
  OR occurred_at < $4)
  AND ($5::bigint IS NULL
  OR id < $5)
  ORDER BY access_log.id DESC
  LIMIT $6;

-- count
-- parameters: "positional"
SELECT count(*)::int AS n
  FROM access_log
  WHERE ($1::text IS NULL
  OR actor = $1)
  AND ($2::text IS NULL
  OR record_id = $2)
  AND ($3::timestamptz IS NULL
  OR occurred_at >= $3)
  AND ($4::timestamptz IS NULL
  OR occurred_at < $4);
