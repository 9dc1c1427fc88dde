-- Every statement the customer relations capability sends. Generated; do not edit.
-- Regenerate: npm run sql:snapshots (UPDATE_SQL_SNAPSHOTS=1), then review and commit the diff.

-- ofCustomer (one)
-- parameters: ["OUTGOING","00000000-0000-4000-8000-000000000001","INCOMING","00000000-0000-4000-8000-000000000001"]
select "customer_relations"."id" as "relation_id", "customer_relations"."kind" as "relation_kind", "customer_relations"."note", "customer_relations"."created_by", "customer_relations"."created_at", $1::text as "direction", "customers"."id", "customers"."customer_no", "customers"."party_type", "customers"."kind", "customers"."status", "customers"."name", "customers"."sigungu", "customers"."eupmyeondong", to_char(customers.birth_date, 'YYYY-MM-DD') as "birth_date", "customers"."tags", "customers"."last_contact_at"
  from "customer_relations"
  inner join "customers" on "customers"."tenant_id" = "customer_relations"."tenant_id"
  and "customers"."id" = "customer_relations"."related_customer_id"
  where "customer_relations"."customer_id" = $2
  union all select "customer_relations"."id" as "relation_id", "customer_relations"."kind" as "relation_kind", "customer_relations"."note", "customer_relations"."created_by", "customer_relations"."created_at", $3::text as "direction", "customers"."id", "customers"."customer_no", "customers"."party_type", "customers"."kind", "customers"."status", "customers"."name", "customers"."sigungu", "customers"."eupmyeondong", to_char(customers.birth_date, 'YYYY-MM-DD') as "birth_date", "customers"."tags", "customers"."last_contact_at"
  from "customer_relations"
  inner join "customers" on "customers"."tenant_id" = "customer_relations"."tenant_id"
  and "customers"."id" = "customer_relations"."customer_id"
  where "customer_relations"."related_customer_id" = $4
  order by "relation_kind", "created_at", "relation_id";

-- lockPair (one)
-- parameters: ["00000000-0000-4000-8000-000000000001","00000000-0000-4000-8000-000000000002"]
select "id"
  from "customers"
  where "id" in ($1, $2)
  order by "id" for no key update;

-- betweenEitherWay (one)
-- parameters: ["FAMILY","00000000-0000-4000-8000-000000000001","00000000-0000-4000-8000-000000000002","00000000-0000-4000-8000-000000000002","00000000-0000-4000-8000-000000000001"]
select "id"
  from "customer_relations"
  where "kind" = $1
  and (("customer_id" = $2
  and "related_customer_id" = $3)
  or ("customer_id" = $4
  and "related_customer_id" = $5));

-- insert (one)
-- parameters: ["00000000-0000-4000-8000-000000000001","00000000-0000-4000-8000-000000000002","REPRESENTATIVE","2026년 정기총회에서 선임","김민원"]
insert into "customer_relations" ("tenant_id", "customer_id", "related_customer_id", "kind", "note", "created_by")
  values (current_setting('app.tenant_id', true), $1, $2, $3, $4, $5)
  on conflict ("tenant_id", "customer_id", "related_customer_id", "kind") do nothing
  returning "id", "created_by", "created_at";

-- delete (one)
-- parameters: ["00000000-0000-4000-8000-000000000001"]
delete
  from "customer_relations"
  where "id" = $1
  returning "id", "customer_id", "related_customer_id", "kind";

-- household (one)
-- parameters: ["00000000-0000-4000-8000-000000000001","00000000-0000-4000-8000-000000000001","ACTIVE",50]
select "customers"."id", "customers"."customer_no", "customers"."party_type", "customers"."kind", "customers"."status", "customers"."name", "customers"."sigungu", "customers"."eupmyeondong", to_char(customers.birth_date, 'YYYY-MM-DD') as "birth_date", "customers"."tags", "customers"."last_contact_at"
  from "customers"
  where "customers"."household_key" = (select "own"."household_key"
  from "customers" as "own"
  where "own"."id" = $1)
  and "customers"."id" <> $2
  and "customers"."status" = $3
  order by "customers"."name", "customers"."id"
  limit $4;
