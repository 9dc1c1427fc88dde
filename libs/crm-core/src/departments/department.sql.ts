/** The department tree's SQL; the bench floor runs these same statements. Tenant scoping is RLS's job. */
const COLUMNS = 'id, code, name, parent_id, sort_order';

export const DepartmentSql = {
  list: `SELECT ${COLUMNS} FROM departments ORDER BY sort_order, code`,
  byIds: `SELECT ${COLUMNS} FROM departments WHERE id = ANY($1::uuid[])`,
  byIdForUpdate: `SELECT ${COLUMNS} FROM departments WHERE id = $1 FOR UPDATE`,
  codeTaken: `SELECT 1 FROM departments WHERE code = $1 AND id IS DISTINCT FROM $2`,
  nextSortOrder: `SELECT coalesce(max(sort_order) + 1, 0) AS next FROM departments WHERE parent_id IS NOT DISTINCT FROM $1`,
  insert: `INSERT INTO departments (tenant_id, code, name, parent_id, sort_order)
           VALUES (current_setting('app.tenant_id', true), $1, $2, $3, $4) RETURNING ${COLUMNS}`,
  update: `UPDATE departments SET code = $2, name = $3, parent_id = $4, sort_order = $5, updated_at = now()
           WHERE id = $1 RETURNING ${COLUMNS}`,
  /** True when `$2` is `$1` or lies below it: making `$2` the parent of `$1` would close a cycle. */
  wouldCycle: `WITH RECURSIVE below(id) AS (
                 SELECT $1::uuid
                 UNION SELECT d.id FROM departments d JOIN below b ON d.parent_id = b.id
               ) SELECT EXISTS (SELECT 1 FROM below WHERE id = $2::uuid) AS cycle`,
  staffCounts: `SELECT department_id, count(*)::int AS n FROM staff
                WHERE active AND department_id = ANY($1::uuid[]) GROUP BY department_id`,
  /** Serializes tree moves within a tenant so two concurrent moves cannot together close a cycle. */
  lockTree: `SELECT pg_advisory_xact_lock(hashtext('departments:' || current_setting('app.tenant_id', true)))`,
};
