import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres';
import { freePort } from './free-port';

export interface TestDatabase {
  ownerUrl: string;
  stop(): Promise<void>;
}

/**
 * A PostgreSQL of the tests' own: a fresh embedded one, or a fresh database on the server
 * TEST_DATABASE_URL points at (dropped afterwards).
 */
export async function startTestDatabase(): Promise<TestDatabase> {
  const external = process.env.TEST_DATABASE_URL;
  if (external) {
    const name = `pcrm_test_${Date.now()}_${process.pid}`;
    const admin = new Client({ connectionString: external });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name} ENCODING 'UTF8' TEMPLATE template0`);
    await admin.end();
    const url = new URL(external);
    url.pathname = `/${name}`;
    return {
      ownerUrl: url.toString(),
      stop: async () => {
        const c = new Client({ connectionString: external });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await c.end();
      },
    };
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'pcrm-test-pg-'));
  const db = await startEmbeddedPostgres({ dataDir, port: await freePort(), persistent: false });
  return { ownerUrl: db.url, stop: () => db.stop() };
}
