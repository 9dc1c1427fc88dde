-- Every statement the petition-analytics capability sends. Generated; do not edit.
-- Regenerate: npm run sql:snapshots (UPDATE_SQL_SNAPSHOTS=1), then review and commit the diff.

-- processingTimes (BUREAU)
-- parameters: ["2025-12-31T15:00:00.000Z","2025-12-31T15:00:00.000Z","2026-06-30T15:00:00.000Z","2024-12-31T15:00:00.000Z","2025-06-30T15:00:00.000Z"]
select "c"."period", "c"."key", "c"."month", grouping(c.key, c.month) as "grouping", count(*)::int as "finished", sum(c.days)::float8 as "total_days", sum(c.in_target)::int as "within_target", sum(c.in_statutory)::int as "within_statutory"
  from (select b.root::text as "key", CASE WHEN v.answered_at >= $1 THEN 'CURRENT' ELSE 'PREVIOUS' END as "period", to_char("v"."answered_at" AT TIME ZONE 'Asia/Seoul', 'YYYY-MM') as "month", extract(epoch
  FROM v.answered_at - v.received_at) / 86400 as "days", (v.answered_at <= v.target_due_at)::int as "in_target", (v.answered_at <= v.due_at)::int as "in_statutory"
  from "voc_items" as "v"
  left join (with recursive "bureau"("id", "root") as (select "id", "id" as "root"
  from "departments"
  where "parent_id" is null
  union all select "d"."id", "bureau"."root"
  from "departments" as "d"
  inner join "bureau" on "bureau"."id" = "d"."parent_id") select "id", "root"
  from "bureau") as "b" on "b"."id" = "v"."department_id"
  where "v"."parent_id" is null
  and "v"."answered_at" is not null
  and (("v"."answered_at" >= $2
  AND "v"."answered_at" < $3)
  OR ("v"."answered_at" >= $4
  AND "v"."answered_at" < $5))) as "c"
  group by GROUPING SETS ((c.period, c.key, c.month), (c.period, c.key), (c.period, c.month), (c.period))
  order by "c"."period", "c"."key", "c"."month";

-- processingTimes (DEPARTMENT)
-- parameters: ["2025-12-31T15:00:00.000Z","2025-12-31T15:00:00.000Z","2026-06-30T15:00:00.000Z","2024-12-31T15:00:00.000Z","2025-06-30T15:00:00.000Z"]
select "c"."period", "c"."key", "c"."month", grouping(c.key, c.month) as "grouping", count(*)::int as "finished", sum(c.days)::float8 as "total_days", sum(c.in_target)::int as "within_target", sum(c.in_statutory)::int as "within_statutory"
  from (select v.department_id::text as "key", CASE WHEN v.answered_at >= $1 THEN 'CURRENT' ELSE 'PREVIOUS' END as "period", to_char("v"."answered_at" AT TIME ZONE 'Asia/Seoul', 'YYYY-MM') as "month", extract(epoch
  FROM v.answered_at - v.received_at) / 86400 as "days", (v.answered_at <= v.target_due_at)::int as "in_target", (v.answered_at <= v.due_at)::int as "in_statutory"
  from "voc_items" as "v"
  where "v"."parent_id" is null
  and "v"."answered_at" is not null
  and (("v"."answered_at" >= $2
  AND "v"."answered_at" < $3)
  OR ("v"."answered_at" >= $4
  AND "v"."answered_at" < $5))) as "c"
  group by GROUPING SETS ((c.period, c.key, c.month), (c.period, c.key), (c.period, c.month), (c.period))
  order by "c"."period", "c"."key", "c"."month";

-- processingTimes (CLASS)
-- parameters: ["2025-12-31T15:00:00.000Z","2025-12-31T15:00:00.000Z","2026-06-30T15:00:00.000Z","2024-12-31T15:00:00.000Z","2025-06-30T15:00:00.000Z"]
select "c"."period", "c"."key", "c"."month", grouping(c.key, c.month) as "grouping", count(*)::int as "finished", sum(c.days)::float8 as "total_days", sum(c.in_target)::int as "within_target", sum(c.in_statutory)::int as "within_statutory"
  from (select v.handling_class as "key", CASE WHEN v.answered_at >= $1 THEN 'CURRENT' ELSE 'PREVIOUS' END as "period", to_char("v"."answered_at" AT TIME ZONE 'Asia/Seoul', 'YYYY-MM') as "month", extract(epoch
  FROM v.answered_at - v.received_at) / 86400 as "days", (v.answered_at <= v.target_due_at)::int as "in_target", (v.answered_at <= v.due_at)::int as "in_statutory"
  from "voc_items" as "v"
  where "v"."parent_id" is null
  and "v"."answered_at" is not null
  and (("v"."answered_at" >= $2
  AND "v"."answered_at" < $3)
  OR ("v"."answered_at" >= $4
  AND "v"."answered_at" < $5))) as "c"
  group by GROUPING SETS ((c.period, c.key, c.month), (c.period, c.key), (c.period, c.month), (c.period))
  order by "c"."period", "c"."key", "c"."month";

