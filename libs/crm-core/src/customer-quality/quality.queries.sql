-- Every statement the customer-quality capability sends. Generated; do not edit.
-- Regenerate: npm run sql:snapshots (UPDATE_SQL_SNAPSHOTS=1), then review and commit the diff.

-- counts (all time)
-- parameters: ["PERSON",["미상","무명","없음","익명","고객","테스트","test","unknown","none"],"PERSON","^([가-힣]{2,6}|[A-Za-z][A-Za-z .'-]*[A-Za-z])$","ORGANIZATION","^(?=.*[가-힣A-Za-z]).{2,}$",true,true,true,true,true,"PERSON","PERSON",120,"^01[016789][0-9]{7,8}$","^(02[0-9]{7,8}|0(3[1-3]|4[1-4]|5[1-5]|6[1-4])[0-9]{7,8}|070[0-9]{8}|080[0-9]{7}|050[0-9]{8})$","^[^@\\s]+@([A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?\\.)+[A-Za-z]{2,}$","ACTIVE"]
select grouping("c"."source", "c"."import_batch_id") as "grouping", coalesce("c"."source", "c"."import_batch_id"::text, '') as "group_key", min("c"."source") as "source", count(*)::int as "total", (count(*) filter (where "c"."party_type" = $1))::int as "persons", (count(*) filter (where btrim("c"."name") <> ''))::int as "name_filled", (count(*) filter (where (btrim("c"."name") <> ''
  and lower(btrim("c"."name")) <> ALL ($2::text[])
  and (("c"."party_type" = $3
  and btrim("c"."name") ~ $4)
  or ("c"."party_type" = $5
  and btrim("c"."name") ~ $6)))))::int as "name_valid", (count(*) filter (where (btrim(coalesce("c"."road_address", '')) <> ''
  or btrim(coalesce("c"."jibun_address", '')) <> ''
  or btrim(coalesce("c"."sido", '')) <> '')))::int as "address_filled", (count(*) filter (where ("c"."postal_code" is not null
  and btrim(coalesce("c"."road_address", '')) <> ''
  and btrim(coalesce("c"."sido", '')) <> ''
  and btrim(coalesce("c"."sigungu", '')) <> '')))::int as "address_valid", (count(*) filter (where "p"."phone_filled" = $7))::int as "phone_filled", (count(*) filter (where "p"."phone_valid" = $8))::int as "phone_valid", (count(*) filter (where "p"."mobile_filled" = $9))::int as "mobile_filled", (count(*) filter (where "p"."mobile_valid" = $10))::int as "mobile_valid", (count(*) filter (where "e"."customer_id" is not null))::int as "email_filled", (count(*) filter (where "e"."email_valid" = $11))::int as "email_valid", (count(*) filter (where ("c"."party_type" = $12
  and "c"."birth_date" is not null)))::int as "birth_date_filled", (count(*) filter (where ("c"."party_type" = $13
  and "c"."birth_date" <= current_date
  and "c"."birth_date" > (current_date - make_interval(years => $14))::date)))::int as "birth_date_valid"
  from "customers" as "c"
  left join (select "customer_id", bool_or(kind = 'MOBILE') as "mobile_filled", bool_or(kind = 'MOBILE'
  AND digits ~ $15) as "mobile_valid", bool_or(kind <> 'MOBILE') as "phone_filled", bool_or(kind <> 'MOBILE'
  AND digits ~ $16) as "phone_valid"
  from "customer_phones"
  group by "customer_id") as "p" on "p"."customer_id" = "c"."id"
  left join (select "customer_id", bool_or(address ~ $17) as "email_valid"
  from "customer_emails"
  group by "customer_id") as "e" on "e"."customer_id" = "c"."id"
  where "c"."status" = $18
  group by GROUPING SETS ((), (c.source), (c.import_batch_id))
  order by grouping, group_key;

