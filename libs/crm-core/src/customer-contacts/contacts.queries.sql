-- Every statement the customer contacts capability sends. Generated; do not edit.
-- Regenerate: npm run sql:snapshots (UPDATE_SQL_SNAPSHOTS=1), then review and commit the diff.

-- timeline (first page)
-- parameters: ["00000000-0000-4000-8000-000000000001",21]
select "h"."id", "h"."customer_id", "h"."channel", "h"."direction", "h"."occurred_at", to_char(h.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as "occurred_key", "h"."staff_id", "s"."name" as "staff_name", "h"."department_id", "d"."name" as "department_name", "h"."summary", "h"."subject_type", "h"."subject_id", "h"."origin_customer_id", "h"."created_by", "h"."created_at"
  from "contact_history" as "h"
  left join "staff" as "s" on "s"."tenant_id" = "h"."tenant_id"
  and "s"."id" = "h"."staff_id"
  left join "departments" as "d" on "d"."tenant_id" = "h"."tenant_id"
  and "d"."id" = "h"."department_id"
  where "h"."customer_id" = $1
  order by "h"."occurred_at" desc, "h"."id" desc
  limit $2;

-- timeline (after a cursor)
-- parameters: ["00000000-0000-4000-8000-000000000001","2026-11-20T09:30:00.123456Z","00000000-0000-4000-8000-000000000002",21]
select "h"."id", "h"."customer_id", "h"."channel", "h"."direction", "h"."occurred_at", to_char(h.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as "occurred_key", "h"."staff_id", "s"."name" as "staff_name", "h"."department_id", "d"."name" as "department_name", "h"."summary", "h"."subject_type", "h"."subject_id", "h"."origin_customer_id", "h"."created_by", "h"."created_at"
  from "contact_history" as "h"
  left join "staff" as "s" on "s"."tenant_id" = "h"."tenant_id"
  and "s"."id" = "h"."staff_id"
  left join "departments" as "d" on "d"."tenant_id" = "h"."tenant_id"
  and "d"."id" = "h"."department_id"
  where "h"."customer_id" = $1
  and ("h"."occurred_at", "h"."id") < ($2::timestamptz, $3::uuid)
  order by "h"."occurred_at" desc, "h"."id" desc
  limit $4;

-- count (one)
-- parameters: ["00000000-0000-4000-8000-000000000001"]
select count(*)::int as "n"
  from "contact_history"
  where "customer_id" = $1;

-- byId (one)
-- parameters: ["00000000-0000-4000-8000-000000000001"]
select "h"."id", "h"."customer_id", "h"."channel", "h"."direction", "h"."occurred_at", to_char(h.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as "occurred_key", "h"."staff_id", "s"."name" as "staff_name", "h"."department_id", "d"."name" as "department_name", "h"."summary", "h"."subject_type", "h"."subject_id", "h"."origin_customer_id", "h"."created_by", "h"."created_at"
  from "contact_history" as "h"
  left join "staff" as "s" on "s"."tenant_id" = "h"."tenant_id"
  and "s"."id" = "h"."staff_id"
  left join "departments" as "d" on "d"."tenant_id" = "h"."tenant_id"
  and "d"."id" = "h"."department_id"
  where "h"."id" = $1;

-- staffBySubject (one)
-- parameters: ["f3a1c2d4-subject",true]
select "id", "department_id"
  from "staff"
  where "keycloak_subject" = $1
  and "active" = $2;

-- staffById (one)
-- parameters: ["00000000-0000-4000-8000-000000000001"]
select "id", "department_id"
  from "staff"
  where "id" = $1;

-- departmentById (one)
-- parameters: ["00000000-0000-4000-8000-000000000001"]
select "id"
  from "departments"
  where "id" = $1;

-- insert (one)
-- parameters: ["00000000-0000-4000-8000-000000000001","PHONE","INBOUND","2026-11-20T09:30:00.000Z","00000000-0000-4000-8000-000000000002","00000000-0000-4000-8000-000000000001","주차 민원 문의","petition","2026-000123","00000000-0000-4000-8000-000000000001","김민원"]
insert into "contact_history" ("tenant_id", "customer_id", "channel", "direction", "occurred_at", "staff_id", "department_id", "summary", "subject_type", "subject_id", "origin_customer_id", "created_by")
  values (current_setting('app.tenant_id', true), $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
  returning "id";

-- touchCustomer (one)
-- parameters: ["2026-11-20T09:30:00.000Z","00000000-0000-4000-8000-000000000001"]
update "customers"
  set "last_contact_at" = GREATEST(last_contact_at, $1::timestamptz)
  where "id" = $2;
