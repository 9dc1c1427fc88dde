-- Every statement the task-disclosure capability sends. Generated; do not edit.
-- Regenerate: npm run sql:snapshots (UPDATE_SQL_SNAPSHOTS=1), then review and commit the diff.

-- publicPage (first)
-- parameters: [true,21]
select "t"."id", "t"."management_no", "t"."title", "t"."summary", "t"."result", "t"."impossible_reason", "t"."status", "t"."progress", "t"."compliance", "t"."is_public", "t"."published_at", "t"."started_at", "t"."closed_at", "t"."updated_at", "t"."version", to_char(t.published_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as "published_key"
  from "tasks" as "t"
  where "t"."is_public" = $1
  order by "t"."published_at" desc, "t"."id" desc
  limit $2;

-- publicPage (status, after)
-- parameters: [true,"IN_PROGRESS","2026-11-27T00:00:00.123456Z","00000000-0000-4000-8000-000000000001",21]
select "t"."id", "t"."management_no", "t"."title", "t"."summary", "t"."result", "t"."impossible_reason", "t"."status", "t"."progress", "t"."compliance", "t"."is_public", "t"."published_at", "t"."started_at", "t"."closed_at", "t"."updated_at", "t"."version", to_char(t.published_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as "published_key"
  from "tasks" as "t"
  where "t"."is_public" = $1
  and "t"."status" = $2
  and (t.published_at, t.id) < ($3::timestamptz, $4::uuid)
  order by "t"."published_at" desc, "t"."id" desc
  limit $5;

-- publicByNo
-- parameters: ["TASK-2026-0001",true]
select "t"."id", "t"."management_no", "t"."title", "t"."summary", "t"."result", "t"."impossible_reason", "t"."status", "t"."progress", "t"."compliance", "t"."is_public", "t"."published_at", "t"."started_at", "t"."closed_at", "t"."updated_at", "t"."version"
  from "tasks" as "t"
  where "t"."management_no" = $1
  and "t"."is_public" = $2;

-- publicById
-- parameters: ["00000000-0000-4000-8000-000000000001",true]
select "t"."id", "t"."management_no", "t"."title", "t"."summary", "t"."result", "t"."impossible_reason", "t"."status", "t"."progress", "t"."compliance", "t"."is_public", "t"."published_at", "t"."started_at", "t"."closed_at", "t"."updated_at", "t"."version"
  from "tasks" as "t"
  where "t"."id" = $1
  and "t"."is_public" = $2;

-- byId
-- parameters: ["00000000-0000-4000-8000-000000000001"]
select "t"."id", "t"."management_no", "t"."title", "t"."summary", "t"."result", "t"."impossible_reason", "t"."status", "t"."progress", "t"."compliance", "t"."is_public", "t"."published_at", "t"."started_at", "t"."closed_at", "t"."updated_at", "t"."version"
  from "tasks" as "t"
  where "t"."id" = $1;

-- lockById
-- parameters: ["00000000-0000-4000-8000-000000000001"]
select "t"."id", "t"."management_no", "t"."title", "t"."summary", "t"."result", "t"."impossible_reason", "t"."status", "t"."progress", "t"."compliance", "t"."is_public", "t"."published_at", "t"."started_at", "t"."closed_at", "t"."updated_at", "t"."version"
  from "tasks" as "t"
  where "t"."id" = $1 for update;

-- steps
-- parameters: ["00000000-0000-4000-8000-000000000001"]
select "s"."task_id", "s"."position", "s"."name", "s"."weight", "s"."planned_days", to_char(s.started_on, 'YYYY-MM-DD') as "started_on", to_char(s.ended_on, 'YYYY-MM-DD') as "ended_on", "s"."progress", "s"."note"
  from "task_steps" as "s"
  where "s"."task_id" in ($1)
  order by "s"."task_id", "s"."position";

-- linkedResidents
-- parameters: ["00000000-0000-4000-8000-000000000001"]
select "v"."contact_name", "c"."name", "c"."representative_name", "c"."road_address", "c"."jibun_address", "c"."address_detail"
  from "task_voc_links" as "l"
  inner join "voc_items" as "v" on "v"."tenant_id" = "l"."tenant_id"
  and "v"."id" = "l"."voc_id"
  left join "customers" as "c" on "c"."tenant_id" = "v"."tenant_id"
  and "c"."id" = "v"."customer_id"
  where "l"."task_id" = $1;

-- setPublic (publish)
-- parameters: [true,"00000000-0000-4000-8000-000000000001"]
update "tasks"
  set "is_public" = $1, "published_at" = now(), "updated_at" = now(), "version" = version + 1
  where "id" = $2
  returning "version", "published_at", "updated_at";

-- setPublic (unpublish)
-- parameters: [false,null,"00000000-0000-4000-8000-000000000001"]
update "tasks"
  set "is_public" = $1, "published_at" = $2, "updated_at" = now(), "version" = version + 1
  where "id" = $3
  returning "version", "published_at", "updated_at";

-- follow
-- parameters: ["00000000-0000-4000-8000-000000000001","EMAIL","resident@example.com","동의 문구",3]
insert into "task_followers" ("tenant_id", "task_id", "channel", "address", "consented_at", "consent_text", "last_notified_version")
  values (current_setting('app.tenant_id', true), $1, $2, $3, now(), $4, $5)
  on conflict ("tenant_id", "task_id", "channel", "address") do nothing
  returning "id";

-- issueToken
-- parameters: [{"type":"Buffer","data":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0]},"00000000-0000-4000-8000-000000000001"]
insert into "task_follower_tokens" ("tenant_id", "token_hash", "follower_id")
  values (current_setting('app.tenant_id', true), $1, $2);

-- unfollow
-- parameters: [{"type":"Buffer","data":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0]}]
delete
  from "task_followers"
  where "id" = (select "follower_id"
  from "task_follower_tokens"
  where "token_hash" = $1)
  returning "id", "task_id";

-- claimDue
-- parameters: [true,200,true]
update "task_followers" as "f"
  set "last_notified_version" = t.version, "last_notified_at" = now()
  from "tasks" as "t"
  where "t"."tenant_id" = "f"."tenant_id"
  and "t"."id" = "f"."task_id"
  and "f"."id" in (select "d"."id"
  from "task_followers" as "d"
  inner join "tasks" as "p" on "p"."tenant_id" = "d"."tenant_id"
  and "p"."id" = "d"."task_id"
  where "p"."is_public" = $1
  and "d"."last_notified_version" < "p"."version"
  order by "d"."id"
  limit $2
  for update of "d" skip locked)
  and "t"."is_public" = $3
  and "f"."last_notified_version" < "t"."version"
  returning "f"."id", "f"."channel", "f"."address", "t"."id" as "task_id", "t"."management_no", "t"."title", "t"."status", "t"."progress";
