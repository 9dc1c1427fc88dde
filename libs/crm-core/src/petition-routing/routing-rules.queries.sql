-- Every statement the petition-routing capability sends. Generated; do not edit.
-- Regenerate: npm run sql:snapshots (UPDATE_SQL_SNAPSHOTS=1), then review and commit the diff.

-- rules
-- parameters: []
select "r"."id", "r"."category_code", "r"."keywords", "r"."department_id", "d"."name" as "department_name", "d"."active" as "department_active", "r"."priority", "r"."active", "r"."created_by", "r"."created_at", "r"."updated_at"
  from "voc_routing_rules" as "r"
  inner join "departments" as "d" on "d"."id" = "r"."department_id"
  order by "r"."priority", "r"."created_at", "r"."id";

-- rule
-- parameters: ["00000000-0000-4000-8000-000000000001"]
select "r"."id", "r"."category_code", "r"."keywords", "r"."department_id", "d"."name" as "department_name", "d"."active" as "department_active", "r"."priority", "r"."active", "r"."created_by", "r"."created_at", "r"."updated_at"
  from "voc_routing_rules" as "r"
  inner join "departments" as "d" on "d"."id" = "r"."department_id"
  where "r"."id" = $1;

-- lockRule
-- parameters: ["00000000-0000-4000-8000-000000000001"]
select "id"
  from "voc_routing_rules"
  where "id" = $1 for update;

-- ruleIds
-- parameters: []
select "id"
  from "voc_routing_rules" for update;

-- nextPriority
-- parameters: []
select (coalesce(max(priority), 0) + 10)::int as "priority", count(*)::int as "count"
  from "voc_routing_rules";

-- activeDepartment
-- parameters: ["00000000-0000-4000-8000-000000000001",true]
select "id", "name"
  from "departments"
  where "id" = $1
  and "active" = $2;

-- activeCategory
-- parameters: ["TRAFFIC",true]
select "code"
  from "voc_categories"
  where "code" = $1
  and "active" = $2;

-- insert
-- parameters: ["TRAFFIC",["불법주차","주차"],"00000000-0000-4000-8000-000000000001",10,true,"홍길동"]
insert into "voc_routing_rules" ("tenant_id", "category_code", "keywords", "department_id", "priority", "active", "created_by")
  values (current_setting('app.tenant_id', true), $1, $2::text[], $3, $4, $5, $6)
  returning "id";

-- update
-- parameters: ["TRAFFIC",["불법주차","주차"],"00000000-0000-4000-8000-000000000001",10,true,"00000000-0000-4000-8000-000000000001"]
update "voc_routing_rules"
  set "category_code" = $1, "keywords" = $2::text[], "department_id" = $3, "priority" = $4, "active" = $5, "updated_at" = now()
  where "id" = $6
  returning "id";

-- delete
-- parameters: ["00000000-0000-4000-8000-000000000001"]
delete
  from "voc_routing_rules"
  where "id" = $1
  returning "id";

-- reorder
-- parameters: [["00000000-0000-4000-8000-000000000001","00000000-0000-4000-8000-000000000002"],["00000000-0000-4000-8000-000000000001","00000000-0000-4000-8000-000000000002"]]
update "voc_routing_rules"
  set "priority" = array_position($1::uuid[], id) * 10, "updated_at" = now()
  where "id" = any($2::uuid[]);
