-- Every statement the tasks capability sends. Generated; do not edit.
-- Regenerate: npm run sql:snapshots (UPDATE_SQL_SNAPSHOTS=1), then review and commit the diff.

-- nextSeq (one)
-- parameters: [2026,2]
insert into "task_number_counters" ("tenant_id", "year", "next_seq")
  values (current_setting('app.tenant_id', true), $1, $2)
  on conflict ("tenant_id", "year") do update
  set "next_seq" = task_number_counters.next_seq + 1
  returning next_seq - 1 as "seq";

-- activeDepartment (one)
-- parameters: ["00000000-0000-4000-8000-000000000001",true]
select "id"
  from "departments"
  where "id" = $1
  and "active" = $2;

-- activeStaff (one)
-- parameters: ["00000000-0000-4000-8000-000000000001",true]
select "id"
  from "staff"
  where "id" = $1
  and "active" = $2;

-- staffBySubject (one)
-- parameters: ["subject"]
select "id"
  from "staff"
  where "keycloak_subject" = $1;

-- insert (one)
-- parameters: ["노후 보도블록 정비","PETITION","SHORT_TERM","00000000-0000-4000-8000-000000000001","00000000-0000-4000-8000-000000000002","현장조사 후 정비",null,null,null,null,null,"{}",2026,1,"T-SEJONG-2026-0001","PLANNING","task",1,"user"]
insert into "tasks" ("tenant_id", "title", "source", "kind", "department_id", "owner_id", "resolution_method", "summary", "expected_effect", "current_state", "improvement_plan", "result", "custom_fields", "management_year", "management_seq", "management_no", "status", "workflow_key", "workflow_version", "created_by")
  values (current_setting('app.tenant_id', true), $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12::jsonb, $13, $14, $15, $16, $17, $18, $19)
  returning "id";

-- byId (one)
-- parameters: ["00000000-0000-4000-8000-000000000001"]
select "t"."id", "t"."management_no", "t"."title", "t"."source", "t"."kind", "t"."department_id", "t"."owner_id", "t"."resolution_method", "t"."summary", "t"."expected_effect", "t"."current_state", "t"."improvement_plan", "t"."result", "t"."impossible_reason", "t"."status", "t"."workflow_key", "t"."workflow_version", "t"."weight_total", "t"."progress", "t"."compliance", "t"."plan_approved_at", "t"."plan_approved_by", "t"."is_public", "t"."published_at", "t"."started_at", "t"."closed_at", "t"."custom_fields", "t"."created_by", "t"."created_at", "t"."updated_at", "t"."version", "d"."name" as "department_name", "o"."name" as "owner_name"
  from "tasks" as "t"
  inner join "departments" as "d" on "d"."id" = "t"."department_id"
  left join "staff" as "o" on "o"."id" = "t"."owner_id"
  where "t"."id" = $1;

-- lock (one)
-- parameters: ["00000000-0000-4000-8000-000000000001"]
select "id", "version"
  from "tasks"
  where "id" = $1 for update;

-- page (no filter, first page)
-- parameters: [51]
select "t"."id", "t"."management_no", "t"."title", "t"."source", "t"."kind", "t"."department_id", "t"."owner_id", "t"."resolution_method", "t"."summary", "t"."expected_effect", "t"."current_state", "t"."improvement_plan", "t"."result", "t"."impossible_reason", "t"."status", "t"."workflow_key", "t"."workflow_version", "t"."weight_total", "t"."progress", "t"."compliance", "t"."plan_approved_at", "t"."plan_approved_by", "t"."is_public", "t"."published_at", "t"."started_at", "t"."closed_at", "t"."custom_fields", "t"."created_by", "t"."created_at", "t"."updated_at", "t"."version", "d"."name" as "department_name", "o"."name" as "owner_name"
  from "tasks" as "t"
  inner join "departments" as "d" on "d"."id" = "t"."department_id"
  left join "staff" as "o" on "o"."id" = "t"."owner_id"
  order by "t"."created_at" desc, "t"."id" desc
  limit $1;

-- page (no filter, after a cursor)
-- parameters: ["2026-11-27T00:00:00.000Z","00000000-0000-4000-8000-000000000001",51]
select "t"."id", "t"."management_no", "t"."title", "t"."source", "t"."kind", "t"."department_id", "t"."owner_id", "t"."resolution_method", "t"."summary", "t"."expected_effect", "t"."current_state", "t"."improvement_plan", "t"."result", "t"."impossible_reason", "t"."status", "t"."workflow_key", "t"."workflow_version", "t"."weight_total", "t"."progress", "t"."compliance", "t"."plan_approved_at", "t"."plan_approved_by", "t"."is_public", "t"."published_at", "t"."started_at", "t"."closed_at", "t"."custom_fields", "t"."created_by", "t"."created_at", "t"."updated_at", "t"."version", "d"."name" as "department_name", "o"."name" as "owner_name"
  from "tasks" as "t"
  inner join "departments" as "d" on "d"."id" = "t"."department_id"
  left join "staff" as "o" on "o"."id" = "t"."owner_id"
  where ("t"."created_at", "t"."id") < ($1::timestamptz, $2::uuid)
  order by "t"."created_at" desc, "t"."id" desc
  limit $3;

