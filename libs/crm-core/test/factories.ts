import { randomBytes } from 'node:crypto';
import { DepartmentService, type Department } from '../src/departments';
import type { ServiceTestbed } from './service-testbed';

const unique = () => randomBytes(4).toString('hex');

/** A department made through the service (so through its rules), inside the caller's scope. */
export function newDepartment(
  bed: ServiceTestbed,
  overrides: { name?: string; code?: string; parentId?: string | null } = {},
): Promise<Department> {
  const id = unique();
  return bed
    .get(DepartmentService)
    .create({ name: `부서 ${id}`, code: `D-${id}`, parentId: null, ...overrides });
}

export interface StaffSeed {
  id: string;
  name: string;
  departmentId: string | null;
}

/** A staff member (staff has no create operation yet), inserted in the caller's scope under RLS. */
export async function newStaff(
  bed: ServiceTestbed,
  overrides: { name?: string; departmentId?: string | null; active?: boolean } = {},
): Promise<StaffSeed> {
  const [row] = await bed.sql().query<{ id: string; name: string; department_id: string | null }>(
    `INSERT INTO staff (tenant_id, name, department_id, active)
     VALUES (current_setting('app.tenant_id', true), $1, $2, $3) RETURNING id, name, department_id`,
    [overrides.name ?? `직원${unique()}`, overrides.departmentId ?? null, overrides.active ?? true],
  );
  return { id: row.id, name: row.name, departmentId: row.department_id };
}
