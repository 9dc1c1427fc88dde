import { gql, integratorToken, userToken } from './support/api';
import { keycloakClaims, realmKey, signJwt, strangerKey } from './support/tokens';

const ME = '{ me { username roles realm tenant { code } } }';

describe('bearer token verification', () => {
  it('accepts a token the realm issued and tells who is calling', async () => {
    const res = await gql(await userToken('busan', 'officer'), ME);
    expect(res.status).toBe(200);
    expect(res.data?.me).toEqual({
      username: 'officer',
      roles: ['officer'],
      realm: 'busan',
      tenant: { code: 'busan' },
    });
  });

  it('accepts a token signed with the realm key when it has not expired', async () => {
    await integratorToken('busan'); // makes sure the realm key exists
    const res = await gql(signJwt(keycloakClaims('busan'), realmKey('busan')), ME);
    expect(res.status).toBe(200);
    expect(res.data?.me.roles).toEqual(['tenant-admin']);
  });

  it('refuses a missing token with 401', async () => {
    const res = await gql(null, ME);
    expect(res.status).toBe(401);
    expect(res.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(res.errors?.[0].message).toMatch(/로그인이 필요합니다/);
  });

  it('refuses an expired token with 401', async () => {
    const now = Math.floor(Date.now() / 1000);
    const token = signJwt(keycloakClaims('busan', { iat: now - 600, exp: now - 60 }), realmKey('busan'));
    const res = await gql(token, ME);
    expect(res.status).toBe(401);
    expect(res.errors?.[0].extensions.messageEn).toBe('The token has expired.');
  });

  it('refuses a token whose signature is not the realm key', async () => {
    const token = signJwt(keycloakClaims('busan'), strangerKey(realmKey('busan').kid));
    const res = await gql(token, ME);
    expect(res.status).toBe(401);
    expect(res.errors?.[0].extensions.messageEn).toBe('The token signature is invalid.');
  });

  it("refuses a busan-signed token that claims to come from seoul's realm", async () => {
    await integratorToken('seoul');
    const token = signJwt(keycloakClaims('seoul'), realmKey('busan'));
    const res = await gql(token, ME);
    expect(res.status).toBe(401);
    expect(res.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a token of a realm the platform does not know', async () => {
    const token = signJwt(keycloakClaims('atlantis'), realmKey('busan'));
    const res = await gql(token, ME);
    expect(res.status).toBe(401);
    expect(res.errors?.[0].extensions.messageEn).toBe(
      'The token was issued by an unknown or deactivated realm.',
    );
  });

  it('refuses a token from another issuer host', async () => {
    const claims = keycloakClaims('busan', { iss: 'https://evil.example/realms/busan' });
    const res = await gql(signJwt(claims, realmKey('busan')), ME);
    expect(res.status).toBe(401);
  });

  it('refuses a token that is not a bearer access token (e.g. an ID token)', async () => {
    const res = await gql(signJwt(keycloakClaims('busan', { typ: 'ID' }), realmKey('busan')), ME);
    expect(res.status).toBe(401);
    expect(res.errors?.[0].extensions.messageEn).toBe('Not a bearer token.');
  });

  it('refuses garbage in the Authorization header', async () => {
    expect((await gql('not-a-jwt', ME)).status).toBe(401);
    expect((await gql('a.b.c', ME)).status).toBe(401);
  });

  it('never grants tenant roles to a ministry token or ministry roles to a tenant token', async () => {
    const tenantClaimingAnalyst = signJwt(
      keycloakClaims('busan', { realm_access: { roles: ['ministry-analyst'] } }),
      realmKey('busan'),
    );
    const refused = await gql(tenantClaimingAnalyst, ME);
    expect([refused.status, refused.errors?.[0].extensions.code]).toEqual([403, 'FORBIDDEN']);
    await integratorToken('ministry');
    const ministryClaimingAdmin = signJwt(
      keycloakClaims('ministry', { realm_access: { roles: ['tenant-admin', 'ministry-analyst'] } }),
      realmKey('ministry'),
    );
    expect((await gql(ministryClaimingAdmin, ME)).data?.me).toEqual({
      username: 'tester',
      roles: ['ministry-analyst'],
      realm: 'ministry',
      tenant: null,
    });
  });

  it('carries the API audience and an API client in the tokens the identity provider issues', async () => {
    for (const token of [await integratorToken('busan'), await userToken('busan', 'officer')]) {
      const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as Record<
        string,
        unknown
      >;
      expect(claims.aud).toBe('pcrm-api');
      expect(['pcrm-admin', 'pcrm-integrator']).toContain(claims.azp);
    }
  });

  it('issues integrator tokens only for the right secret', async () => {
    const res = await fetch(`${process.env.PCRM_BASE_URL}/realms/busan/protocol/openid-connect/token`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: `Basic ${Buffer.from('pcrm-integrator:dev-secret-seoul').toString('base64')}`,
      },
      body: 'grant_type=client_credentials',
    });
    expect(res.status).toBe(401);
  });
});

