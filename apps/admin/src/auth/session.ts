import { decodeJwtPayload, type AccessTokenClaims } from './jwt';

/** A signed-in user's session, kept in sessionStorage (per browser tab, gone when the tab closes). */
export interface Session {
  realm: string;
  accessToken: string;
  idToken?: string;
  /** Epoch milliseconds after which the access token is no longer accepted. */
  expiresAt: number;
  username: string;
  name?: string;
  roles: string[];
  /** Display names of the organization the user signed in to (from `/auth/realms`). */
  orgNameKo?: string;
  orgNameEn?: string;
}

/** What the token endpoint returns (OAuth 2.0 §5.1 / OIDC Core §3.1.3.3). */
export interface TokenResponse {
  access_token: string;
  id_token?: string;
  expires_in?: number;
  token_type?: string;
  refresh_token?: string;
}

/** State of a login started on the start page and finished on /auth/callback. */
export interface PendingLogin {
  realm: string;
  orgNameKo?: string;
  orgNameEn?: string;
  state: string;
  nonce: string;
  verifier: string;
  createdAt: number;
}

/** One-shot notice shown on the start page after a redirect. */
export type Flash = 'expired' | 'loggedOut' | 'loginRequired';

const SESSION_KEY = 'pcrm.session';
const PENDING_KEY = 'pcrm.login';
const FLASH_KEY = 'pcrm.flash';
/** Treat a token as expired a few seconds early so no request is sent with a token about to lapse. */
const EXPIRY_SKEW_MS = 5_000;

function storage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

function readJson<T>(key: string): T | null {
  const raw = storage()?.getItem(key);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as T;
  } catch {
    storage()?.removeItem(key);
    return null;
  }
}

export function sessionFromTokens(realm: string, tokens: TokenResponse, now = Date.now()): Session {
  if (!tokens || typeof tokens.access_token !== 'string')
    throw new Error('token response without access_token');
  const access = decodeJwtPayload<AccessTokenClaims>(tokens.access_token);
  let idClaims: AccessTokenClaims = {};
  if (tokens.id_token) idClaims = decodeJwtPayload<AccessTokenClaims>(tokens.id_token);
  const expiresAt =
    typeof access.exp === 'number'
      ? access.exp * 1000
      : now + (typeof tokens.expires_in === 'number' ? tokens.expires_in : 300) * 1000;
  const username = access.preferred_username ?? idClaims.preferred_username ?? access.sub ?? '';
  const name =
    typeof idClaims.name === 'string'
      ? idClaims.name
      : typeof access.name === 'string'
        ? access.name
        : undefined;
  const roles = Array.isArray(access.realm_access?.roles)
    ? access.realm_access.roles.filter((r): r is string => typeof r === 'string')
    : [];
  return {
    realm,
    accessToken: tokens.access_token,
    idToken: tokens.id_token,
    expiresAt,
    username,
    name,
    roles,
  };
}

export function isExpired(session: Pick<Session, 'expiresAt'>, now = Date.now()): boolean {
  return now >= session.expiresAt - EXPIRY_SKEW_MS;
}

export function loadSession(): Session | null {
  const s = readJson<Session>(SESSION_KEY);
  if (
    !s ||
    typeof s.accessToken !== 'string' ||
    typeof s.realm !== 'string' ||
    typeof s.expiresAt !== 'number'
  ) {
    return null;
  }
  return s;
}

export function saveSession(session: Session): void {
  storage()?.setItem(SESSION_KEY, JSON.stringify(session));
}

export function clearSession(): void {
  storage()?.removeItem(SESSION_KEY);
}

export function savePendingLogin(pending: PendingLogin): void {
  storage()?.setItem(PENDING_KEY, JSON.stringify(pending));
}

/** Reads and removes the pending login: a state value can be used once only. */
export function takePendingLogin(): PendingLogin | null {
  const p = readJson<PendingLogin>(PENDING_KEY);
  storage()?.removeItem(PENDING_KEY);
  return p;
}

export function setFlash(flash: Flash): void {
  storage()?.setItem(FLASH_KEY, flash);
}

export function takeFlash(): Flash | null {
  const f = storage()?.getItem(FLASH_KEY) ?? null;
  storage()?.removeItem(FLASH_KEY);
  return f === 'expired' || f === 'loggedOut' || f === 'loginRequired' ? f : null;
}

const RETURN_KEY = 'pcrm.returnTo';

/** Only a page of the app itself can be a return target (never another origin or the start page). */
export function isReturnPath(path: unknown): path is string {
  return typeof path === 'string' && /^\/app(?:[/?#]|$)/.test(path) && !path.includes('\\');
}

/** Remembers the page a signed-out user opened, so the login that follows can bring them back to it. */
export function saveReturnTo(path: string): void {
  if (isReturnPath(path)) storage()?.setItem(RETURN_KEY, path);
}

export function takeReturnTo(): string | null {
  const path = storage()?.getItem(RETURN_KEY) ?? null;
  storage()?.removeItem(RETURN_KEY);
  return isReturnPath(path) ? path : null;
}
