import type { TestDatabase } from './test-database';
import type { ServerProcess } from './server-process';

export default async function globalTeardown(): Promise<void> {
  const state = (globalThis as Record<string, unknown>).__pcrm as
    { database: TestDatabase; server: ServerProcess } | undefined;
  if (!state) return;
  await state.server.stop();
  await state.database.stop();
}
