import { parseArgs } from 'node:util';
import { log } from '../support/log';
import { generateBenchData } from './bench-data';
import { DEFAULT_SEED } from './faker';
import { loadCustomers } from './customers';

/**
 * The generator on its own, for a database the bench did not start — e.g. the one `npm start` runs:
 *   npm run build && node dist/api/bench/generate/main.js --scale 3
 * It connects as the runtime role (RLS applies), expects the demo data and refuses to run twice.
 * `--customers N [--tenant busan]` adds N generated customers to one tenant (the owner connection then
 * only ANALYZEs): `--scale 0 --customers 1000000` is the customer-search scenario's data.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'database-url': {
        type: 'string',
        // `npm start` in development: embedded PostgreSQL on 54329, the runtime role's development password.
        default: process.env.DATABASE_APP_URL ?? 'postgres://pcrm_app:pcrm-app-dev@127.0.0.1:54329/pcrm',
      },
      scale: { type: 'string', default: '1' },
      'owner-url': {
        type: 'string',
        default:
          process.env.DATABASE_URL ?? 'postgres://postgres:pcrm-embedded-superuser@127.0.0.1:54329/pcrm',
      },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
      customers: { type: 'string', default: '0' },
      tenant: { type: 'string', default: 'busan' },
    },
  });
  if (Number(values.scale) > 0)
    await generateBenchData({
      databaseUrl: values['database-url'],
      scale: Number(values.scale),
      seed: Number(values.seed),
      log,
    });
  if (Number(values.customers) > 0)
    await loadCustomers({
      databaseUrl: values['database-url'],
      ownerUrl: values['owner-url'],
      tenant: values.tenant,
      count: Number(values.customers),
      seed: Number(values.seed),
      log,
    });
}

main().catch((error: unknown) => {
  log(`FAILED: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
