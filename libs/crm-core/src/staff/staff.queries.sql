-- Every statement the staff capability sends. Generated; do not edit.
-- Regenerate: npm run sql:snapshots (UPDATE_SQL_SNAPSHOTS=1), then review and commit the diff.

-- page (all, first page)
-- parameters: [true,51]
select "id", "name", "username", "position", "roles", "email", "phone", "keycloak_subject", "department_id", "custom_fields"
  from "staff"
  where "active" = $1
  order by "name", "id"
  limit $2;

-- page (all, after a cursor)
-- parameters: [true,"홍길동","00000000-0000-4000-8000-000000000002",51]
select "id", "name", "username", "position", "roles", "email", "phone", "keycloak_subject", "department_id", "custom_fields"
  from "staff"
  where "active" = $1
  and ("name", "id") > ($2, $3)
  order by "name", "id"
  limit $4;

-- page (all, name, first page)
-- parameters: [true,"%홍%",51]
select "id", "name", "username", "position", "roles", "email", "phone", "keycloak_subject", "department_id", "custom_fields"
  from "staff"
  where "active" = $1
  and "name" like $2
  order by "name", "id"
  limit $3;

-- page (all, name, after a cursor)
-- parameters: [true,"%홍%","홍길동","00000000-0000-4000-8000-000000000002",51]
select "id", "name", "username", "position", "roles", "email", "phone", "keycloak_subject", "department_id", "custom_fields"
  from "staff"
  where "active" = $1
  and "name" like $2
  and ("name", "id") > ($3, $4)
  order by "name", "id"
  limit $5;

-- page (department, first page)
-- parameters: [true,"00000000-0000-4000-8000-000000000001",51]
select "id", "name", "username", "position", "roles", "email", "phone", "keycloak_subject", "department_id", "custom_fields"
  from "staff"
  where "active" = $1
  and "department_id" = $2
  order by "name", "id"
  limit $3;

-- page (department, after a cursor)
-- parameters: [true,"00000000-0000-4000-8000-000000000001","홍길동","00000000-0000-4000-8000-000000000002",51]
select "id", "name", "username", "position", "roles", "email", "phone", "keycloak_subject", "department_id", "custom_fields"
  from "staff"
  where "active" = $1
  and "department_id" = $2
  and ("name", "id") > ($3, $4)
  order by "name", "id"
  limit $5;

-- page (department, name, first page)
-- parameters: [true,"00000000-0000-4000-8000-000000000001","%홍%",51]
select "id", "name", "username", "position", "roles", "email", "phone", "keycloak_subject", "department_id", "custom_fields"
  from "staff"
  where "active" = $1
  and "department_id" = $2
  and "name" like $3
  order by "name", "id"
  limit $4;

-- page (department, name, after a cursor)
-- parameters: [true,"00000000-0000-4000-8000-000000000001","%홍%","홍길동","00000000-0000-4000-8000-000000000002",51]
select "id", "name", "username", "position", "roles", "email", "phone", "keycloak_subject", "department_id", "custom_fields"
  from "staff"
  where "active" = $1
  and "department_id" = $2
  and "name" like $3
  and ("name", "id") > ($4, $5)
  order by "name", "id"
  limit $6;

-- page (department and sub-units, first page)
-- parameters: [true,"00000000-0000-4000-8000-000000000001",51]
select "id", "name", "username", "position", "roles", "email", "phone", "keycloak_subject", "department_id", "custom_fields"
  from "staff"
  where "active" = $1
  and "department_id" in (with recursive "subunits"("id") as (select "id"
  from "departments"
  where "id" = $2
  union all select "departments"."id"
  from "departments"
  inner join "subunits" on "subunits"."id" = "departments"."parent_id") select "id"
  from "subunits")
  order by "name", "id"
  limit $3;

