import { base64UrlEncode } from '../src/auth/base64url';
import { decodeJwtPayload } from '../src/auth/jwt';
import { authorizationUrl, callbackUrl, logoutUrl, realmEndpoints } from '../src/auth/oidc';
import { codeChallengeS256, randomToken } from '../src/auth/pkce';
import { isExpired, sessionFromTokens } from '../src/auth/session';

const jwt = (payload: object): string =>
  [{ alg: 'RS256', typ: 'JWT' }, payload]
    .map((p) => base64UrlEncode(new TextEncoder().encode(JSON.stringify(p))))
    .join('.') + '.c2lnbmF0dXJl';

describe('OIDC client helpers', () => {
  it('computes the RFC 7636 Appendix B S256 challenge', async () => {
    await expect(codeChallengeS256('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).resolves.toBe(
      'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    );
  });

  it('makes verifiers within the RFC 7636 length and alphabet', () => {
    const v = randomToken(48);
    expect(v).toMatch(/^[A-Za-z0-9_-]{43,128}$/);
    expect(randomToken()).not.toBe(randomToken());
  });

  it('uses the Keycloak endpoint layout of the realm', () => {
    const e = realmEndpoints('http://127.0.0.1:3000/', 'busan');
    expect(e.issuer).toBe('http://127.0.0.1:3000/realms/busan');
    expect(e.authorization).toBe('http://127.0.0.1:3000/realms/busan/protocol/openid-connect/auth');
    expect(e.token).toBe('http://127.0.0.1:3000/realms/busan/protocol/openid-connect/token');
    expect(() => realmEndpoints('http://x', '../evil')).toThrow();
  });

  it('builds the authorization and logout requests', () => {
    const endpoints = realmEndpoints('http://localhost:3000', 'busan');
    const url = new URL(
      authorizationUrl({
        endpoints,
        redirectUri: callbackUrl('http://localhost:3000'),
        state: 's',
        nonce: 'n',
        codeChallenge: 'c',
        uiLocale: 'ko',
      }),
    );
    expect(Object.fromEntries(url.searchParams)).toEqual({
      client_id: 'pcrm-admin',
      response_type: 'code',
      scope: 'openid profile',
      redirect_uri: 'http://localhost:3000/auth/callback',
      state: 's',
      nonce: 'n',
      code_challenge: 'c',
      code_challenge_method: 'S256',
      ui_locales: 'ko',
    });
    const out = new URL(logoutUrl(endpoints, 'http://localhost:3000/', 'id.token'));
    expect(out.pathname).toBe('/realms/busan/protocol/openid-connect/logout');
    expect(out.searchParams.get('id_token_hint')).toBe('id.token');
    expect(out.searchParams.get('post_logout_redirect_uri')).toBe('http://localhost:3000/');
    expect(out.searchParams.get('client_id')).toBe('pcrm-admin');
  });

  it('reads the session from a Keycloak-shaped access token (UTF-8 claims included)', () => {
    const exp = Math.floor(Date.now() / 1000) + 300;
    const access = jwt({
      exp,
      preferred_username: 'officer',
      realm_access: { roles: ['officer', 'offline_access'] },
    });
    const id = jwt({ name: '홍길동', nonce: 'n' });
    expect(decodeJwtPayload(id).name).toBe('홍길동');
    const s = sessionFromTokens('busan', { access_token: access, id_token: id, expires_in: 300 });
    expect(s).toMatchObject({ realm: 'busan', username: 'officer', name: '홍길동', expiresAt: exp * 1000 });
    expect(s.roles).toEqual(['officer', 'offline_access']);
    expect(isExpired(s)).toBe(false);
    expect(isExpired(s, exp * 1000)).toBe(true);
  });
});
