/**
 * The checked-in Keycloak realm exports declare what the API expects of a token (docs/architecture.md,
 * "Identity"), and they are exactly what tools/generate-realm-exports.ts produces, so they cannot drift.
 *
 * Expectations are written from the API's side (its role, client and tenant definitions and the literal claim
 * names keycloak-connect reads), not from the generator's constants, so a wrong generator fails here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import {
  ADMIN_CLIENT_ID,
  DEMO_MINISTRY_USER,
  DEMO_PLATFORM_USER,
  DEMO_TENANT_USERS,
  DEV_DEMO_PASSWORD,
  INTEGRATOR_CLIENT_ID,
} from '../../libs/tenancy/src/auth/clients';
import { Role, TENANT_ROLES } from '../../libs/tenancy/src/auth/roles';
import {
  MINISTRY_REALM,
  PLATFORM_REALM,
  STANDARD_TENANTS,
} from '../../libs/tenancy/src/registry/tenant-catalog';
import { renderRealmExports } from '../../tools/generate-realm-exports';

/** Realm exports are untyped JSON read from disk. */
type Json = any;

const REALMS_DIR = join(__dirname, 'realms');
/** Environment variables the exports may reference as Keycloak import placeholders (see README.md). */
const DOCUMENTED_PLACEHOLDERS = ['PCRM_PUBLIC_URL'];

const fileNames = readdirSync(REALMS_DIR)
  .filter((name) => name.endsWith('.json'))
  .sort();
const texts = new Map(fileNames.map((name) => [name, readFileSync(join(REALMS_DIR, name), 'utf8')]));
const exportOf = (realm: string): Json => JSON.parse(texts.get(`${realm}-realm.json`) ?? 'null');

const tenantRealms = STANDARD_TENANTS.map((t) => t.code);
const allRealms = [...tenantRealms, MINISTRY_REALM, PLATFORM_REALM];
/** The platform realm has no integrator: an operator is always a person (ADR 0024). */
const integratorRealms = [...tenantRealms, MINISTRY_REALM];
const clientsOf = (realm: string): string[] =>
  realm === PLATFORM_REALM ? [ADMIN_CLIENT_ID] : [ADMIN_CLIENT_ID, INTEGRATOR_CLIENT_ID];
const staffRoles = TENANT_ROLES.filter((role) => role !== Role.Integrator);

const clientOf = (realm: string, clientId: string): Json =>
  (exportOf(realm)?.clients ?? []).find((c: Json) => c.clientId === clientId);
const realmRoleNames = (realm: string): string[] =>
  (exportOf(realm)?.roles?.realm ?? []).map((r: Json) => r.name).sort();
/** Roles a token issued to the client can carry: all of the user's roles, or only its scope mappings. */
const tokenRoleScope = (realm: string, clientId: string): string[] => {
  const doc = exportOf(realm);
  if (clientOf(realm, clientId)?.fullScopeAllowed !== false) return realmRoleNames(realm);
  return (doc?.scopeMappings ?? [])
    .filter((m: Json) => m.client === clientId)
    .flatMap((m: Json) => m.roles)
    .sort();
};
/** Mappers whose claim lands in the access token, whether declared on the client or in its default scopes. */
const accessTokenMappers = (realm: string, clientId: string): Json[] => {
  const doc = exportOf(realm);
  const client = clientOf(realm, clientId);
  const scopeMappers = (doc?.clientScopes ?? [])
    .filter((s: Json) => (client?.defaultClientScopes ?? []).includes(s.name))
    .flatMap((s: Json) => s.protocolMappers ?? []);
  return [...(client?.protocolMappers ?? []), ...scopeMappers].filter(
    (m: Json) => m.protocol === 'openid-connect' && m.config?.['access.token.claim'] === 'true',
  );
};
const expectedIntegratorRoles = (realm: string): string[] =>
  realm === MINISTRY_REALM ? [Role.MinistryAnalyst] : [Role.Integrator];

