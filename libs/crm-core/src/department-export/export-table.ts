import type { ExportDepartmentRow, ExportStaffRow } from './department-export.sql';

import type { ExportRow, ExportTable } from './export-writers';

const HEADER = ['구분', '부서 코드', '부서 경로', '이름', '직위', '아이디', '이메일'];
const WIDTHS = [8, 12, 48, 16, 12, 16, 28];

const UNASSIGNED = '(소속 부서 없음)';

/**
 * The department tree in order (each department followed by its staff, then its sub-units), one row per
 * department and per staff member; staff without a department come last.
 */
export function exportTable(departments: ExportDepartmentRow[], staff: ExportStaffRow[]): ExportTable {
  const children = new Map<string | null, ExportDepartmentRow[]>();
  const known = new Set(departments.map((d) => d.id));
  for (const d of departments) {
    const parent = d.parent_id && known.has(d.parent_id) ? d.parent_id : null;
    children.set(parent, [...(children.get(parent) ?? []), d]);
  }
  const staffOf = new Map<string | null, ExportStaffRow[]>();
  for (const s of staff) {
    const key = s.department_id && known.has(s.department_id) ? s.department_id : null;
    staffOf.set(key, [...(staffOf.get(key) ?? []), s]);
  }
  const staffRow = (s: ExportStaffRow, code: string, path: string): ExportRow => [
    '직원',
    code,
    path,
    s.name,
    s.position ?? '',
    s.username ?? '',
    s.email ?? '',
  ];
  const rows: ExportRow[] = [];
  const walk = (parent: string | null, trail: string[]) => {
    for (const d of children.get(parent) ?? []) {
      const path = [...trail, d.name].join(' > ');
      rows.push(['부서', d.code, path, d.name, '', '', '']);
      for (const s of staffOf.get(d.id) ?? []) rows.push(staffRow(s, d.code, path));
      walk(d.id, [...trail, d.name]);
    }
  };
  walk(null, []);
  for (const s of staffOf.get(null) ?? []) rows.push(staffRow(s, '', UNASSIGNED));
  return { header: HEADER, widths: WIDTHS, rows };
}
