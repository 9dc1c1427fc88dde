import type { MessageKey } from '../i18n/messages';

/** Keycloak realm roles (DESIGN.md, Identity). */
export const ROLES = [
  'agent',
  'officer',
  'manager',
  'tenant-admin',
  'integrator',
  'ministry-analyst',
] as const;
export type Role = (typeof ROLES)[number];

export const TENANT_ROLES: readonly Role[] = ['agent', 'officer', 'manager', 'tenant-admin', 'integrator'];
export const MINISTRY_ROLES: readonly Role[] = ['ministry-analyst'];

export function isKnownRole(role: string): role is Role {
  return (ROLES as readonly string[]).includes(role);
}

/** True when `required` is undefined (everyone) or the user holds at least one of the roles. */
export function hasAnyRole(userRoles: readonly string[], required?: readonly Role[]): boolean {
  if (!required) return true;
  return required.some((r) => userRoles.includes(r));
}

export function roleLabelKey(role: Role): MessageKey {
  return `role.${role}` as MessageKey;
}

/** Known roles of a user in the canonical order, ignoring Keycloak defaults such as `offline_access`. */
export function displayRoles(userRoles: readonly string[]): Role[] {
  return ROLES.filter((r) => userRoles.includes(r));
}
