-- Every statement the customer consents capability sends. Generated; do not edit.
-- Regenerate: npm run sql:snapshots (UPDATE_SQL_SNAPSHOTS=1), then review and commit the diff.

-- ofCustomer (one)
-- parameters: ["00000000-0000-4000-8000-000000000001"]
select "id", "customer_id", "purpose", "granted_at", "channel", "evidence", "recorded_by", "withdrawn_at", "withdrawn_by", "withdrawal_channel"
  from "customer_consents"
  where "customer_id" = $1
  order by withdrawn_at IS NULL desc, "purpose", "granted_at" desc, "id";

-- byId (one)
-- parameters: ["00000000-0000-4000-8000-000000000001"]
select "id", "customer_id", "purpose", "granted_at", "channel", "evidence", "recorded_by", "withdrawn_at", "withdrawn_by", "withdrawal_channel"
  from "customer_consents"
  where "id" = $1;

-- grant (one)
-- parameters: ["00000000-0000-4000-8000-000000000001","PROMOTION","2026-11-20T09:30:00.000Z","VISIT","서면 동의서 2026-0113","김민원"]
insert into "customer_consents" ("tenant_id", "customer_id", "purpose", "granted_at", "channel", "evidence", "recorded_by")
  values (current_setting('app.tenant_id', true), $1, $2, $3, $4, $5, $6)
  on conflict ("tenant_id", "customer_id", "purpose")
  where "withdrawn_at" is null do nothing
  returning "id", "customer_id", "purpose", "granted_at", "channel", "evidence", "recorded_by", "withdrawn_at", "withdrawn_by", "withdrawal_channel";

-- withdraw (one)
-- parameters: ["2026-11-20T09:30:00.000Z","김민원","PHONE","00000000-0000-4000-8000-000000000001","2026-11-20T09:30:00.000Z"]
update "customer_consents"
  set "withdrawn_at" = $1, "withdrawn_by" = $2, "withdrawal_channel" = $3
  where "id" = $4
  and "withdrawn_at" is null
  and "granted_at" <= $5
  returning "id", "customer_id", "purpose", "granted_at", "channel", "evidence", "recorded_by", "withdrawn_at", "withdrawn_by", "withdrawal_channel";
