import { parseArgs } from 'node:util';
import { log } from '../support/log';
import { generateBenchData } from './bench-data';
import { DEFAULT_SEED } from './faker';

/**
 * The generator on its own, for a database the bench did not start — e.g. the one `npm start` runs:
 *   npm run build && node dist/api/bench/generate/main.js --scale 3
 * It connects as the runtime role (RLS applies), expects the demo data and refuses to run twice.
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
      seed: { type: 'string', default: String(DEFAULT_SEED) },
    },
  });
  await generateBenchData({
    databaseUrl: values['database-url'],
    scale: Number(values.scale),
    seed: Number(values.seed),
    log,
  });
}

main().catch((error: unknown) => {
  log(`FAILED: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
