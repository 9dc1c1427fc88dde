-- Every statement the customer-segments capability sends. Generated; do not edit.
-- Regenerate: npm run sql:snapshots (UPDATE_SQL_SNAPSHOTS=1), then review and commit the diff.

-- count (everyone (empty rule))
-- parameters: ["ACTIVE"]
select count(*)::int as "n"
  from "customers"
  where "customers"."status" = $1;

-- count (kind in)
-- parameters: ["ACTIVE","CURRENT","POLICY"]
select count(*)::int as "n"
  from "customers"
  where "customers"."status" = $1
  and "customers"."kind" in ($2, $3);

-- count (kind not in)
-- parameters: ["ACTIVE","ACQUIRED"]
select count(*)::int as "n"
  from "customers"
  where "customers"."status" = $1
  and "customers"."kind" not in ($2);

-- count (party type)
-- parameters: ["ACTIVE","PERSON"]
select count(*)::int as "n"
  from "customers"
  where "customers"."status" = $1
  and "customers"."party_type" in ($2);

-- count (area in)
-- parameters: ["ACTIVE","연제구","연산동","해운대구"]
select count(*)::int as "n"
  from "customers"
  where "customers"."status" = $1
  and (("customers"."sigungu" = $2
  and "customers"."eupmyeondong" = $3)
  or "customers"."sigungu" = $4);

-- count (area not in)
-- parameters: ["ACTIVE","부산광역시","중구"]
select count(*)::int as "n"
  from "customers"
  where "customers"."status" = $1
  and (("customers"."sido" = $2
  and "customers"."sigungu" = $3)) IS NOT TRUE;

-- count (tags has any)
-- parameters: ["ACTIVE",["어르신","장애인"]]
select count(*)::int as "n"
  from "customers"
  where "customers"."status" = $1
  and "customers"."tags" && $2::text[];

-- count (tags has all)
-- parameters: ["ACTIVE",["다자녀","한부모"]]
select count(*)::int as "n"
  from "customers"
  where "customers"."status" = $1
  and "customers"."tags" @> $2::text[];

-- count (tags has none)
-- parameters: ["ACTIVE",["수신거부"]]
select count(*)::int as "n"
  from "customers"
  where "customers"."status" = $1
  and NOT ("customers"."tags" && $2::text[]);

-- count (consent has)
-- parameters: ["ACTIVE","ADMIN_NOTICE"]
select count(*)::int as "n"
  from "customers"
  where "customers"."status" = $1
  and exists (select 1 as "one"
  from "customer_consents"
  where "customer_consents"."customer_id" = "customers"."id"
  and "customer_consents"."purpose" = $2
  and "customer_consents"."withdrawn_at" is null);

-- count (consent lacks)
-- parameters: ["ACTIVE","PROMOTION"]
select count(*)::int as "n"
  from "customers"
  where "customers"."status" = $1
  and not exists (select 1 as "one"
  from "customer_consents"
  where "customer_consents"."customer_id" = "customers"."id"
  and "customer_consents"."purpose" = $2
  and "customer_consents"."withdrawn_at" is null);

-- count (age band)
-- parameters: ["ACTIVE",20,30,70]
select count(*)::int as "n"
  from "customers"
  where "customers"."status" = $1
  and (("customers"."birth_date" <= (current_date - make_interval(years => $2))::date
  and "customers"."birth_date" > (current_date - make_interval(years => $3))::date)
  or "customers"."birth_date" <= (current_date - make_interval(years => $4))::date
  or "customers"."birth_date" is null);

-- count (life stage)
-- parameters: ["ACTIVE",19,35,65]
select count(*)::int as "n"
  from "customers"
  where "customers"."status" = $1
  and (("customers"."birth_date" <= (current_date - make_interval(years => $2))::date
  and "customers"."birth_date" > (current_date - make_interval(years => $3))::date)
  or "customers"."birth_date" <= (current_date - make_interval(years => $4))::date);

-- count (sex known and unknown)
-- parameters: ["ACTIVE","FEMALE"]
select count(*)::int as "n"
  from "customers"
  where "customers"."status" = $1
  and ("customers"."sex" in ($2)
  or "customers"."sex" is null);

