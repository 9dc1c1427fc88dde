import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { JsonWebKey } from 'node:crypto';

/** A realm's RS256 signing key, kept under the data folder so tokens survive a restart (as in Keycloak). */
export async function realmSigningKey(dir: string, realm: string): Promise<JsonWebKey> {
  const file = join(dir, `${realm}.signing-key.json`);
  try {
    return JSON.parse(await readFile(file, 'utf8')) as JsonWebKey;
  } catch {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const jwk = { ...privateKey.export({ format: 'jwk' }), kid: randomUUID(), use: 'sig', alg: 'RS256' };
    await mkdir(dir, { recursive: true, mode: 0o700 });
    await writeFile(file, JSON.stringify(jwk), { mode: 0o600 });
    return jwk;
  }
}
