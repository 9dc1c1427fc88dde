/** OIDC clients every realm declares, in Keycloak and in the development identity provider alike. */
export const ADMIN_CLIENT_ID = 'pcrm-admin';
export const INTEGRATOR_CLIENT_ID = 'pcrm-integrator';
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
