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
  if (external) return createFreshDatabase(external);
  const dataDir = await mkdtemp(join(tmpdir(), 'pcrm-test-pg-'));
  const db = await startEmbeddedPostgres({
    dataDir,
    port: await freePort(),
    persistent: false,
    durable: false,
  });
  return { ownerUrl: db.url, stop: () => db.stop() };
}

/** A new, empty database on the server `serverUrl` points at (its user may create databases). */
export async function createFreshDatabase(serverUrl: string): Promise<TestDatabase> {
  const name = `pcrm_test_${Date.now()}_${process.pid}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} ENCODING 'UTF8' TEMPLATE template0`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    ownerUrl: url.toString(),
    stop: async () => {
      const c = new Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
