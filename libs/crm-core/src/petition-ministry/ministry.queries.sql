-- Every statement the petition-ministry capability sends. Generated; do not edit.
-- Regenerate: npm run sql:snapshots (UPDATE_SQL_SNAPSHOTS=1), then review and commit the diff.

-- tenants
-- parameters: [true]
select "id", "name_ko", "name_en"
  from "tenants"
  where "active" = $1
  order by "created_at", "id";

-- monthly
-- parameters: ["2026-01-01","2026-06-01"]
select "m"."tenant_id", to_char(m.month, 'YYYY-MM') as "month", "m"."received", "m"."finished", "m"."finished_within_target", "m"."finished_within_statutory", "m"."median_days", "m"."surveys", "m"."speed_avg", "m"."kindness_avg", "m"."fairness_avg", "m"."convenience_avg"
  from "voc_ministry_monthly" as "m"
  where "m"."month" >= $1::date
  and "m"."month" <= $2::date
  order by "m"."month", "m"."tenant_id";

-- populations
-- parameters: []
select "tenant_id", "year", "population", "source"
  from "tenant_population"
  order by "tenant_id", "year";

-- districtPopulations
-- parameters: []
select "tenant_id", "year", "sigungu", "population"
  from "district_population"
  order by "tenant_id", "sigungu", "year";

-- lastRefresh
-- parameters: []
select max(refreshed_at) as "at"
  from "voc_ministry_monthly";

-- equity
-- parameters: ["CHANNEL","2026-01-01","2026-06-01"]
select "e"."tenant_id", to_char(e.month, 'YYYY-MM') as "month", "e"."dimension", "e"."group_key", "e"."received", "e"."finished", "e"."finished_within_statutory", "e"."median_days", "e"."avg_days", "e"."surveys", "e"."satisfaction_avg"
  from "voc_ministry_equity_monthly" as "e"
  where "e"."dimension" = $1
  and "e"."month" >= $2::date
  and "e"."month" <= $3::date
  order by "e"."month", "e"."tenant_id", "e"."group_key";

-- lastEquityRefresh
-- parameters: []
select max(refreshed_at) as "at"
  from "voc_ministry_equity_monthly";

-- conformance
-- parameters: []
select "tenant_id", "standard_version", "score", "standard_elements", "unchanged_elements", "areas", "refreshed_at"
  from "standard_conformance_published"
  order by "tenant_id";

-- indicatorMonthly
-- parameters: ["PETITION_CLOSED_WITHIN_TARGET","SURVEY_OVERALL","2026-01-01","2026-06-01"]
select "tenant_id", "measure_code", to_char(month, 'YYYY-MM') as "month", "numerator", "denominator"
  from "performance_ministry_monthly"
  where "measure_code" in ($1, $2)
  and "month" >= $3::date
  and "month" <= $4::date
  order by "tenant_id", "measure_code", "month";

-- lastIndicatorRefresh
-- parameters: []
select max(refreshed_at) as "at"
  from "performance_ministry_monthly";

-- publishedIndicators
-- parameters: []
select "tenant_id", "code", "version", "measure_code", "name_ko", "name_en", "scope", "active", "standard"
  from "performance_indicators_published"
  order by "tenant_id", "code";

-- refreshSettings
-- parameters: ["600000"]
select set_config('statement_timeout', $1, true) as "statement_timeout";

-- refresh
-- parameters: []
select refresh_voc_ministry_monthly() as "months", refresh_voc_ministry_equity() as "groups";
