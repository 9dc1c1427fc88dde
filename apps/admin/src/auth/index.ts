export { AuthProvider, useAuth, type Auth } from './AuthProvider';
export { RequireAuth } from './RequireAuth';
export { CallbackPage } from './CallbackPage';
export { beginLogin } from './oidc';
export {
  hasAnyRole,
  mayRun,
  rolesFor,
  displayRoles,
  roleLabelKey,
  TENANT_ROLES,
  MINISTRY_ROLES,
  type Role,
} from './roles';
export type { Session } from './session';
