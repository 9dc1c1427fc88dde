import { baseUrl, integratorToken } from './support/api';

describe('the one port', () => {
  it('serves the admin UI at / and its client-side routes, with a content security policy', async () => {
    for (const path of ['/', '/app/departments', '/auth/callback']) {
      const res = await fetch(`${baseUrl()}${path}`);
      expect([path, res.status]).toEqual([path, 200]);
      expect(await res.text()).toContain('<div id="root">');
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain(`connect-src 'self' ${new URL(baseUrl()).origin}`);
      expect(res.headers.get('cache-control')).toBe('no-store');
    }
  });

  it('answers API paths as the API, never with the admin page', async () => {
    expect((await fetch(`${baseUrl()}/graphql`)).status).toBe(401);
    expect((await fetch(`${baseUrl()}/realms/nowhere/protocol/openid-connect/certs`)).status).toBe(404);
    const certs = await fetch(`${baseUrl()}/realms/busan/protocol/openid-connect/certs`);
    expect(((await certs.json()) as { keys: { kty: string; d?: string }[] }).keys[0]).toMatchObject({
      kty: 'RSA',
    });
    const discovery = (await (
      await fetch(`${baseUrl()}/realms/busan/.well-known/openid-configuration`)
    ).json()) as Record<string, string>;
    expect(discovery.issuer).toBe(`${baseUrl()}/realms/busan`);
    expect(discovery.token_endpoint).toBe(`${baseUrl()}/realms/busan/protocol/openid-connect/token`);
  });

  it('never publishes a private key', async () => {
    const certs = (await (await fetch(`${baseUrl()}/realms/busan/protocol/openid-connect/certs`)).json()) as {
      keys: object[];
    };
    for (const key of certs.keys) expect(Object.keys(key)).not.toEqual(expect.arrayContaining(['d']));
  });

  it('lets no browser or proxy keep GraphQL answers', async () => {
    const token = await integratorToken('busan');
    const res = await fetch(`${baseUrl()}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ me { username } }' }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('etag')).toBeNull();
  });

  it('sends protective headers everywhere', async () => {
    const res = await fetch(`${baseUrl()}/health`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('x-powered-by')).toBeNull();
  });
});
