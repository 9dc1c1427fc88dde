import Config = require('keycloak-connect/middleware/auth-utils/config');
import GrantManager = require('keycloak-connect/middleware/auth-utils/grant-manager');
import Token = require('keycloak-connect/middleware/auth-utils/token');
import { AppError, ErrorCode } from '../errors/app-errors';
import type { Principal } from '../context/request-context';
import { principalFromClaims } from './principal-claims';

const API_RESOURCE = 'pcrm-api';
const MAX_CACHED_TOKENS = 10_000;

export const unauthenticated = (messageKo: string, messageEn: string): AppError =>
  new AppError(ErrorCode.Unauthenticated, messageKo, messageEn);

/** keycloak-connect's reasons, said so a caller understands what to fix. */
function explain(reason: string): AppError {
  if (reason.includes('expired')) return unauthenticated('토큰이 만료되었습니다.', 'The token has expired.');
  if (reason.includes('signature') || reason.includes('public key'))
    return unauthenticated('토큰 서명이 올바르지 않습니다.', 'The token signature is invalid.');
  if (reason.includes('wrong ISS'))
    return unauthenticated('토큰 발급자가 올바르지 않습니다.', 'The token issuer is wrong.');
  if (reason.includes('wrong type')) return unauthenticated('Bearer 토큰이 아닙니다.', 'Not a bearer token.');
  return unauthenticated('토큰이 올바르지 않습니다.', 'The token is invalid.');
}

/**
 * Verifies Keycloak bearer tokens with keycloak-connect against the realm that issued them: the realm is
 * read from `iss`, must be a known realm, and its GrantManager (one per realm, realm keys fetched from the
 * certs endpoint and rotated by keycloak-connect) checks signature, expiry, type and issuer.
 * A verified token is remembered until it expires, so a client's repeated requests cost one map lookup.
 */
export class TokenVerifier {
  private readonly managers = new Map<string, GrantManager>();
  private readonly verified = new Map<string, { principal: Principal; expiresAtMs: number }>();
  private readonly realmPrefix: string;

  constructor(
    keycloakUrl: string,
    private readonly isKnownRealm: (realm: string) => boolean,
  ) {
    this.realmPrefix = `${keycloakUrl.replace(/\/+$/, '')}/realms/`;
  }

  async verify(raw: string): Promise<Principal> {
    const hit = this.verified.get(raw);
    if (hit && hit.expiresAtMs > Date.now()) return hit.principal;
    if (hit) this.verified.delete(raw);

    const token = new Token(raw);
    const iss = typeof token.content.iss === 'string' ? token.content.iss : '';
    if (!token.header || !iss)
      throw unauthenticated('토큰 형식이 올바르지 않습니다.', 'The token is malformed.');
    const realm = iss.startsWith(this.realmPrefix) ? iss.slice(this.realmPrefix.length) : '';
    if (!realm || !this.isKnownRealm(realm)) {
      throw unauthenticated(
        '알 수 없는 영역(realm)에서 발급된 토큰입니다.',
        'The token was issued by an unknown realm.',
      );
    }
    try {
      await this.managerFor(realm).validateToken(token, 'Bearer');
    } catch (error) {
      throw explain(error instanceof Error ? error.message : String(error));
    }
    const principal = principalFromClaims(realm, token.content);
    this.remember(raw, principal, Number(token.content.exp) * 1000);
    return principal;
  }

  private managerFor(realm: string): GrantManager {
    let manager = this.managers.get(realm);
    if (!manager) {
      manager = new GrantManager(
        new Config({
          realm,
          'auth-server-url': this.realmPrefix.slice(0, -'/realms/'.length),
          resource: API_RESOURCE,
          'bearer-only': true,
          'min-time-between-jwks-requests': 10,
        }),
      );
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
