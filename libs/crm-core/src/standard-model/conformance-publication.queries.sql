-- Every statement the standard-model capability sends. Generated; do not edit.
-- Regenerate: npm run sql:snapshots (UPDATE_SQL_SNAPSHOTS=1), then review and commit the diff.

-- publish
-- parameters: [2,"0.9512",41,39,"[{\"area\":\"CATEGORY\",\"standardCount\":10,\"unchanged\":9,\"changed\":1,\"disabled\":0,\"added\":2}]"]
insert into "standard_conformance_published" ("tenant_id", "standard_version", "score", "standard_elements", "unchanged_elements", "areas")
  values (current_setting('app.tenant_id'), $1, $2, $3, $4, $5::jsonb)
  on conflict ("tenant_id") do update
  set "standard_version" = "excluded"."standard_version", "score" = "excluded"."score", "standard_elements" = "excluded"."standard_elements", "unchanged_elements" = "excluded"."unchanged_elements", "areas" = "excluded"."areas", "refreshed_at" = now();