-- count (last contact within days)
-- parameters: ["ACTIVE",90]
select count(*)::int as "n"
  from "customers"
  where "customers"."status" = $1
  and "customers"."last_contact_at" >= now() - make_interval(days => $2);

-- count (last contact not within days)
-- parameters: ["ACTIVE",365]
select count(*)::int as "n"
  from "customers"
  where "customers"."status" = $1
  and ("customers"."last_contact_at" is null
  or "customers"."last_contact_at" < now() - make_interval(days => $2));

-- count (last contact before)
-- parameters: ["ACTIVE","2025-01-01"]
select count(*)::int as "n"
  from "customers"
  where "customers"."status" = $1
  and "customers"."last_contact_at" < $2::date;

-- count (last contact on or after)
-- parameters: ["ACTIVE","2025-07-01"]
select count(*)::int as "n"
  from "customers"
  where "customers"."status" = $1
  and "customers"."last_contact_at" >= $2::date;

-- count (never contacted)
-- parameters: ["ACTIVE"]
select count(*)::int as "n"
  from "customers"
  where "customers"."status" = $1
  and "customers"."last_contact_at" is null;

-- count (source in)
-- parameters: ["ACTIVE","manual","복지포털"]
select count(*)::int as "n"
  from "customers"
  where "customers"."status" = $1
  and "customers"."source" in ($2, $3);

-- count (source not in)
-- parameters: ["ACTIVE","manual"]
select count(*)::int as "n"
  from "customers"
  where "customers"."status" = $1
  and "customers"."source" not in ($2);

-- count (custom equals)
-- parameters: ["ACTIVE","income_band","\"LOW\""]
select count(*)::int as "n"
  from "customers"
  where "customers"."status" = $1
  and exists (select 1
  from customer_custom_keys as k
  where k.entry in (custom_value_entry($2, $3::jsonb))
  and k.name = customers.name
  and k.customer_id = customers.id);

-- count (custom in)
-- parameters: ["ACTIVE","income_band","\"LOW\"","income_band","\"MID\""]
select count(*)::int as "n"
  from "customers"
  where "customers"."status" = $1
  and exists (select 1
  from customer_custom_keys as k
  where k.entry in (custom_value_entry($2, $3::jsonb), custom_value_entry($4, $5::jsonb))
  and k.name = customers.name
  and k.customer_id = customers.id);

-- count (custom at least)
-- parameters: ["ACTIVE","household_size","3"]
select count(*)::int as "n"
  from "customers"
  where "customers"."status" = $1
  and ("customers"."custom_fields" ->> $2)::numeric >= $3::numeric;

-- count (custom contains)
-- parameters: ["ACTIVE","memo","%돌봄%"]
select count(*)::int as "n"
  from "customers"
  where "customers"."status" = $1
  and "customers"."custom_fields" ->> $2 ilike $3;

-- count (custom empty)
-- parameters: ["ACTIVE","memo"]
select count(*)::int as "n"
  from "customers"
  where "customers"."status" = $1
  and not ("customers"."custom_fields" ? $2);

-- count (custom not empty)
-- parameters: ["ACTIVE","memo"]
select count(*)::int as "n"
  from "customers"
  where "customers"."status" = $1
  and "customers"."custom_fields" ? $2;

-- count (nested ALL with ANY)
-- parameters: ["ACTIVE","PERSON",65,["장애인"],"ADMIN_NOTICE"]
select count(*)::int as "n"
  from "customers"
  where "customers"."status" = $1
  and ("customers"."party_type" in ($2)
  and ("customers"."birth_date" <= (current_date - make_interval(years => $3))::date
  or "customers"."tags" && $4::text[])
  and exists (select 1 as "one"
  from "customer_consents"
  where "customer_consents"."customer_id" = "customers"."id"
  and "customer_consents"."purpose" = $5
  and "customer_consents"."withdrawn_at" is null));

