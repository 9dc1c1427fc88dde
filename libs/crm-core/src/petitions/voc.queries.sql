-- Every statement the petitions capability sends. Generated; do not edit.
-- Regenerate: npm run sql:snapshots (UPDATE_SQL_SNAPSHOTS=1), then review and commit the diff.

-- categories
-- parameters: []
select "code", "name_ko", "name_en", "parent_code", "keywords", "sort_order", "active"
  from "voc_categories"
  order by "sort_order", "code";

-- category
-- parameters: ["TRAFFIC"]
select "code", "name_ko", "name_en", "parent_code", "keywords", "sort_order", "active"
  from "voc_categories"
  where "code" = $1;

-- saveCategory
-- parameters: ["NIGHT_NOISE","야간 소음","Night noise","NOISE",["야간","공사 소음"],true,"야간 소음","Night noise","NOISE",["야간","공사 소음"],true]
insert into "voc_categories" ("tenant_id", "code", "name_ko", "name_en", "parent_code", "keywords", "sort_order", "active")
  values (current_setting('app.tenant_id', true), $1, $2, $3, $4, $5::text[], (select coalesce(max(sort_order), 0) + 10
  from voc_categories), $6)
  on conflict ("tenant_id", "code") do update
  set "name_ko" = $7, "name_en" = $8, "parent_code" = $9, "keywords" = $10::text[], "active" = $11, "updated_at" = now()
  returning "code", "name_ko", "name_en", "parent_code", "keywords", "sort_order", "active";

-- activeChildren
-- parameters: ["NOISE",true,1]
select "code"
  from "voc_categories"
  where "parent_code" = $1
  and "active" = $2
  limit $3;

-- updatePeriod
-- parameters: [10,"DAYS","GRIEVANCE","*",""]
update "voc_periods"
  set "period_value" = $1, "period_unit" = $2, "updated_at" = now()
  where "kind" = $3
  and "category_code" = $4
  and "variant" = $5
  returning "kind", "category_code", "variant", "period_value", "period_unit", "label_ko", "basis";

-- periodRow
-- parameters: ["GRIEVANCE","*",""]
select "kind", "category_code", "variant", "period_value", "period_unit", "label_ko", "basis"
  from "voc_periods"
  where "kind" = $1
  and "category_code" = $2
  and "variant" = $3 for update;

-- periods
-- parameters: []
select "kind", "category_code", "variant", "period_value", "period_unit", "label_ko", "basis"
  from "voc_periods"
  order by "kind", "category_code", "variant";

-- period
-- parameters: ["INQUIRY","PROCEDURE","TRAFFIC","*",1]
select "kind", "category_code", "variant", "period_value", "period_unit", "label_ko", "basis"
  from "voc_periods"
  where "kind" = $1
  and "variant" = $2
  and "category_code" in ($3, $4)
  order by category_code = '*'
  limit $5;

-- targetShare
-- parameters: []
select target_share::text as "share"
  from "voc_settings";

-- ensureWorkflow
-- parameters: ["petition",1,1,"{\"key\":\"petition\"}","system"]
insert into "voc_workflows" ("tenant_id", "key", "version", "standard_version", "definition", "created_by")
  values (current_setting('app.tenant_id', true), $1, $2, $3, $4, $5)
  on conflict do nothing;

-- currentWorkflowVersion
-- parameters: ["petition"]
select max(version) as "version"
  from "voc_workflows"
  where "key" = $1;

-- contactOwner
-- parameters: ["00000000-0000-4000-8000-000000000001"]
select "customer_id"
  from "contact_history"
  where "id" = $1;

-- claimRoutingSeed
-- parameters: [true]
update "voc_settings"
  set "routing_seeded_at" = now()
  where "routing_seeded_at" is null
  and exists (select "id"
  from "departments"
  where "active" = $1)
  returning "tenant_id";

-- activeDepartments
-- parameters: [true]
select "id", "name", "parent_id", "sort_order"
  from "departments"
  where "active" = $1
  order by "sort_order", "name";

-- insertRules
-- parameters: ["TRAFFIC",[],"00000000-0000-4000-8000-000000000001",10,"system:routing",null,["교통","주차"],"00000000-0000-4000-8000-000000000001",20,"system:routing"]
insert into "voc_routing_rules" ("tenant_id", "category_code", "keywords", "department_id", "priority", "created_by")
  values (current_setting('app.tenant_id', true), $1, $2::text[], $3, $4, $5), (current_setting('app.tenant_id', true), $6, $7::text[], $8, $9, $10);

