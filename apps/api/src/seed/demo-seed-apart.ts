import { fork } from 'node:child_process';
import { join } from 'node:path';

/** What the seeding process is asked to do: sent over IPC, so the database password never shows in `ps`. */
export interface DemoSeedOrder {
  readonly runtimeUrl: string;
  readonly customersPerTenant: number;
  readonly casesPerTenant: number;
}

export type DemoSeedReport =
  | { readonly ok: true; readonly customers: number; readonly cases: number }
  | { readonly ok: false; readonly error: string };

/**
 * Seeds the demo data in a short-lived child process. Generating a year of petitions and 24,000 customers
 * for 16 시·도 takes about 150 MB of heap at its peak; in the API's own process V8 would keep that memory for
 * the server's whole life (a peak RSS of ~340 MB instead of ~185 MB, bench `graphql-read`). The child uses the
 * same runtime role and row-level security as the API, and leaves with its memory when it is done.
 */
export function seedDemoDataApart(order: DemoSeedOrder): Promise<{ customers: number; cases: number }> {
  return new Promise((resolve, reject) => {
    const child = fork(join(__dirname, 'demo-seed-child.js'), [], {
      execArgv: process.execArgv,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let report: DemoSeedReport | undefined;
    child.on('message', (m: DemoSeedReport) => (report = m));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (report?.ok) resolve({ customers: report.customers, cases: report.cases });
      else
        reject(
          new Error(
            `데모 데이터를 넣지 못했습니다 (demo data seeding failed): ${
              report && !report.ok ? report.error : `exit ${signal ?? code}`
            }`,
          ),
        );
    });
    child.send(order);
  });
}
