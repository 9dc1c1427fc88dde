-- Every statement the performance-indicators capability sends. Generated; do not edit.
-- Regenerate: npm run sql:snapshots (UPDATE_SQL_SNAPSHOTS=1), then review and commit the diff.

-- lock
-- parameters: []
select pg_advisory_xact_lock(hashtext('performance-rollup:' || current_setting('app.tenant_id', true)))::text as "locked";

-- takeDirtyMonths
-- parameters: []
delete
  from "performance_dirty_months"
  returning to_char(month, 'YYYY-MM') as "month";

-- deleteMonths
-- parameters: [["2026-01","2026-03"]]
delete
  from "performance_rollups"
  where to_char(month, 'YYYY-MM') = ANY($1::text[]);

-- deleteAll
-- parameters: []
delete
  from "performance_rollups";

-- publishForMinistry
-- parameters: []
select refresh_performance_ministry() as "rows";

-- insertMeasure (PETITION_CLOSED_WITHIN_TARGET, every month)
-- parameters: ["PETITION_CLOSED_WITHIN_TARGET","DEPARTMENT","OFFICER","TENANT","2025-12-31T15:00:00.000Z","2026-12-31T15:00:00.000Z"]
insert into "performance_rollups" ("tenant_id", "measure_code", "scope_kind", "scope_id", "month", "numerator", "denominator") select current_setting('app.tenant_id', true) as "tenant_id", $1::text as "measure_code", CASE WHEN grouping("f"."department_id") = 0 THEN $2::text ELSE CASE WHEN grouping("f"."officer_id") = 0 THEN $3::text ELSE $4::text END END as "scope_kind", CASE WHEN grouping("f"."department_id") = 0 THEN "f"."department_id" ELSE CASE WHEN grouping("f"."officer_id") = 0 THEN "f"."officer_id" ELSE '00000000-0000-0000-0000-000000000000'::uuid END END as "scope_id", "f"."month", sum(f.numerator) as "numerator", sum(f.denominator) as "denominator"
  from (select "v"."id" as "subject_id", "v"."department_id", "v"."officer_id", date_trunc('month', "v"."closed_at" AT TIME ZONE 'Asia/Seoul')::date as "month", (v.closed_at <= "v"."target_due_at")::int as "numerator", 1 as "denominator"
  from "voc_items" as "v"
  where "v"."closed_at" >= $5
  AND "v"."closed_at" < $6) as "f"
  where true
  group by GROUPING SETS ((f.month, "f"."department_id"), (f.month, "f"."officer_id"), (f.month))
  having (grouping("f"."department_id") = 1
  AND grouping("f"."officer_id") = 1)
  OR (grouping("f"."department_id") = 0
  AND "f"."department_id" IS NOT NULL)
  OR (grouping("f"."officer_id") = 0
  AND "f"."officer_id" IS NOT NULL);

-- insertMeasure (PETITION_CLOSED_WITHIN_TARGET, touched months)
-- parameters: ["PETITION_CLOSED_WITHIN_TARGET","DEPARTMENT","OFFICER","TENANT","2025-12-31T15:00:00.000Z","2026-12-31T15:00:00.000Z",["2026-01","2026-03"]]
insert into "performance_rollups" ("tenant_id", "measure_code", "scope_kind", "scope_id", "month", "numerator", "denominator") select current_setting('app.tenant_id', true) as "tenant_id", $1::text as "measure_code", CASE WHEN grouping("f"."department_id") = 0 THEN $2::text ELSE CASE WHEN grouping("f"."officer_id") = 0 THEN $3::text ELSE $4::text END END as "scope_kind", CASE WHEN grouping("f"."department_id") = 0 THEN "f"."department_id" ELSE CASE WHEN grouping("f"."officer_id") = 0 THEN "f"."officer_id" ELSE '00000000-0000-0000-0000-000000000000'::uuid END END as "scope_id", "f"."month", sum(f.numerator) as "numerator", sum(f.denominator) as "denominator"
  from (select "v"."id" as "subject_id", "v"."department_id", "v"."officer_id", date_trunc('month', "v"."closed_at" AT TIME ZONE 'Asia/Seoul')::date as "month", (v.closed_at <= "v"."target_due_at")::int as "numerator", 1 as "denominator"
  from "voc_items" as "v"
  where "v"."closed_at" >= $5
  AND "v"."closed_at" < $6) as "f"
  where to_char(f.month, 'YYYY-MM') = ANY($7::text[])
  group by GROUPING SETS ((f.month, "f"."department_id"), (f.month, "f"."officer_id"), (f.month))
  having (grouping("f"."department_id") = 1
  AND grouping("f"."officer_id") = 1)
  OR (grouping("f"."department_id") = 0
  AND "f"."department_id" IS NOT NULL)
  OR (grouping("f"."officer_id") = 0
  AND "f"."officer_id" IS NOT NULL);

-- insertMeasure (PETITION_CLOSED_WITHIN_STATUTORY, every month)
-- parameters: ["PETITION_CLOSED_WITHIN_STATUTORY","DEPARTMENT","OFFICER","TENANT","2025-12-31T15:00:00.000Z","2026-12-31T15:00:00.000Z"]
insert into "performance_rollups" ("tenant_id", "measure_code", "scope_kind", "scope_id", "month", "numerator", "denominator") select current_setting('app.tenant_id', true) as "tenant_id", $1::text as "measure_code", CASE WHEN grouping("f"."department_id") = 0 THEN $2::text ELSE CASE WHEN grouping("f"."officer_id") = 0 THEN $3::text ELSE $4::text END END as "scope_kind", CASE WHEN grouping("f"."department_id") = 0 THEN "f"."department_id" ELSE CASE WHEN grouping("f"."officer_id") = 0 THEN "f"."officer_id" ELSE '00000000-0000-0000-0000-000000000000'::uuid END END as "scope_id", "f"."month", sum(f.numerator) as "numerator", sum(f.denominator) as "denominator"
  from (select "v"."id" as "subject_id", "v"."department_id", "v"."officer_id", date_trunc('month', "v"."closed_at" AT TIME ZONE 'Asia/Seoul')::date as "month", (v.closed_at <= "v"."due_at")::int as "numerator", 1 as "denominator"
  from "voc_items" as "v"
  where "v"."closed_at" >= $5
  AND "v"."closed_at" < $6) as "f"
  where true
  group by GROUPING SETS ((f.month, "f"."department_id"), (f.month, "f"."officer_id"), (f.month))
  having (grouping("f"."department_id") = 1
  AND grouping("f"."officer_id") = 1)
  OR (grouping("f"."department_id") = 0
  AND "f"."department_id" IS NOT NULL)
  OR (grouping("f"."officer_id") = 0
  AND "f"."officer_id" IS NOT NULL);

-- insertMeasure (PETITION_CLOSED_WITHIN_STATUTORY, touched months)
-- parameters: ["PETITION_CLOSED_WITHIN_STATUTORY","DEPARTMENT","OFFICER","TENANT","2025-12-31T15:00:00.000Z","2026-12-31T15:00:00.000Z",["2026-01","2026-03"]]
insert into "performance_rollups" ("tenant_id", "measure_code", "scope_kind", "scope_id", "month", "numerator", "denominator") select current_setting('app.tenant_id', true) as "tenant_id", $1::text as "measure_code", CASE WHEN grouping("f"."department_id") = 0 THEN $2::text ELSE CASE WHEN grouping("f"."officer_id") = 0 THEN $3::text ELSE $4::text END END as "scope_kind", CASE WHEN grouping("f"."department_id") = 0 THEN "f"."department_id" ELSE CASE WHEN grouping("f"."officer_id") = 0 THEN "f"."officer_id" ELSE '00000000-0000-0000-0000-000000000000'::uuid END END as "scope_id", "f"."month", sum(f.numerator) as "numerator", sum(f.denominator) as "denominator"
  from (select "v"."id" as "subject_id", "v"."department_id", "v"."officer_id", date_trunc('month', "v"."closed_at" AT TIME ZONE 'Asia/Seoul')::date as "month", (v.closed_at <= "v"."due_at")::int as "numerator", 1 as "denominator"
  from "voc_items" as "v"
  where "v"."closed_at" >= $5
  AND "v"."closed_at" < $6) as "f"
  where to_char(f.month, 'YYYY-MM') = ANY($7::text[])
  group by GROUPING SETS ((f.month, "f"."department_id"), (f.month, "f"."officer_id"), (f.month))
  having (grouping("f"."department_id") = 1
  AND grouping("f"."officer_id") = 1)
  OR (grouping("f"."department_id") = 0
  AND "f"."department_id" IS NOT NULL)
  OR (grouping("f"."officer_id") = 0
  AND "f"."officer_id" IS NOT NULL);

