import { principalFromClaims } from '../../libs/tenancy/src/auth/principal-claims';
import type { FloorPrincipal } from '../scenarios/scenario';

const REALM_MARK = '/realms/';

/**
 * The principal of a bearer token, decoded but NOT verified (the floor measures the work after
 * authentication; the API verifies once and then caches the token). Same claims mapping as the API's TokenVerifier.
 */
export function decodePrincipal(authorization: string | undefined): FloorPrincipal | null {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
  if (!match) return null;
  const payload = match[1].split('.')[1];
  if (!payload) return null;
  let claims: Record<string, unknown>;
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
  } catch {
    return null;
  }
  const iss = typeof claims.iss === 'string' ? claims.iss : '';
  const at = iss.lastIndexOf(REALM_MARK);
  if (at < 0) return null;
  const realm = iss.slice(at + REALM_MARK.length);
  return principalFromClaims(realm, claims);
}
