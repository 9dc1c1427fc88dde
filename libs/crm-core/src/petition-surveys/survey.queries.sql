-- Every statement the petition-surveys capability sends. Generated; do not edit.
-- Regenerate: npm run sql:snapshots (UPDATE_SQL_SNAPSHOTS=1), then review and commit the diff.

-- settings (all)
-- parameters: []
select "survey_threshold", "survey_valid_days"
  from "voc_settings";

-- caseById (one)
-- parameters: ["00000000-0000-4000-8000-000000000001"]
select "id", "receipt_no", "status", "handling_class", "department_id", "officer_id"
  from "voc_items"
  where "id" = $1;

-- insertInvitation (one)
-- parameters: ["00000000-0000-4000-8000-000000000001",{"type":"Buffer","data":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0]},14]
insert into "voc_survey_invitations" ("tenant_id", "voc_id", "token_hash", "expires_at")
  values (current_setting('app.tenant_id', true), $1, $2, now() + make_interval(days => $3::int))
  returning "id", "expires_at";

-- invitationByHash (one)
-- parameters: [{"type":"Buffer","data":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0]}]
select "i"."voc_id", "v"."receipt_no", "i"."expires_at", "i"."used_at", i.expires_at <= now() as "expired"
  from "voc_survey_invitations" as "i"
  inner join "voc_items" as "v" on "v"."id" = "i"."voc_id"
  where "i"."token_hash" = $1;

-- consumeInvitation (one)
-- parameters: [{"type":"Buffer","data":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0]}]
update "voc_survey_invitations"
  set "used_at" = now()
  where "token_hash" = $1
  and "used_at" is null
  and expires_at > now()
  returning "voc_id";

-- insertAnswer (one)
-- parameters: ["00000000-0000-4000-8000-000000000001","00000000-0000-4000-8000-000000000001","00000000-0000-4000-8000-000000000001",5,4,3,2,"친절했습니다"]
insert into "voc_survey_responses" ("tenant_id", "voc_id", "department_id", "officer_id", "speed", "kindness", "fairness", "convenience", "comment")
  values (current_setting('app.tenant_id', true), $1, $2, $3, $4, $5, $6, $7, $8)
  on conflict ("tenant_id", "voc_id") do nothing
  returning "voc_id";

-- openFollowup (one)
-- parameters: ["00000000-0000-4000-8000-000000000001","2.25"]
insert into "voc_survey_followups" ("tenant_id", "voc_id", "mean_score")
  values (current_setting('app.tenant_id', true), $1, $2)
  on conflict ("tenant_id", "voc_id") do nothing
  returning "id";

-- followupPage (first page, every status)
-- parameters: [51]
select "f"."id", "f"."voc_id", "v"."receipt_no", "f"."mean_score", "f"."status", "f"."note", "f"."resolved_by", "f"."resolved_at", "f"."created_at", (extract(epoch
  from f.created_at) * 1000000)::bigint::text as "at_us"
  from "voc_survey_followups" as "f"
  inner join "voc_items" as "v" on "v"."id" = "f"."voc_id"
  order by "f"."created_at", "f"."id"
  limit $1;

-- followupPage (next page of open ones)
-- parameters: ["OPEN","1767225600000000","00000000-0000-4000-8000-000000000001",51]
select "f"."id", "f"."voc_id", "v"."receipt_no", "f"."mean_score", "f"."status", "f"."note", "f"."resolved_by", "f"."resolved_at", "f"."created_at", (extract(epoch
  from f.created_at) * 1000000)::bigint::text as "at_us"
  from "voc_survey_followups" as "f"
  inner join "voc_items" as "v" on "v"."id" = "f"."voc_id"
  where "f"."status" = $1
  and ((extract(epoch
  from f.created_at) * 1000000)::bigint, f.id) > ($2::bigint, $3::uuid)
  order by "f"."created_at", "f"."id"
  limit $4;

-- followupPage (one case)
-- parameters: ["00000000-0000-4000-8000-000000000001",51]
select "f"."id", "f"."voc_id", "v"."receipt_no", "f"."mean_score", "f"."status", "f"."note", "f"."resolved_by", "f"."resolved_at", "f"."created_at", (extract(epoch
  from f.created_at) * 1000000)::bigint::text as "at_us"
  from "voc_survey_followups" as "f"
  inner join "voc_items" as "v" on "v"."id" = "f"."voc_id"
  where "f"."voc_id" = $1
  order by "f"."created_at", "f"."id"
  limit $2;

-- followupCount (all)
-- parameters: []
select count(*)::int as "n"
  from "voc_survey_followups";

-- followupCount (open)
-- parameters: ["OPEN"]
select count(*)::int as "n"
  from "voc_survey_followups"
  where "status" = $1;

-- followupCount (one case)
-- parameters: ["00000000-0000-4000-8000-000000000001"]
select count(*)::int as "n"
  from "voc_survey_followups"
  where "voc_id" = $1;

-- followupById (one)
-- parameters: ["00000000-0000-4000-8000-000000000001"]
select "f"."id", "f"."voc_id", "v"."receipt_no", "f"."mean_score", "f"."status", "f"."note", "f"."resolved_by", "f"."resolved_at", "f"."created_at", (extract(epoch
  from f.created_at) * 1000000)::bigint::text as "at_us"
  from "voc_survey_followups" as "f"
  inner join "voc_items" as "v" on "v"."id" = "f"."voc_id"
  where "f"."id" = $1;

-- resolveFollowup (one)
-- parameters: ["DONE","전화로 사과드림","부서장","00000000-0000-4000-8000-000000000001","OPEN"]
update "voc_survey_followups"
  set "status" = $1, "note" = $2, "resolved_by" = $3, "resolved_at" = now()
  where "id" = $4
  and "status" = $5
  returning "id";

