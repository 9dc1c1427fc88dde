/** Keycloak realm roles (DESIGN.md, Identity). */
export const Role = {
  Agent: 'agent',
  Officer: 'officer',
  Manager: 'manager',
  TenantAdmin: 'tenant-admin',
  Integrator: 'integrator',
  MinistryAnalyst: 'ministry-analyst',
} as const;
export type Role = (typeof Role)[keyof typeof Role];

export const TENANT_ROLES: readonly Role[] = [
  Role.Agent,
  Role.Officer,
  Role.Manager,
  Role.TenantAdmin,
  Role.Integrator,
];
export const ALL_ROLES: readonly Role[] = [...TENANT_ROLES, Role.MinistryAnalyst];

export const ROLE_LABELS_KO: Record<Role, string> = {
  agent: '콜센터 상담원',
  officer: '민원 담당자',
  manager: '부서장',
  'tenant-admin': '시·도 관리자',
  integrator: '연계 시스템',
  'ministry-analyst': '중앙부처 분석가',
};
