-- Every statement the approval-matrix capability sends. Generated; do not edit.
-- Regenerate: npm run sql:snapshots (UPDATE_SQL_SNAPSHOTS=1), then review and commit the diff.

-- rules
-- parameters: []
select "subject_kind", "subject_type", "condition", "level", "position"
  from "approval_matrix_rules"
  order by "position";

-- titles
-- parameters: []
select "title", "level"
  from "approval_level_titles"
  order by "title";

-- deleteRules
-- parameters: []
delete
  from "approval_matrix_rules";

-- deleteTitles
-- parameters: []
delete
  from "approval_level_titles";

-- insertRules
-- parameters: ["PETITION","COMPLEX","","SECTION_HEAD",1,"PETITION","COMPLEX","예산 1억 이상","MAYOR",2]
insert into "approval_matrix_rules" ("tenant_id", "subject_kind", "subject_type", "condition", "level", "position")
  values (current_setting('app.tenant_id', true), $1, $2, $3, $4, $5), (current_setting('app.tenant_id', true), $6, $7, $8, $9, $10);

-- insertTitles
-- parameters: ["과장","SECTION_HEAD"]
insert into "approval_level_titles" ("tenant_id", "title", "level")
  values (current_setting('app.tenant_id', true), $1, $2);

-- levelShares (petitions and tasks)
-- parameters: ["2026-01-01","2026-12-01","2026-01-01","2026-12-01"]
select to_char(d.decided_at AT TIME ZONE 'Asia/Seoul', 'YYYY-MM') as "month", coalesce(l.level, 'UNMAPPED') as "level", count(*)::int as "decisions", (sum(count(*)) OVER (PARTITION BY to_char(d.decided_at AT TIME ZONE 'Asia/Seoul', 'YYYY-MM')))::int as "total"
  from (select "approved_by" as "staff_id", "approved_at" as "decided_at"
  from "voc_items"
  where "approved_at" >= ($1::date::timestamp AT TIME ZONE 'Asia/Seoul')
  and "approved_at" < (($2::date + interval '1 month')::timestamp AT TIME ZONE 'Asia/Seoul')
  union all select "plan_approved_by" as "staff_id", "plan_approved_at" as "decided_at"
  from "tasks"
  where "plan_approved_at" >= ($3::date::timestamp AT TIME ZONE 'Asia/Seoul')
  and "plan_approved_at" < (($4::date + interval '1 month')::timestamp AT TIME ZONE 'Asia/Seoul')) as "d"
  left join "staff" as "s" on "s"."id" = "d"."staff_id"
  left join "approval_level_titles" as "l" on "l"."title" = btrim(s.position)
  group by to_char(d.decided_at AT TIME ZONE 'Asia/Seoul', 'YYYY-MM'), coalesce(l.level, 'UNMAPPED')
  order by to_char(d.decided_at AT TIME ZONE 'Asia/Seoul', 'YYYY-MM'), coalesce(l.level, 'UNMAPPED');

-- levelShares (petitions)
-- parameters: ["2026-01-01","2026-12-01"]
select to_char(d.decided_at AT TIME ZONE 'Asia/Seoul', 'YYYY-MM') as "month", coalesce(l.level, 'UNMAPPED') as "level", count(*)::int as "decisions", (sum(count(*)) OVER (PARTITION BY to_char(d.decided_at AT TIME ZONE 'Asia/Seoul', 'YYYY-MM')))::int as "total"
  from (select "approved_by" as "staff_id", "approved_at" as "decided_at"
  from "voc_items"
  where "approved_at" >= ($1::date::timestamp AT TIME ZONE 'Asia/Seoul')
  and "approved_at" < (($2::date + interval '1 month')::timestamp AT TIME ZONE 'Asia/Seoul')) as "d"
  left join "staff" as "s" on "s"."id" = "d"."staff_id"
  left join "approval_level_titles" as "l" on "l"."title" = btrim(s.position)
  group by to_char(d.decided_at AT TIME ZONE 'Asia/Seoul', 'YYYY-MM'), coalesce(l.level, 'UNMAPPED')
  order by to_char(d.decided_at AT TIME ZONE 'Asia/Seoul', 'YYYY-MM'), coalesce(l.level, 'UNMAPPED');

-- levelShares (tasks)
-- parameters: ["2026-01-01","2026-12-01"]
select to_char(d.decided_at AT TIME ZONE 'Asia/Seoul', 'YYYY-MM') as "month", coalesce(l.level, 'UNMAPPED') as "level", count(*)::int as "decisions", (sum(count(*)) OVER (PARTITION BY to_char(d.decided_at AT TIME ZONE 'Asia/Seoul', 'YYYY-MM')))::int as "total"
  from (select "plan_approved_by" as "staff_id", "plan_approved_at" as "decided_at"
  from "tasks"
  where "plan_approved_at" >= ($1::date::timestamp AT TIME ZONE 'Asia/Seoul')
  and "plan_approved_at" < (($2::date + interval '1 month')::timestamp AT TIME ZONE 'Asia/Seoul')) as "d"
  left join "staff" as "s" on "s"."id" = "d"."staff_id"
  left join "approval_level_titles" as "l" on "l"."title" = btrim(s.position)
  group by to_char(d.decided_at AT TIME ZONE 'Asia/Seoul', 'YYYY-MM'), coalesce(l.level, 'UNMAPPED')
  order by to_char(d.decided_at AT TIME ZONE 'Asia/Seoul', 'YYYY-MM'), coalesce(l.level, 'UNMAPPED');