-- route
-- parameters: ["신호등 고장",true,true,"TRAFFIC","신호등 고장",1]
select "r"."id", "r"."department_id", (select k
  from unnest(r.keywords) k
  where strpos(lower($1::text), lower(k)) > 0
  limit 1) as "matched_keyword"
  from "voc_routing_rules" as "r"
  inner join "departments" as "d" on "d"."id" = "r"."department_id"
  where "r"."active" = $2
  and "d"."active" = $3
  and ("r"."category_code" is null
  or "r"."category_code" = $4)
  and (cardinality(r.keywords) = 0
  or exists (select 1
  from unnest(r.keywords) k
  where strpos(lower($5::text), lower(k)) > 0))
  order by "r"."priority", "r"."created_at", "r"."id"
  limit $6;

-- nextReceiptSeq
-- parameters: [2026,2]
insert into "voc_receipt_counters" ("tenant_id", "year", "next_seq")
  values (current_setting('app.tenant_id', true), $1, $2)
  on conflict ("tenant_id", "year") do update
  set "next_seq" = voc_receipt_counters.next_seq + 1
  returning next_seq - 1 as "seq";

-- staffBySubject
-- parameters: ["f3a1c2d4-subject",true]
select "id", "department_id"
  from "staff"
  where "keycloak_subject" = $1
  and "active" = $2;

-- idByClientKey
-- parameters: ["epeople-1"]
select "id"
  from "voc_items"
  where "client_key" = $1;

-- lockClientKey
-- parameters: ["epeople-1"]
select pg_advisory_xact_lock(hashtext('voc-client-key:' || current_setting('app.tenant_id', true) || ':' || $1))::text as "locked";

-- exists
-- parameters: ["00000000-0000-4000-8000-000000000001"]
select "id"
  from "voc_items"
  where "id" = $1;

-- customFieldsForUpdate
-- parameters: ["00000000-0000-4000-8000-000000000001"]
select "id", "custom_fields"
  from "voc_items"
  where "id" = $1 for update;

-- setCustomFields
-- parameters: ["{\"grade\":\"A\"}","00000000-0000-4000-8000-000000000001"]
update "voc_items"
  set "custom_fields" = $1::jsonb, "updated_at" = now(), "version" = version + 1
  where "id" = $2;

-- insert
-- parameters: [2026,123,"BUSAN-2026-000123",null,"PETITION","WEB","PROPOSAL","","COMPLEX","TRAFFIC","신호등 고장","교차로 신호등이 꺼져 있습니다.",null,null,null,"00000000-0000-4000-8000-000000000001",null,null,null,"SMS",null,"ASSIGNED","petition",1,"00000000-0000-4000-8000-000000000001",null,"2026-03-02T01:00:00.000Z",14,"DAYS","2026-03-02T01:00:00.000Z","2026-03-02T01:00:00.000Z",null,null,"홍길동","{\"priority_note\":\"긴급\"}"]
insert into "voc_items" ("tenant_id", "receipt_year", "receipt_seq", "receipt_no", "parent_id", "source", "channel", "kind", "period_variant", "handling_class", "category_code", "title", "body", "location_address", "latitude", "longitude", "customer_id", "contact_name", "contact_phone", "contact_email", "reply_channel", "contact_history_id", "status", "workflow_key", "workflow_version", "department_id", "officer_id", "received_at", "period_value", "period_unit", "due_at", "target_due_at", "client_key", "closed_at", "created_by", "custom_fields")
  values (current_setting('app.tenant_id', true), $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32, $33, $34, $35::jsonb)
  returning "id";

-- insertTransition
-- parameters: ["00000000-0000-4000-8000-000000000001",1,"RECEIVE",null,"RECEIVED","홍길동","00000000-0000-4000-8000-000000000001",null,"{}","2026-03-02T01:00:00.000Z"]
insert into "voc_transitions" ("tenant_id", "voc_id", "seq", "event", "from_status", "to_status", "actor", "actor_staff_id", "comment", "data", "occurred_at")
  values (current_setting('app.tenant_id', true), $1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10);