-- insertMeasure (SURVEY_SPEED, every month)
-- parameters: ["SURVEY_SPEED","DEPARTMENT","OFFICER","TENANT","2025-12-31T15:00:00.000Z","2026-12-31T15:00:00.000Z"]
insert into "performance_rollups" ("tenant_id", "measure_code", "scope_kind", "scope_id", "month", "numerator", "denominator") select current_setting('app.tenant_id', true) as "tenant_id", $1::text as "measure_code", CASE WHEN grouping("f"."department_id") = 0 THEN $2::text ELSE CASE WHEN grouping("f"."officer_id") = 0 THEN $3::text ELSE $4::text END END as "scope_kind", CASE WHEN grouping("f"."department_id") = 0 THEN "f"."department_id" ELSE CASE WHEN grouping("f"."officer_id") = 0 THEN "f"."officer_id" ELSE '00000000-0000-0000-0000-000000000000'::uuid END END as "scope_id", "f"."month", sum(f.numerator) as "numerator", sum(f.denominator) as "denominator"
  from (select "s"."voc_id" as "subject_id", "s"."department_id", "s"."officer_id", date_trunc('month', "s"."submitted_at" AT TIME ZONE 'Asia/Seoul')::date as "month", "s"."speed"::numeric as "numerator", 1 as "denominator"
  from "voc_survey_responses" as "s"
  where "s"."submitted_at" >= $5
  AND "s"."submitted_at" < $6) as "f"
  where true
  group by GROUPING SETS ((f.month, "f"."department_id"), (f.month, "f"."officer_id"), (f.month))
  having (grouping("f"."department_id") = 1
  AND grouping("f"."officer_id") = 1)
  OR (grouping("f"."department_id") = 0
  AND "f"."department_id" IS NOT NULL)
  OR (grouping("f"."officer_id") = 0
  AND "f"."officer_id" IS NOT NULL);

-- insertMeasure (SURVEY_SPEED, touched months)
-- parameters: ["SURVEY_SPEED","DEPARTMENT","OFFICER","TENANT","2025-12-31T15:00:00.000Z","2026-12-31T15:00:00.000Z",["2026-01","2026-03"]]
insert into "performance_rollups" ("tenant_id", "measure_code", "scope_kind", "scope_id", "month", "numerator", "denominator") select current_setting('app.tenant_id', true) as "tenant_id", $1::text as "measure_code", CASE WHEN grouping("f"."department_id") = 0 THEN $2::text ELSE CASE WHEN grouping("f"."officer_id") = 0 THEN $3::text ELSE $4::text END END as "scope_kind", CASE WHEN grouping("f"."department_id") = 0 THEN "f"."department_id" ELSE CASE WHEN grouping("f"."officer_id") = 0 THEN "f"."officer_id" ELSE '00000000-0000-0000-0000-000000000000'::uuid END END as "scope_id", "f"."month", sum(f.numerator) as "numerator", sum(f.denominator) as "denominator"
  from (select "s"."voc_id" as "subject_id", "s"."department_id", "s"."officer_id", date_trunc('month', "s"."submitted_at" AT TIME ZONE 'Asia/Seoul')::date as "month", "s"."speed"::numeric as "numerator", 1 as "denominator"
  from "voc_survey_responses" as "s"
  where "s"."submitted_at" >= $5
  AND "s"."submitted_at" < $6) as "f"
  where to_char(f.month, 'YYYY-MM') = ANY($7::text[])
  group by GROUPING SETS ((f.month, "f"."department_id"), (f.month, "f"."officer_id"), (f.month))
  having (grouping("f"."department_id") = 1
  AND grouping("f"."officer_id") = 1)
  OR (grouping("f"."department_id") = 0
  AND "f"."department_id" IS NOT NULL)
  OR (grouping("f"."officer_id") = 0
  AND "f"."officer_id" IS NOT NULL);

-- insertMeasure (SURVEY_KINDNESS, every month)
-- parameters: ["SURVEY_KINDNESS","DEPARTMENT","OFFICER","TENANT","2025-12-31T15:00:00.000Z","2026-12-31T15:00:00.000Z"]
insert into "performance_rollups" ("tenant_id", "measure_code", "scope_kind", "scope_id", "month", "numerator", "denominator") select current_setting('app.tenant_id', true) as "tenant_id", $1::text as "measure_code", CASE WHEN grouping("f"."department_id") = 0 THEN $2::text ELSE CASE WHEN grouping("f"."officer_id") = 0 THEN $3::text ELSE $4::text END END as "scope_kind", CASE WHEN grouping("f"."department_id") = 0 THEN "f"."department_id" ELSE CASE WHEN grouping("f"."officer_id") = 0 THEN "f"."officer_id" ELSE '00000000-0000-0000-0000-000000000000'::uuid END END as "scope_id", "f"."month", sum(f.numerator) as "numerator", sum(f.denominator) as "denominator"
  from (select "s"."voc_id" as "subject_id", "s"."department_id", "s"."officer_id", date_trunc('month', "s"."submitted_at" AT TIME ZONE 'Asia/Seoul')::date as "month", "s"."kindness"::numeric as "numerator", 1 as "denominator"
  from "voc_survey_responses" as "s"
  where "s"."submitted_at" >= $5
  AND "s"."submitted_at" < $6) as "f"
  where true
  group by GROUPING SETS ((f.month, "f"."department_id"), (f.month, "f"."officer_id"), (f.month))
  having (grouping("f"."department_id") = 1
  AND grouping("f"."officer_id") = 1)
  OR (grouping("f"."department_id") = 0
  AND "f"."department_id" IS NOT NULL)
  OR (grouping("f"."officer_id") = 0
  AND "f"."officer_id" IS NOT NULL);

-- insertMeasure (SURVEY_KINDNESS, touched months)
-- parameters: ["SURVEY_KINDNESS","DEPARTMENT","OFFICER","TENANT","2025-12-31T15:00:00.000Z","2026-12-31T15:00:00.000Z",["2026-01","2026-03"]]
insert into "performance_rollups" ("tenant_id", "measure_code", "scope_kind", "scope_id", "month", "numerator", "denominator") select current_setting('app.tenant_id', true) as "tenant_id", $1::text as "measure_code", CASE WHEN grouping("f"."department_id") = 0 THEN $2::text ELSE CASE WHEN grouping("f"."officer_id") = 0 THEN $3::text ELSE $4::text END END as "scope_kind", CASE WHEN grouping("f"."department_id") = 0 THEN "f"."department_id" ELSE CASE WHEN grouping("f"."officer_id") = 0 THEN "f"."officer_id" ELSE '00000000-0000-0000-0000-000000000000'::uuid END END as "scope_id", "f"."month", sum(f.numerator) as "numerator", sum(f.denominator) as "denominator"
  from (select "s"."voc_id" as "subject_id", "s"."department_id", "s"."officer_id", date_trunc('month', "s"."submitted_at" AT TIME ZONE 'Asia/Seoul')::date as "month", "s"."kindness"::numeric as "numerator", 1 as "denominator"
  from "voc_survey_responses" as "s"
  where "s"."submitted_at" >= $5
  AND "s"."submitted_at" < $6) as "f"
  where to_char(f.month, 'YYYY-MM') = ANY($7::text[])
  group by GROUPING SETS ((f.month, "f"."department_id"), (f.month, "f"."officer_id"), (f.month))
  having (grouping("f"."department_id") = 1
  AND grouping("f"."officer_id") = 1)
  OR (grouping("f"."department_id") = 0
  AND "f"."department_id" IS NOT NULL)
  OR (grouping("f"."officer_id") = 0
  AND "f"."officer_id" IS NOT NULL);

