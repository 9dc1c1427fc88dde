import Config = require('keycloak-connect/middleware/auth-utils/config');
import GrantManager = require('keycloak-connect/middleware/auth-utils/grant-manager');
import Token = require('keycloak-connect/middleware/auth-utils/token');
import { AppError, ErrorCode } from '../errors/app-errors';
import type { Principal } from '../context/request-context';
import { API_AUDIENCE, API_CLIENT_IDS } from './clients';
import { principalFromClaims } from './principal-claims';
import { KEY_FETCH_TIMEOUT_MS, REALM_KEYS_UNAVAILABLE, fetchRealmKeys, type RealmKeySet } from './realm-keys';

const MAX_CACHED_TOKENS = 10_000;
/** The realms sign with RS256 only (Keycloak's default; the development provider's only key). */
const ALLOWED_ALGORITHMS: readonly string[] = ['RS256'];
/** Clock difference tolerated between the identity provider and the API for `nbf` and `iat`. */
export const CLOCK_SKEW_SECONDS = 30;
/** Exactly three base64url parts: header, claims, signature. */
const JWT_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

export const unauthenticated = (messageKo: string, messageEn: string): AppError =>
  new AppError(ErrorCode.Unauthenticated, messageKo, messageEn);

const malformed = () => unauthenticated('토큰 형식이 올바르지 않습니다.', 'The token is malformed.');
const realmRefused = () =>
  unauthenticated(
    '알 수 없거나 사용이 중지된 영역(realm)에서 발급된 토큰입니다.',
    'The token was issued by an unknown or deactivated realm.',
  );

/** keycloak-connect's reasons, said so a caller understands what to fix. */
function explain(reason: string): AppError {
  if (reason.includes(REALM_KEYS_UNAVAILABLE))
    return unauthenticated(
      '인증 서버의 서명 키를 가져오지 못해 토큰을 확인할 수 없습니다. 잠시 후 다시 시도해 주세요.',
      "The identity provider's signing keys could not be fetched, so the token cannot be checked. Try again later.",
    );
  if (reason.includes('expired')) return unauthenticated('토큰이 만료되었습니다.', 'The token has expired.');
  if (reason.includes('signature') || reason.includes('public key'))
    return unauthenticated('토큰 서명이 올바르지 않습니다.', 'The token signature is invalid.');
  if (reason.includes('wrong ISS'))
    return unauthenticated('토큰 발급자가 올바르지 않습니다.', 'The token issuer is wrong.');
  if (reason.includes('wrong type')) return unauthenticated('Bearer 토큰이 아닙니다.', 'Not a bearer token.');
  return unauthenticated('토큰이 올바르지 않습니다.', 'The token is invalid.');
}

