import type { Principal } from '../context/request-context';
import { MINISTRY_REALM, PLATFORM_REALM } from '../registry/tenant-catalog';
import { Role, TENANT_ROLES } from './roles';

/** A realm grants only its own kind of roles: tenant roles in a 시·도 realm, one role in each platform realm. */
const grantableIn = (realm: string): readonly Role[] =>
  realm === MINISTRY_REALM
    ? [Role.MinistryAnalyst]
    : realm === PLATFORM_REALM
      ? [Role.PlatformOperator]
      : TENANT_ROLES;

/** The realms that are not tenants: their principals carry no tenant and see no tenant rows. */
export const isTenantRealm = (realm: string): boolean => realm !== MINISTRY_REALM && realm !== PLATFORM_REALM;

/** The principal a (verified) Keycloak access token of `realm` describes. */
export function principalFromClaims(realm: string, claims: Record<string, unknown>): Principal {
  const realmAccess = claims.realm_access as { roles?: unknown } | undefined;
  const grantable = grantableIn(realm);
  const roles = Array.isArray(realmAccess?.roles)
    ? realmAccess.roles.filter((r): r is Role => grantable.includes(r as Role))
    : [];
  const str = (v: unknown): string | null => (typeof v === 'string' && v ? v : null);
  return {
    realm,
    tenantId: isTenantRealm(realm) ? realm : null,
    subject: str(claims.sub) ?? '',
    username: str(claims.preferred_username) ?? str(claims.sub) ?? '',
    name: str(claims.name),
    roles,
    clientId: str(claims.azp),
  };
}