describe('Keycloak realm exports (infra/keycloak/realms)', () => {
  it('has one <realm>-realm.json per tenant plus the ministry and platform realms, and nothing else', () => {
    expect(fileNames).toEqual(allRealms.map((realm) => `${realm}-realm.json`).sort());
    expect(fileNames.length).toBeGreaterThanOrEqual(18); // 16 standard 시·도 + ministry + platform
  });

  it.each(STANDARD_TENANTS.map((t) => [t.code, t.nameKo]))(
    '%s: realm name is the tenant code, display name is %s',
    (code, nameKo) => {
      expect(exportOf(code).realm).toBe(code);
      expect(exportOf(code).displayName).toBe(nameKo);
    },
  );

  it('ministry realm is named "ministry" with a Korean display name', () => {
    expect(exportOf(MINISTRY_REALM).realm).toBe(MINISTRY_REALM);
    expect(exportOf(MINISTRY_REALM).displayName).toMatch(/[가-힣]/);
  });

  it.each(allRealms)('%s: enabled, HTTPS outside private networks, 5-minute RS256 access tokens', (realm) => {
    const doc = exportOf(realm);
    expect(doc.enabled).toBe(true);
    expect(doc.sslRequired).toBe('external');
    expect(doc.accessTokenLifespan).toBe(300);
    expect(doc.defaultSignatureAlgorithm ?? 'RS256').toBe('RS256');
    expect(doc.ssoSessionIdleTimeout).toBeGreaterThan(0);
    expect(doc.ssoSessionIdleTimeout).toBeLessThanOrEqual(30 * 60);
  });

  it.each(allRealms)('%s: Korean by default, English available', (realm) => {
    const doc = exportOf(realm);
    expect(doc.internationalizationEnabled).toBe(true);
    expect(doc.defaultLocale).toBe('ko');
    expect([...doc.supportedLocales].sort()).toEqual(['en', 'ko']);
  });

  it.each(allRealms)('%s: brute-force lockout, strong password policy, no self-registration', (realm) => {
    const doc = exportOf(realm);
    expect(doc.bruteForceProtected).toBe(true);
    expect(doc.failureFactor).toBeGreaterThan(0);
    expect(doc.failureFactor).toBeLessThanOrEqual(5);
    const minLength = Number(/(?:^| )length\((\d+)\)/.exec(doc.passwordPolicy ?? '')?.[1] ?? 0);
    expect(minLength).toBeGreaterThanOrEqual(10);
    for (const rule of ['digits', 'specialChars', 'notUsername', 'passwordHistory']) {
      expect(doc.passwordPolicy).toContain(`${rule}(`);
    }
    expect(doc.registrationAllowed).toBe(false);
  });

  it.each(tenantRealms)('%s: defines exactly the tenant roles, described in Korean', (realm) => {
    expect(realmRoleNames(realm)).toEqual([...TENANT_ROLES].sort());
    for (const role of exportOf(realm).roles.realm) expect(role.description).toMatch(/[가-힣]/);
  });

  it('ministry: defines exactly ministry-analyst, described in Korean', () => {
    expect(realmRoleNames(MINISTRY_REALM)).toEqual([Role.MinistryAnalyst]);
    expect(exportOf(MINISTRY_REALM).roles.realm[0].description).toMatch(/[가-힣]/);
  });

  it.each(allRealms)('%s: pcrm-admin is a public client using the code flow with PKCE S256', (realm) => {
    const client = clientOf(realm, ADMIN_CLIENT_ID);
    expect(client).toBeDefined();
    expect(client.enabled).not.toBe(false);
    expect(client.protocol ?? 'openid-connect').toBe('openid-connect');
    expect(client.publicClient).toBe(true);
    expect(client.standardFlowEnabled).toBe(true);
    expect(client.implicitFlowEnabled).toBe(false);
    expect(client.directAccessGrantsEnabled).toBe(false);
    expect(client.serviceAccountsEnabled).toBe(false);
    expect(client.attributes['pkce.code.challenge.method']).toBe('S256');
    expect(client.secret).toBeUndefined();
  });

  it.each(allRealms)('%s: pcrm-admin redirects only to <PCRM_PUBLIC_URL>/auth/callback', (realm) => {
    const client = clientOf(realm, ADMIN_CLIENT_ID);
    expect(client.redirectUris).toEqual(['${PCRM_PUBLIC_URL}/auth/callback']);
    expect(client.webOrigins).toEqual(['${PCRM_PUBLIC_URL}']);
    const postLogout: string = client.attributes['post.logout.redirect.uris'] ?? '';
    expect(postLogout.split('##').every((uri) => uri.startsWith('${PCRM_PUBLIC_URL}/'))).toBe(true);
  });

  it.each(integratorRealms)(
    '%s: pcrm-integrator is a confidential client with a service account only',
    (realm) => {
      const client = clientOf(realm, INTEGRATOR_CLIENT_ID);
      expect(client).toBeDefined();
      expect(client.enabled).not.toBe(false);
      expect(client.publicClient).toBe(false);
      expect(client.bearerOnly).not.toBe(true);
      expect(client.serviceAccountsEnabled).toBe(true);
      expect(client.clientAuthenticatorType).toBe('client-secret');
      expect(client.standardFlowEnabled).toBe(false);
      expect(client.implicitFlowEnabled).toBe(false);
      expect(client.directAccessGrantsEnabled).toBe(false);
      expect(client.redirectUris ?? []).toEqual([]);
      // No secret in the file: Keycloak generates one at import (README.md, "Secrets").
      expect(client).not.toHaveProperty('secret');
    },
  );

  it.each(integratorRealms)(
    '%s: the service-account user of pcrm-integrator holds the integrator role',
    (realm) => {
      const users: Json[] = exportOf(realm).users ?? [];
      const serviceAccount = users.find((u) => u.serviceAccountClientId === INTEGRATOR_CLIENT_ID);
      expect(serviceAccount).toBeDefined();
      expect(serviceAccount.username).toBe('service-account-pcrm-integrator');
      expect(serviceAccount.enabled).toBe(true);
      expect(serviceAccount.realmRoles).toEqual(expect.arrayContaining(expectedIntegratorRoles(realm)));
      for (const role of staffRoles) expect(serviceAccount.realmRoles).not.toContain(role);
    },
  );

  it.each(allRealms)('%s: access tokens carry realm_access.roles and preferred_username', (realm) => {
    for (const clientId of clientsOf(realm)) {
      const mappers = accessTokenMappers(realm, clientId);
      const roles = mappers.find(
        (m) =>
          m.protocolMapper === 'oidc-usermodel-realm-role-mapper' &&
          m.config['claim.name'] === 'realm_access.roles',
      );
      expect({ clientId, roles: roles?.config.multivalued }).toEqual({ clientId, roles: 'true' });
      const username = mappers.find(
        (m) =>
          ['oidc-usermodel-attribute-mapper', 'oidc-usermodel-property-mapper'].includes(m.protocolMapper) &&
          m.config['user.attribute'] === 'username' &&
          m.config['claim.name'] === 'preferred_username',
      );
      expect({ clientId, username: Boolean(username) }).toEqual({ clientId, username: true });
      const audience = mappers.find(
        (m) =>
          m.protocolMapper === 'oidc-audience-mapper' && m.config['included.custom.audience'] === 'pcrm-api',
      );
      expect({ clientId, audience: Boolean(audience) }).toEqual({ clientId, audience: true });
      // `sub` comes from Keycloak's built-in "basic" client scope.
      expect(clientOf(realm, clientId).defaultClientScopes).toContain('basic');
    }
  });

  it.each(allRealms)('%s: each client may put into tokens exactly the roles it is meant for', (realm) => {
    const adminRoles =
      realm === MINISTRY_REALM
        ? [Role.MinistryAnalyst]
        : realm === PLATFORM_REALM
          ? [Role.PlatformOperator]
          : staffRoles;
    expect(tokenRoleScope(realm, ADMIN_CLIENT_ID)).toEqual([...adminRoles].sort());
    if (realm !== PLATFORM_REALM)
      expect(tokenRoleScope(realm, INTEGRATOR_CLIENT_ID)).toEqual(expectedIntegratorRoles(realm));
  });

  it('platform: defines exactly platform-operator, has the admin client only and no service account', () => {
    expect(exportOf(PLATFORM_REALM).realm).toBe(PLATFORM_REALM);
    expect(exportOf(PLATFORM_REALM).displayName).toMatch(/[가-힣]/);
    expect(realmRoleNames(PLATFORM_REALM)).toEqual([Role.PlatformOperator]);
    expect(exportOf(PLATFORM_REALM).clients.map((c: Json) => c.clientId)).toEqual([ADMIN_CLIENT_ID]);
    expect(exportOf(PLATFORM_REALM).users).toEqual([]);
    // No tenant realm defines or grants the operator role.
    for (const realm of [...tenantRealms, MINISTRY_REALM])
      expect(realmRoleNames(realm)).not.toContain(Role.PlatformOperator);
  });

  it('contains no development secrets, passwords or demo users', () => {
    const demoUsers: string[] = [...Object.values(DEMO_TENANT_USERS), DEMO_MINISTRY_USER, DEMO_PLATFORM_USER];
    for (const [name, text] of texts) {
      expect({ name, devSecret: text.includes('dev-secret-') }).toEqual({ name, devSecret: false });
      expect({ name, demoPassword: text.includes(DEV_DEMO_PASSWORD) }).toEqual({ name, demoPassword: false });
      const doc = JSON.parse(text);
      for (const client of doc.clients ?? []) expect(client).not.toHaveProperty('secret');
      for (const user of doc.users ?? []) {
        expect({ name, user: user.username, service: Boolean(user.serviceAccountClientId) }).toEqual({
          name,
          user: user.username,
          service: true,
        });
        expect(user.credentials ?? []).toEqual([]);
        expect(demoUsers).not.toContain(user.username);
      }
    }
  });

  it('references only documented environment placeholders, in the ${VAR} form Keycloak 26 resolves', () => {
    for (const [name, text] of texts) {
      const used = [...text.matchAll(/\$\{([^}]*)\}/g)].map((m) => m[1]);
      for (const variable of used) {
        // ${env.X} is not resolved by the realm import (it looks up a variable literally named "env.X").
        expect({ name, variable, documented: DOCUMENTED_PLACEHOLDERS.includes(variable) }).toEqual({
          name,
          variable,
          documented: true,
        });
      }
    }
  });

  it('adds a 17th 시·도 from catalog data alone (세종: realm "sejong" with the tenant roles)', () => {
    const sejong = { code: 'sejong', nameKo: '세종특별자치시', nameEn: 'Sejong Special Self-Governing City' };
    const generated = renderRealmExports([...STANDARD_TENANTS, sejong]);
    expect(generated.size).toBe(allRealms.length + 1);
    const doc = JSON.parse(generated.get('sejong-realm.json') ?? 'null');
    expect(doc?.realm).toBe('sejong');
    expect(doc?.displayName).toBe('세종특별자치시');
    expect(doc?.roles.realm.map((r: Json) => r.name).sort()).toEqual([...TENANT_ROLES].sort());
    expect(doc?.clients.map((c: Json) => c.clientId)).toEqual([ADMIN_CLIENT_ID, INTEGRATOR_CLIENT_ID]);
  });

  it('is exactly what tools/generate-realm-exports.ts generates now (regenerate, never hand-edit)', () => {
    const generated = renderRealmExports();
    expect([...generated.keys()].sort()).toEqual(fileNames);
    const fix = 'regenerate: see infra/keycloak/README.md, "Regenerating the exports"';
    for (const [name, content] of generated) {
      expect({ name, upToDate: texts.get(name) === content, fix }).toEqual({ name, upToDate: true, fix });
    }
  });
});
