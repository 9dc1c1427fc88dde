/**
 * Where the app finds its servers. By default everything is on the page's own origin (the API serves
 * this bundle and the GraphQL endpoint). The identity provider's base (`/realms/<realm>` lives under it)
 * is what the API says in `GET /auth/realms` (`keycloakUrl`), so one bundle serves any deployment; it is
 * remembered for the session because the login callback is a fresh page load.
 * Build-time overrides: VITE_PCRM_API_ORIGIN and VITE_PCRM_AUTH_ORIGIN.
 */
const env = import.meta.env as Record<string, string | undefined>;

export function appOrigin(): string {
  return window.location.origin;
}

export function apiOrigin(): string {
  return (env.VITE_PCRM_API_ORIGIN || window.location.origin).replace(/\/+$/, '');
}

const AUTH_ORIGIN_KEY = 'pcrm.authOrigin';

export function rememberAuthOrigin(url: string): void {
  sessionStorage.setItem(AUTH_ORIGIN_KEY, url);
}

export function authOrigin(): string {
  const configured =
    env.VITE_PCRM_AUTH_ORIGIN || sessionStorage.getItem(AUTH_ORIGIN_KEY) || window.location.origin;
  return configured.replace(/\/+$/, '');
}

export function origins() {
  return { appOrigin: appOrigin(), authOrigin: authOrigin() };
}