-- insertMeasure (SURVEY_FAIRNESS, every month)
-- parameters: ["SURVEY_FAIRNESS","DEPARTMENT","OFFICER","TENANT","2025-12-31T15:00:00.000Z","2026-12-31T15:00:00.000Z"]
insert into "performance_rollups" ("tenant_id", "measure_code", "scope_kind", "scope_id", "month", "numerator", "denominator") select current_setting('app.tenant_id', true) as "tenant_id", $1::text as "measure_code", CASE WHEN grouping("f"."department_id") = 0 THEN $2::text ELSE CASE WHEN grouping("f"."officer_id") = 0 THEN $3::text ELSE $4::text END END as "scope_kind", CASE WHEN grouping("f"."department_id") = 0 THEN "f"."department_id" ELSE CASE WHEN grouping("f"."officer_id") = 0 THEN "f"."officer_id" ELSE '00000000-0000-0000-0000-000000000000'::uuid END END as "scope_id", "f"."month", sum(f.numerator) as "numerator", sum(f.denominator) as "denominator"
  from (select "s"."voc_id" as "subject_id", "s"."department_id", "s"."officer_id", date_trunc('month', "s"."submitted_at" AT TIME ZONE 'Asia/Seoul')::date as "month", "s"."fairness"::numeric as "numerator", 1 as "denominator"
  from "voc_survey_responses" as "s"
  where "s"."submitted_at" >= $5
  AND "s"."submitted_at" < $6) as "f"
  where true
  group by GROUPING SETS ((f.month, "f"."department_id"), (f.month, "f"."officer_id"), (f.month))
  having (grouping("f"."department_id") = 1
  AND grouping("f"."officer_id") = 1)
  OR (grouping("f"."department_id") = 0
  AND "f"."department_id" IS NOT NULL)
  OR (grouping("f"."officer_id") = 0
  AND "f"."officer_id" IS NOT NULL);

-- insertMeasure (SURVEY_FAIRNESS, touched months)
-- parameters: ["SURVEY_FAIRNESS","DEPARTMENT","OFFICER","TENANT","2025-12-31T15:00:00.000Z","2026-12-31T15:00:00.000Z",["2026-01","2026-03"]]
insert into "performance_rollups" ("tenant_id", "measure_code", "scope_kind", "scope_id", "month", "numerator", "denominator") select current_setting('app.tenant_id', true) as "tenant_id", $1::text as "measure_code", CASE WHEN grouping("f"."department_id") = 0 THEN $2::text ELSE CASE WHEN grouping("f"."officer_id") = 0 THEN $3::text ELSE $4::text END END as "scope_kind", CASE WHEN grouping("f"."department_id") = 0 THEN "f"."department_id" ELSE CASE WHEN grouping("f"."officer_id") = 0 THEN "f"."officer_id" ELSE '00000000-0000-0000-0000-000000000000'::uuid END END as "scope_id", "f"."month", sum(f.numerator) as "numerator", sum(f.denominator) as "denominator"
  from (select "s"."voc_id" as "subject_id", "s"."department_id", "s"."officer_id", date_trunc('month', "s"."submitted_at" AT TIME ZONE 'Asia/Seoul')::date as "month", "s"."fairness"::numeric as "numerator", 1 as "denominator"
  from "voc_survey_responses" as "s"
  where "s"."submitted_at" >= $5
  AND "s"."submitted_at" < $6) as "f"
  where to_char(f.month, 'YYYY-MM') = ANY($7::text[])
  group by GROUPING SETS ((f.month, "f"."department_id"), (f.month, "f"."officer_id"), (f.month))
  having (grouping("f"."department_id") = 1
  AND grouping("f"."officer_id") = 1)
  OR (grouping("f"."department_id") = 0
  AND "f"."department_id" IS NOT NULL)
  OR (grouping("f"."officer_id") = 0
  AND "f"."officer_id" IS NOT NULL);

-- insertMeasure (SURVEY_CONVENIENCE, every month)
-- parameters: ["SURVEY_CONVENIENCE","DEPARTMENT","OFFICER","TENANT","2025-12-31T15:00:00.000Z","2026-12-31T15:00:00.000Z"]
insert into "performance_rollups" ("tenant_id", "measure_code", "scope_kind", "scope_id", "month", "numerator", "denominator") select current_setting('app.tenant_id', true) as "tenant_id", $1::text as "measure_code", CASE WHEN grouping("f"."department_id") = 0 THEN $2::text ELSE CASE WHEN grouping("f"."officer_id") = 0 THEN $3::text ELSE $4::text END END as "scope_kind", CASE WHEN grouping("f"."department_id") = 0 THEN "f"."department_id" ELSE CASE WHEN grouping("f"."officer_id") = 0 THEN "f"."officer_id" ELSE '00000000-0000-0000-0000-000000000000'::uuid END END as "scope_id", "f"."month", sum(f.numerator) as "numerator", sum(f.denominator) as "denominator"
  from (select "s"."voc_id" as "subject_id", "s"."department_id", "s"."officer_id", date_trunc('month', "s"."submitted_at" AT TIME ZONE 'Asia/Seoul')::date as "month", "s"."convenience"::numeric as "numerator", 1 as "denominator"
  from "voc_survey_responses" as "s"
  where "s"."submitted_at" >= $5
  AND "s"."submitted_at" < $6) as "f"
  where true
  group by GROUPING SETS ((f.month, "f"."department_id"), (f.month, "f"."officer_id"), (f.month))
  having (grouping("f"."department_id") = 1
  AND grouping("f"."officer_id") = 1)
  OR (grouping("f"."department_id") = 0
  AND "f"."department_id" IS NOT NULL)
  OR (grouping("f"."officer_id") = 0
  AND "f"."officer_id" IS NOT NULL);

-- insertMeasure (SURVEY_CONVENIENCE, touched months)
-- parameters: ["SURVEY_CONVENIENCE","DEPARTMENT","OFFICER","TENANT","2025-12-31T15:00:00.000Z","2026-12-31T15:00:00.000Z",["2026-01","2026-03"]]
insert into "performance_rollups" ("tenant_id", "measure_code", "scope_kind", "scope_id", "month", "numerator", "denominator") select current_setting('app.tenant_id', true) as "tenant_id", $1::text as "measure_code", CASE WHEN grouping("f"."department_id") = 0 THEN $2::text ELSE CASE WHEN grouping("f"."officer_id") = 0 THEN $3::text ELSE $4::text END END as "scope_kind", CASE WHEN grouping("f"."department_id") = 0 THEN "f"."department_id" ELSE CASE WHEN grouping("f"."officer_id") = 0 THEN "f"."officer_id" ELSE '00000000-0000-0000-0000-000000000000'::uuid END END as "scope_id", "f"."month", sum(f.numerator) as "numerator", sum(f.denominator) as "denominator"
  from (select "s"."voc_id" as "subject_id", "s"."department_id", "s"."officer_id", date_trunc('month', "s"."submitted_at" AT TIME ZONE 'Asia/Seoul')::date as "month", "s"."convenience"::numeric as "numerator", 1 as "denominator"
  from "voc_survey_responses" as "s"
  where "s"."submitted_at" >= $5
  AND "s"."submitted_at" < $6) as "f"
  where to_char(f.month, 'YYYY-MM') = ANY($7::text[])
  group by GROUPING SETS ((f.month, "f"."department_id"), (f.month, "f"."officer_id"), (f.month))
  having (grouping("f"."department_id") = 1
  AND grouping("f"."officer_id") = 1)
  OR (grouping("f"."department_id") = 0
  AND "f"."department_id" IS NOT NULL)
  OR (grouping("f"."officer_id") = 0
  AND "f"."officer_id" IS NOT NULL);

