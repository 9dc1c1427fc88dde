import { ALL_ROLES, canRun, knownRoles, type OperationName, type Role } from '@pcrm/access';
import type { MessageKey } from '../i18n/messages';

/** Roles and what they may do come from @pcrm/access, the map the API enforces: the UI hides what it would refuse. */
export { TENANT_ROLES, MINISTRY_ROLES, isKnownRole, rolesFor, type Role } from '@pcrm/access';
export const ROLES = ALL_ROLES;

/** True when `required` is undefined (everyone) or the user holds at least one of the roles. */
export function hasAnyRole(userRoles: readonly string[], required?: readonly Role[]): boolean {
  if (!required) return true;
  return required.some((r) => userRoles.includes(r));
}

/** Whether the API would run `operation` for a user with these roles. */
export function mayRun(userRoles: readonly string[], operation: OperationName): boolean {
  return canRun(userRoles, operation);
}

export function roleLabelKey(role: Role): MessageKey {
  return `role.${role}` as MessageKey;
}

/** Known roles of a user in the canonical order, ignoring Keycloak defaults such as `offline_access`. */
export function displayRoles(userRoles: readonly string[]): Role[] {
  return knownRoles(userRoles);
}