describe('the public realm list of the login page', () => {
  it('lists the 16 시·도, the ministry, the platform and where to log in, with no personal data', async () => {
    const res = await fetch(`${process.env.PCRM_BASE_URL}/auth/realms`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      keycloakUrl: string;
      realms: { realm: string; nameKo: string; kind: string }[];
    };
    expect(body.keycloakUrl).toBe(process.env.PCRM_BASE_URL);
    expect(body.realms).toHaveLength(18);
    expect(body.realms.find((r) => r.realm === 'busan')).toEqual({
      realm: 'busan',
      nameKo: '부산광역시',
      nameEn: 'Busan Metropolitan City',
      kind: 'tenant',
    });
    expect(body.realms.at(-2)).toMatchObject({ realm: 'ministry', kind: 'ministry' });
    expect(body.realms.at(-1)).toEqual({
      realm: 'platform',
      nameKo: '플랫폼 운영',
      nameEn: 'Platform operations',
      kind: 'platform',
    });
    expect(Object.keys(body)).toEqual(['keycloakUrl', 'realms']);
  });
});

const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

describe('strict token checks', () => {
  const key = () => realmKey('busan');
  const refusal = async (token: string) => {
    const res = await gql(token, ME);
    return [res.status, res.errors?.[0].extensions.messageEn];
  };
  const now = () => Math.floor(Date.now() / 1000);
  beforeAll(() => integratorToken('busan'));

  it('refuses a token of another client or for another audience, and it changes nothing', async () => {
    const otherClient = signJwt(keycloakClaims('busan', { aud: 'account', azp: 'admin-cli' }), key());
    const create = await gql(
      otherClient,
      'mutation { createDepartment(input: { code: "AUD-1", name: "감사대상" }) { id } }',
    );
    expect([create.status, create.errors?.[0].extensions.messageEn]).toEqual([
      401,
      'The token was not issued for this API (aud must include pcrm-api).',
    ]);
    expect(
      await refusal(
        signJwt(keycloakClaims('busan', { aud: ['account', 'pcrm-api'], azp: 'admin-cli' }), key()),
      ),
    ).toEqual([401, 'The token was issued to a client that may not call this API (azp).']);
    expect(await refusal(signJwt(keycloakClaims('busan', { aud: undefined }), key()))).toEqual([
      401,
      'The token was not issued for this API (aud must include pcrm-api).',
    ]);
    const admin = await userToken('busan', 'admin');
    const departments = await gql(admin, '{ departments { code } }');
    expect(departments.data?.departments.map((d: { code: string }) => d.code)).not.toContain('AUD-1');
    // An audience list with the API in it is Keycloak's usual shape.
    const listed = signJwt(keycloakClaims('busan', { aud: ['pcrm-api', 'account'] }), key());
    expect((await gql(listed, ME)).status).toBe(200);
  });

  it('requires a numeric expiry and honours nbf and iat with a small skew', async () => {
    const noExp = signJwt(keycloakClaims('busan', { exp: undefined }), key());
    expect(await refusal(noExp)).toEqual([401, 'The token has no expiry time (exp).']);
    const textExp = signJwt(keycloakClaims('busan', { exp: String(now() + 300) }), key());
    expect(await refusal(textExp)).toEqual([401, 'The token has no expiry time (exp).']);
    const tomorrow = signJwt(keycloakClaims('busan', { nbf: now() + 86_400 }), key());
    expect(await refusal(tomorrow)).toEqual([401, 'The token is not valid yet (nbf).']);
    const nextYear = signJwt(keycloakClaims('busan', { iat: now() + 365 * 86_400 }), key());
    expect(await refusal(nextYear)).toEqual([401, 'The token was issued in the future (iat).']);
    const slightlyAhead = signJwt(keycloakClaims('busan', { iat: now() + 5, nbf: now() + 5 }), key());
    expect((await gql(slightlyAhead, ME)).status).toBe(200);
  });

  it('parses exactly three base64url parts, one spelling per token', async () => {
    // Claims whose base64url text has a '-' or '_', so standard base64 spells them differently.
    let token = '';
    for (let n = 0; !/[-_]/.test(token.split('.')[1] ?? ''); n++)
      token = signJwt(keycloakClaims('busan', { sub: `spelling-${n}`, name: '~'.repeat(n) }), key());
    expect((await gql(token, ME)).status).toBe(200);
    const [head, body, signature] = token.split('.');
    const standardBase64 = (part: string) => Buffer.from(part, 'base64url').toString('base64');
    for (const variant of [
      `${token}.x`,
      `${token}.`,
      `${head}.${standardBase64(body)}.${signature}`,
      `${head}.${body}.${standardBase64(signature)}`,
      `${head}.${body}.${signature}==`,
      `${head}=.${body}.${signature}`,
      // Same bytes, other text: the last character's unused low bits set.
      `${head}.${body}.${signature.slice(0, -1)}${B64URL[B64URL.indexOf(signature.at(-1)!) ^ 1]}`,
    ]) {
      expect([variant.slice(-12), (await gql(variant, ME)).status]).toEqual([variant.slice(-12), 401]);
    }
  });

  it("allows only the realm's algorithm", async () => {
    for (const alg of ['RS512', 'none', 'HS256']) {
      const token = signJwt(keycloakClaims('busan'), key(), { alg });
      expect(await refusal(token)).toEqual([401, 'The signing algorithm is not allowed (RS256 only).']);
    }
  });
});
