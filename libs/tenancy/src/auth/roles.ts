/** Roles live in the framework-free @pcrm/access, shared with the admin UI. */
export {
  Role,
  TENANT_ROLES,
  MINISTRY_ROLES,
  PLATFORM_ROLES,
  ALL_ROLES,
  ROLE_LABELS,
  ROLE_LABELS_KO,
} from '@pcrm/access';
