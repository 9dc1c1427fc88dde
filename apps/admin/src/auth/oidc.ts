/**
 * Minimal OpenID Connect client for the public `pcrm-admin` client: authorization code flow with
 * PKCE (S256), state and nonce, against a Keycloak realm (or the API's Keycloak-compatible
 * development provider). No library: WebCrypto for PKCE, fetch for the token request.
 */
import { decodeJwtPayload } from './jwt';
import { codeChallengeS256, randomToken } from './pkce';
import {
  savePendingLogin,
  sessionFromTokens,
  takePendingLogin,
  type Session,
  type TokenResponse,
} from './session';

export const CLIENT_ID = 'pcrm-admin';
export const SCOPE = 'openid profile';
export const CALLBACK_PATH = '/auth/callback';

export interface RealmEndpoints {
  issuer: string;
  authorization: string;
  token: string;
  logout: string;
}

const REALM_PATTERN = /^[a-z0-9][a-z0-9_-]{0,62}$/;

export function isValidRealm(realm: string): boolean {
  return REALM_PATTERN.test(realm);
}

export function realmEndpoints(authOrigin: string, realm: string): RealmEndpoints {
  if (!isValidRealm(realm)) throw new Error(`invalid realm name: ${realm}`);
  const issuer = `${authOrigin.replace(/\/+$/, '')}/realms/${realm}`;
  const oidc = `${issuer}/protocol/openid-connect`;
  return { issuer, authorization: `${oidc}/auth`, token: `${oidc}/token`, logout: `${oidc}/logout` };
}

export function callbackUrl(appOrigin: string): string {
  return `${appOrigin.replace(/\/+$/, '')}${CALLBACK_PATH}`;
}

export interface AuthorizationRequest {
  endpoints: RealmEndpoints;
  redirectUri: string;
  state: string;
  nonce: string;
  codeChallenge: string;
  uiLocale?: string;
}

export function authorizationUrl(req: AuthorizationRequest): string {
  const params = new URLSearchParams({
    client_id: CLIENT_ID,
    response_type: 'code',
    scope: SCOPE,
    redirect_uri: req.redirectUri,
    state: req.state,
    nonce: req.nonce,
    code_challenge: req.codeChallenge,
    code_challenge_method: 'S256',
  });
  if (req.uiLocale) params.set('ui_locales', req.uiLocale);
  return `${req.endpoints.authorization}?${params.toString()}`;
}

export function logoutUrl(
  endpoints: RealmEndpoints,
  postLogoutRedirectUri: string,
  idToken?: string,
): string {
  const params = new URLSearchParams({
    client_id: CLIENT_ID,
    post_logout_redirect_uri: postLogoutRedirectUri,
  });
  if (idToken) params.set('id_token_hint', idToken);
  return `${endpoints.logout}?${params.toString()}`;
}

export interface Origins {
  /** Origin serving `/realms/<realm>/…` (the API in development; Keycloak in production). */
  authOrigin: string;
  /** Origin of this app; the redirect URI is `${appOrigin}/auth/callback`. */
  appOrigin: string;
}

/** Prepares PKCE, state and nonce, remembers them for the callback and returns the URL to navigate to. */
export async function beginLogin(
  realm: string,
  origins: Origins,
  uiLocale?: string,
  orgName?: { ko?: string; en?: string },
): Promise<string> {
  const endpoints = realmEndpoints(origins.authOrigin, realm);
  const verifier = randomToken(48);
  const state = randomToken(24);
  const nonce = randomToken(24);
  const codeChallenge = await codeChallengeS256(verifier);
  savePendingLogin({
    realm,
    orgNameKo: orgName?.ko,
    orgNameEn: orgName?.en,
    state,
    nonce,
    verifier,
    createdAt: Date.now(),
  });
  return authorizationUrl({
    endpoints,
    redirectUri: callbackUrl(origins.appOrigin),
    state,
    nonce,
    codeChallenge,
    uiLocale,
  });
}

export type LoginErrorKind =
  'idp' | 'state' | 'noPending' | 'missingCode' | 'token' | 'invalidToken' | 'network';

export class LoginError extends Error {
  constructor(
    readonly kind: LoginErrorKind,
    readonly detail?: string,
  ) {
    super(detail ? `${kind}: ${detail}` : kind);
    this.name = 'LoginError';
  }
}

/** Validates the authorization response, redeems the code and returns the new session (not yet stored). */
export async function completeLogin(
  params: URLSearchParams,
  origins: Origins,
  fetchFn: typeof fetch = (input, init) => globalThis.fetch(input, init),
): Promise<Session> {
  const pending = takePendingLogin();
  const error = params.get('error');
  if (error) throw new LoginError('idp', params.get('error_description') || error);
  if (!pending) throw new LoginError('noPending');
  const state = params.get('state');
  if (!state || state !== pending.state) throw new LoginError('state');
  const issuerParam = params.get('iss');
  // RFC 9207: if the provider names itself, it must be the realm we sent the user to (mix-up defence).
  if (issuerParam && !issuerParam.replace(/\/+$/, '').endsWith(`/realms/${pending.realm}`))
    throw new LoginError('state');
  const code = params.get('code');
  if (!code) throw new LoginError('missingCode');

  const endpoints = realmEndpoints(origins.authOrigin, pending.realm);
  const body = new URLSearchParams({
    grant_type: 'authorization_code',
    code,
    redirect_uri: callbackUrl(origins.appOrigin),
    client_id: CLIENT_ID,
    code_verifier: pending.verifier,
  });
  let response: Response;
  try {
    response = await fetchFn(endpoints.token, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
      body: body.toString(),
      credentials: 'same-origin',
    });
  } catch (e) {
    throw new LoginError('network', e instanceof Error ? e.message : String(e));
  }
  const text = await response.text();
  let json: Record<string, unknown> = {};
  try {
    json = text ? (JSON.parse(text) as Record<string, unknown>) : {};
  } catch {
    /* non-JSON body: reported below */
  }
  if (!response.ok) {
    const detail =
      (typeof json.error_description === 'string' && json.error_description) ||
      (typeof json.error === 'string' && json.error) ||
      `HTTP ${response.status}`;
    throw new LoginError('token', detail);
  }

  let session: Session;
  try {
    session = {
      ...sessionFromTokens(pending.realm, json as unknown as TokenResponse),
      orgNameKo: pending.orgNameKo,
      orgNameEn: pending.orgNameEn,
    };
    if (session.idToken) {
      const idClaims = decodeJwtPayload(session.idToken);
      if (idClaims.nonce !== undefined && idClaims.nonce !== pending.nonce) throw new Error('nonce mismatch');
    }
  } catch (e) {
    throw new LoginError('invalidToken', e instanceof Error ? e.message : String(e));
  }
  return session;
}
