import { createHash, randomBytes } from 'node:crypto';
import { ADMIN_CLIENT_ID, DEV_DEMO_PASSWORD } from '../../../libs/tenancy/src/auth/clients';
import { Cookies, baseUrl, integratorToken } from './support/api';

const authUrl = (realm: string, redirectUri = `${baseUrl()}/auth/callback`) => {
  const url = new URL(`${baseUrl()}/realms/${realm}/protocol/openid-connect/auth`);
  url.search = new URLSearchParams({
    client_id: ADMIN_CLIENT_ID,
    response_type: 'code',
    scope: 'openid profile',
    redirect_uri: redirectUri,
    code_challenge: createHash('sha256').update(randomBytes(32).toString('base64url')).digest('base64url'),
    code_challenge_method: 'S256',
    state: randomBytes(8).toString('hex'),
  }).toString();
  return url.toString();
};

/** A login begun in a browser: the login form's URL and the cookies that came with it. */
async function openLoginForm(
  realm: string,
): Promise<{ url: string; cookies: Cookies; setCookies: string[] }> {
  const cookies = new Cookies();
  const res = await fetch(authUrl(realm), { redirect: 'manual' });
  cookies.take(res);
  const url = new URL(res.headers.get('location') ?? '', baseUrl()).toString();
  expect(url).toContain(`/realms/${realm}/login-actions/`);
  return { url, cookies, setCookies: res.headers.getSetCookie() };
}

async function submit(form: { url: string; cookies: Cookies }, username: string, password: string) {
  const res = await fetch(form.url, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie: form.cookies.header(), 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ username, password }).toString(),
  });
  form.cookies.take(res);
  return { status: res.status, body: await res.text(), retryAfter: res.headers.get('retry-after'), res };
}

describe('development identity provider', () => {
  it('throttles wrong passwords per account, with a clear Korean message, and lets other accounts in', async () => {
    const form = await openLoginForm('jeonnam');
    for (let i = 0; i < 5; i++) expect((await submit(form, 'manager', 'wrong')).status).toBe(401);
    const locked = await submit(form, 'manager', 'wrong');
    expect(locked.status).toBe(429);
    expect(Number(locked.retryAfter)).toBeGreaterThan(0);
    expect(locked.body).toMatch(/로그인 시도가 너무 많습니다\. \d+초 뒤에 다시 시도해 주세요\./);
    // Guessing right during the lock gains nothing.
    expect((await submit(form, 'manager', DEV_DEMO_PASSWORD)).status).toBe(429);
    // Another account is not locked by someone else's guessing.
    const other = await submit(await openLoginForm('jeonnam'), 'officer', DEV_DEMO_PASSWORD);
    expect([other.status, other.res.headers.get('location')]).toEqual([
      303,
      expect.stringContaining('/auth'),
    ]);
  });

  it("keeps a user's login in progress through a flood of new login requests", async () => {
    const form = await openLoginForm('jeonnam');
    const flood = Array.from({ length: 2_200 }, () => authUrl('jeonnam'));
    const workers = Array.from({ length: 16 }, async () => {
      for (let url = flood.pop(); url; url = flood.pop()) {
        const res = await fetch(url, { redirect: 'manual' });
        expect(res.status).toBe(303);
        await res.arrayBuffer();
      }
    });
    await Promise.all(workers);
    const done = await submit(form, 'agent', DEV_DEMO_PASSWORD);
    expect(done.status).toBe(303);
  }, 180_000);

  it('writes discovery URLs from the configured public URL, whatever X-Forwarded-Host says', async () => {
    const res = await fetch(`${baseUrl()}/realms/busan/.well-known/openid-configuration`, {
      headers: { 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https', host: 'evil.example' },
    });
    const discovery = (await res.json()) as Record<string, string>;
    expect(discovery.issuer).toBe(`${baseUrl()}/realms/busan`);
    for (const endpoint of ['authorization_endpoint', 'token_endpoint', 'jwks_uri', 'end_session_endpoint'])
      expect(discovery[endpoint]).toMatch(new RegExp(`^${baseUrl()}/realms/busan/`));
  });

  it('lets no other origin read the token endpoint (no `*`)', async () => {
    const tokenUrl = `${baseUrl()}/realms/busan/protocol/openid-connect/token`;
    const post = (origin?: string) =>
      fetch(tokenUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          authorization: `Basic ${Buffer.from('pcrm-integrator:dev-secret-busan').toString('base64')}`,
          ...(origin ? { origin } : {}),
        },
        body: 'grant_type=client_credentials',
      });
    const admin = new URL(baseUrl()).origin;
    for (const origin of [undefined, 'https://evil.example', admin]) {
      const res = await post(origin);
      expect([origin, res.headers.get('access-control-allow-origin')]).toEqual([origin, admin]);
    }
    const preflight = await fetch(tokenUrl, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBe(admin);
    await integratorToken('busan');
  });

  it("accepts only the public URL's callback as redirect URI", async () => {
    const devServer = await fetch(authUrl('busan', 'http://localhost:4200/auth/callback'), {
      redirect: 'manual',
    });
    expect(devServer.status).toBe(400);
    expect(devServer.headers.get('location')).toBeNull();
    const publicCallback = await fetch(authUrl('busan'), { redirect: 'manual' });
    expect(publicCallback.status).toBe(303);
  });

  it("scopes each realm's session cookie to that realm's path", async () => {
    const form = await openLoginForm('gangwon');
    const done = await submit(form, 'agent', DEV_DEMO_PASSWORD);
    expect(done.status).toBe(303);
    let url = new URL(done.res.headers.get('location')!, form.url).toString();
    const setCookies = [...form.setCookies, ...done.res.headers.getSetCookie()];
    for (let hop = 0; hop < 5 && !url.startsWith(`${baseUrl()}/auth/callback`); hop++) {
      const res = await fetch(url, { redirect: 'manual', headers: { cookie: form.cookies.header() } });
      form.cookies.take(res);
      setCookies.push(...res.headers.getSetCookie());
      url = new URL(res.headers.get('location')!, url).toString();
    }
    expect(new URL(url).searchParams.get('code')).toBeTruthy();
    const sessions = setCookies.filter((c) => c.startsWith('_session'));
    expect(sessions.length).toBeGreaterThan(0);
    for (const cookie of sessions) expect(cookie.toLowerCase()).toContain('path=/realms/gangwon;');
  });
});
