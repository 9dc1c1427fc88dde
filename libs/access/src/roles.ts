/** Keycloak realm roles (docs/adr/0003). */
export const Role = {
  Agent: 'agent',
  Officer: 'officer',
  Manager: 'manager',
  TenantAdmin: 'tenant-admin',
  Integrator: 'integrator',
  MinistryAnalyst: 'ministry-analyst',
  /** Onboards, deactivates and reactivates tenants; in the `platform` realm only, reads no tenant data (ADR 0024). */
  PlatformOperator: 'platform-operator',
} as const;
export type Role = (typeof Role)[keyof typeof Role];

export const TENANT_ROLES: readonly Role[] = [
  Role.Agent,
  Role.Officer,
  Role.Manager,
  Role.TenantAdmin,
  Role.Integrator,
];
export const MINISTRY_ROLES: readonly Role[] = [Role.MinistryAnalyst];
export const PLATFORM_ROLES: readonly Role[] = [Role.PlatformOperator];
/** Every role in its canonical order (least to most privileged within a tenant, then the ministry, then the platform). */
export const ALL_ROLES: readonly Role[] = [...TENANT_ROLES, ...MINISTRY_ROLES, ...PLATFORM_ROLES];

export const ROLE_LABELS: Record<'ko' | 'en', Record<Role, string>> = {
  ko: {
    agent: '콜센터 상담원',
    officer: '민원 담당자',
    manager: '부서장',
    'tenant-admin': '시·도 관리자',
    integrator: '연계 시스템',
    'ministry-analyst': '중앙부처 분석가',
    'platform-operator': '플랫폼 운영자',
  },
  en: {
    agent: 'Call-center agent',
    officer: 'Civil-affairs officer',
    manager: 'Department head',
    'tenant-admin': 'Tenant administrator',
    integrator: 'Integration system',
    'ministry-analyst': 'Ministry analyst',
    'platform-operator': 'Platform operator',
  },
};
export const ROLE_LABELS_KO = ROLE_LABELS.ko;

export function isKnownRole(role: string): role is Role {
  return (ALL_ROLES as readonly string[]).includes(role);
}

/** A user's known roles in the canonical order, ignoring Keycloak defaults such as `offline_access`. */
export function knownRoles(roles: readonly string[]): Role[] {
  return ALL_ROLES.filter((r) => roles.includes(r));
}