-- memberSummaries (first page)
-- parameters: ["ACTIVE","PERSON",65,["장애인"],"ADMIN_NOTICE",51]
select "customers"."id", "customers"."customer_no", "customers"."party_type", "customers"."kind", "customers"."status", "customers"."name", "customers"."sigungu", "customers"."eupmyeondong", to_char(customers.birth_date, 'YYYY-MM-DD') as "birth_date", "customers"."tags", "customers"."last_contact_at"
  from "customers"
  where "customers"."status" = $1
  and ("customers"."party_type" in ($2)
  and ("customers"."birth_date" <= (current_date - make_interval(years => $3))::date
  or "customers"."tags" && $4::text[])
  and exists (select 1 as "one"
  from "customer_consents"
  where "customer_consents"."customer_id" = "customers"."id"
  and "customer_consents"."purpose" = $5
  and "customer_consents"."withdrawn_at" is null))
  order by "customers"."name", "customers"."id"
  limit $6;

-- memberSummaries (after a cursor)
-- parameters: ["ACTIVE","PERSON",65,["장애인"],"ADMIN_NOTICE","홍길동","00000000-0000-4000-8000-000000000001",51]
select "customers"."id", "customers"."customer_no", "customers"."party_type", "customers"."kind", "customers"."status", "customers"."name", "customers"."sigungu", "customers"."eupmyeondong", to_char(customers.birth_date, 'YYYY-MM-DD') as "birth_date", "customers"."tags", "customers"."last_contact_at"
  from "customers"
  where "customers"."status" = $1
  and ("customers"."party_type" in ($2)
  and ("customers"."birth_date" <= (current_date - make_interval(years => $3))::date
  or "customers"."tags" && $4::text[])
  and exists (select 1 as "one"
  from "customer_consents"
  where "customer_consents"."customer_id" = "customers"."id"
  and "customer_consents"."purpose" = $5
  and "customer_consents"."withdrawn_at" is null))
  and ("customers"."name", "customers"."id") > ($6, $7)
  order by "customers"."name", "customers"."id"
  limit $8;

-- memberPage (first page)
-- parameters: ["ACTIVE","PERSON",65,["장애인"],"ADMIN_NOTICE",51]
select "customers"."id", "customers"."customer_no"
  from "customers"
  where "customers"."status" = $1
  and ("customers"."party_type" in ($2)
  and ("customers"."birth_date" <= (current_date - make_interval(years => $3))::date
  or "customers"."tags" && $4::text[])
  and exists (select 1 as "one"
  from "customer_consents"
  where "customer_consents"."customer_id" = "customers"."id"
  and "customer_consents"."purpose" = $5
  and "customer_consents"."withdrawn_at" is null))
  order by "customers"."customer_no"
  limit $6;

-- memberPage (after a cursor)
-- parameters: ["ACTIVE","PERSON",65,["장애인"],"ADMIN_NOTICE","1042",51]
select "customers"."id", "customers"."customer_no"
  from "customers"
  where "customers"."status" = $1
  and ("customers"."party_type" in ($2)
  and ("customers"."birth_date" <= (current_date - make_interval(years => $3))::date
  or "customers"."tags" && $4::text[])
  and exists (select 1 as "one"
  from "customer_consents"
  where "customer_consents"."customer_id" = "customers"."id"
  and "customer_consents"."purpose" = $5
  and "customer_consents"."withdrawn_at" is null))
  and "customers"."customer_no" > $6
  order by "customers"."customer_no"
  limit $7;

-- snapshot
-- parameters: ["00000000-0000-4000-8000-000000000002","ACTIVE","PERSON",65,["장애인"],"ADMIN_NOTICE","00000000-0000-4000-8000-000000000002","00000000-0000-4000-8000-000000000001","{\"match\":\"ALL\",\"conditions\":[{\"field\":\"partyType\",\"op\":\"IN\",\"value\":[\"PERSON\"]},{\"match\":\"ANY\",\"conditions\":[{\"field\":\"lifeStage\",\"op\":\"IN\",\"value\":[\"SENIOR\"]},{\"field\":\"tags\",\"op\":\"HAS_ANY\",\"value\":[\"장애인\"]}]},{\"field\":\"consent\",\"op\":\"HAS\",\"value\":\"ADMIN_NOTICE\"}]}","busan/manager"]
with "added" as (insert into "customer_segment_members" ("tenant_id", "snapshot_id", "customer_id") select "customers"."tenant_id", $1::uuid as "snapshot_id", "customers"."id"
  from "customers"
  where "customers"."status" = $2
  and ("customers"."party_type" in ($3)
  and ("customers"."birth_date" <= (current_date - make_interval(years => $4))::date
  or "customers"."tags" && $5::text[])
  and exists (select 1 as "one"
  from "customer_consents"
  where "customer_consents"."customer_id" = "customers"."id"
  and "customer_consents"."purpose" = $6
  and "customer_consents"."withdrawn_at" is null))
  returning "customer_id") insert into "customer_segment_snapshots" ("tenant_id", "id", "segment_id", "member_count", "rules", "taken_by") select current_setting('app.tenant_id', true) as "tenant_id", $7::uuid as "id", $8::uuid as "segment_id", count(*)::int as "member_count", $9::jsonb as "rules", $10 as "taken_by"
  from "added"
  returning "id", "segment_id", "taken_at", "member_count", "taken_by";

