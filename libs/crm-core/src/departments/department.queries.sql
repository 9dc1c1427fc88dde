-- Every statement the departments capability sends. Generated; do not edit.
-- Regenerate: npm run sql:snapshots (UPDATE_SQL_SNAPSHOTS=1), then review and commit the diff.

-- list
-- parameters: []
select "id", "code", "name", "parent_id", "sort_order", "active", "custom_fields"
  from "departments"
  order by "sort_order", "code";

-- byIds
-- parameters: [["00000000-0000-4000-8000-000000000001","00000000-0000-4000-8000-000000000002"]]
select "id", "code", "name", "parent_id", "sort_order", "active", "custom_fields"
  from "departments"
  where "id" = any($1::uuid[]);

-- byIdForUpdate
-- parameters: ["00000000-0000-4000-8000-000000000001"]
select "id", "code", "name", "parent_id", "sort_order", "active", "custom_fields"
  from "departments"
  where "id" = $1 for update;

-- codeTaken
-- parameters: ["CODE-1","00000000-0000-4000-8000-000000000001"]
select "id"
  from "departments"
  where "code" = $1
  and "id" is distinct from $2;

-- siblingNameTaken
-- parameters: ["00000000-0000-4000-8000-000000000002","부서명","00000000-0000-4000-8000-000000000001"]
select "id"
  from "departments"
  where "parent_id" is not distinct from $1
  and lower(regexp_replace(name, '\s', '', 'g')) = lower(regexp_replace($2::text, '\s', '', 'g'))
  and "id" is distinct from $3;

-- nextSortOrder
-- parameters: ["00000000-0000-4000-8000-000000000002"]
select coalesce(max(sort_order) + 1, 0) as "next"
  from "departments"
  where "parent_id" is not distinct from $1;

-- insert
-- parameters: ["CODE-1","부서명","00000000-0000-4000-8000-000000000002",3,"{}"]
insert into "departments" ("tenant_id", "code", "name", "parent_id", "sort_order", "custom_fields")
  values (current_setting('app.tenant_id', true), $1, $2, $3, $4, $5::jsonb)
  returning "id", "code", "name", "parent_id", "sort_order", "active", "custom_fields";

-- update (custom values kept)
-- parameters: ["CODE-1","부서명","00000000-0000-4000-8000-000000000002",3,"00000000-0000-4000-8000-000000000001"]
update "departments"
  set "code" = $1, "name" = $2, "parent_id" = $3, "sort_order" = $4, "updated_at" = now()
  where "id" = $5
  returning "id", "code", "name", "parent_id", "sort_order", "active", "custom_fields";

-- update (custom values set)
-- parameters: ["CODE-1","부서명","00000000-0000-4000-8000-000000000002",3,"{\"floor\":3}","00000000-0000-4000-8000-000000000001"]
update "departments"
  set "code" = $1, "name" = $2, "parent_id" = $3, "sort_order" = $4, "custom_fields" = $5::jsonb, "updated_at" = now()
  where "id" = $6
  returning "id", "code", "name", "parent_id", "sort_order", "active", "custom_fields";

-- setActive
-- parameters: [false,"00000000-0000-4000-8000-000000000001"]
update "departments"
  set "active" = $1, "updated_at" = now()
  where "id" = $2
  returning "id", "code", "name", "parent_id", "sort_order", "active", "custom_fields";

-- activeChildren
-- parameters: ["00000000-0000-4000-8000-000000000001",true,1]
select "id"
  from "departments"
  where "parent_id" = $1
  and "active" = $2
  limit $3;

-- wouldCycle
-- parameters: ["00000000-0000-4000-8000-000000000001","00000000-0000-4000-8000-000000000002"]
with recursive "below"("id") as (select $1::uuid as "id"
  union select "departments"."id"
  from "departments"
  inner join "below" on "below"."id" = "departments"."parent_id") select exists (select "id"
  from "below"
  where "id" = $2::uuid) as "cycle";

-- staffCounts
-- parameters: [true,["00000000-0000-4000-8000-000000000001","00000000-0000-4000-8000-000000000002"]]
select "department_id", count(*)::int as "n"
  from "staff"
  where "active" = $1
  and "department_id" = any($2::uuid[])
  group by "department_id";

-- lockTree
-- parameters: []
select pg_advisory_xact_lock(hashtext('departments:' || current_setting('app.tenant_id', true)))::text as "locked";