-- insertMeasure (SURVEY_OVERALL, every month)
-- parameters: ["SURVEY_OVERALL","DEPARTMENT","OFFICER","TENANT","2025-12-31T15:00:00.000Z","2026-12-31T15:00:00.000Z"]
insert into "performance_rollups" ("tenant_id", "measure_code", "scope_kind", "scope_id", "month", "numerator", "denominator") select current_setting('app.tenant_id', true) as "tenant_id", $1::text as "measure_code", CASE WHEN grouping("f"."department_id") = 0 THEN $2::text ELSE CASE WHEN grouping("f"."officer_id") = 0 THEN $3::text ELSE $4::text END END as "scope_kind", CASE WHEN grouping("f"."department_id") = 0 THEN "f"."department_id" ELSE CASE WHEN grouping("f"."officer_id") = 0 THEN "f"."officer_id" ELSE '00000000-0000-0000-0000-000000000000'::uuid END END as "scope_id", "f"."month", sum(f.numerator) as "numerator", sum(f.denominator) as "denominator"
  from (select "s"."voc_id" as "subject_id", "s"."department_id", "s"."officer_id", date_trunc('month', "s"."submitted_at" AT TIME ZONE 'Asia/Seoul')::date as "month", (s.speed + s.kindness + s.fairness + s.convenience) / 4.0 as "numerator", 1 as "denominator"
  from "voc_survey_responses" as "s"
  where "s"."submitted_at" >= $5
  AND "s"."submitted_at" < $6) as "f"
  where true
  group by GROUPING SETS ((f.month, "f"."department_id"), (f.month, "f"."officer_id"), (f.month))
  having (grouping("f"."department_id") = 1
  AND grouping("f"."officer_id") = 1)
  OR (grouping("f"."department_id") = 0
  AND "f"."department_id" IS NOT NULL)
  OR (grouping("f"."officer_id") = 0
  AND "f"."officer_id" IS NOT NULL);

-- insertMeasure (SURVEY_OVERALL, touched months)
-- parameters: ["SURVEY_OVERALL","DEPARTMENT","OFFICER","TENANT","2025-12-31T15:00:00.000Z","2026-12-31T15:00:00.000Z",["2026-01","2026-03"]]
insert into "performance_rollups" ("tenant_id", "measure_code", "scope_kind", "scope_id", "month", "numerator", "denominator") select current_setting('app.tenant_id', true) as "tenant_id", $1::text as "measure_code", CASE WHEN grouping("f"."department_id") = 0 THEN $2::text ELSE CASE WHEN grouping("f"."officer_id") = 0 THEN $3::text ELSE $4::text END END as "scope_kind", CASE WHEN grouping("f"."department_id") = 0 THEN "f"."department_id" ELSE CASE WHEN grouping("f"."officer_id") = 0 THEN "f"."officer_id" ELSE '00000000-0000-0000-0000-000000000000'::uuid END END as "scope_id", "f"."month", sum(f.numerator) as "numerator", sum(f.denominator) as "denominator"
  from (select "s"."voc_id" as "subject_id", "s"."department_id", "s"."officer_id", date_trunc('month', "s"."submitted_at" AT TIME ZONE 'Asia/Seoul')::date as "month", (s.speed + s.kindness + s.fairness + s.convenience) / 4.0 as "numerator", 1 as "denominator"
  from "voc_survey_responses" as "s"
  where "s"."submitted_at" >= $5
  AND "s"."submitted_at" < $6) as "f"
  where to_char(f.month, 'YYYY-MM') = ANY($7::text[])
  group by GROUPING SETS ((f.month, "f"."department_id"), (f.month, "f"."officer_id"), (f.month))
  having (grouping("f"."department_id") = 1
  AND grouping("f"."officer_id") = 1)
  OR (grouping("f"."department_id") = 0
  AND "f"."department_id" IS NOT NULL)
  OR (grouping("f"."officer_id") = 0
  AND "f"."officer_id" IS NOT NULL);

-- insertMeasure (TASK_DEADLINE_COMPLIANCE, every month)
-- parameters: ["TASK_DEADLINE_COMPLIANCE","DEPARTMENT","OFFICER","TENANT","2025-12-31T15:00:00.000Z","2026-12-31T15:00:00.000Z","COMPLETED"]
insert into "performance_rollups" ("tenant_id", "measure_code", "scope_kind", "scope_id", "month", "numerator", "denominator") select current_setting('app.tenant_id', true) as "tenant_id", $1::text as "measure_code", CASE WHEN grouping("f"."department_id") = 0 THEN $2::text ELSE CASE WHEN grouping("f"."officer_id") = 0 THEN $3::text ELSE $4::text END END as "scope_kind", CASE WHEN grouping("f"."department_id") = 0 THEN "f"."department_id" ELSE CASE WHEN grouping("f"."officer_id") = 0 THEN "f"."officer_id" ELSE '00000000-0000-0000-0000-000000000000'::uuid END END as "scope_id", "f"."month", sum(f.numerator) as "numerator", sum(f.denominator) as "denominator"
  from (select "t"."id" as "subject_id", "t"."department_id", "t"."owner_id" as "officer_id", date_trunc('month', "t"."closed_at" AT TIME ZONE 'Asia/Seoul')::date as "month", "t"."compliance"::numeric as "numerator", 1 as "denominator"
  from "tasks" as "t"
  where "t"."closed_at" >= $5
  AND "t"."closed_at" < $6
  and "t"."status" = $7
  and "t"."compliance" is not null) as "f"
  where true
  group by GROUPING SETS ((f.month, "f"."department_id"), (f.month, "f"."officer_id"), (f.month))
  having (grouping("f"."department_id") = 1
  AND grouping("f"."officer_id") = 1)
  OR (grouping("f"."department_id") = 0
  AND "f"."department_id" IS NOT NULL)
  OR (grouping("f"."officer_id") = 0
  AND "f"."officer_id" IS NOT NULL);

-- insertMeasure (TASK_DEADLINE_COMPLIANCE, touched months)
-- parameters: ["TASK_DEADLINE_COMPLIANCE","DEPARTMENT","OFFICER","TENANT","2025-12-31T15:00:00.000Z","2026-12-31T15:00:00.000Z","COMPLETED",["2026-01","2026-03"]]
insert into "performance_rollups" ("tenant_id", "measure_code", "scope_kind", "scope_id", "month", "numerator", "denominator") select current_setting('app.tenant_id', true) as "tenant_id", $1::text as "measure_code", CASE WHEN grouping("f"."department_id") = 0 THEN $2::text ELSE CASE WHEN grouping("f"."officer_id") = 0 THEN $3::text ELSE $4::text END END as "scope_kind", CASE WHEN grouping("f"."department_id") = 0 THEN "f"."department_id" ELSE CASE WHEN grouping("f"."officer_id") = 0 THEN "f"."officer_id" ELSE '00000000-0000-0000-0000-000000000000'::uuid END END as "scope_id", "f"."month", sum(f.numerator) as "numerator", sum(f.denominator) as "denominator"
  from (select "t"."id" as "subject_id", "t"."department_id", "t"."owner_id" as "officer_id", date_trunc('month', "t"."closed_at" AT TIME ZONE 'Asia/Seoul')::date as "month", "t"."compliance"::numeric as "numerator", 1 as "denominator"
  from "tasks" as "t"
  where "t"."closed_at" >= $5
  AND "t"."closed_at" < $6
  and "t"."status" = $7
  and "t"."compliance" is not null) as "f"
  where to_char(f.month, 'YYYY-MM') = ANY($8::text[])
  group by GROUPING SETS ((f.month, "f"."department_id"), (f.month, "f"."officer_id"), (f.month))
  having (grouping("f"."department_id") = 1
  AND grouping("f"."officer_id") = 1)
  OR (grouping("f"."department_id") = 0
  AND "f"."department_id" IS NOT NULL)
  OR (grouping("f"."officer_id") = 0
  AND "f"."officer_id" IS NOT NULL);

