import { Role } from '@pcrm/access';
import { AppError, ErrorCode, type Principal, type Sql } from '@pcrm/tenancy';
import { LifecycleSql } from './lifecycle.sql';

/** Roles that act on every case of the tenant: the tenant's administrator and its integration systems. */
const TENANT_WIDE: readonly string[] = [Role.TenantAdmin, Role.Integrator];

export interface ResponsibleCase {
  department_id: string | null;
  officer_id: string | null;
}

interface Standing {
  staff_id: string;
  department_id: string;
  my_parent_id: string | null;
  above: boolean;
}

/**
 * Whether the caller may move the case: tenant administrators and integrators any case; anyone who may
 * transition an unassigned case (분류·배정 happens at the receiving desk); otherwise the assigned officer, the
 * staff of the case's department or of a team directly under it, and department heads above it.
 */
export async function mayActOnCase(sql: Sql, principal: Principal, row: ResponsibleCase): Promise<boolean> {
  if (principal.roles.some((r) => TENANT_WIDE.includes(r))) return true;
  if (row.department_id === null) return true;
  const [me] = await sql.query<Standing>(LifecycleSql.callerStanding, [principal.subject, row.department_id]);
  if (!me) return false;
  if (me.staff_id === row.officer_id) return true;
  if (me.department_id === row.department_id || me.my_parent_id === row.department_id) return true;
  return me.above && principal.roles.includes(Role.Manager);
}

export function notResponsible(): AppError {
  return new AppError(
    ErrorCode.Forbidden,
    '이 민원을 처리할 권한이 없습니다. 배정된 부서(또는 그 상급 부서장)만 처리할 수 있습니다.',
    'You may not act on this case: only its department (or a department head above it) can.',
  );
}
