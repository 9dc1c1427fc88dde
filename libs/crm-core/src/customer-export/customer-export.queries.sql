-- Every statement the customer-export capability sends. Generated; do not edit.
-- Regenerate: npm run sql:snapshots (UPDATE_SQL_SNAPSHOTS=1), then review and commit the diff.

-- filterPage (first page)
-- parameters: ["ACTIVE",["어르신"],1000]
select "customers"."id", "customers"."customer_no", "customers"."party_type", "customers"."kind", "customers"."status", "customers"."name", "customers"."sigungu", "customers"."eupmyeondong", to_char(customers.birth_date, 'YYYY-MM-DD') as "birth_date", "customers"."tags", "customers"."last_contact_at"
  from "customers"
  where ("customers"."status" = $1
  and customers.tags @> $2::text[])
  order by "customers"."name", "customers"."id"
  limit $3;

-- filterPage (after a cursor)
-- parameters: ["ACTIVE",["어르신"],"홍길동","00000000-0000-4000-8000-000000000001",1000]
select "customers"."id", "customers"."customer_no", "customers"."party_type", "customers"."kind", "customers"."status", "customers"."name", "customers"."sigungu", "customers"."eupmyeondong", to_char(customers.birth_date, 'YYYY-MM-DD') as "birth_date", "customers"."tags", "customers"."last_contact_at"
  from "customers"
  where ("customers"."status" = $1
  and customers.tags @> $2::text[])
  and ("customers"."name", "customers"."id") > ($3, $4)
  order by "customers"."name", "customers"."id"
  limit $5;

-- filterCount
-- parameters: ["ACTIVE","연제구",100001]
select count(*)::int as "n"
  from (select "customers"."id", "customers"."customer_no", "customers"."party_type", "customers"."kind", "customers"."status", "customers"."name", "customers"."sigungu", "customers"."eupmyeondong", to_char(customers.birth_date, 'YYYY-MM-DD') as "birth_date", "customers"."tags", "customers"."last_contact_at"
  from "customers"
  where ("customers"."status" = $1
  and "customers"."sigungu" = $2)
  order by "customers"."name", "customers"."id"
  limit $3) as "hit";

-- rows
-- parameters: ["MOBILE",1,"MOBILE",1,1,["00000000-0000-4000-8000-000000000001","00000000-0000-4000-8000-000000000002"]]
select "c"."id", "c"."customer_no", "c"."party_type", "c"."kind", "c"."name", to_char(c.birth_date, 'YYYY-MM-DD') as "birth_date", "c"."sex", "c"."sido", "c"."sigungu", "c"."eupmyeondong", "c"."road_address", "c"."address_detail", "c"."postal_code", "c"."tags", "c"."source", "c"."last_contact_at", "c"."created_at", "c"."custom_fields", (select "p"."digits"
  from "customer_phones" as "p"
  where "p"."customer_id" = "c"."id"
  and "p"."kind" = $1
  order by "p"."is_primary" desc, "p"."created_at"
  limit $2) as "mobile", (select "p"."digits"
  from "customer_phones" as "p"
  where "p"."customer_id" = "c"."id"
  and "p"."kind" <> $3
  order by "p"."is_primary" desc, "p"."created_at"
  limit $4) as "phone", (select "e"."address"
  from "customer_emails" as "e"
  where "e"."customer_id" = "c"."id"
  order by "e"."is_primary" desc, "e"."created_at"
  limit $5) as "email"
  from "customers" as "c"
  where c.id = ANY($6::uuid[])
  order by "c"."customer_no";

-- logAccess
-- parameters: ["manager","subject",["manager"],"어르신 돌봄 안내문 발송 대상 확인","startCustomerExport","CustomerExport","00000000-0000-4000-8000-000000000003",["name","birthDate","phones","emails","address"],false,2]
insert into "access_log" ("tenant_id", "actor", "actor_subject", "actor_roles", "purpose", "operation", "entity", "record_id", "fields", "masked", "record_count")
  values (current_setting('app.tenant_id', true), $1, $2, $3::text[], $4, $5, $6, $7, $8::text[], $9, $10);
