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
  /** Customers (masked in lists), their timeline, relations and consents. */
  CustomerRead: 'customer:read',
  /** Creating and editing customers, recording contacts, relations and consents. */
  CustomerWrite: 'customer:write',
  /** A customer's personal data unmasked on the customer's own page (every read access-logged). */
  CustomerPersonalRead: 'customer:personal:read',
  /** Revealing one masked value on purpose, with a reason (access-logged). */
  CustomerReveal: 'customer:reveal',
  /** Exporting customers to a file (with a reason, access-logged). */
  CustomerExport: 'customer:export',
  /** Importing acquired customers (입수고객) and deciding the review queue. */
  CustomerImport: 'customer:import',
  /** Merging two customers of the tenant into one. */
  CustomerMerge: 'customer:merge',
  /** Retention settings and anonymizing customers past retention. */
  CustomerPrivacy: 'customer:privacy',
  SegmentRead: 'segment:read',
  SegmentWrite: 'segment:write',
  /** The data-quality report (충실도·정확도). */
  DataQualityRead: 'data-quality:read',
  /** Uploading attachments (files are then claimed by the record they belong to). */
  AttachmentUpload: 'attachment:upload',
  /** An attachment's details (the owner's access rule still decides which). */
  AttachmentRead: 'attachment:read',
  /** Petition analytics: processing time, repeat petitioners (names masked per customer:personal:read), backlog. */
  PetitionAnalyticsRead: 'petition:analytics:read',
  /** The comparison of the 시·도 over published aggregates (ministry only; docs/adr/0019). */
  PetitionMinistryComparison: 'petition:ministry-comparison',
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
  'customer:read': TENANT_ROLES,
  'customer:write': TENANT_ROLES,
  'customer:personal:read': [Role.Manager, Role.TenantAdmin, Role.Integrator],
  'customer:reveal': [Role.Agent, Role.Officer, Role.Manager, Role.TenantAdmin],
  'customer:export': [Role.Manager, Role.TenantAdmin],
  'customer:import': [Role.TenantAdmin, Role.Integrator],
  'customer:merge': [Role.Manager, Role.TenantAdmin],
  'customer:privacy': [Role.TenantAdmin],
  'segment:read': [Role.Officer, Role.Manager, Role.TenantAdmin, Role.Integrator],
  'segment:write': [Role.Manager, Role.TenantAdmin],
  'data-quality:read': [Role.Manager, Role.TenantAdmin],
  'attachment:upload': TENANT_ROLES,
  'attachment:read': TENANT_ROLES,
  'petition:analytics:read': [Role.Manager, Role.TenantAdmin],
  'petition:ministry-comparison': [Role.MinistryAnalyst],
};

export function can(roles: readonly string[], permission: Permission): boolean {
  return GRANTS[permission].some((role) => roles.includes(role));
}
