import { createHash, randomBytes } from 'node:crypto';
import request from 'supertest';
import {
  ADMIN_CLIENT_ID,
  DEV_DEMO_PASSWORD,
  INTEGRATOR_CLIENT_ID,
  devIntegratorSecret,
} from '../../../../libs/tenancy/src/auth/clients';

export const baseUrl = (): string => {
  const url = process.env.PCRM_BASE_URL;
  if (!url) throw new Error('PCRM_BASE_URL is not set: run the tests through jest (global setup)');
  return url;
};

export interface GqlResult<T = Record<string, any>> {
  status: number;
  data: T | null | undefined;
  errors: { message: string; extensions: { code: string; messageEn?: string; field?: string } }[] | undefined;
}

/** One GraphQL request over real HTTP. */
export async function gql<T = Record<string, any>>(
  token: string | null,
  query: string,
  variables?: Record<string, unknown>,
  origin = baseUrl(),
): Promise<GqlResult<T>> {
  const req = request(origin).post('/graphql').set('content-type', 'application/json');
  if (token) req.set('authorization', `Bearer ${token}`);
  const res = await req.send({ query, variables });
  return { status: res.status, data: res.body?.data, errors: res.body?.errors };
}

const tokenEndpoint = (realm: string, origin = baseUrl()) =>
  `${origin}/realms/${realm}/protocol/openid-connect/token`;

/** A service account token (`pcrm-integrator`, client_credentials) of the platform at `origin`. */
export async function integratorToken(realm: string, origin = baseUrl()): Promise<string> {
  const res = await fetch(tokenEndpoint(realm, origin), {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      authorization: `Basic ${Buffer.from(`${INTEGRATOR_CLIENT_ID}:${devIntegratorSecret(realm)}`).toString('base64')}`,
    },
    body: 'grant_type=client_credentials',
  });
  const body = (await res.json()) as { access_token?: string };
  if (!res.ok || !body.access_token)
    throw new Error(`no integrator token for ${realm}: HTTP ${res.status} ${JSON.stringify(body)}`);
  return body.access_token;
}

/** A cookie jar just big enough for the identity provider's login round trip. */
export class Cookies {
  private jar = new Map<string, string>();
  take(res: Response): void {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const i = pair.indexOf('=');
      this.jar.set(pair.slice(0, i), pair.slice(i + 1));
    }
  }
  header(): string {
    return [...this.jar].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

/** A staff member's token through the real browser flow: authorization code + PKCE, login form, code exchange. */
export async function userToken(
  realm: string,
  username: string,
  password = DEV_DEMO_PASSWORD,
  origin = baseUrl(),
): Promise<string> {
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  const redirectUri = `${origin}/auth/callback`;
  const auth = new URL(`${origin}/realms/${realm}/protocol/openid-connect/auth`);
  auth.search = new URLSearchParams({
    client_id: ADMIN_CLIENT_ID,
    response_type: 'code',
    scope: 'openid profile',
    redirect_uri: redirectUri,
    code_challenge: challenge,
    code_challenge_method: 'S256',
    state: randomBytes(8).toString('hex'),
  }).toString();
  const cookies = new Cookies();
  let url = auth.toString();
  let res: Response | undefined;
  for (let hop = 0; hop < 10; hop++) {
    res = await fetch(url, { redirect: 'manual', headers: { cookie: cookies.header() } });
    cookies.take(res);
    const location = res.headers.get('location');
    if (!location) break;
    url = new URL(location, url).toString();
    if (url.startsWith(redirectUri)) break;
    if (url.includes('/login-actions/')) {
      const form = await fetch(url, { headers: { cookie: cookies.header() } });
      cookies.take(form);
      res = await fetch(url, {
        method: 'POST',
        redirect: 'manual',
        headers: { cookie: cookies.header(), 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ username, password }).toString(),
      });
      cookies.take(res);
      const next = res.headers.get('location');
      if (!next) throw new Error(`login of ${realm}/${username} failed with HTTP ${res.status}`);
      url = new URL(next, url).toString();
    }
  }
  const code = new URL(url).searchParams.get('code');
  if (!code) throw new Error(`no authorization code for ${realm}/${username}; last URL ${url}`);
  const tokenRes = await fetch(tokenEndpoint(realm, origin), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      redirect_uri: redirectUri,
      client_id: ADMIN_CLIENT_ID,
      code_verifier: verifier,
    }).toString(),
  });
  const body = (await tokenRes.json()) as { access_token?: string };
  if (!body.access_token) throw new Error(`code exchange failed: ${JSON.stringify(body)}`);
  return body.access_token;
}