-- counts (period)
-- parameters: ["PERSON",["미상","무명","없음","익명","고객","테스트","test","unknown","none"],"PERSON","^([가-힣]{2,6}|[A-Za-z][A-Za-z .'-]*[A-Za-z])$","ORGANIZATION","^(?=.*[가-힣A-Za-z]).{2,}$",true,true,true,true,true,"PERSON","PERSON",120,"^01[016789][0-9]{7,8}$","^(02[0-9]{7,8}|0(3[1-3]|4[1-4]|5[1-5]|6[1-4])[0-9]{7,8}|070[0-9]{8}|080[0-9]{7}|050[0-9]{8})$","^[^@\\s]+@([A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?\\.)+[A-Za-z]{2,}$","ACTIVE","2025-12-31T15:00:00.000Z","2026-06-30T15:00:00.000Z"]
select grouping("c"."source", "c"."import_batch_id") as "grouping", coalesce("c"."source", "c"."import_batch_id"::text, '') as "group_key", min("c"."source") as "source", count(*)::int as "total", (count(*) filter (where "c"."party_type" = $1))::int as "persons", (count(*) filter (where btrim("c"."name") <> ''))::int as "name_filled", (count(*) filter (where (btrim("c"."name") <> ''
  and lower(btrim("c"."name")) <> ALL ($2::text[])
  and (("c"."party_type" = $3
  and btrim("c"."name") ~ $4)
  or ("c"."party_type" = $5
  and btrim("c"."name") ~ $6)))))::int as "name_valid", (count(*) filter (where (btrim(coalesce("c"."road_address", '')) <> ''
  or btrim(coalesce("c"."jibun_address", '')) <> ''
  or btrim(coalesce("c"."sido", '')) <> '')))::int as "address_filled", (count(*) filter (where ("c"."postal_code" is not null
  and btrim(coalesce("c"."road_address", '')) <> ''
  and btrim(coalesce("c"."sido", '')) <> ''
  and btrim(coalesce("c"."sigungu", '')) <> '')))::int as "address_valid", (count(*) filter (where "p"."phone_filled" = $7))::int as "phone_filled", (count(*) filter (where "p"."phone_valid" = $8))::int as "phone_valid", (count(*) filter (where "p"."mobile_filled" = $9))::int as "mobile_filled", (count(*) filter (where "p"."mobile_valid" = $10))::int as "mobile_valid", (count(*) filter (where "e"."customer_id" is not null))::int as "email_filled", (count(*) filter (where "e"."email_valid" = $11))::int as "email_valid", (count(*) filter (where ("c"."party_type" = $12
  and "c"."birth_date" is not null)))::int as "birth_date_filled", (count(*) filter (where ("c"."party_type" = $13
  and "c"."birth_date" <= current_date
  and "c"."birth_date" > (current_date - make_interval(years => $14))::date)))::int as "birth_date_valid"
  from "customers" as "c"
  left join (select "customer_id", bool_or(kind = 'MOBILE') as "mobile_filled", bool_or(kind = 'MOBILE'
  AND digits ~ $15) as "mobile_valid", bool_or(kind <> 'MOBILE') as "phone_filled", bool_or(kind <> 'MOBILE'
  AND digits ~ $16) as "phone_valid"
  from "customer_phones"
  group by "customer_id") as "p" on "p"."customer_id" = "c"."id"
  left join (select "customer_id", bool_or(address ~ $17) as "email_valid"
  from "customer_emails"
  group by "customer_id") as "e" on "e"."customer_id" = "c"."id"
  where "c"."status" = $18
  and "c"."created_at" >= $19
  and "c"."created_at" < $20
  group by GROUPING SETS ((), (c.source), (c.import_batch_id))
  order by grouping, group_key;

-- reportSettings
-- parameters: ["64MB","120000"]
select set_config('work_mem', $1, true) as "work_mem", set_config('max_parallel_workers_per_gather', '0', true) as "workers", set_config('statement_timeout', $2, true) as "statement_timeout";

-- today
-- parameters: []
select to_char(now() AT TIME ZONE 'Asia/Seoul', 'YYYY-MM-DD') as "day";

-- deleteDay
-- parameters: ["2026-11-26"]
delete
  from "customer_quality_snapshots"
  where "taken_on" = $1;

-- insertDay
-- parameters: ["2026-11-26",["TENANT","SOURCE"],["","manual"],["NAME","MOBILE"],[10,4],[10,2],[9,1]]
insert into "customer_quality_snapshots" ("tenant_id", "group_by", "taken_on", "group_key", "field", "total", "filled", "valid") SELECT current_setting('app.tenant_id', true), r.group_by, $1::date, r.group_key, r.field,
                   r.total, r.filled, r.valid
           
  FROM unnest($2::text[], $3::text[],
                        $4::text[], $5::int[],
                        $6::int[], $7::int[])
              AS r(group_by, group_key, field, total, filled, valid);

-- history
-- parameters: ["TENANT","","2026-09-01","2026-11-26"]
select to_char(taken_on, 'YYYY-MM-DD') as "day", "field", "total", "filled", "valid"
  from "customer_quality_snapshots"
  where "group_by" = $1
  and "group_key" = $2
  and "taken_on" >= $3
  and "taken_on" <= $4
  order by "taken_on", "field";
