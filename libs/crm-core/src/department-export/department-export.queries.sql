-- Every statement the department-export capability sends. Generated; do not edit.
-- Regenerate: npm run sql:snapshots (UPDATE_SQL_SNAPSHOTS=1), then review and commit the diff.

-- departments
-- parameters: "positional"
SELECT id, code, name, parent_id
  FROM departments
  ORDER BY sort_order, code;

-- staffCount
-- parameters: "positional"
SELECT count(*)::int AS n
  FROM staff
  WHERE active;

-- staffPage
-- parameters: "positional"
SELECT id, name, position, username, email, department_id
  FROM staff
  WHERE active
  AND ($1::text IS NULL
  OR (name, id) > ($1, $2::uuid))
  ORDER BY name, id
  LIMIT $3;