-- averages (tenant)
-- parameters: []
select count(*)::int as "n", round(avg(r.speed), 2) as "speed", round(avg(r.kindness), 2) as "kindness", round(avg(r.fairness), 2) as "fairness", round(avg(r.convenience), 2) as "convenience", round(avg((r.speed + r.kindness + r.fairness + r.convenience) / 4.0), 2) as "overall"
  from "voc_survey_responses" as "r";

-- averages (case)
-- parameters: ["00000000-0000-4000-8000-000000000001"]
select count(*)::int as "n", round(avg(r.speed), 2) as "speed", round(avg(r.kindness), 2) as "kindness", round(avg(r.fairness), 2) as "fairness", round(avg(r.convenience), 2) as "convenience", round(avg((r.speed + r.kindness + r.fairness + r.convenience) / 4.0), 2) as "overall"
  from "voc_survey_responses" as "r"
  where "r"."voc_id" = $1;

-- averages (officer in department)
-- parameters: ["00000000-0000-4000-8000-000000000001","00000000-0000-4000-8000-000000000001"]
select count(*)::int as "n", round(avg(r.speed), 2) as "speed", round(avg(r.kindness), 2) as "kindness", round(avg(r.fairness), 2) as "fairness", round(avg(r.convenience), 2) as "convenience", round(avg((r.speed + r.kindness + r.fairness + r.convenience) / 4.0), 2) as "overall"
  from "voc_survey_responses" as "r"
  where "r"."officer_id" = $1
  and "r"."department_id" = $2;

-- averages (department in a period)
-- parameters: ["00000000-0000-4000-8000-000000000001","2025-12-31T15:00:00.000Z","2026-03-31T15:00:00.000Z"]
select count(*)::int as "n", round(avg(r.speed), 2) as "speed", round(avg(r.kindness), 2) as "kindness", round(avg(r.fairness), 2) as "fairness", round(avg(r.convenience), 2) as "convenience", round(avg((r.speed + r.kindness + r.fairness + r.convenience) / 4.0), 2) as "overall"
  from "voc_survey_responses" as "r"
  where "r"."department_id" = $1
  and "r"."submitted_at" >= $2
  and "r"."submitted_at" < $3;

-- invitationStats (tenant)
-- parameters: []
select count(distinct i.voc_id)::int as "invited", count(distinct r.voc_id)::int as "responded"
  from "voc_survey_invitations" as "i"
  inner join "voc_items" as "v" on "v"."id" = "i"."voc_id"
  left join "voc_survey_responses" as "r" on "r"."voc_id" = "i"."voc_id";

-- invitationStats (officer in department in a period)
-- parameters: ["00000000-0000-4000-8000-000000000001","00000000-0000-4000-8000-000000000001","2025-12-31T15:00:00.000Z","2026-03-31T15:00:00.000Z"]
select count(distinct i.voc_id)::int as "invited", count(distinct r.voc_id)::int as "responded"
  from "voc_survey_invitations" as "i"
  inner join "voc_items" as "v" on "v"."id" = "i"."voc_id"
  left join "voc_survey_responses" as "r" on "r"."voc_id" = "i"."voc_id"
  where "v"."officer_id" = $1
  and "v"."department_id" = $2
  and "i"."created_at" >= $3
  and "i"."created_at" < $4;

-- answerPage (first page)
-- parameters: [51]
select "r"."voc_id", "v"."receipt_no", "r"."department_id", "r"."officer_id", "r"."speed", "r"."kindness", "r"."fairness", "r"."convenience", "r"."comment", "r"."submitted_at", (extract(epoch
  from r.submitted_at) * 1000000)::bigint::text as "at_us"
  from "voc_survey_responses" as "r"
  inner join "voc_items" as "v" on "v"."id" = "r"."voc_id"
  order by "r"."submitted_at" desc, "r"."voc_id" desc
  limit $1;

-- answerPage (department, next page)
-- parameters: ["00000000-0000-4000-8000-000000000001","1767225600000000","00000000-0000-4000-8000-000000000001",51]
select "r"."voc_id", "v"."receipt_no", "r"."department_id", "r"."officer_id", "r"."speed", "r"."kindness", "r"."fairness", "r"."convenience", "r"."comment", "r"."submitted_at", (extract(epoch
  from r.submitted_at) * 1000000)::bigint::text as "at_us"
  from "voc_survey_responses" as "r"
  inner join "voc_items" as "v" on "v"."id" = "r"."voc_id"
  where "r"."department_id" = $1
  and ((extract(epoch
  from r.submitted_at) * 1000000)::bigint, r.voc_id) < ($2::bigint, $3::uuid)
  order by "r"."submitted_at" desc, "r"."voc_id" desc
  limit $4;

-- staffBySubject (one)
-- parameters: ["sub",true]
select "id"
  from "staff"
  where "keycloak_subject" = $1
  and "active" = $2;

-- rateQuality (one)
-- parameters: [4,"00000000-0000-4000-8000-000000000001","00000000-0000-4000-8000-000000000001","COMPLEX","LONG_TERM"]
update "voc_items"
  set "quality_score" = $1, "quality_rated_by" = $2, "updated_at" = now(), "version" = version + 1
  where "id" = $3
  and "handling_class" in ($4, $5)
  returning "id", "quality_score", "quality_rated_by";

-- qualityById (one)
-- parameters: ["00000000-0000-4000-8000-000000000001"]
select "v"."id", "v"."handling_class", "v"."quality_score", "v"."quality_rated_by", "s"."name" as "rated_by_name"
  from "voc_items" as "v"
  left join "staff" as "s" on "s"."id" = "v"."quality_rated_by"
  where "v"."id" = $1;
