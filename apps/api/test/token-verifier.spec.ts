import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { TokenVerifier } from '../../../libs/tenancy/src/auth/token-verifier';
import { signJwt } from './support/tokens';

const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const kid = randomUUID();
const signingKey = { jwk: privateKey.export({ format: 'jwk' }), kid };
const jwks = JSON.stringify({
  keys: [{ ...publicKey.export({ format: 'jwk' }), kid, use: 'sig', alg: 'RS256' }],
});

/** A stand-in identity provider: `good` answers its keys, `slow` never answers, `broken` answers junk. */
const certs: Record<string, (res: import('node:http').ServerResponse) => void> = {
  good: (res) => res.writeHead(200, { 'content-type': 'application/json' }).end(jwks),
  slow: () => undefined,
  broken: (res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"keys": [ oops'),
};

describe('TokenVerifier', () => {
  let server: Server;
  let base: string;
  const active = new Set(['good', 'slow', 'broken']);
  const verifier = () => new TokenVerifier(base, (realm) => active.has(realm), { keyFetchTimeoutMs: 1_500 });
  const token = (realm: string, claims: Record<string, unknown> = {}) => {
    const now = Math.floor(Date.now() / 1000);
    return signJwt(
      {
        iss: `${base}/realms/${realm}`,
        sub: 'subject',
        typ: 'Bearer',
        aud: 'pcrm-api',
        azp: 'pcrm-integrator',
        realm_access: { roles: ['integrator'] },
        iat: now,
        exp: now + 300,
        ...claims,
      },
      signingKey,
    );
  };

  beforeAll(async () => {
    server = createServer((req, res) => {
      const realm = /^\/realms\/(\w+)\/protocol\/openid-connect\/certs$/.exec(req.url ?? '')?.[1];
      if (realm && certs[realm]) certs[realm](res);
      else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('verifies a good token once and then remembers it', async () => {
    const v = verifier();
    const raw = token('good');
    expect((await v.verify(raw)).tenantId).toBe('good');
    expect(await v.verify(raw)).toMatchObject({ realm: 'good', clientId: 'pcrm-integrator' });
    expect(v.cachedTokens).toBe(1);
  });

  it('refuses other spellings of a remembered token without remembering them', async () => {
    const v = verifier();
    const raw = token('good');
    await v.verify(raw);
    const last = raw.at(-1)!;
    for (const variant of [
      `${raw}.x`,
      `${raw}=`,
      `${raw.slice(0, -1)}${last === 'A' ? 'B' : 'A'}`,
      ` ${raw}`,
    ]) {
      await expect(v.verify(variant)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    }
    expect(v.cachedTokens).toBe(1);
  });

  it('refuses a remembered token at once when its tenant is deactivated', async () => {
    const v = verifier();
    const raw = token('good');
    await v.verify(raw);
    active.delete('good');
    try {
      await expect(v.verify(raw)).rejects.toMatchObject({
        extensions: { messageEn: 'The token was issued by an unknown or deactivated realm.' },
      });
      expect(v.cachedTokens).toBe(0);
    } finally {
      active.add('good');
    }
    expect((await v.verify(raw)).realm).toBe('good');
  });

  it('gives up on a key endpoint that does not answer, with a clear reason', async () => {
    const started = Date.now();
    await expect(verifier().verify(token('slow'))).rejects.toMatchObject({
      extensions: {
        code: 'UNAUTHENTICATED',
        messageEn:
          "The identity provider's signing keys could not be fetched, so the token cannot be checked. Try again later.",
      },
    });
    expect(Date.now() - started).toBeLessThan(4_000);
  });

  it('survives a key endpoint answering something that is not JSON', async () => {
    const crashes: unknown[] = [];
    const onCrash = (error: unknown) => crashes.push(error);
    process.on('uncaughtException', onCrash);
    try {
      await expect(verifier().verify(token('broken'))).rejects.toMatchObject({
        extensions: {
          code: 'UNAUTHENTICATED',
          messageEn: expect.stringMatching(/signing keys could not be fetched/),
        },
      });
      await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      process.off('uncaughtException', onCrash);
    }
    expect(crashes).toEqual([]);
  });
});