-- processingReduction
-- parameters: ["2025-12-31T15:00:00.000Z","2025-12-31T15:00:00.000Z","2026-06-30T15:00:00.000Z","2024-12-31T15:00:00.000Z","2025-06-30T15:00:00.000Z"]
select "c"."period", "c"."bureau_id", "c"."department_id", "c"."handling_class", "c"."month", count(*)::int as "finished", sum(c.days)::float8 as "total_days"
  from (select CASE WHEN v.answered_at >= $1 THEN 'CURRENT' ELSE 'PREVIOUS' END as "period", b.root::text as "bureau_id", v.department_id::text as "department_id", "v"."handling_class", to_char("v"."answered_at" AT TIME ZONE 'Asia/Seoul', 'YYYY-MM') as "month", extract(epoch
  FROM v.answered_at - v.received_at) / 86400 as "days"
  from "voc_items" as "v"
  left join (with recursive "bureau"("id", "root") as (select "id", "id" as "root"
  from "departments"
  where "parent_id" is null
  union all select "d"."id", "bureau"."root"
  from "departments" as "d"
  inner join "bureau" on "bureau"."id" = "d"."parent_id") select "id", "root"
  from "bureau") as "b" on "b"."id" = "v"."department_id"
  where "v"."parent_id" is null
  and "v"."answered_at" is not null
  and (("v"."answered_at" >= $2
  AND "v"."answered_at" < $3)
  OR ("v"."answered_at" >= $4
  AND "v"."answered_at" < $5))) as "c"
  group by "c"."period", "c"."bureau_id", "c"."department_id", "c"."handling_class", "c"."month"
  order by "c"."bureau_id", "c"."department_id", "c"."handling_class", "c"."month";

-- departmentNames
-- parameters: []
select "id", "name"
  from "departments";

-- repeatHistogram
-- parameters: ["2025-12-31T15:00:00.000Z","2026-06-30T15:00:00.000Z"]
select "per"."handling_class", "per"."n", count(*)::int as "customers"
  from (select v.handling_class as "handling_class", count(*)::int as "n"
  from "voc_items" as "v"
  where "v"."parent_id" is null
  and "v"."customer_id" is not null
  and ("v"."received_at" >= $1
  AND "v"."received_at" < $2)
  group by GROUPING SETS ((v.customer_id), (v.handling_class, v.customer_id))) as "per"
  group by "per"."handling_class", "per"."n"
  order by "per"."handling_class", "per"."n" desc;

-- anonymousPetitions
-- parameters: ["2025-12-31T15:00:00.000Z","2026-06-30T15:00:00.000Z"]
select count(*)::int as "n"
  from "voc_items" as "v"
  where "v"."parent_id" is null
  and "v"."customer_id" is null
  and ("v"."received_at" >= $1
  AND "v"."received_at" < $2);

-- topPetitioners (every class)
-- parameters: ["2025-12-31T15:00:00.000Z","2026-06-30T15:00:00.000Z",20]
select "c"."id", "c"."customer_no", "c"."name", "t"."petitions", "t"."open", "t"."last_received_at", "t"."classes"
  from (select "v"."customer_id", count(*)::int as "petitions", count(*) FILTER (WHERE v.answered_at IS NULL
  AND v.closed_at IS NULL)::int as "open", max(v.received_at) as "last_received_at", array_agg(DISTINCT v.handling_class
  ORDER BY v.handling_class) as "classes"
  from "voc_items" as "v"
  where "v"."parent_id" is null
  and "v"."customer_id" is not null
  and ("v"."received_at" >= $1
  AND "v"."received_at" < $2)
  group by "v"."customer_id"
  order by "petitions" desc, "v"."customer_id"
  limit $3) as "t"
  inner join "customers" as "c" on "c"."id" = "t"."customer_id"
  order by "t"."petitions" desc, "c"."id";

