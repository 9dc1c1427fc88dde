/** OIDC clients every realm declares, in Keycloak and in the development identity provider alike. */
export const ADMIN_CLIENT_ID = 'pcrm-admin';
export const INTEGRATOR_CLIENT_ID = 'pcrm-integrator';
/** The clients whose access tokens the API accepts (`azp`). */
export const API_CLIENT_IDS: readonly string[] = [ADMIN_CLIENT_ID, INTEGRATOR_CLIENT_ID];
/**
 * Audience (`aud`) every access token for the API carries: Keycloak's audience mapper on both clients adds it
 * (tools/generate-realm-exports.ts), the development identity provider issues its tokens for it.
 */
export const API_AUDIENCE = 'pcrm-api';
/** Development and test only: the integrator secret of a realm. Production secrets live in Keycloak. */
export const devIntegratorSecret = (realm: string): string => `dev-secret-${realm}`;
/** Development and test only: password of every seeded demo user. */
export const DEV_DEMO_PASSWORD = 'pcrm1234';
/** Demo logins per tenant realm (username → role) seeded by `npm start`. */
export const DEMO_TENANT_USERS = {
  agent: 'agent',
  officer: 'officer',
  manager: 'manager',
  admin: 'tenant-admin',
} as const;
export const DEMO_MINISTRY_USER = 'analyst';
/** The demo platform operator (realm `platform`). */
export const DEMO_PLATFORM_USER = 'operator';