/** A JSON object from one base64url part, only when the part is the canonical spelling of its bytes. */
function jsonPart(part: string): Record<string, unknown> {
  const bytes = Buffer.from(part, 'base64url');
  if (bytes.toString('base64url') !== part) throw malformed();
  let value: unknown;
  try {
    value = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw malformed();
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw malformed();
  return value as Record<string, unknown>;
}

/** Header and claims of a compact JWS, parsed strictly: one spelling per token, nothing appended. */
function parseJwt(raw: string): { header: Record<string, unknown>; claims: Record<string, unknown> } {
  if (!JWT_SHAPE.test(raw)) throw malformed();
  const [head, body, signature] = raw.split('.');
  if (Buffer.from(signature, 'base64url').toString('base64url') !== signature) throw malformed();
  return { header: jsonPart(head), claims: jsonPart(body) };
}

const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** What keycloak-connect does not check: algorithm, times, audience and client. */
function checkClaims(header: Record<string, unknown>, claims: Record<string, unknown>): void {
  if (typeof header.alg !== 'string' || !ALLOWED_ALGORITHMS.includes(header.alg))
    throw unauthenticated(
      '허용되지 않은 서명 알고리즘입니다 (RS256 만 허용).',
      'The signing algorithm is not allowed (RS256 only).',
    );
  const now = Date.now() / 1000;
  if (!isTime(claims.exp))
    throw unauthenticated('토큰에 만료 시각(exp)이 없습니다.', 'The token has no expiry time (exp).');
  if (claims.exp <= now) throw unauthenticated('토큰이 만료되었습니다.', 'The token has expired.');
  if (claims.nbf !== undefined && (!isTime(claims.nbf) || claims.nbf > now + CLOCK_SKEW_SECONDS))
    throw unauthenticated('토큰이 아직 유효하지 않습니다 (nbf).', 'The token is not valid yet (nbf).');
  if (claims.iat !== undefined && (!isTime(claims.iat) || claims.iat > now + CLOCK_SKEW_SECONDS))
    throw unauthenticated('토큰 발급 시각(iat)이 미래입니다.', 'The token was issued in the future (iat).');
  const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
  if (!audiences.includes(API_AUDIENCE))
    throw unauthenticated(
      `이 API 용으로 발급된 토큰이 아닙니다 (aud 에 ${API_AUDIENCE} 가 없습니다).`,
      `The token was not issued for this API (aud must include ${API_AUDIENCE}).`,
    );
  if (typeof claims.azp !== 'string' || !API_CLIENT_IDS.includes(claims.azp))
    throw unauthenticated(
      '이 API 를 호출할 수 없는 클라이언트의 토큰입니다 (azp).',
      'The token was issued to a client that may not call this API (azp).',
    );
}

export interface TokenVerifierOptions {
  /** How long fetching a realm's keys may take. */
  keyFetchTimeoutMs?: number;
}

/**
 * Verifies Keycloak bearer tokens against the realm that issued them: the token is parsed strictly, the
 * realm is read from `iss` and must be a known, active realm, algorithm, times, audience and client are
 * checked here, and the realm's keycloak-connect GrantManager (one per realm, keys fetched with a timeout and
 * rotated) checks signature, type and issuer.
 * A verified token is remembered until it expires, so a client's repeated requests cost one map lookup and
 * one realm lookup (a deactivated tenant loses access as soon as the registry knows).
 */
export class TokenVerifier {
  private readonly managers = new Map<string, GrantManager>();
  private readonly verified = new Map<string, { principal: Principal; expiresAtMs: number }>();
  private readonly realmPrefix: string;
  private readonly keyFetchTimeoutMs: number;

  constructor(
    keycloakUrl: string,
    private readonly isKnownRealm: (realm: string) => boolean,
    options: TokenVerifierOptions = {},
  ) {
    this.realmPrefix = `${keycloakUrl.replace(/\/+$/, '')}/realms/`;
    this.keyFetchTimeoutMs = options.keyFetchTimeoutMs ?? KEY_FETCH_TIMEOUT_MS;
  }

  /** Tokens remembered as verified. */
  get cachedTokens(): number {
    return this.verified.size;
  }

  async verify(raw: string): Promise<Principal> {
    const hit = this.verified.get(raw);
    if (hit) {
      if (hit.expiresAtMs > Date.now() && this.isKnownRealm(hit.principal.realm)) return hit.principal;
      this.verified.delete(raw);
    }

    const { header, claims } = parseJwt(raw);
    const iss = typeof claims.iss === 'string' ? claims.iss : '';
    if (!iss) throw malformed();
    const realm = iss.startsWith(this.realmPrefix) ? iss.slice(this.realmPrefix.length) : '';
    if (!realm || !this.isKnownRealm(realm)) throw realmRefused();
    checkClaims(header, claims);
    try {
      await this.managerFor(realm).validateToken(new Token(raw), 'Bearer');
    } catch (error) {
      throw explain(error instanceof Error ? error.message : String(error));
    }
    const principal = principalFromClaims(realm, claims);
    this.remember(raw, principal, (claims.exp as number) * 1000);
    return principal;
  }

  private managerFor(realm: string): GrantManager {
    let manager = this.managers.get(realm);
    if (!manager) {
      const config = new Config({
        realm,
        'auth-server-url': this.realmPrefix.slice(0, -'/realms/'.length),
        resource: API_AUDIENCE,
        'bearer-only': true,
        'min-time-between-jwks-requests': 10,
      });
      manager = new GrantManager(config);
      const certsUrl = `${config.realmUrl}/protocol/openid-connect/certs`;
      let inFlight: Promise<RealmKeySet> | undefined;
      manager.rotation.retrieveJWKs = () =>
        (inFlight ??= fetchRealmKeys(certsUrl, this.keyFetchTimeoutMs).finally(() => {
          inFlight = undefined;
        }));
      this.managers.set(realm, manager);
    }
    return manager;
  }

  private remember(raw: string, principal: Principal, expiresAtMs: number): void {
    if (this.verified.size >= MAX_CACHED_TOKENS) {
      const oldest = this.verified.keys().next().value;
      if (oldest !== undefined) this.verified.delete(oldest);
    }
    this.verified.set(raw, { principal, expiresAtMs });
  }
}
