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
    expect(res.errors?.[0].extensions.messageEn).toBe('The token was issued by an unknown realm.');
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
  it('lists the 16 시·도, the ministry and where to log in, with no personal data', async () => {
    const res = await fetch(`${process.env.PCRM_BASE_URL}/auth/realms`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      keycloakUrl: string;
      realms: { realm: string; nameKo: string; kind: string }[];
    };
    expect(body.keycloakUrl).toBe(process.env.PCRM_BASE_URL);
    expect(body.realms).toHaveLength(17);
    expect(body.realms.find((r) => r.realm === 'busan')).toEqual({
      realm: 'busan',
      nameKo: '부산광역시',
      nameEn: 'Busan Metropolitan City',
      kind: 'tenant',
    });
    expect(body.realms.at(-1)).toMatchObject({ realm: 'ministry', kind: 'ministry' });
    expect(Object.keys(body)).toEqual(['keycloakUrl', 'realms']);
  });
});