-- insertMeasure (TASK_PROGRESS, every month)
-- parameters: ["TASK_PROGRESS","DEPARTMENT","OFFICER","TENANT","2025-12-31T15:00:00.000Z","2026-12-31T15:00:00.000Z","COMPLETED","IMPOSSIBLE"]
insert into "performance_rollups" ("tenant_id", "measure_code", "scope_kind", "scope_id", "month", "numerator", "denominator") select current_setting('app.tenant_id', true) as "tenant_id", $1::text as "measure_code", CASE WHEN grouping("f"."department_id") = 0 THEN $2::text ELSE CASE WHEN grouping("f"."officer_id") = 0 THEN $3::text ELSE $4::text END END as "scope_kind", CASE WHEN grouping("f"."department_id") = 0 THEN "f"."department_id" ELSE CASE WHEN grouping("f"."officer_id") = 0 THEN "f"."officer_id" ELSE '00000000-0000-0000-0000-000000000000'::uuid END END as "scope_id", "f"."month", sum(f.numerator) as "numerator", sum(f.denominator) as "denominator"
  from (select "t"."id" as "subject_id", "t"."department_id", "t"."owner_id" as "officer_id", date_trunc('month', "t"."closed_at" AT TIME ZONE 'Asia/Seoul')::date as "month", "t"."progress"::numeric as "numerator", 1 as "denominator"
  from "tasks" as "t"
  where "t"."closed_at" >= $5
  AND "t"."closed_at" < $6
  and "t"."status" in ($7, $8)) as "f"
  where true
  group by GROUPING SETS ((f.month, "f"."department_id"), (f.month, "f"."officer_id"), (f.month))
  having (grouping("f"."department_id") = 1
  AND grouping("f"."officer_id") = 1)
  OR (grouping("f"."department_id") = 0
  AND "f"."department_id" IS NOT NULL)
  OR (grouping("f"."officer_id") = 0
  AND "f"."officer_id" IS NOT NULL);

-- insertMeasure (TASK_PROGRESS, touched months)
-- parameters: ["TASK_PROGRESS","DEPARTMENT","OFFICER","TENANT","2025-12-31T15:00:00.000Z","2026-12-31T15:00:00.000Z","COMPLETED","IMPOSSIBLE",["2026-01","2026-03"]]
insert into "performance_rollups" ("tenant_id", "measure_code", "scope_kind", "scope_id", "month", "numerator", "denominator") select current_setting('app.tenant_id', true) as "tenant_id", $1::text as "measure_code", CASE WHEN grouping("f"."department_id") = 0 THEN $2::text ELSE CASE WHEN grouping("f"."officer_id") = 0 THEN $3::text ELSE $4::text END END as "scope_kind", CASE WHEN grouping("f"."department_id") = 0 THEN "f"."department_id" ELSE CASE WHEN grouping("f"."officer_id") = 0 THEN "f"."officer_id" ELSE '00000000-0000-0000-0000-000000000000'::uuid END END as "scope_id", "f"."month", sum(f.numerator) as "numerator", sum(f.denominator) as "denominator"
  from (select "t"."id" as "subject_id", "t"."department_id", "t"."owner_id" as "officer_id", date_trunc('month', "t"."closed_at" AT TIME ZONE 'Asia/Seoul')::date as "month", "t"."progress"::numeric as "numerator", 1 as "denominator"
  from "tasks" as "t"
  where "t"."closed_at" >= $5
  AND "t"."closed_at" < $6
  and "t"."status" in ($7, $8)) as "f"
  where to_char(f.month, 'YYYY-MM') = ANY($9::text[])
  group by GROUPING SETS ((f.month, "f"."department_id"), (f.month, "f"."officer_id"), (f.month))
  having (grouping("f"."department_id") = 1
  AND grouping("f"."officer_id") = 1)
  OR (grouping("f"."department_id") = 0
  AND "f"."department_id" IS NOT NULL)
  OR (grouping("f"."officer_id") = 0
  AND "f"."officer_id" IS NOT NULL);

-- insertMeasure (REPEAT_PETITION_SHARE, every month)
-- parameters: ["REPEAT_PETITION_SHARE","DEPARTMENT","OFFICER","TENANT","2025-12-31T15:00:00.000Z","2026-12-31T15:00:00.000Z"]
insert into "performance_rollups" ("tenant_id", "measure_code", "scope_kind", "scope_id", "month", "numerator", "denominator") select current_setting('app.tenant_id', true) as "tenant_id", $1::text as "measure_code", CASE WHEN grouping("f"."department_id") = 0 THEN $2::text ELSE CASE WHEN grouping("f"."officer_id") = 0 THEN $3::text ELSE $4::text END END as "scope_kind", CASE WHEN grouping("f"."department_id") = 0 THEN "f"."department_id" ELSE CASE WHEN grouping("f"."officer_id") = 0 THEN "f"."officer_id" ELSE '00000000-0000-0000-0000-000000000000'::uuid END END as "scope_id", "f"."month", sum(f.numerator) as "numerator", sum(f.denominator) as "denominator"
  from (select "v"."id" as "subject_id", "v"."department_id", "v"."officer_id", date_trunc('month', "v"."received_at" AT TIME ZONE 'Asia/Seoul')::date as "month", (EXISTS (SELECT 1
  FROM voc_items p
    
  WHERE p.customer_id = v.customer_id
  AND p.parent_id IS NULL
  AND p.id <> v.id
      
  AND p.received_at < v.received_at
  AND p.received_at >= v.received_at - interval '12 months'))::int as "numerator", 1 as "denominator"
  from "voc_items" as "v"
  where "v"."parent_id" is null
  and "v"."received_at" >= $5
  AND "v"."received_at" < $6
  and "v"."customer_id" is not null) as "f"
  where true
  group by GROUPING SETS ((f.month, "f"."department_id"), (f.month, "f"."officer_id"), (f.month))
  having (grouping("f"."department_id") = 1
  AND grouping("f"."officer_id") = 1)
  OR (grouping("f"."department_id") = 0
  AND "f"."department_id" IS NOT NULL)
  OR (grouping("f"."officer_id") = 0
  AND "f"."officer_id" IS NOT NULL);

-- insertMeasure (REPEAT_PETITION_SHARE, touched months)
-- parameters: ["REPEAT_PETITION_SHARE","DEPARTMENT","OFFICER","TENANT","2025-12-31T15:00:00.000Z","2026-12-31T15:00:00.000Z",["2026-01","2026-03"]]
insert into "performance_rollups" ("tenant_id", "measure_code", "scope_kind", "scope_id", "month", "numerator", "denominator") select current_setting('app.tenant_id', true) as "tenant_id", $1::text as "measure_code", CASE WHEN grouping("f"."department_id") = 0 THEN $2::text ELSE CASE WHEN grouping("f"."officer_id") = 0 THEN $3::text ELSE $4::text END END as "scope_kind", CASE WHEN grouping("f"."department_id") = 0 THEN "f"."department_id" ELSE CASE WHEN grouping("f"."officer_id") = 0 THEN "f"."officer_id" ELSE '00000000-0000-0000-0000-000000000000'::uuid END END as "scope_id", "f"."month", sum(f.numerator) as "numerator", sum(f.denominator) as "denominator"
  from (select "v"."id" as "subject_id", "v"."department_id", "v"."officer_id", date_trunc('month', "v"."received_at" AT TIME ZONE 'Asia/Seoul')::date as "month", (EXISTS (SELECT 1
  FROM voc_items p
    
  WHERE p.customer_id = v.customer_id
  AND p.parent_id IS NULL
  AND p.id <> v.id
      
  AND p.received_at < v.received_at
  AND p.received_at >= v.received_at - interval '12 months'))::int as "numerator", 1 as "denominator"
  from "voc_items" as "v"
  where "v"."parent_id" is null
  and "v"."received_at" >= $5
  AND "v"."received_at" < $6
  and "v"."customer_id" is not null) as "f"
  where to_char(f.month, 'YYYY-MM') = ANY($7::text[])
  group by GROUPING SETS ((f.month, "f"."department_id"), (f.month, "f"."officer_id"), (f.month))
  having (grouping("f"."department_id") = 1
  AND grouping("f"."officer_id") = 1)
  OR (grouping("f"."department_id") = 0
  AND "f"."department_id" IS NOT NULL)
  OR (grouping("f"."officer_id") = 0
  AND "f"."officer_id" IS NOT NULL);

