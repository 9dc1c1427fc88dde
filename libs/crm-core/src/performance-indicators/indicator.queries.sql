-- Every statement the performance-indicators capability sends. Generated; do not edit.
-- Regenerate: npm run sql:snapshots (UPDATE_SQL_SNAPSHOTS=1), then review and commit the diff.

-- latest
-- parameters: []
select distinct on ("code") "code", "version", "measure_code", "name_ko", "name_en", "type_tag", "scope", "period", "weight", "target", "direction", "bands", "active", "created_by", "created_at"
  from "performance_indicators"
  order by "code", "version" desc;

-- latestOf
-- parameters: ["DEPT_TARGET_CLOSURE",1]
select "code", "version", "measure_code", "name_ko", "name_en", "type_tag", "scope", "period", "weight", "target", "direction", "bands", "active", "created_by", "created_at"
  from "performance_indicators"
  where "code" = $1
  order by "version" desc
  limit $2;

-- versions (first page)
-- parameters: ["DEPT_TARGET_CLOSURE",21]
select "code", "version", "measure_code", "name_ko", "name_en", "type_tag", "scope", "period", "weight", "target", "direction", "bands", "active", "created_by", "created_at"
  from "performance_indicators"
  where "code" = $1
  order by "version" desc
  limit $2;

-- versions (after a version)
-- parameters: ["DEPT_TARGET_CLOSURE",3,21]
select "code", "version", "measure_code", "name_ko", "name_en", "type_tag", "scope", "period", "weight", "target", "direction", "bands", "active", "created_by", "created_at"
  from "performance_indicators"
  where "code" = $1
  and "version" < $2
  order by "version" desc
  limit $3;

-- countVersions
-- parameters: ["DEPT_TARGET_CLOSURE"]
select count(*)::int as "n"
  from "performance_indicators"
  where "code" = $1;

-- insert
-- parameters: ["DEPT_TARGET_CLOSURE",2,"PETITION_CLOSED_WITHIN_TARGET","목표기한 내 처리율","Closed within target","EFFICIENCY","DEPARTMENT","MONTH",30,90,"HIGHER_IS_BETTER","[{\"grade\":\"S\",\"threshold\":95,\"score\":100},{\"grade\":\"D\",\"threshold\":null,\"score\":60}]",true,"admin@jeonbuk"]
insert into "performance_indicators" ("tenant_id", "code", "version", "measure_code", "name_ko", "name_en", "type_tag", "scope", "period", "weight", "target", "direction", "bands", "active", "created_by")
  values (current_setting('app.tenant_id', true), $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
  returning "code", "version", "measure_code", "name_ko", "name_en", "type_tag", "scope", "period", "weight", "target", "direction", "bands", "active", "created_by", "created_at";

-- lockCode
-- parameters: ["DEPT_TARGET_CLOSURE"]
select pg_advisory_xact_lock(hashtext('performance-indicator:' || current_setting('app.tenant_id', true) || ':' || $1))::text as "locked";
