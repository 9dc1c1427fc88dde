import type { TestDatabase } from './test-database';
import type { ServerProcess } from './server-process';
import type { ServiceDatabase } from './service-database';

export default async function globalTeardown(): Promise<void> {
  const state = (globalThis as Record<string, unknown>).__pcrm as
    { database: TestDatabase; server: ServerProcess; services?: ServiceDatabase } | undefined;
  if (!state) return;
  await state.server.stop();
  await state.services?.drop();
  await state.database.stop();
}
