-- Every statement the customer-privacy capability sends. Generated; do not edit.
-- Regenerate: npm run sql:snapshots (UPDATE_SQL_SNAPSHOTS=1), then review and commit the diff.

-- settings
-- parameters: []
select "retention_years"
  from "customer_settings";

-- settingsForUpdate
-- parameters: []
select "retention_years"
  from "customer_settings" for update;

-- saveRetention
-- parameters: [3,3]
insert into "customer_settings" ("tenant_id", "retention_years")
  values (current_setting('app.tenant_id', true), $1)
  on conflict ("tenant_id") do update
  set "retention_years" = $2, "updated_at" = now()
  returning "retention_years";

-- candidates (first page)
-- parameters: ["ACTIVE",5,51]
select "customers"."id", "customers"."customer_no", "customers"."party_type", "customers"."kind", "customers"."status", "customers"."name", "customers"."sigungu", "customers"."eupmyeondong", to_char(customers.birth_date, 'YYYY-MM-DD') as "birth_date", "customers"."tags", "customers"."last_contact_at", to_char(GREATEST(customers.last_contact_at, customers.created_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as "inactive_key"
  from "customers"
  where "customers"."status" = $1
  and GREATEST(customers.last_contact_at, customers.created_at) < now() - make_interval(years => $2::int)
  order by GREATEST(customers.last_contact_at, customers.created_at), "customers"."id"
  limit $3;

-- candidates (after a cursor)
-- parameters: ["ACTIVE",5,"2019-05-01T00:00:00.000000Z","00000000-0000-4000-8000-000000000001",51]
select "customers"."id", "customers"."customer_no", "customers"."party_type", "customers"."kind", "customers"."status", "customers"."name", "customers"."sigungu", "customers"."eupmyeondong", to_char(customers.birth_date, 'YYYY-MM-DD') as "birth_date", "customers"."tags", "customers"."last_contact_at", to_char(GREATEST(customers.last_contact_at, customers.created_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as "inactive_key"
  from "customers"
  where "customers"."status" = $1
  and GREATEST(customers.last_contact_at, customers.created_at) < now() - make_interval(years => $2::int)
  and (GREATEST(customers.last_contact_at, customers.created_at), customers.id) > ($3::timestamptz, $4::uuid)
  order by GREATEST(customers.last_contact_at, customers.created_at), "customers"."id"
  limit $5;

-- candidateCount
-- parameters: ["ACTIVE",5,10000]
select count(*)::int as "n"
  from (select "customers"."id"
  from "customers"
  where "customers"."status" = $1
  and GREATEST(customers.last_contact_at, customers.created_at) < now() - make_interval(years => $2::int)
  limit $3) as "hit";

-- lockTargets
-- parameters: [["00000000-0000-4000-8000-000000000001","00000000-0000-4000-8000-000000000002"],["00000000-0000-4000-8000-000000000001","00000000-0000-4000-8000-000000000002"]]
select "id", "status"
  from "customers"
  where (customers.id = ANY($1::uuid[])
  or customers.merged_into_id = ANY($2::uuid[]))
  order by "id" for update;

-- deletePhones
-- parameters: [["00000000-0000-4000-8000-000000000001","00000000-0000-4000-8000-000000000002"]]
delete
  from "customer_phones"
  where customer_id = ANY($1::uuid[]);

-- deleteEmails
-- parameters: [["00000000-0000-4000-8000-000000000001","00000000-0000-4000-8000-000000000002"]]
delete
  from "customer_emails"
  where customer_id = ANY($1::uuid[]);

-- blankConsentEvidence
-- parameters: ["(익명 처리로 증빙 삭제)",["00000000-0000-4000-8000-000000000001","00000000-0000-4000-8000-000000000002"],"(익명 처리로 증빙 삭제)"]
update "customer_consents"
  set "evidence" = $1
  where customer_id = ANY($2::uuid[])
  and "evidence" <> $3;

-- deleteSensitiveConsents
-- parameters: [["00000000-0000-4000-8000-000000000001","00000000-0000-4000-8000-000000000002"]]
delete
  from "customer_sensitive_consents"
  where customer_id = ANY($1::uuid[]);

-- deleteRelations
-- parameters: [["00000000-0000-4000-8000-000000000001","00000000-0000-4000-8000-000000000002"],["00000000-0000-4000-8000-000000000001","00000000-0000-4000-8000-000000000002"]]
delete
  from "customer_relations"
  where customer_id = ANY($1::uuid[])
  OR related_customer_id = ANY($2::uuid[]);

-- blankContacts
-- parameters: ["(익명 처리로 내용 삭제)",["00000000-0000-4000-8000-000000000001","00000000-0000-4000-8000-000000000002"],"(익명 처리로 내용 삭제)"]
update "contact_history"
  set "summary" = $1
  where customer_id = ANY($2::uuid[])
  and "summary" <> $3;

-- anonymize
-- parameters: ["ANONYMIZED",null,"(익명)","",null,null,null,null,null,null,null,null,null,["00000000-0000-4000-8000-000000000001","00000000-0000-4000-8000-000000000002"],"ANONYMIZED"]
update "customers"
  set "status" = $1, "merged_into_id" = $2, "name" = $3, "name_initials" = $4, "search_grams" = '{}'::text[], "birth_date" = make_date(extract(year
  FROM birth_date)::int, 7, 1), "business_no" = $5, "representative_name" = $6, "eupmyeondong" = $7, "road_address" = $8, "jibun_address" = $9, "building_no" = $10, "address_detail" = $11, "postal_code" = $12, "household_key" = $13, "tags" = '{}'::text[], "custom_fields" = '{}'::jsonb, "anonymized_at" = now(), "updated_at" = now(), "version" = version + 1
  where id = ANY($14::uuid[])
  and "status" <> $15
  returning "id";

-- auditAnonymized (in the request)
-- parameters: ["보유기간 경과",null,["00000000-0000-4000-8000-000000000001","00000000-0000-4000-8000-000000000002"]]
insert into "audit_events" ("action", "entity", "entity_id", "after") select 'delete' as "action", 'customer' as "entity", a.a::text as "entity_id", jsonb_build_object('anonymized', true, 'reason', $1::text, 'jobId', $2::text) as "after"
  from unnest($3::uuid[]) as "a";

-- auditAnonymized (in a job)
-- parameters: ["보유기간 경과","00000000-0000-4000-8000-000000000003",["00000000-0000-4000-8000-000000000001","00000000-0000-4000-8000-000000000002"]]
insert into "audit_events" ("action", "entity", "entity_id", "after") select 'delete' as "action", 'customer' as "entity", a.a::text as "entity_id", jsonb_build_object('anonymized', true, 'reason', $1::text, 'jobId', $2::text) as "after"
  from unnest($3::uuid[]) as "a";