-- page (every filter, first page)
-- parameters: ["00000000-0000-4000-8000-000000000001","00000000-0000-4000-8000-000000000002","PLANNING","LONG_TERM","%보도%","%보도%",51]
select "t"."id", "t"."management_no", "t"."title", "t"."source", "t"."kind", "t"."department_id", "t"."owner_id", "t"."resolution_method", "t"."summary", "t"."expected_effect", "t"."current_state", "t"."improvement_plan", "t"."result", "t"."impossible_reason", "t"."status", "t"."workflow_key", "t"."workflow_version", "t"."weight_total", "t"."progress", "t"."compliance", "t"."plan_approved_at", "t"."plan_approved_by", "t"."is_public", "t"."published_at", "t"."started_at", "t"."closed_at", "t"."custom_fields", "t"."created_by", "t"."created_at", "t"."updated_at", "t"."version", "d"."name" as "department_name", "o"."name" as "owner_name"
  from "tasks" as "t"
  inner join "departments" as "d" on "d"."id" = "t"."department_id"
  left join "staff" as "o" on "o"."id" = "t"."owner_id"
  where "t"."department_id" = $1
  and "t"."owner_id" = $2
  and "t"."status" = $3
  and "t"."kind" = $4
  and ("t"."title" like $5
  or "t"."management_no" like $6)
  order by "t"."created_at" desc, "t"."id" desc
  limit $7;

-- page (every filter, after a cursor)
-- parameters: ["00000000-0000-4000-8000-000000000001","00000000-0000-4000-8000-000000000002","PLANNING","LONG_TERM","%보도%","%보도%","2026-11-27T00:00:00.000Z","00000000-0000-4000-8000-000000000001",51]
select "t"."id", "t"."management_no", "t"."title", "t"."source", "t"."kind", "t"."department_id", "t"."owner_id", "t"."resolution_method", "t"."summary", "t"."expected_effect", "t"."current_state", "t"."improvement_plan", "t"."result", "t"."impossible_reason", "t"."status", "t"."workflow_key", "t"."workflow_version", "t"."weight_total", "t"."progress", "t"."compliance", "t"."plan_approved_at", "t"."plan_approved_by", "t"."is_public", "t"."published_at", "t"."started_at", "t"."closed_at", "t"."custom_fields", "t"."created_by", "t"."created_at", "t"."updated_at", "t"."version", "d"."name" as "department_name", "o"."name" as "owner_name"
  from "tasks" as "t"
  inner join "departments" as "d" on "d"."id" = "t"."department_id"
  left join "staff" as "o" on "o"."id" = "t"."owner_id"
  where "t"."department_id" = $1
  and "t"."owner_id" = $2
  and "t"."status" = $3
  and "t"."kind" = $4
  and ("t"."title" like $5
  or "t"."management_no" like $6)
  and ("t"."created_at", "t"."id") < ($7::timestamptz, $8::uuid)
  order by "t"."created_at" desc, "t"."id" desc
  limit $9;

-- count (no filter)
-- parameters: []
select count(*)::int as "n"
  from "tasks" as "t";

-- count (every filter)
-- parameters: ["00000000-0000-4000-8000-000000000001","00000000-0000-4000-8000-000000000002","PLANNING","LONG_TERM","%보도%","%보도%"]
select count(*)::int as "n"
  from "tasks" as "t"
  where "t"."department_id" = $1
  and "t"."owner_id" = $2
  and "t"."status" = $3
  and "t"."kind" = $4
  and ("t"."title" like $5
  or "t"."management_no" like $6);

-- update (one)
-- parameters: ["노후 보도블록 정비","PETITION","SHORT_TERM","00000000-0000-4000-8000-000000000001","00000000-0000-4000-8000-000000000002","현장조사 후 정비",null,null,null,null,null,"00000000-0000-4000-8000-000000000001",3]
update "tasks"
  set "title" = $1, "source" = $2, "kind" = $3, "department_id" = $4, "owner_id" = $5, "resolution_method" = $6, "summary" = $7, "expected_effect" = $8, "current_state" = $9, "improvement_plan" = $10, "result" = $11, "updated_at" = now(), "version" = version + 1
  where "id" = $12
  and "version" = $13
  returning "id";

-- setFigures (keeping approval)
-- parameters: [65,"39.5","100","00000000-0000-4000-8000-000000000001",3]
update "tasks"
  set "weight_total" = $1, "progress" = $2, "compliance" = $3, "updated_at" = now(), "version" = version + 1
  where "id" = $4
  and "version" = $5
  returning "id";