-- insertMeasure (PETITION_DATA_COMPLETENESS, every month)
-- parameters: ["PETITION_DATA_COMPLETENESS","DEPARTMENT","OFFICER","TENANT","2025-12-31T15:00:00.000Z","2026-12-31T15:00:00.000Z"]
insert into "performance_rollups" ("tenant_id", "measure_code", "scope_kind", "scope_id", "month", "numerator", "denominator") select current_setting('app.tenant_id', true) as "tenant_id", $1::text as "measure_code", CASE WHEN grouping("f"."department_id") = 0 THEN $2::text ELSE CASE WHEN grouping("f"."officer_id") = 0 THEN $3::text ELSE $4::text END END as "scope_kind", CASE WHEN grouping("f"."department_id") = 0 THEN "f"."department_id" ELSE CASE WHEN grouping("f"."officer_id") = 0 THEN "f"."officer_id" ELSE '00000000-0000-0000-0000-000000000000'::uuid END END as "scope_id", "f"."month", sum(f.numerator) as "numerator", sum(f.denominator) as "denominator"
  from (select "v"."id" as "subject_id", "v"."department_id", "v"."officer_id", date_trunc('month', "v"."received_at" AT TIME ZONE 'Asia/Seoul')::date as "month", (v.customer_id IS NOT NULL
    
  AND (v.reply_channel <> 'SMS'
  OR v.contact_phone IS NOT NULL)
    
  AND (v.reply_channel <> 'EMAIL'
  OR v.contact_email IS NOT NULL))::int as "numerator", 1 as "denominator"
  from "voc_items" as "v"
  where "v"."parent_id" is null
  and "v"."received_at" >= $5
  AND "v"."received_at" < $6) as "f"
  where true
  group by GROUPING SETS ((f.month, "f"."department_id"), (f.month, "f"."officer_id"), (f.month))
  having (grouping("f"."department_id") = 1
  AND grouping("f"."officer_id") = 1)
  OR (grouping("f"."department_id") = 0
  AND "f"."department_id" IS NOT NULL)
  OR (grouping("f"."officer_id") = 0
  AND "f"."officer_id" IS NOT NULL);

-- insertMeasure (PETITION_DATA_COMPLETENESS, touched months)
-- parameters: ["PETITION_DATA_COMPLETENESS","DEPARTMENT","OFFICER","TENANT","2025-12-31T15:00:00.000Z","2026-12-31T15:00:00.000Z",["2026-01","2026-03"]]
insert into "performance_rollups" ("tenant_id", "measure_code", "scope_kind", "scope_id", "month", "numerator", "denominator") select current_setting('app.tenant_id', true) as "tenant_id", $1::text as "measure_code", CASE WHEN grouping("f"."department_id") = 0 THEN $2::text ELSE CASE WHEN grouping("f"."officer_id") = 0 THEN $3::text ELSE $4::text END END as "scope_kind", CASE WHEN grouping("f"."department_id") = 0 THEN "f"."department_id" ELSE CASE WHEN grouping("f"."officer_id") = 0 THEN "f"."officer_id" ELSE '00000000-0000-0000-0000-000000000000'::uuid END END as "scope_id", "f"."month", sum(f.numerator) as "numerator", sum(f.denominator) as "denominator"
  from (select "v"."id" as "subject_id", "v"."department_id", "v"."officer_id", date_trunc('month', "v"."received_at" AT TIME ZONE 'Asia/Seoul')::date as "month", (v.customer_id IS NOT NULL
    
  AND (v.reply_channel <> 'SMS'
  OR v.contact_phone IS NOT NULL)
    
  AND (v.reply_channel <> 'EMAIL'
  OR v.contact_email IS NOT NULL))::int as "numerator", 1 as "denominator"
  from "voc_items" as "v"
  where "v"."parent_id" is null
  and "v"."received_at" >= $5
  AND "v"."received_at" < $6) as "f"
  where to_char(f.month, 'YYYY-MM') = ANY($7::text[])
  group by GROUPING SETS ((f.month, "f"."department_id"), (f.month, "f"."officer_id"), (f.month))
  having (grouping("f"."department_id") = 1
  AND grouping("f"."officer_id") = 1)
  OR (grouping("f"."department_id") = 0
  AND "f"."department_id" IS NOT NULL)
  OR (grouping("f"."officer_id") = 0
  AND "f"."officer_id" IS NOT NULL);

-- insertMeasure (CONTACTS_LOGGED, every month)
-- parameters: ["CONTACTS_LOGGED","DEPARTMENT","OFFICER","TENANT","2025-12-31T15:00:00.000Z","2026-12-31T15:00:00.000Z"]
insert into "performance_rollups" ("tenant_id", "measure_code", "scope_kind", "scope_id", "month", "numerator", "denominator") select current_setting('app.tenant_id', true) as "tenant_id", $1::text as "measure_code", CASE WHEN grouping("f"."department_id") = 0 THEN $2::text ELSE CASE WHEN grouping("f"."officer_id") = 0 THEN $3::text ELSE $4::text END END as "scope_kind", CASE WHEN grouping("f"."department_id") = 0 THEN "f"."department_id" ELSE CASE WHEN grouping("f"."officer_id") = 0 THEN "f"."officer_id" ELSE '00000000-0000-0000-0000-000000000000'::uuid END END as "scope_id", "f"."month", sum(f.numerator) as "numerator", sum(f.denominator) as "denominator"
  from (select "v"."id" as "subject_id", "v"."department_id", "v"."officer_id", date_trunc('month', "v"."received_at" AT TIME ZONE 'Asia/Seoul')::date as "month", (v.contact_history_id IS NOT NULL)::int as "numerator", 1 as "denominator"
  from "voc_items" as "v"
  where "v"."parent_id" is null
  and "v"."received_at" >= $5
  AND "v"."received_at" < $6) as "f"
  where true
  group by GROUPING SETS ((f.month, "f"."department_id"), (f.month, "f"."officer_id"), (f.month))
  having (grouping("f"."department_id") = 1
  AND grouping("f"."officer_id") = 1)
  OR (grouping("f"."department_id") = 0
  AND "f"."department_id" IS NOT NULL)
  OR (grouping("f"."officer_id") = 0
  AND "f"."officer_id" IS NOT NULL);

-- insertMeasure (CONTACTS_LOGGED, touched months)
-- parameters: ["CONTACTS_LOGGED","DEPARTMENT","OFFICER","TENANT","2025-12-31T15:00:00.000Z","2026-12-31T15:00:00.000Z",["2026-01","2026-03"]]
insert into "performance_rollups" ("tenant_id", "measure_code", "scope_kind", "scope_id", "month", "numerator", "denominator") select current_setting('app.tenant_id', true) as "tenant_id", $1::text as "measure_code", CASE WHEN grouping("f"."department_id") = 0 THEN $2::text ELSE CASE WHEN grouping("f"."officer_id") = 0 THEN $3::text ELSE $4::text END END as "scope_kind", CASE WHEN grouping("f"."department_id") = 0 THEN "f"."department_id" ELSE CASE WHEN grouping("f"."officer_id") = 0 THEN "f"."officer_id" ELSE '00000000-0000-0000-0000-000000000000'::uuid END END as "scope_id", "f"."month", sum(f.numerator) as "numerator", sum(f.denominator) as "denominator"
  from (select "v"."id" as "subject_id", "v"."department_id", "v"."officer_id", date_trunc('month', "v"."received_at" AT TIME ZONE 'Asia/Seoul')::date as "month", (v.contact_history_id IS NOT NULL)::int as "numerator", 1 as "denominator"
  from "voc_items" as "v"
  where "v"."parent_id" is null
  and "v"."received_at" >= $5
  AND "v"."received_at" < $6) as "f"
  where to_char(f.month, 'YYYY-MM') = ANY($7::text[])
  group by GROUPING SETS ((f.month, "f"."department_id"), (f.month, "f"."officer_id"), (f.month))
  having (grouping("f"."department_id") = 1
  AND grouping("f"."officer_id") = 1)
  OR (grouping("f"."department_id") = 0
  AND "f"."department_id" IS NOT NULL)
  OR (grouping("f"."officer_id") = 0
  AND "f"."officer_id" IS NOT NULL);