-- byId
-- parameters: ["00000000-0000-4000-8000-000000000001"]
select "v"."id", "v"."receipt_no", "v"."parent_id", "v"."source", "v"."channel", "v"."kind", "v"."period_variant", "v"."handling_class", "v"."category_code", "c"."name_ko" as "category_name", "v"."title", "v"."body", "v"."location_address", v.latitude::text as "latitude", v.longitude::text as "longitude", "v"."customer_id", "v"."contact_name", "v"."contact_phone", "v"."contact_email", "v"."reply_channel", "v"."contact_history_id", "v"."status", "v"."workflow_key", "v"."workflow_version", "v"."department_id", "d"."name" as "department_name", "v"."officer_id", "s"."name" as "officer_name", "v"."received_at", "v"."period_value", "v"."period_unit", "v"."due_at", to_char(v.due_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as "due_key", "v"."target_due_at", "v"."extended", "v"."closed_at", "v"."created_by", "v"."created_at", "v"."updated_at", "v"."version", "v"."custom_fields"
  from "voc_items" as "v"
  inner join "voc_categories" as "c" on "c"."code" = "v"."category_code"
  left join "departments" as "d" on "d"."id" = "v"."department_id"
  left join "staff" as "s" on "s"."id" = "v"."officer_id"
  where "v"."id" = $1;

-- byReceiptNo
-- parameters: ["BUSAN-2026-000123"]
select "v"."id", "v"."receipt_no", "v"."parent_id", "v"."source", "v"."channel", "v"."kind", "v"."period_variant", "v"."handling_class", "v"."category_code", "c"."name_ko" as "category_name", "v"."title", "v"."body", "v"."location_address", v.latitude::text as "latitude", v.longitude::text as "longitude", "v"."customer_id", "v"."contact_name", "v"."contact_phone", "v"."contact_email", "v"."reply_channel", "v"."contact_history_id", "v"."status", "v"."workflow_key", "v"."workflow_version", "v"."department_id", "d"."name" as "department_name", "v"."officer_id", "s"."name" as "officer_name", "v"."received_at", "v"."period_value", "v"."period_unit", "v"."due_at", to_char(v.due_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as "due_key", "v"."target_due_at", "v"."extended", "v"."closed_at", "v"."created_by", "v"."created_at", "v"."updated_at", "v"."version", "v"."custom_fields"
  from "voc_items" as "v"
  inner join "voc_categories" as "c" on "c"."code" = "v"."category_code"
  left join "departments" as "d" on "d"."id" = "v"."department_id"
  left join "staff" as "s" on "s"."id" = "v"."officer_id"
  where "v"."receipt_no" = $1;

-- children
-- parameters: ["00000000-0000-4000-8000-000000000001"]
select "v"."id", "v"."receipt_no", "v"."parent_id", "v"."source", "v"."channel", "v"."kind", "v"."period_variant", "v"."handling_class", "v"."category_code", "c"."name_ko" as "category_name", "v"."title", "v"."body", "v"."location_address", v.latitude::text as "latitude", v.longitude::text as "longitude", "v"."customer_id", "v"."contact_name", "v"."contact_phone", "v"."contact_email", "v"."reply_channel", "v"."contact_history_id", "v"."status", "v"."workflow_key", "v"."workflow_version", "v"."department_id", "d"."name" as "department_name", "v"."officer_id", "s"."name" as "officer_name", "v"."received_at", "v"."period_value", "v"."period_unit", "v"."due_at", to_char(v.due_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as "due_key", "v"."target_due_at", "v"."extended", "v"."closed_at", "v"."created_by", "v"."created_at", "v"."updated_at", "v"."version", "v"."custom_fields"
  from "voc_items" as "v"
  inner join "voc_categories" as "c" on "c"."code" = "v"."category_code"
  left join "departments" as "d" on "d"."id" = "v"."department_id"
  left join "staff" as "s" on "s"."id" = "v"."officer_id"
  where "v"."parent_id" = $1
  order by "v"."received_at", "v"."id";

-- transitions
-- parameters: ["00000000-0000-4000-8000-000000000001"]
select "t"."seq", "t"."event", "t"."from_status", "t"."to_status", "t"."actor", "t"."actor_staff_id", "s"."name" as "actor_name", "t"."comment", "t"."occurred_at"
  from "voc_transitions" as "t"
  left join "staff" as "s" on "s"."id" = "t"."actor_staff_id"
  where "t"."voc_id" = $1
  order by "t"."seq";

-- inbox (mine, first page)
-- parameters: ["00000000-0000-4000-8000-000000000001",51]
select "v"."id", "v"."receipt_no", "v"."parent_id", "v"."source", "v"."channel", "v"."kind", "v"."period_variant", "v"."handling_class", "v"."category_code", "c"."name_ko" as "category_name", "v"."title", "v"."body", "v"."location_address", v.latitude::text as "latitude", v.longitude::text as "longitude", "v"."customer_id", "v"."contact_name", "v"."contact_phone", "v"."contact_email", "v"."reply_channel", "v"."contact_history_id", "v"."status", "v"."workflow_key", "v"."workflow_version", "v"."department_id", "d"."name" as "department_name", "v"."officer_id", "s"."name" as "officer_name", "v"."received_at", "v"."period_value", "v"."period_unit", "v"."due_at", to_char(v.due_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as "due_key", "v"."target_due_at", "v"."extended", "v"."closed_at", "v"."created_by", "v"."created_at", "v"."updated_at", "v"."version", "v"."custom_fields"
  from "voc_items" as "v"
  inner join "voc_categories" as "c" on "c"."code" = "v"."category_code"
  left join "departments" as "d" on "d"."id" = "v"."department_id"
  left join "staff" as "s" on "s"."id" = "v"."officer_id"
  where ("v"."closed_at" is null
  and "v"."officer_id" = $1)
  order by "v"."due_at", "v"."id"
  limit $2;

-- inbox (every filter, next page)
-- parameters: [["RECEIVED"],["PROPOSAL"],"TRAFFIC","2026-03-02T01:00:00.000Z","2026-03-02T01:00:00.000Z","%신호등%",["ANSWERED","CLOSED"],"2026-03-02T01:00:00.000000Z","00000000-0000-4000-8000-000000000001",51]
select "v"."id", "v"."receipt_no", "v"."parent_id", "v"."source", "v"."channel", "v"."kind", "v"."period_variant", "v"."handling_class", "v"."category_code", "c"."name_ko" as "category_name", "v"."title", "v"."body", "v"."location_address", v.latitude::text as "latitude", v.longitude::text as "longitude", "v"."customer_id", "v"."contact_name", "v"."contact_phone", "v"."contact_email", "v"."reply_channel", "v"."contact_history_id", "v"."status", "v"."workflow_key", "v"."workflow_version", "v"."department_id", "d"."name" as "department_name", "v"."officer_id", "s"."name" as "officer_name", "v"."received_at", "v"."period_value", "v"."period_unit", "v"."due_at", to_char(v.due_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as "due_key", "v"."target_due_at", "v"."extended", "v"."closed_at", "v"."created_by", "v"."created_at", "v"."updated_at", "v"."version", "v"."custom_fields"
  from "voc_items" as "v"
  inner join "voc_categories" as "c" on "c"."code" = "v"."category_code"
  left join "departments" as "d" on "d"."id" = "v"."department_id"
  left join "staff" as "s" on "s"."id" = "v"."officer_id"
  where ("v"."closed_at" is null
  and "v"."status" = any($1::text[])
  and "v"."kind" = any($2::text[])
  and "v"."category_code" = $3
  and "v"."received_at" >= $4
  and "v"."received_at" < $5
  and "v"."title" ilike $6
  and ("v"."status" <> all($7::text[])
  and "v"."target_due_at" < now()
  and "v"."due_at" >= now()))
  and (v.due_at, v.id) > ($8::timestamptz, $9::uuid)
  order by "v"."due_at", "v"."id"
  limit $10;

-- inboxCount (mine)
-- parameters: ["00000000-0000-4000-8000-000000000001",10000]
select count(*)::int as "n"
  from (select "v"."id"
  from "voc_items" as "v"
  where ("v"."closed_at" is null
  and "v"."officer_id" = $1)
  limit $2) as "capped";

-- inboxCount (every filter)
-- parameters: [["RECEIVED"],["PROPOSAL"],"TRAFFIC","2026-03-02T01:00:00.000Z","2026-03-02T01:00:00.000Z","%신호등%",["ANSWERED","CLOSED"],10000]
select count(*)::int as "n"
  from (select "v"."id"
  from "voc_items" as "v"
  where ("v"."closed_at" is null
  and "v"."status" = any($1::text[])
  and "v"."kind" = any($2::text[])
  and "v"."category_code" = $3
  and "v"."received_at" >= $4
  and "v"."received_at" < $5
  and "v"."title" ilike $6
  and ("v"."status" <> all($7::text[])
  and "v"."target_due_at" < now()
  and "v"."due_at" >= now()))
  limit $8) as "capped";