-- setFigures (revoking approval)
-- parameters: [0,"0",null,null,null,"00000000-0000-4000-8000-000000000001",3]
update "tasks"
  set "weight_total" = $1, "progress" = $2, "compliance" = $3, "plan_approved_at" = $4, "plan_approved_by" = $5, "updated_at" = now(), "version" = version + 1
  where "id" = $6
  and "version" = $7
  returning "id";

-- approvePlan (one)
-- parameters: ["00000000-0000-4000-8000-000000000002","00000000-0000-4000-8000-000000000001",3]
update "tasks"
  set "plan_approved_at" = now(), "plan_approved_by" = $1, "updated_at" = now(), "version" = version + 1
  where "id" = $2
  and "version" = $3
  returning "id";

-- setStatus (start)
-- parameters: ["IN_PROGRESS","00000000-0000-4000-8000-000000000001",3]
update "tasks"
  set "status" = $1, "started_at" = coalesce(started_at, now()), "updated_at" = now(), "version" = version + 1
  where "id" = $2
  and "version" = $3
  returning "id";

-- setStatus (impossible)
-- parameters: ["IMPOSSIBLE","예산 부족","00000000-0000-4000-8000-000000000001",3]
update "tasks"
  set "status" = $1, "impossible_reason" = $2, "closed_at" = now(), "updated_at" = now(), "version" = version + 1
  where "id" = $3
  and "version" = $4
  returning "id";

-- steps (one)
-- parameters: [["00000000-0000-4000-8000-000000000001"]]
select "id", "task_id", "position", "name", "weight", "planned_days", to_char(started_on, 'YYYY-MM-DD') as "started_on", to_char(ended_on, 'YYYY-MM-DD') as "ended_on", "progress", "note"
  from "task_steps"
  where "task_id" = any($1::uuid[])
  order by "task_id", "position";

-- deleteSteps (one)
-- parameters: ["00000000-0000-4000-8000-000000000001"]
delete
  from "task_steps"
  where "task_id" = $1;

-- insertSteps (one)
-- parameters: ["00000000-0000-4000-8000-000000000001",1,"서류검토",20,10,"2026-11-01","2026-11-06",100,null]
insert into "task_steps" ("tenant_id", "task_id", "position", "name", "weight", "planned_days", "started_on", "ended_on", "progress", "note")
  values (current_setting('app.tenant_id', true), $1, $2, $3, $4, $5, $6, $7, $8, $9);

-- links (one)
-- parameters: [["00000000-0000-4000-8000-000000000001"]]
select "l"."task_id", "v"."id", "v"."receipt_no", "v"."title", "v"."status", "l"."linked_at"
  from "task_voc_links" as "l"
  inner join "voc_items" as "v" on "v"."id" = "l"."voc_id"
  where "l"."task_id" = any($1::uuid[])
  order by "l"."task_id", "l"."linked_at", "v"."receipt_no";

-- vocById (one)
-- parameters: ["00000000-0000-4000-8000-000000000001"]
select "id", "receipt_no", "title", "status"
  from "voc_items"
  where "id" = $1;

-- link (one)
-- parameters: ["00000000-0000-4000-8000-000000000001","00000000-0000-4000-8000-000000000002","user"]
insert into "task_voc_links" ("tenant_id", "task_id", "voc_id", "linked_by")
  values (current_setting('app.tenant_id', true), $1, $2, $3)
  on conflict do nothing
  returning "voc_id";

-- unlink (one)
-- parameters: ["00000000-0000-4000-8000-000000000001","00000000-0000-4000-8000-000000000002"]
delete
  from "task_voc_links"
  where "task_id" = $1
  and "voc_id" = $2
  returning "voc_id";

-- transitions (one)
-- parameters: ["00000000-0000-4000-8000-000000000001"]
select "tr"."id", "tr"."seq", "tr"."event", "tr"."from_status", "tr"."to_status", "tr"."actor", "s"."name" as "actor_name", "tr"."comment", "tr"."occurred_at"
  from "task_transitions" as "tr"
  left join "staff" as "s" on "s"."id" = "tr"."actor_staff_id"
  where "tr"."task_id" = $1
  order by "tr"."seq";

-- insertTransition (one)
-- parameters: ["00000000-0000-4000-8000-000000000001","00000000-0000-4000-8000-000000000001","START","PLANNING","IN_PROGRESS","user","00000000-0000-4000-8000-000000000002",null]
insert into "task_transitions" ("tenant_id", "task_id", "seq", "event", "from_status", "to_status", "actor", "actor_staff_id", "comment")
  values (current_setting('app.tenant_id', true), $1, (SELECT coalesce(max(seq), 0) + 1
  FROM task_transitions
  WHERE task_id = $2::uuid), $3, $4, $5, $6, $7, $8);