-- snapshots
-- parameters: [30,"00000000-0000-4000-8000-000000000001"]
select "snap"."id", "snap"."segment_id", "snap"."taken_at", "snap"."member_count", "snap"."taken_by"
  from "customer_segments" as "s"
  inner join lateral (select "id", "segment_id", "taken_at", "member_count", "taken_by"
  from "customer_segment_snapshots"
  where "customer_segment_snapshots"."segment_id" = "s"."id"
  order by "taken_at" desc, "id" desc
  limit $1) as "snap" on true
  where "s"."id" in ($2);

-- page (first page)
-- parameters: [51]
select "id", "name", "description", "rules", "created_by", "created_at", "updated_at", "version"
  from "customer_segments"
  order by "name", "id"
  limit $1;

-- page (after a cursor)
-- parameters: ["어르신 돌봄","00000000-0000-4000-8000-000000000001",51]
select "id", "name", "description", "rules", "created_by", "created_at", "updated_at", "version"
  from "customer_segments"
  where ("name", "id") > ($1, $2)
  order by "name", "id"
  limit $3;

-- total
-- parameters: []
select count(*)::int as "n"
  from "customer_segments";

-- byId
-- parameters: ["00000000-0000-4000-8000-000000000001"]
select "id", "name", "description", "rules", "created_by", "created_at", "updated_at", "version"
  from "customer_segments"
  where "id" = $1;

-- insert
-- parameters: ["어르신 돌봄",null,"{\"match\":\"ALL\",\"conditions\":[{\"field\":\"partyType\",\"op\":\"IN\",\"value\":[\"PERSON\"]},{\"match\":\"ANY\",\"conditions\":[{\"field\":\"lifeStage\",\"op\":\"IN\",\"value\":[\"SENIOR\"]},{\"field\":\"tags\",\"op\":\"HAS_ANY\",\"value\":[\"장애인\"]}]},{\"field\":\"consent\",\"op\":\"HAS\",\"value\":\"ADMIN_NOTICE\"}]}","busan/manager"]
insert into "customer_segments" ("tenant_id", "name", "description", "rules", "created_by")
  values (current_setting('app.tenant_id', true), $1, $2, $3::jsonb, $4)
  returning "id", "name", "description", "rules", "created_by", "created_at", "updated_at", "version";

-- update
-- parameters: ["어르신 돌봄","65세 이상","{\"match\":\"ALL\",\"conditions\":[{\"field\":\"partyType\",\"op\":\"IN\",\"value\":[\"PERSON\"]},{\"match\":\"ANY\",\"conditions\":[{\"field\":\"lifeStage\",\"op\":\"IN\",\"value\":[\"SENIOR\"]},{\"field\":\"tags\",\"op\":\"HAS_ANY\",\"value\":[\"장애인\"]}]},{\"field\":\"consent\",\"op\":\"HAS\",\"value\":\"ADMIN_NOTICE\"}]}","00000000-0000-4000-8000-000000000001",3]
update "customer_segments"
  set "name" = $1, "description" = $2, "rules" = $3::jsonb, "updated_at" = now(), "version" = version + 1
  where "id" = $4
  and "version" = $5
  returning "id", "name", "description", "rules", "created_by", "created_at", "updated_at", "version";

-- delete
-- parameters: ["00000000-0000-4000-8000-000000000001"]
delete
  from "customer_segments"
  where "id" = $1
  returning "id", "name", "description", "rules", "created_by", "created_at", "updated_at", "version";
