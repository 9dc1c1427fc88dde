import { Client } from 'pg';
import { loadConfig } from '../../src/config/app-config';
import { prepareDatabase } from '../../src/database/database-setup';
import { runtimeUrlFrom } from '../../src/database/provision';

export interface ServiceDatabase {
  ownerUrl: string;
  runtimeUrl: string;
  drop(): Promise<void>;
}

/**
 * A second database on the test server for the service-level tests (libs/crm-core/test/service-testbed.ts),
 * provisioned and migrated exactly like the platform's: each of their test files creates a tenant, and those
 * must not appear in the running server's tenant registry, which other tests read whole (/auth/realms).
 */
export async function createServiceDatabase(ownerUrl: string, password: string): Promise<ServiceDatabase> {
  const url = new URL(ownerUrl);
  const name = `${url.pathname.slice(1) || 'postgres'}_services`;
  const admin = new Client({ connectionString: ownerUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(name)} ENCODING 'UTF8' TEMPLATE template0`);
  } finally {
    await admin.end();
  }
  url.pathname = `/${name}`;
  const serviceOwnerUrl = url.toString();
  const config = loadConfig({
    ...process.env,
    DATABASE_URL: serviceOwnerUrl,
    PCRM_APP_DB_PASSWORD: password,
  });
  await prepareDatabase(config, () => undefined);
  return {
    ownerUrl: serviceOwnerUrl,
    runtimeUrl: runtimeUrlFrom(serviceOwnerUrl, password),
    drop: async () => {
      const c = new Client({ connectionString: ownerUrl });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS ${c.escapeIdentifier(name)} WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}