-- sums
-- parameters: ["DEPARTMENT","00000000-0000-4000-8000-000000000001","SURVEY_OVERALL","2026-01-01","2026-03-01"]
select "measure_code", sum(numerator) as "numerator", sum(denominator) as "denominator"
  from "performance_rollups"
  where "scope_kind" = $1
  and "scope_id" = $2
  and "measure_code" in ($3)
  and month BETWEEN $4::date
  AND $5::date
  group by "measure_code";

-- months
-- parameters: ["OFFICER","00000000-0000-4000-8000-000000000001","SURVEY_OVERALL","2026-01-01","2026-12-01"]
select "measure_code", to_char(month, 'YYYY-MM') as "month", numerator::text as "numerator", denominator::text as "denominator"
  from "performance_rollups"
  where "scope_kind" = $1
  and "scope_id" = $2
  and "measure_code" in ($3)
  and month BETWEEN $4::date
  AND $5::date
  order by "measure_code", "month";

-- scopeName (department)
-- parameters: ["00000000-0000-4000-8000-000000000001"]
select "name"
  from "departments"
  where "id" = $1;

-- scopeName (officer)
-- parameters: ["00000000-0000-4000-8000-000000000001"]
select "name"
  from "staff"
  where "id" = $1;

-- refreshedAt
-- parameters: ["DEPARTMENT","00000000-0000-4000-8000-000000000001"]
select max(refreshed_at) as "at"
  from "performance_rollups"
  where "scope_kind" = $1
  and "scope_id" = $2;

-- drillDown (PETITION_CLOSED_WITHIN_TARGET)
-- parameters: ["2025-12-31T15:00:00.000Z","2026-12-31T15:00:00.000Z","00000000-0000-4000-8000-000000000001",51]
select "f"."subject_id", to_char(f.month, 'YYYY-MM') as "month", f.numerator::text as "numerator", f.denominator::text as "denominator", "s"."receipt_no" as "number", "s"."title", "s"."status", "s"."received_at" as "opened_at", "s"."closed_at"
  from (select "v"."id" as "subject_id", "v"."department_id", "v"."officer_id", date_trunc('month', "v"."closed_at" AT TIME ZONE 'Asia/Seoul')::date as "month", (v.closed_at <= "v"."target_due_at")::int as "numerator", 1 as "denominator"
  from "voc_items" as "v"
  where "v"."closed_at" >= $1
  AND "v"."closed_at" < $2) as "f"
  inner join "voc_items" as "s" on "s"."id" = "f"."subject_id"
  where "f"."department_id" = $3
  and true
  order by "f"."month", "f"."subject_id"
  limit $4;

-- drillDown (PETITION_CLOSED_WITHIN_STATUTORY)
-- parameters: ["2025-12-31T15:00:00.000Z","2026-12-31T15:00:00.000Z","00000000-0000-4000-8000-000000000001",51]
select "f"."subject_id", to_char(f.month, 'YYYY-MM') as "month", f.numerator::text as "numerator", f.denominator::text as "denominator", "s"."receipt_no" as "number", "s"."title", "s"."status", "s"."received_at" as "opened_at", "s"."closed_at"
  from (select "v"."id" as "subject_id", "v"."department_id", "v"."officer_id", date_trunc('month', "v"."closed_at" AT TIME ZONE 'Asia/Seoul')::date as "month", (v.closed_at <= "v"."due_at")::int as "numerator", 1 as "denominator"
  from "voc_items" as "v"
  where "v"."closed_at" >= $1
  AND "v"."closed_at" < $2) as "f"
  inner join "voc_items" as "s" on "s"."id" = "f"."subject_id"
  where "f"."department_id" = $3
  and true
  order by "f"."month", "f"."subject_id"
  limit $4;

-- drillDown (SURVEY_SPEED)
-- parameters: ["2025-12-31T15:00:00.000Z","2026-12-31T15:00:00.000Z","00000000-0000-4000-8000-000000000001",51]
select "f"."subject_id", to_char(f.month, 'YYYY-MM') as "month", f.numerator::text as "numerator", f.denominator::text as "denominator", "s"."receipt_no" as "number", "s"."title", "s"."status", "s"."received_at" as "opened_at", "s"."closed_at"
  from (select "s"."voc_id" as "subject_id", "s"."department_id", "s"."officer_id", date_trunc('month', "s"."submitted_at" AT TIME ZONE 'Asia/Seoul')::date as "month", "s"."speed"::numeric as "numerator", 1 as "denominator"
  from "voc_survey_responses" as "s"
  where "s"."submitted_at" >= $1
  AND "s"."submitted_at" < $2) as "f"
  inner join "voc_items" as "s" on "s"."id" = "f"."subject_id"
  where "f"."department_id" = $3
  and true
  order by "f"."month", "f"."subject_id"
  limit $4;

-- drillDown (SURVEY_KINDNESS)
-- parameters: ["2025-12-31T15:00:00.000Z","2026-12-31T15:00:00.000Z","00000000-0000-4000-8000-000000000001",51]
select "f"."subject_id", to_char(f.month, 'YYYY-MM') as "month", f.numerator::text as "numerator", f.denominator::text as "denominator", "s"."receipt_no" as "number", "s"."title", "s"."status", "s"."received_at" as "opened_at", "s"."closed_at"
  from (select "s"."voc_id" as "subject_id", "s"."department_id", "s"."officer_id", date_trunc('month', "s"."submitted_at" AT TIME ZONE 'Asia/Seoul')::date as "month", "s"."kindness"::numeric as "numerator", 1 as "denominator"
  from "voc_survey_responses" as "s"
  where "s"."submitted_at" >= $1
  AND "s"."submitted_at" < $2) as "f"
  inner join "voc_items" as "s" on "s"."id" = "f"."subject_id"
  where "f"."department_id" = $3
  and true
  order by "f"."month", "f"."subject_id"
  limit $4;

-- drillDown (SURVEY_FAIRNESS)
-- parameters: ["2025-12-31T15:00:00.000Z","2026-12-31T15:00:00.000Z","00000000-0000-4000-8000-000000000001",51]
select "f"."subject_id", to_char(f.month, 'YYYY-MM') as "month", f.numerator::text as "numerator", f.denominator::text as "denominator", "s"."receipt_no" as "number", "s"."title", "s"."status", "s"."received_at" as "opened_at", "s"."closed_at"
  from (select "s"."voc_id" as "subject_id", "s"."department_id", "s"."officer_id", date_trunc('month', "s"."submitted_at" AT TIME ZONE 'Asia/Seoul')::date as "month", "s"."fairness"::numeric as "numerator", 1 as "denominator"
  from "voc_survey_responses" as "s"
  where "s"."submitted_at" >= $1
  AND "s"."submitted_at" < $2) as "f"
  inner join "voc_items" as "s" on "s"."id" = "f"."subject_id"
  where "f"."department_id" = $3
  and true
  order by "f"."month", "f"."subject_id"
  limit $4;

-- drillDown (SURVEY_CONVENIENCE)
-- parameters: ["2025-12-31T15:00:00.000Z","2026-12-31T15:00:00.000Z","00000000-0000-4000-8000-000000000001",51]
select "f"."subject_id", to_char(f.month, 'YYYY-MM') as "month", f.numerator::text as "numerator", f.denominator::text as "denominator", "s"."receipt_no" as "number", "s"."title", "s"."status", "s"."received_at" as "opened_at", "s"."closed_at"
  from (select "s"."voc_id" as "subject_id", "s"."department_id", "s"."officer_id", date_trunc('month', "s"."submitted_at" AT TIME ZONE 'Asia/Seoul')::date as "month", "s"."convenience"::numeric as "numerator", 1 as "denominator"
  from "voc_survey_responses" as "s"
  where "s"."submitted_at" >= $1
  AND "s"."submitted_at" < $2) as "f"
  inner join "voc_items" as "s" on "s"."id" = "f"."subject_id"
  where "f"."department_id" = $3
  and true
  order by "f"."month", "f"."subject_id"
  limit $4;

