import { createPrivateKey, createSign, generateKeyPairSync, type JsonWebKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/**
 * Signs a JWT with RS256; `jwk` may be a realm's real key (read from the test data folder) or a stranger's.
 * `header` overrides header fields (the signature stays RS256).
 */
export function signJwt(
  claims: Record<string, unknown>,
  key: { jwk: JsonWebKey; kid: string },
  header: Record<string, unknown> = {},
): string {
  const head = b64({ alg: 'RS256', typ: 'JWT', kid: key.kid, ...header });
  const body = b64(claims);
  const signature = createSign('RSA-SHA256')
    .update(`${head}.${body}`)
    .sign(createPrivateKey({ key: key.jwk, format: 'jwk' }))
    .toString('base64url');
  return `${head}.${body}.${signature}`;
}

/** The development identity provider's signing key of a realm, as the server stored it. */
export function realmKey(realm: string): { jwk: JsonWebKey; kid: string } {
  const jwk = JSON.parse(
    readFileSync(join(process.env.PCRM_TEST_DATA_DIR!, 'dev-idp', `${realm}.signing-key.json`), 'utf8'),
  ) as JsonWebKey & { kid: string };
  return { jwk, kid: jwk.kid };
}

/** A key nobody trusts, under a trusted key's id. */
export function strangerKey(kid: string): { jwk: JsonWebKey; kid: string } {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { jwk: privateKey.export({ format: 'jwk' }), kid };
}

/** Claims shaped like a Keycloak access token of `realm`. */
export function keycloakClaims(
  realm: string,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  const now = Math.floor(Date.now() / 1000);
  return {
    iss: `${process.env.PCRM_BASE_URL}/realms/${realm}`,
    sub: 'test-subject',
    typ: 'Bearer',
    aud: 'pcrm-api',
    azp: 'pcrm-admin',
    preferred_username: 'tester',
    realm_access: { roles: ['tenant-admin'] },
    iat: now,
    exp: now + 300,
    ...overrides,
  };
}
