import type { AppConfig } from '../config/app-config';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded-postgres';
import { ensureMinistryRole, ensureRuntimeRole, ministryUrlFrom, runtimeUrlFrom } from './provision';
import { runMigrations } from './data-sources';

export interface DatabaseUrls {
  owner: string;
  runtime: string;
  /** As the ministry's read-only role (docs/adr/0019). */
  ministry: string;
  embedded: EmbeddedDatabase | null;
}

/** The embedded PostgreSQL unless DATABASE_URL is set; then the runtime role and the schema, migrated. */
export async function prepareDatabase(config: AppConfig, log: (m: string) => void): Promise<DatabaseUrls> {
  let embedded: EmbeddedDatabase | null = null;
  let owner = config.databaseUrl;
  if (!owner) {
    log(`내장 PostgreSQL 을 시작합니다 (${config.dataDir}/postgres, 포트 ${config.embeddedPgPort})`);
    embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPgPort });
    owner = embedded.url;
  }
  try {
    if (!config.databaseAppUrl) await ensureRuntimeRole(owner, config.appDbPassword, config, log);
    if (!config.databaseMinistryUrl) await ensureMinistryRole(owner, config.ministryDbPassword, config);
    const ran = await runMigrations(owner);
    if (ran.length) log(`마이그레이션 적용: ${ran.join(', ')}`);
    return {
      owner,
      runtime: config.databaseAppUrl ?? runtimeUrlFrom(owner, config.appDbPassword),
      ministry: config.databaseMinistryUrl ?? ministryUrlFrom(owner, config.ministryDbPassword),
      embedded,
    };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}
