import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

export interface FloorProcess {
  readonly url: string;
  readonly pid: number;
  stop(): Promise<void>;
}

/** Starts floor-server.js (the built file next to this one) as a child process and waits until it listens. */
export async function startFloor(options: {
  databaseUrl: string;
  port: number;
  poolSize: number;
  /** The ministry's read-only role and the API's pool size for it: ministry scopes run there. */
  ministry: { databaseUrl: string; poolSize: number };
  execArgv?: string[];
  timeoutMs?: number;
}): Promise<FloorProcess> {
  const child: ChildProcess = fork(join(__dirname, 'floor-server.js'), [], {
    env: {
      ...process.env,
      FLOOR_DATABASE_URL: options.databaseUrl,
      FLOOR_PORT: String(options.port),
      FLOOR_POOL_SIZE: String(options.poolSize),
      FLOOR_MINISTRY_DATABASE_URL: options.ministry.databaseUrl,
      FLOOR_MINISTRY_POOL_SIZE: String(options.ministry.poolSize),
    },
    execArgv: options.execArgv ?? [],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error('the floor did not start in time')),
      options.timeoutMs ?? 30_000,
    );
    child.once('message', (m: { ready?: boolean; port?: number }) => {
      clearTimeout(timer);
      if (m?.ready && m.port) resolve(m.port);
      else reject(new Error(`unexpected message from the floor: ${JSON.stringify(m)}`));
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the floor exited with ${code} before it listened`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
