/** What the export reads; tenant scoping is RLS's job. */
export const DepartmentExportSql = {
  departments: `SELECT id, code, name, parent_id FROM departments ORDER BY sort_order, code`,
  staffCount: `SELECT count(*)::int AS n FROM staff WHERE active`,
  /** Keyset page of active staff by (name, id): `$1`/`$2` the last row's key, `$3` the page size. */
  staffPage: `SELECT id, name, position, username, email, department_id FROM staff
              WHERE active AND ($1::text IS NULL OR (name, id) > ($1, $2::uuid))
              ORDER BY name, id LIMIT $3`,
};

export interface ExportDepartmentRow {
  id: string;
  code: string;
  name: string;
  parent_id: string | null;
}

export interface ExportStaffRow {
  id: string;
  name: string;
  position: string | null;
  username: string | null;
  email: string | null;
  department_id: string | null;
}
