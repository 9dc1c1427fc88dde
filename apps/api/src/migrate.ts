import { loadConfig } from './config/app-config';
import { prepareDatabase } from './database/database-setup';

/** Runs migrations and exits: the Kubernetes migrate Job and CI use it. */
async function migrate(): Promise<void> {
  const config = loadConfig();
  const { embedded } = await prepareDatabase(config, console.log);
  await embedded?.stop();
}

migrate().catch((error: unknown) => {
  console.error('마이그레이션 실패:', error);
  process.exit(1);
});
