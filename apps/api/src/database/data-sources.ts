import { DataSource } from 'typeorm';
import { MIGRATIONS } from './migrations';

/** Migrations and provisioning connect as the schema owner. */
export function ownerDataSource(url: string): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
  });
}

/** The request path connects as the runtime role (the ministry's as its own role); `synchronize` is never on. */
export function runtimeDataSource(
  url: string,
  poolSize: number,
  acquireTimeoutMs: number,
  applicationName = 'pcrm-api',
): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    poolSize,
    applicationName,
    // connectionTimeoutMillis bounds the wait for a free pooled connection as well as a new connect.
    extra: { idleTimeoutMillis: 30_000, connectionTimeoutMillis: acquireTimeoutMs },
  });
}

/** Runs pending migrations under an advisory lock, so replicas starting together migrate once. */
export async function runMigrations(url: string): Promise<string[]> {
  const ds = await ownerDataSource(url).initialize();
  const lock = ds.createQueryRunner();
  try {
    await lock.connect();
    await lock.query('SELECT pg_advisory_lock(hashtext($1))', ['pcrm:migrations']);
    const ran = await ds.runMigrations({ transaction: 'each' });
    return ran.map((m) => m.name);
  } finally {
    if (lock.isReleased === false) await lock.query('SELECT pg_advisory_unlock_all()').catch(() => undefined);
    await lock.release();
    await ds.destroy();
  }
}