-- topPetitioners (one class)
-- parameters: ["2025-12-31T15:00:00.000Z","2026-06-30T15:00:00.000Z","COMPLEX",20]
select "c"."id", "c"."customer_no", "c"."name", "t"."petitions", "t"."open", "t"."last_received_at", "t"."classes"
  from (select "v"."customer_id", count(*)::int as "petitions", count(*) FILTER (WHERE v.answered_at IS NULL
  AND v.closed_at IS NULL)::int as "open", max(v.received_at) as "last_received_at", array_agg(DISTINCT v.handling_class
  ORDER BY v.handling_class) as "classes"
  from "voc_items" as "v"
  where "v"."parent_id" is null
  and "v"."customer_id" is not null
  and ("v"."received_at" >= $1
  AND "v"."received_at" < $2)
  and "v"."handling_class" = $3
  group by "v"."customer_id"
  order by "petitions" desc, "v"."customer_id"
  limit $4) as "t"
  inner join "customers" as "c" on "c"."id" = "t"."customer_id"
  order by "t"."petitions" desc, "c"."id";

-- backlogPage (all open, first page)
-- parameters: [51]
select "v"."id", "v"."receipt_no", "v"."title", "v"."status", "v"."handling_class", "v"."received_at", "v"."due_at", "v"."target_due_at", "v"."department_id", "d"."name" as "department_name", "s"."name" as "officer_name", to_char(v.due_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as "due_key"
  from "voc_items" as "v"
  left join "departments" as "d" on "d"."id" = "v"."department_id"
  left join "staff" as "s" on "s"."id" = "v"."officer_id"
  where "v"."answered_at" is null
  and "v"."closed_at" is null
  order by "v"."due_at", "v"."id"
  limit $1;

-- backlogPage (overdue of a department, next page)
-- parameters: ["2026-07-01T00:00:00.000Z","00000000-0000-4000-8000-000000000001","2026-06-30T00:00:00.000000Z","00000000-0000-4000-8000-000000000002",51]
select "v"."id", "v"."receipt_no", "v"."title", "v"."status", "v"."handling_class", "v"."received_at", "v"."due_at", "v"."target_due_at", "v"."department_id", "d"."name" as "department_name", "s"."name" as "officer_name", to_char(v.due_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as "due_key"
  from "voc_items" as "v"
  left join "departments" as "d" on "d"."id" = "v"."department_id"
  left join "staff" as "s" on "s"."id" = "v"."officer_id"
  where "v"."answered_at" is null
  and "v"."closed_at" is null
  and "v"."due_at" < $1
  and "v"."department_id" in (with recursive "subunits"("id") as (select "id"
  from "departments"
  where "id" = $2
  union all select "departments"."id"
  from "departments"
  inner join "subunits" on "subunits"."id" = "departments"."parent_id") select "id"
  from "subunits")
  and ("v"."due_at", "v"."id") > ($3::timestamptz, $4)
  order by "v"."due_at", "v"."id"
  limit $5;

-- backlogCounts (all open)
-- parameters: ["2026-07-01T00:00:00.000Z","2026-07-01T00:00:00.000Z","2026-07-01T00:00:00.000Z"]
select count(*)::int as "open", count(*) FILTER (WHERE v.due_at < $1)::int as "overdue", count(*) FILTER (WHERE v.target_due_at < $2
  AND v.due_at >= $3)::int as "at_risk"
  from "voc_items" as "v"
  where "v"."answered_at" is null
  and "v"."closed_at" is null;

-- backlogCounts (overdue of a department)
-- parameters: ["2026-07-01T00:00:00.000Z","2026-07-01T00:00:00.000Z","2026-07-01T00:00:00.000Z","2026-07-01T00:00:00.000Z","00000000-0000-4000-8000-000000000001"]
select count(*)::int as "open", count(*) FILTER (WHERE v.due_at < $1)::int as "overdue", count(*) FILTER (WHERE v.target_due_at < $2
  AND v.due_at >= $3)::int as "at_risk"
  from "voc_items" as "v"
  where "v"."answered_at" is null
  and "v"."closed_at" is null
  and "v"."due_at" < $4
  and "v"."department_id" in (with recursive "subunits"("id") as (select "id"
  from "departments"
  where "id" = $5
  union all select "departments"."id"
  from "departments"
  inner join "subunits" on "subunits"."id" = "departments"."parent_id") select "id"
  from "subunits");