-- drillDown (SURVEY_OVERALL)
-- parameters: ["2025-12-31T15:00:00.000Z","2026-12-31T15:00:00.000Z","00000000-0000-4000-8000-000000000001",51]
select "f"."subject_id", to_char(f.month, 'YYYY-MM') as "month", f.numerator::text as "numerator", f.denominator::text as "denominator", "s"."receipt_no" as "number", "s"."title", "s"."status", "s"."received_at" as "opened_at", "s"."closed_at"
  from (select "s"."voc_id" as "subject_id", "s"."department_id", "s"."officer_id", date_trunc('month', "s"."submitted_at" AT TIME ZONE 'Asia/Seoul')::date as "month", (s.speed + s.kindness + s.fairness + s.convenience) / 4.0 as "numerator", 1 as "denominator"
  from "voc_survey_responses" as "s"
  where "s"."submitted_at" >= $1
  AND "s"."submitted_at" < $2) as "f"
  inner join "voc_items" as "s" on "s"."id" = "f"."subject_id"
  where "f"."department_id" = $3
  and true
  order by "f"."month", "f"."subject_id"
  limit $4;

-- drillDown (TASK_DEADLINE_COMPLIANCE)
-- parameters: ["2025-12-31T15:00:00.000Z","2026-12-31T15:00:00.000Z","COMPLETED","00000000-0000-4000-8000-000000000001",51]
select "f"."subject_id", to_char(f.month, 'YYYY-MM') as "month", f.numerator::text as "numerator", f.denominator::text as "denominator", "s"."management_no" as "number", "s"."title", "s"."status", "s"."created_at" as "opened_at", "s"."closed_at"
  from (select "t"."id" as "subject_id", "t"."department_id", "t"."owner_id" as "officer_id", date_trunc('month', "t"."closed_at" AT TIME ZONE 'Asia/Seoul')::date as "month", "t"."compliance"::numeric as "numerator", 1 as "denominator"
  from "tasks" as "t"
  where "t"."closed_at" >= $1
  AND "t"."closed_at" < $2
  and "t"."status" = $3
  and "t"."compliance" is not null) as "f"
  inner join "tasks" as "s" on "s"."id" = "f"."subject_id"
  where "f"."department_id" = $4
  and true
  order by "f"."month", "f"."subject_id"
  limit $5;

-- drillDown (TASK_PROGRESS)
-- parameters: ["2025-12-31T15:00:00.000Z","2026-12-31T15:00:00.000Z","COMPLETED","IMPOSSIBLE","00000000-0000-4000-8000-000000000001",51]
select "f"."subject_id", to_char(f.month, 'YYYY-MM') as "month", f.numerator::text as "numerator", f.denominator::text as "denominator", "s"."management_no" as "number", "s"."title", "s"."status", "s"."created_at" as "opened_at", "s"."closed_at"
  from (select "t"."id" as "subject_id", "t"."department_id", "t"."owner_id" as "officer_id", date_trunc('month', "t"."closed_at" AT TIME ZONE 'Asia/Seoul')::date as "month", "t"."progress"::numeric as "numerator", 1 as "denominator"
  from "tasks" as "t"
  where "t"."closed_at" >= $1
  AND "t"."closed_at" < $2
  and "t"."status" in ($3, $4)) as "f"
  inner join "tasks" as "s" on "s"."id" = "f"."subject_id"
  where "f"."department_id" = $5
  and true
  order by "f"."month", "f"."subject_id"
  limit $6;

-- drillDown (REPEAT_PETITION_SHARE)
-- parameters: ["2025-12-31T15:00:00.000Z","2026-12-31T15:00:00.000Z","00000000-0000-4000-8000-000000000001",51]
select "f"."subject_id", to_char(f.month, 'YYYY-MM') as "month", f.numerator::text as "numerator", f.denominator::text as "denominator", "s"."receipt_no" as "number", "s"."title", "s"."status", "s"."received_at" as "opened_at", "s"."closed_at"
  from (select "v"."id" as "subject_id", "v"."department_id", "v"."officer_id", date_trunc('month', "v"."received_at" AT TIME ZONE 'Asia/Seoul')::date as "month", (EXISTS (SELECT 1
  FROM voc_items p
    
  WHERE p.customer_id = v.customer_id
  AND p.parent_id IS NULL
  AND p.id <> v.id
      
  AND p.received_at < v.received_at
  AND p.received_at >= v.received_at - interval '12 months'))::int as "numerator", 1 as "denominator"
  from "voc_items" as "v"
  where "v"."parent_id" is null
  and "v"."received_at" >= $1
  AND "v"."received_at" < $2
  and "v"."customer_id" is not null) as "f"
  inner join "voc_items" as "s" on "s"."id" = "f"."subject_id"
  where "f"."department_id" = $3
  and true
  order by "f"."month", "f"."subject_id"
  limit $4;

-- drillDown (PETITION_DATA_COMPLETENESS)
-- parameters: ["2025-12-31T15:00:00.000Z","2026-12-31T15:00:00.000Z","00000000-0000-4000-8000-000000000001",51]
select "f"."subject_id", to_char(f.month, 'YYYY-MM') as "month", f.numerator::text as "numerator", f.denominator::text as "denominator", "s"."receipt_no" as "number", "s"."title", "s"."status", "s"."received_at" as "opened_at", "s"."closed_at"
  from (select "v"."id" as "subject_id", "v"."department_id", "v"."officer_id", date_trunc('month', "v"."received_at" AT TIME ZONE 'Asia/Seoul')::date as "month", (v.customer_id IS NOT NULL
    
  AND (v.reply_channel <> 'SMS'
  OR v.contact_phone IS NOT NULL)
    
  AND (v.reply_channel <> 'EMAIL'
  OR v.contact_email IS NOT NULL))::int as "numerator", 1 as "denominator"
  from "voc_items" as "v"
  where "v"."parent_id" is null
  and "v"."received_at" >= $1
  AND "v"."received_at" < $2) as "f"
  inner join "voc_items" as "s" on "s"."id" = "f"."subject_id"
  where "f"."department_id" = $3
  and true
  order by "f"."month", "f"."subject_id"
  limit $4;

-- drillDown (CONTACTS_LOGGED)
-- parameters: ["2025-12-31T15:00:00.000Z","2026-12-31T15:00:00.000Z","00000000-0000-4000-8000-000000000001",51]
select "f"."subject_id", to_char(f.month, 'YYYY-MM') as "month", f.numerator::text as "numerator", f.denominator::text as "denominator", "s"."receipt_no" as "number", "s"."title", "s"."status", "s"."received_at" as "opened_at", "s"."closed_at"
  from (select "v"."id" as "subject_id", "v"."department_id", "v"."officer_id", date_trunc('month', "v"."received_at" AT TIME ZONE 'Asia/Seoul')::date as "month", (v.contact_history_id IS NOT NULL)::int as "numerator", 1 as "denominator"
  from "voc_items" as "v"
  where "v"."parent_id" is null
  and "v"."received_at" >= $1
  AND "v"."received_at" < $2) as "f"
  inner join "voc_items" as "s" on "s"."id" = "f"."subject_id"
  where "f"."department_id" = $3
  and true
  order by "f"."month", "f"."subject_id"
  limit $4;

-- drillCount
-- parameters: ["2025-12-31T15:00:00.000Z","2026-12-31T15:00:00.000Z","00000000-0000-4000-8000-000000000001"]
select count(*)::int as "n", coalesce(sum(f.numerator), 0)::text as "numerator", coalesce(sum(f.denominator), 0)::text as "denominator"
  from (select "v"."id" as "subject_id", "v"."department_id", "v"."officer_id", date_trunc('month', "v"."closed_at" AT TIME ZONE 'Asia/Seoul')::date as "month", (v.closed_at <= "v"."target_due_at")::int as "numerator", 1 as "denominator"
  from "voc_items" as "v"
  where "v"."closed_at" >= $1
  AND "v"."closed_at" < $2) as "f"
  where "f"."officer_id" = $3
  and true;
