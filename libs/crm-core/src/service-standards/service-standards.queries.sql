-- Every statement the service-standards capability sends. Generated; do not edit.
-- Regenerate: npm run sql:snapshots (UPDATE_SQL_SNAPSHOTS=1), then review and commit the diff.

-- standards
-- parameters: [201]
select "id", "touchpoint", "core_service", "name", "commitment", target_value::float8 as "target_value", "unit", "direction", "department_id", "active", "updated_at"
  from "service_standards"
  order by "name", "id"
  limit $1;

-- standardForUpdate
-- parameters: ["00000000-0000-4000-8000-000000000001"]
select "id", "touchpoint", "core_service", "name", "commitment", target_value::float8 as "target_value", "unit", "direction", "department_id", "active", "updated_at"
  from "service_standards"
  where "id" = $1 for update;

-- standardCount
-- parameters: []
select count(*)::int as "n"
  from "service_standards";

-- insertStandard
-- parameters: ["PHONE",null,"전화 응답","전화는 벨이 3번 울리기 전에 받습니다.","3","RINGS","AT_MOST","00000000-0000-4000-8000-000000000002",true]
insert into "service_standards" ("tenant_id", "touchpoint", "core_service", "name", "commitment", "target_value", "unit", "direction", "department_id", "active")
  values (current_setting('app.tenant_id', true), $1, $2, $3, $4, $5, $6, $7, $8, $9)
  returning "id", "touchpoint", "core_service", "name", "commitment", target_value::float8 as "target_value", "unit", "direction", "department_id", "active", "updated_at";

-- updateStandard
-- parameters: ["PHONE",null,"전화 응답","전화는 벨이 3번 울리기 전에 받습니다.","3","RINGS","AT_MOST","00000000-0000-4000-8000-000000000002",true,"00000000-0000-4000-8000-000000000001"]
update "service_standards"
  set "touchpoint" = $1, "core_service" = $2, "name" = $3, "commitment" = $4, "target_value" = $5, "unit" = $6, "direction" = $7, "department_id" = $8, "active" = $9, "updated_at" = now()
  where "id" = $10
  returning "id", "touchpoint", "core_service", "name", "commitment", target_value::float8 as "target_value", "unit", "direction", "department_id", "active", "updated_at";

-- activeDepartment
-- parameters: ["00000000-0000-4000-8000-000000000002"]
select "id", "active"
  from "departments"
  where "id" = $1;

