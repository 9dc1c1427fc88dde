import { Role, TENANT_ROLES, ALL_ROLES } from './roles';

/** What a caller may do; roles only ever reach code through these. */
export const Permission = {
  ProfileRead: 'profile:read',
  TenantsRead: 'tenants:read',
  DepartmentRead: 'department:read',
  DepartmentWrite: 'department:write',
  StaffRead: 'staff:read',
  /** Staff phone numbers and e-mail addresses unmasked (without it they are masked). */
  StaffContactRead: 'staff:contact:read',
  /** The identity-provider account behind a staff member (Keycloak subject). */
  StaffAccountRead: 'staff:account:read',
  AccessLogRead: 'access-log:read',
  /** The tenant's background jobs (state, attempts, errors, progress). */
  JobsRead: 'jobs:read',
  /** Exporting the department tree with staff to a file. */
  DepartmentExport: 'department:export',
} as const;
export type Permission = (typeof Permission)[keyof typeof Permission];

/** The roles holding each permission. A permission no role holds is held by nobody (deny by default). */
export const GRANTS: Record<Permission, readonly Role[]> = {
  'profile:read': ALL_ROLES,
  'tenants:read': [Role.MinistryAnalyst],
  'department:read': TENANT_ROLES,
  'department:write': [Role.TenantAdmin, Role.Integrator],
  'staff:read': TENANT_ROLES,
  'staff:contact:read': [Role.Manager, Role.TenantAdmin, Role.Integrator],
  'staff:account:read': [Role.TenantAdmin, Role.Integrator],
  'access-log:read': [Role.TenantAdmin],
  'jobs:read': [Role.TenantAdmin],
  'department:export': [Role.TenantAdmin],
};

export function can(roles: readonly string[], permission: Permission): boolean {
  return GRANTS[permission].some((role) => roles.includes(role));
}
