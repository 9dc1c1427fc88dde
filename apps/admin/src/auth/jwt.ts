import { base64UrlDecode } from './base64url';

/** The claims of a Keycloak access token that the UI reads (never trusted for security: the API verifies). */
export interface AccessTokenClaims {
  exp?: number;
  iat?: number;
  iss?: string;
  sub?: string;
  azp?: string;
  preferred_username?: string;
  name?: string;
  nonce?: string;
  realm_access?: { roles?: string[] };
  [claim: string]: unknown;
}

/** Decodes (does not verify) the payload of a compact JWS. Throws on anything that is not a JWT. */
export function decodeJwtPayload<T = AccessTokenClaims>(token: string): T {
  const parts = token.split('.');
  if (parts.length !== 3 || !parts[1]) throw new Error('not a JWT');
  const json = new TextDecoder().decode(base64UrlDecode(parts[1]));
  const payload: unknown = JSON.parse(json);
  if (!payload || typeof payload !== 'object' || Array.isArray(payload))
    throw new Error('JWT payload is not an object');
  return payload as T;
}