-- insertMeasurement
-- parameters: ["00000000-0000-4000-8000-000000000001","00000000-0000-4000-8000-000000000002","2026-11-01",40,36,null,40,36,null,"홍길동"]
insert into "service_standard_measurements" ("tenant_id", "standard_id", "department_id", "month", "sample_size", "met_count", "measured_value", "checks", "checks_met", "note", "recorded_by")
  values (current_setting('app.tenant_id', true), $1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
  returning "id", "standard_id", "department_id", to_char("month", 'YYYY-MM-DD') as "month", "sample_size", "met_count", measured_value::float8 as "measured_value", "checks", "checks_met", "note", "recorded_by", "recorded_at";

-- measurements (first page)
-- parameters: ["00000000-0000-4000-8000-000000000001",51]
select "id", "standard_id", "department_id", to_char("month", 'YYYY-MM-DD') as "month", "sample_size", "met_count", measured_value::float8 as "measured_value", "checks", "checks_met", "note", "recorded_by", "recorded_at", to_char(recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as "recorded_key"
  from "service_standard_measurements"
  where "standard_id" = $1
  order by "month" desc, "recorded_at" desc, "id" desc
  limit $2;

-- measurements (after a cursor)
-- parameters: ["00000000-0000-4000-8000-000000000001","2026-11-01","2026-11-20T00:00:00Z","00000000-0000-4000-8000-000000000001",51]
select "id", "standard_id", "department_id", to_char("month", 'YYYY-MM-DD') as "month", "sample_size", "met_count", measured_value::float8 as "measured_value", "checks", "checks_met", "note", "recorded_by", "recorded_at", to_char(recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as "recorded_key"
  from "service_standard_measurements"
  where "standard_id" = $1
  and (month, recorded_at, id) < ($2::date, $3::timestamptz, $4::uuid)
  order by "month" desc, "recorded_at" desc, "id" desc
  limit $5;

-- measurementCount
-- parameters: ["00000000-0000-4000-8000-000000000001"]
select count(*)::int as "n"
  from "service_standard_measurements"
  where "standard_id" = $1;

-- standardMonths
-- parameters: ["2026-01-01","2026-12-01",5000]
select "standard_id", to_char("month", 'YYYY-MM-DD') as "month", sum(checks_met)::int as "checks_met", sum(checks)::int as "checks"
  from "service_standard_measurements"
  where "month" >= $1::date
  and "month" <= $2::date
  group by "standard_id", "month"
  order by "month", "standard_id"
  limit $3;

-- insertCsiRound
-- parameters: ["00000000-0000-4000-8000-000000000002",2026,0,1,"2026-11-15",200,"71.5",null,"홍길동"]
insert into "csi_rounds" ("tenant_id", "department_id", "year", "half", "design_version", "surveyed_on", "respondents", "csi_index", "note", "recorded_by")
  values (current_setting('app.tenant_id', true), $1, $2, $3, $4, $5, $6, $7, $8, $9)
  returning "id", "department_id", "year", "half", "design_version", to_char("surveyed_on", 'YYYY-MM-DD') as "surveyed_on", "respondents", csi_index::float8 as "csi_index", "note", "recorded_by", "recorded_at";

-- insertCsiItems
-- parameters: ["00000000-0000-4000-8000-000000000001","ACCESS","5.2",200,"00000000-0000-4000-8000-000000000001","OVERALL","5.5",198]
insert into "csi_round_items" ("tenant_id", "round_id", "item_code", "mean", "respondents")
  values (current_setting('app.tenant_id', true), $1, $2, $3, $4), (current_setting('app.tenant_id', true), $5, $6, $7, $8);

-- csiRounds (every department, first page)
-- parameters: [51]
select *
  from (select "id", "department_id", "year", "half", "design_version", to_char("surveyed_on", 'YYYY-MM-DD') as "surveyed_on", "respondents", csi_index::float8 as "csi_index", "note", "recorded_by", "recorded_at", (lag(csi_index) OVER (PARTITION BY department_id, half, design_version
  ORDER BY year))::float8 as "previous_index", lag(year) OVER (PARTITION BY department_id, half, design_version
  ORDER BY year) as "previous_year"
  from "csi_rounds") as "r"
  order by "r"."year" desc, "r"."half" desc, "r"."id" desc
  limit $1;

-- csiRounds (one department, after a cursor)
-- parameters: ["00000000-0000-4000-8000-000000000002",2026,0,"00000000-0000-4000-8000-000000000001",51]
select *
  from (select "id", "department_id", "year", "half", "design_version", to_char("surveyed_on", 'YYYY-MM-DD') as "surveyed_on", "respondents", csi_index::float8 as "csi_index", "note", "recorded_by", "recorded_at", (lag(csi_index) OVER (PARTITION BY department_id, half, design_version
  ORDER BY year))::float8 as "previous_index", lag(year) OVER (PARTITION BY department_id, half, design_version
  ORDER BY year) as "previous_year"
  from "csi_rounds"
  where "department_id" = $1) as "r"
  where (r.year, r.half, r.id) < ($2::int, $3::int, $4::uuid)
  order by "r"."year" desc, "r"."half" desc, "r"."id" desc
  limit $5;

-- csiRound
-- parameters: ["00000000-0000-4000-8000-000000000002","00000000-0000-4000-8000-000000000001"]
select *
  from (select "id", "department_id", "year", "half", "design_version", to_char("surveyed_on", 'YYYY-MM-DD') as "surveyed_on", "respondents", csi_index::float8 as "csi_index", "note", "recorded_by", "recorded_at", (lag(csi_index) OVER (PARTITION BY department_id, half, design_version
  ORDER BY year))::float8 as "previous_index", lag(year) OVER (PARTITION BY department_id, half, design_version
  ORDER BY year) as "previous_year"
  from "csi_rounds"
  where "department_id" = $1) as "r"
  where "r"."id" = $2;

-- csiRoundCount (every department)
-- parameters: []
select count(*)::int as "n"
  from "csi_rounds";

-- csiRoundCount (one department)
-- parameters: ["00000000-0000-4000-8000-000000000002"]
select count(*)::int as "n"
  from "csi_rounds"
  where "department_id" = $1;

-- csiItems
-- parameters: [["00000000-0000-4000-8000-000000000001"]]
select "round_id", "item_code", mean::float8 as "mean", "respondents"
  from "csi_round_items"
  where "round_id" = any($1::uuid[])
  order by "round_id", "item_code";

-- insertCourtesy
-- parameters: ["00000000-0000-4000-8000-000000000002","2026-11-10",10,"18","17.5","19","16","20",null,"홍길동"]
insert into "phone_courtesy_checks" ("tenant_id", "department_id", "checked_on", "calls_checked", "greeting", "promptness", "kindness", "accuracy", "closing", "note", "recorded_by")
  values (current_setting('app.tenant_id', true), $1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
  returning "id", "department_id", to_char("checked_on", 'YYYY-MM-DD') as "checked_on", "calls_checked", greeting::float8 as "greeting", promptness::float8 as "promptness", kindness::float8 as "kindness", accuracy::float8 as "accuracy", closing::float8 as "closing", total::float8 as "total", "note", "recorded_by", "recorded_at";

-- courtesyChecks (every department, first page)
-- parameters: [51]
select "id", "department_id", to_char("checked_on", 'YYYY-MM-DD') as "checked_on", "calls_checked", greeting::float8 as "greeting", promptness::float8 as "promptness", kindness::float8 as "kindness", accuracy::float8 as "accuracy", closing::float8 as "closing", total::float8 as "total", "note", "recorded_by", "recorded_at"
  from "phone_courtesy_checks"
  order by "checked_on" desc, "id" desc
  limit $1;

-- courtesyChecks (one department, after a cursor)
-- parameters: ["00000000-0000-4000-8000-000000000002","2026-11-10","00000000-0000-4000-8000-000000000001",51]
select "id", "department_id", to_char("checked_on", 'YYYY-MM-DD') as "checked_on", "calls_checked", greeting::float8 as "greeting", promptness::float8 as "promptness", kindness::float8 as "kindness", accuracy::float8 as "accuracy", closing::float8 as "closing", total::float8 as "total", "note", "recorded_by", "recorded_at"
  from "phone_courtesy_checks"
  where "department_id" = $1
  and (checked_on, id) < ($2::date, $3::uuid)
  order by "checked_on" desc, "id" desc
  limit $4;

-- courtesyCount (every department)
-- parameters: []
select count(*)::int as "n"
  from "phone_courtesy_checks";

-- courtesyCount (one department)
-- parameters: ["00000000-0000-4000-8000-000000000002"]
select count(*)::int as "n"
  from "phone_courtesy_checks"
  where "department_id" = $1;

-- insertAward
-- parameters: ["00000000-0000-4000-8000-000000000002",2026,0,"EXCELLENT_DEPARTMENT",null,"홍길동"]
insert into "recognition_awards" ("tenant_id", "department_id", "year", "half", "kind", "note", "awarded_by")
  values (current_setting('app.tenant_id', true), $1, $2, $3, $4, $5, $6)
  returning "id", "department_id", "year", "half", "kind", "note", "awarded_by", "awarded_at";

-- awards
-- parameters: [2026,0,500]
select "id", "department_id", "year", "half", "kind", "note", "awarded_by", "awarded_at"
  from "recognition_awards"
  where "year" = $1
  and "half" = $2
  order by "kind", "awarded_at"
  limit $3;

-- standardAttainment
-- parameters: ["2026-01-01","2026-12-01"]
select "department_id", to_char("month", 'YYYY-MM-DD') as "month", (sum(checks_met))::float8 as "numerator", (sum(checks))::float8 as "denominator"
  from "service_standard_measurements"
  where "month" >= $1::date
  and "month" <= $2::date
  group by "department_id", "month";

-- csiIndex
-- parameters: ["2026-01-01","2026-12-01"]
select "department_id", to_char(date_trunc('month', surveyed_on), 'YYYY-MM-DD') as "month", (sum(csi_index * respondents))::float8 as "numerator", (sum(respondents))::float8 as "denominator"
  from "csi_rounds"
  where "surveyed_on" >= $1::date
  and "surveyed_on" < ($2::date + interval '1 month')::date
  group by "department_id", date_trunc('month', surveyed_on);

-- phoneCourtesy
-- parameters: ["2026-01-01","2026-12-01"]
select "department_id", to_char(date_trunc('month', checked_on), 'YYYY-MM-DD') as "month", (sum(total * calls_checked))::float8 as "numerator", (sum(calls_checked))::float8 as "denominator"
  from "phone_courtesy_checks"
  where "checked_on" >= $1::date
  and "checked_on" < ($2::date + interval '1 month')::date
  group by "department_id", date_trunc('month', checked_on);

-- standardAttainmentFacts
-- parameters: ["2025-12-31T15:00:00.000Z","2026-12-31T15:00:00.000Z"]
select "m"."id" as "subject_id", "m"."department_id", NULL::uuid as "officer_id", "m"."month", m.checks_met::numeric as "numerator", m.checks::numeric as "denominator"
  from "service_standard_measurements" as "m"
  where "m"."month" >= ($1::timestamptz AT TIME ZONE 'Asia/Seoul')::date
  and "m"."month" < ($2::timestamptz AT TIME ZONE 'Asia/Seoul')::date;

-- csiIndexFacts
-- parameters: ["2025-12-31T15:00:00.000Z","2026-12-31T15:00:00.000Z"]
select "c"."id" as "subject_id", "c"."department_id", NULL::uuid as "officer_id", date_trunc('month', "c"."surveyed_on")::date as "month", c.csi_index * c.respondents as "numerator", c.respondents::numeric as "denominator"
  from "csi_rounds" as "c"
  where "c"."surveyed_on" >= ($1::timestamptz AT TIME ZONE 'Asia/Seoul')::date
  and "c"."surveyed_on" < ($2::timestamptz AT TIME ZONE 'Asia/Seoul')::date;

-- phoneCourtesyFacts
-- parameters: ["2025-12-31T15:00:00.000Z","2026-12-31T15:00:00.000Z"]
select "p"."id" as "subject_id", "p"."department_id", NULL::uuid as "officer_id", date_trunc('month', "p"."checked_on")::date as "month", p.total * p.calls_checked as "numerator", p.calls_checked::numeric as "denominator"
  from "phone_courtesy_checks" as "p"
  where "p"."checked_on" >= ($1::timestamptz AT TIME ZONE 'Asia/Seoul')::date
  and "p"."checked_on" < ($2::timestamptz AT TIME ZONE 'Asia/Seoul')::date;

-- standardAttainmentRows
-- parameters: []
select "m"."id", to_char(m.month, 'YYYY-MM') as "number", "s"."name" as "title", m.checks_met || '/' || m.checks as "status", "m"."recorded_at" as "opened_at", NULL::timestamptz as "closed_at"
  from "service_standard_measurements" as "m"
  inner join "service_standards" as "s" on "s"."id" = "m"."standard_id";

-- csiIndexRows
-- parameters: []
select "c"."id", c.year || '-' || (c.half + 1) as "number", 'CSI ' || c.year || ' (' || c.respondents || '명)' as "title", c.csi_index::text as "status", "c"."recorded_at" as "opened_at", NULL::timestamptz as "closed_at"
  from "csi_rounds" as "c";

-- phoneCourtesyRows
-- parameters: []
select "p"."id", to_char(p.checked_on, 'YYYY-MM-DD') as "number", '전화친절도 (' || p.calls_checked || '통)' as "title", p.total::text as "status", "p"."recorded_at" as "opened_at", NULL::timestamptz as "closed_at"
  from "phone_courtesy_checks" as "p";