-- page (department and sub-units, after a cursor)
-- parameters: [true,"00000000-0000-4000-8000-000000000001","홍길동","00000000-0000-4000-8000-000000000002",51]
select "id", "name", "username", "position", "roles", "email", "phone", "keycloak_subject", "department_id", "custom_fields"
  from "staff"
  where "active" = $1
  and "department_id" in (with recursive "subunits"("id") as (select "id"
  from "departments"
  where "id" = $2
  union all select "departments"."id"
  from "departments"
  inner join "subunits" on "subunits"."id" = "departments"."parent_id") select "id"
  from "subunits")
  and ("name", "id") > ($3, $4)
  order by "name", "id"
  limit $5;

-- page (department and sub-units, name, first page)
-- parameters: [true,"00000000-0000-4000-8000-000000000001","%홍%",51]
select "id", "name", "username", "position", "roles", "email", "phone", "keycloak_subject", "department_id", "custom_fields"
  from "staff"
  where "active" = $1
  and "department_id" in (with recursive "subunits"("id") as (select "id"
  from "departments"
  where "id" = $2
  union all select "departments"."id"
  from "departments"
  inner join "subunits" on "subunits"."id" = "departments"."parent_id") select "id"
  from "subunits")
  and "name" like $3
  order by "name", "id"
  limit $4;

-- page (department and sub-units, name, after a cursor)
-- parameters: [true,"00000000-0000-4000-8000-000000000001","%홍%","홍길동","00000000-0000-4000-8000-000000000002",51]
select "id", "name", "username", "position", "roles", "email", "phone", "keycloak_subject", "department_id", "custom_fields"
  from "staff"
  where "active" = $1
  and "department_id" in (with recursive "subunits"("id") as (select "id"
  from "departments"
  where "id" = $2
  union all select "departments"."id"
  from "departments"
  inner join "subunits" on "subunits"."id" = "departments"."parent_id") select "id"
  from "subunits")
  and "name" like $3
  and ("name", "id") > ($4, $5)
  order by "name", "id"
  limit $6;

-- count (all)
-- parameters: [true]
select count(*)::int as "n"
  from "staff"
  where "active" = $1;

-- count (all, name)
-- parameters: [true,"%홍%"]
select count(*)::int as "n"
  from "staff"
  where "active" = $1
  and "name" like $2;

-- count (department)
-- parameters: [true,"00000000-0000-4000-8000-000000000001"]
select count(*)::int as "n"
  from "staff"
  where "active" = $1
  and "department_id" = $2;

-- count (department, name)
-- parameters: [true,"00000000-0000-4000-8000-000000000001","%홍%"]
select count(*)::int as "n"
  from "staff"
  where "active" = $1
  and "department_id" = $2
  and "name" like $3;

-- count (department and sub-units)
-- parameters: [true,"00000000-0000-4000-8000-000000000001"]
select count(*)::int as "n"
  from "staff"
  where "active" = $1
  and "department_id" in (with recursive "subunits"("id") as (select "id"
  from "departments"
  where "id" = $2
  union all select "departments"."id"
  from "departments"
  inner join "subunits" on "subunits"."id" = "departments"."parent_id") select "id"
  from "subunits");

-- count (department and sub-units, name)
-- parameters: [true,"00000000-0000-4000-8000-000000000001","%홍%"]
select count(*)::int as "n"
  from "staff"
  where "active" = $1
  and "department_id" in (with recursive "subunits"("id") as (select "id"
  from "departments"
  where "id" = $2
  union all select "departments"."id"
  from "departments"
  inner join "subunits" on "subunits"."id" = "departments"."parent_id") select "id"
  from "subunits")
  and "name" like $3;

-- byIdForUpdate (one)
-- parameters: ["00000000-0000-4000-8000-000000000002"]
select "id", "name", "username", "position", "roles", "email", "phone", "keycloak_subject", "department_id", "custom_fields"
  from "staff"
  where "id" = $1 for update;

-- setCustomFields (values)
-- parameters: ["{\"grade\":\"A\"}","00000000-0000-4000-8000-000000000002"]
update "staff"
  set "custom_fields" = $1::jsonb, "updated_at" = now()
  where "id" = $2
  returning "id", "name", "username", "position", "roles", "email", "phone", "keycloak_subject", "department_id", "custom_fields";
