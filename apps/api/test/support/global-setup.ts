import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestDatabase } from './test-database';
import { startServerProcess } from './server-process';
import { freePort } from './free-port';
import { createServiceDatabase } from './service-database';
import { TEST_DEMO_CUSTOMERS } from './demo-customers';
import { TEST_DEMO_CASES } from './demo-cases';
import { serverLogFile } from './server-log';

/** One platform for the whole run: its own PostgreSQL and the built server, on 127.0.0.1. */
export default async function globalSetup(): Promise<void> {
  const database = await startTestDatabase();
  const dataDir = await mkdtemp(join(tmpdir(), 'pcrm-test-data-'));
  try {
    const server = await startServerProcess(
      {
        DATABASE_URL: database.ownerUrl,
        PCRM_DATA_DIR: dataDir,
        PCRM_APP_DB_PASSWORD: 'pcrm-app-test',
        // A few demo customers per tenant: the seed runs as in development, the suite's start stays quick.
        PCRM_SEED_CUSTOMERS: String(TEST_DEMO_CUSTOMERS),
        PCRM_SEED_CASES: String(TEST_DEMO_CASES),
        // A job attempt that fails for a passing reason (a deadlock between parallel spec files) is retried
        // within a spec's wait, not after the production delay of 30 s and more.
        PCRM_JOB_RETRY_DELAY_SECONDS: '2',
      },
      await freePort(),
      undefined,
      serverLogFile(dataDir),
    );
    const runtimeUrl = new URL(database.ownerUrl);
    runtimeUrl.username = 'pcrm_app';
    runtimeUrl.password = 'pcrm-app-test';
    process.env.PCRM_BASE_URL = server.url;
    process.env.PCRM_OWNER_DATABASE_URL = database.ownerUrl;
    process.env.PCRM_APP_DATABASE_URL = runtimeUrl.toString();
    // Every test server provisions the ministry role with the development password (docs/adr/0019).
    const ministryUrl = new URL(database.ownerUrl);
    ministryUrl.username = 'pcrm_ministry';
    ministryUrl.password = 'pcrm-ministry-dev';
    process.env.PCRM_MINISTRY_DATABASE_URL = ministryUrl.toString();
    process.env.PCRM_TEST_DATA_DIR = dataDir;
    process.env.PCRM_TEST_SERVER_LOG = serverLogFile(dataDir);
    const services = await createServiceDatabase(database.ownerUrl, 'pcrm-app-test');
    process.env.PCRM_SERVICE_OWNER_DATABASE_URL = services.ownerUrl;
    process.env.PCRM_SERVICE_APP_DATABASE_URL = services.runtimeUrl;
    (globalThis as Record<string, unknown>).__pcrm = { database, server, services };
  } catch (error) {
    await database.stop();
    throw error;
  }
}
