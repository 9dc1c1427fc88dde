import type { Principal } from '../context/request-context';
import { MINISTRY_REALM } from '../registry/tenant-catalog';
import { Role, TENANT_ROLES } from './roles';

/** The principal a (verified) Keycloak access token of `realm` describes. */
export function principalFromClaims(realm: string, claims: Record<string, unknown>): Principal {
  const realmAccess = claims.realm_access as { roles?: unknown } | undefined;
  // A realm grants only its own kind of roles: tenant roles in a 시·도 realm, the analyst role in the ministry.
  const grantable: readonly Role[] = realm === MINISTRY_REALM ? [Role.MinistryAnalyst] : TENANT_ROLES;
  const roles = Array.isArray(realmAccess?.roles)
    ? realmAccess.roles.filter((r): r is Role => grantable.includes(r as Role))
    : [];
  const str = (v: unknown): string | null => (typeof v === 'string' && v ? v : null);
  return {
    realm,
    tenantId: realm === MINISTRY_REALM ? null : realm,
    subject: str(claims.sub) ?? '',
    username: str(claims.preferred_username) ?? str(claims.sub) ?? '',
    name: str(claims.name),
    roles,
    clientId: str(claims.azp),
  };
}
