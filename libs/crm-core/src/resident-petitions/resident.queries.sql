-- Every statement the resident-petitions capability sends. Generated; do not edit.
-- Regenerate: npm run sql:snapshots (UPDATE_SQL_SNAPSHOTS=1), then review and commit the diff.

-- ownCase (one)
-- parameters: ["BUSAN-2026-000123","4211"]
select "v"."receipt_no", "v"."status", "v"."received_at", "v"."due_at", "v"."answered_at", "v"."closed_at", "d"."name" as "department_name", "v"."answer"
  from "voc_items" as "v"
  left join "departments" as "d" on "d"."id" = "v"."department_id"
  where "v"."receipt_no" = $1
  and "v"."parent_id" is null
  and right(v.contact_phone, 4) = $2;

-- categories (all)
-- parameters: [true]
select "code", "name_ko"
  from "voc_categories"
  where "active" = $1
  order by "sort_order", "code";
