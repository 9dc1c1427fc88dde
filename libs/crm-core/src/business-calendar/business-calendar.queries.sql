-- Every statement the business-calendar capability sends. Generated; do not edit.
-- Regenerate: npm run sql:snapshots (UPDATE_SQL_SNAPSHOTS=1), then review and commit the diff.

-- settings
-- parameters: []
select "work_start", "lunch_start", "lunch_end", "work_end", "version"
  from "business_calendar_settings";

-- settingsForUpdate
-- parameters: []
select "work_start", "lunch_start", "lunch_end", "work_end", "version"
  from "business_calendar_settings" for update;

-- saveOfficeHours
-- parameters: [540,720,780,1080,"관리자",540,720,780,1080,"관리자"]
insert into "business_calendar_settings" ("tenant_id", "work_start", "lunch_start", "lunch_end", "work_end", "updated_by")
  values (current_setting('app.tenant_id', true), $1, $2, $3, $4, $5)
  on conflict ("tenant_id") do update
  set "work_start" = $6, "lunch_start" = $7, "lunch_end" = $8, "work_end" = $9, "version" = gen_random_uuid(), "updated_by" = $10, "updated_at" = now()
  returning "work_start", "lunch_start", "lunch_end", "work_end", "version";

-- bumpVersion
-- parameters: ["관리자","관리자"]
insert into "business_calendar_settings" ("tenant_id", "updated_by")
  values (current_setting('app.tenant_id', true), $1)
  on conflict ("tenant_id") do update
  set "version" = gen_random_uuid(), "updated_by" = $2, "updated_at" = now();

-- allHolidays
-- parameters: []
select to_char(day, 'YYYY-MM-DD') as "day", "name", "kind"
  from "business_holidays";

-- holidaysOfYear
-- parameters: [2026,2027]
select to_char(day, 'YYYY-MM-DD') as "day", "name", "kind", "created_by", "created_at"
  from "business_holidays"
  where "day" >= make_date($1::int, 1, 1)
  and "day" < make_date($2::int, 1, 1)
  order by "day";

-- insertHoliday
-- parameters: ["2026-10-02","임시공휴일","TEMPORARY","관리자"]
insert into "business_holidays" ("tenant_id", "day", "name", "kind", "created_by")
  values (current_setting('app.tenant_id', true), $1::date, $2, $3, $4)
  on conflict ("tenant_id", "day") do nothing
  returning to_char(day, 'YYYY-MM-DD') as "day", "name", "kind", "created_by", "created_at";

-- deleteHoliday
-- parameters: ["2026-10-02"]
delete
  from "business_holidays"
  where "day" = $1::date
  returning to_char(day, 'YYYY-MM-DD') as "day", "name", "kind", "created_by", "created_at";
