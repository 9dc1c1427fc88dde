import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startEmbeddedPostgres } from '../apps/api/src/database/embedded-postgres';
import { MINISTRY_POOL_SIZE, ministryUrlFrom, runtimeUrlFrom } from '../apps/api/src/database/provision';
import { startFloor, type FloorProcess } from './floor/floor-process';
import { generateBenchData } from './generate/bench-data';
import { DEFAULT_SEED } from './generate/faker';
import { DIVISIONS_PER_SCALE } from './generate/organization';
import { carriesErrors, load, type LoadOptions, type LoadResult, type LoadTarget } from './load';
import { newestProfile, printProfile, summarizeProfile } from './profile/cpu-profile';
import { BULK_SCENARIOS, findScenarios, isBulk, SCENARIOS } from './scenarios';
import type { BaselineScenario, BulkScenario, Scenario, ScenarioToken } from './scenarios/scenario';
import { log } from './support/log';
import { REPO_ROOT } from '../apps/api/test/support/repo-paths';
import { peakRssMb } from './support/proc';
import { startServerProcess, type ServerProcess } from '../apps/api/test/support/server-process';
import { freePort } from '../apps/api/test/support/free-port';
import { integratorToken, userToken } from '../apps/api/test/support/api';
import { API_NODE_FLAGS } from '../apps/api/src/runtime-flags';
import { startDevelopmentReceivers } from '../libs/crm-core/src/notifications/development-receivers';

const USAGE = `npm run bench [-- [scenario…] [options]]

Scenarios: ${[...SCENARIOS, ...BULK_SCENARIOS].map((s) => s.name).join(', ')} (default: all)
Options:
  --scale N          data scale: N × ${DIVISIONS_PER_SCALE} generated 과 (with 팀 and staff) per tenant on top of the demo data (1)
  --seed N           generator seed (${DEFAULT_SEED})
  --connections N    concurrent connections of the load generator (10)
  --warmup S         warm-up seconds per target, not measured (2)
  --duration S       measured seconds per target (10)
  --max-requests N   cap on requests per phase (1000000)
  --rounds N         alternate API and floor N times and report the medians (1)
  --customers N      customers of the customer-search tenant (1000000; loaded once per run, ~1 min per 60,000)
  --cases N          petitions of the voc-inbox tenant (1000000; loaded once per run)
  --cases-per-tenant N  petitions of each of the 16 tenants for ministry-compare (1000000: 16,000,000 in all)
  --data-dir DIR     keep the database in DIR after the run; a run with the same DIR continues its data
                     (what a tenant already holds is not loaded again)
  --node-env E       the API's NODE_ENV (production, as deployed; test shows development-mode costs)
  --cpu-prof         profile the API and floor processes; summarize the measured windows on stderr
  --help`;

/** Things to stop, newest first. A signal and the normal path may both ask: they share one run. */
class Cleanup {
  private readonly steps: { label: string; run: () => Promise<unknown> }[] = [];
  private running: Promise<void> | undefined;
  push(label: string, run: () => Promise<unknown>): void {
    this.steps.push({ label, run });
  }
  run(): Promise<void> {
    this.running ??= (async () => {
      for (let step = this.steps.pop(); step; step = this.steps.pop()) {
        const { label } = step;
        await step.run().catch((error: unknown) => log(`stopping ${label} failed: ${String(error)}`));
      }
    })();
    return this.running;
  }
}

const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/** Set by SIGINT/SIGTERM/SIGHUP: the run then ends with 130 and no failure report (what fails next is the stopping). */
let interrupted = false;

const withTimeout = <T>(p: Promise<T>, ms: number, what: string): Promise<T | void> =>
  Promise.race([
    p,
    new Promise<void>((resolve) =>
      setTimeout(() => (log(`${what}: gave up after ${ms} ms`), resolve()), ms).unref(),
    ),
  ]);

/** The bearer token of a scenario: the integrator's, or a demo staff member's through the login flow. */
const tokenFor = (token: ScenarioToken, origin: string): Promise<string> =>
  token.kind === 'user'
    ? userToken(token.realm, token.username, undefined, origin)
    : integratorToken(token.realm, origin);

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const round = (n: number, digits: number): number => Math.round(n * 10 ** digits) / 10 ** digits;

interface Targets {
  api: LoadTarget;
  floor: LoadTarget;
}

/** Fetches each of the scenario's requests from both servers once; they must agree byte for byte. */
async function verify(
  scenario: Scenario,
  api: ServerProcess,
  floor: FloorProcess,
  token: string,
): Promise<Targets> {
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  const variants = scenario.bodies?.() ?? [scenario.request.body];
  if (variants.length === 0) throw new Error(`${scenario.name}: no request bodies to send`);
  const bodies = variants.map((b) => (b ? JSON.stringify(b) : undefined));
  const target = (label: string, base: string, body: string | undefined): LoadTarget => ({
    label,
    url: `${base}${scenario.request.path}`,
    method: scenario.request.method,
    headers,
    body,
  });
  if (scenario.baseline) return verifyBaseline(scenario, api, headers);
  const get = async (t: LoadTarget) => {
    const res = await fetch(t.url, { method: t.method, headers: t.headers, body: t.body });
    return { status: res.status, text: await res.text() };
  };
  let bytes = 0;
  let first = '';
  const timings: { body: string; ms: number }[] = [];
  for (const body of bodies) {
    const a = await get(target('API', api.url, body));
    const started = performance.now();
    const f = await get(target('floor', floor.url, body));
    timings.push({ body: body ?? '', ms: performance.now() - started });
    const what = bodies.length > 1 ? `${scenario.name} (${body})` : scenario.name;
    if (a.status !== 200)
      throw new Error(`${what}: the API answered HTTP ${a.status}: ${a.text.slice(0, 500)}`);
    if (a.text.includes('"errors"'))
      throw new Error(`${what}: the API answered with errors: ${a.text.slice(0, 500)}`);
    if (f.status !== 200)
      throw new Error(`${what}: the floor answered HTTP ${f.status}: ${f.text.slice(0, 500)}`);
    const same = scenario.normalize ?? ((text: string) => text);
    const [apiText, floorText] = [same(a.text), same(f.text)];
    if (apiText !== floorText) {
      let at = 0;
      while (at < apiText.length && apiText[at] === floorText[at]) at++;
      throw new Error(
        `${what}: the floor's body differs from the API's at character ${at} (lengths ${apiText.length}/${floorText.length}${scenario.normalize ? ', normalized' : ''}):\n` +
          `  API:   …${JSON.stringify(apiText.slice(Math.max(0, at - 80), at + 120))}\n  floor: …${JSON.stringify(floorText.slice(Math.max(0, at - 80), at + 120))}`,
      );
    }
    bytes += Buffer.byteLength(a.text);
    first ||= a.text;
  }
  log(
    `${scenario.name}: API and floor agree on ${bodies.length} request${bodies.length > 1 ? 's' : ''} (${bytes} bytes)`,
  );
  if (bodies.length > 1) {
    const slowest = timings.sort((x, y) => y.ms - x.ms).slice(0, 3);
    log(
      `  slowest on the floor: ${slowest.map((t) => `${t.ms.toFixed(1)} ms ${t.body.slice(-60)}`).join(' | ')}`,
    );
  }
  const expectBody = scenario.stableBody ? first : undefined;
  const many = bodies.length > 1 ? bodies.map((b) => b ?? '') : undefined;
  // Answers that differ by design are still checked under load: a GraphQL error is a failed request.
  const refuseErrors = !scenario.stableBody;
  return {
    api: { ...target('API', api.url, bodies[0]), bodies: many, expectBody, refuseErrors },
    floor: { ...target('floor', floor.url, bodies[0]), bodies: many, expectBody, refuseErrors },
  };
}

/**
 * A scenario compared with the API itself: the request and the baseline body each answered once, 200 and
 * without errors; under load every answer of both is checked for errors (their bodies differ by design).
 */
async function verifyBaseline(
  scenario: BaselineScenario,
  api: ServerProcess,
  headers: Record<string, string>,
): Promise<Targets> {
  const target = (label: string, body: Readonly<Record<string, unknown>> | undefined): LoadTarget => ({
    label,
    url: `${api.url}${scenario.request.path}`,
    method: scenario.request.method,
    headers,
    body: body ? JSON.stringify(body) : undefined,
    refuseErrors: true,
  });
  const targets = {
    api: target('API', scenario.request.body),
    floor: target('baseline', scenario.baseline.body),
  };
  for (const t of Object.values(targets)) {
    const res = await fetch(t.url, { method: t.method, headers: t.headers, body: t.body });
    const text = await res.text();
    if (res.status !== 200 || carriesErrors(text))
      throw new Error(`${scenario.name} (${t.label}): HTTP ${res.status}: ${text.slice(0, 500)}`);
  }
  log(`${scenario.name}: the API answers the request and the baseline (${scenario.baseline.description})`);
  return targets;
}

/**
 * Scales the organization unless this data folder already holds it (a kept `--data-dir`): the generator
 * refuses a database it already ran on, so the folder remembers the scale and seed it was generated with.
 */
async function generateOnce(
  dir: string,
  options: { scale: number; seed: number },
  generate: () => Promise<unknown>,
): Promise<void> {
  const marker = join(dir, 'bench-data.json');
  const done = await readFile(marker, 'utf8').then(
    (text) => JSON.parse(text) as { scale: number; seed: number },
    () => null,
  );
  if (done && (done.scale !== options.scale || done.seed !== options.seed))
    throw new Error(
      `${dir} holds data of --scale ${done.scale} --seed ${done.seed}; use those or another --data-dir`,
    );
  if (done) return log(`generated organization already in ${dir} (scale ${done.scale}, seed ${done.seed})`);
  await generate();
  await writeFile(marker, JSON.stringify(options));
}

const describe = (r: LoadResult) =>
  `${r.rps} req/s (${r.requests} in ${r.seconds} s), p50 ${r.p50Ms} ms, p95 ${r.p95Ms} ms, p99 ${r.p99Ms} ms`;

/** A bulk scenario: the API's path and the floor timed once each; rates are rows per second. */
async function runBulk(
  scenario: BulkScenario,
  ctx: Omit<Parameters<BulkScenario['run']>[0], 'token'>,
  apiPid: number,
): Promise<string> {
  const token = await integratorToken(scenario.token.realm, ctx.apiUrl);
  log(`${scenario.name}: ${scenario.description}…`);
  const r = await scenario.run({ ...ctx, token });
  const line = {
    scenario: scenario.name,
    api_rps: round(r.rows / r.apiSeconds, 1),
    floor_rps: round(r.rows / r.floorSeconds, 1),
    ratio: round(r.floorSeconds / r.apiSeconds, 3),
    api_seconds: round(r.apiSeconds, 2),
    floor_seconds: round(r.floorSeconds, 2),
    rows: r.rows,
    api_rss_mb: peakRssMb(apiPid),
  };
  log(
    `${scenario.name}: ${r.rows} rows, API ${line.api_seconds} s, floor ${line.floor_seconds} s; ratio ${line.ratio} ` +
      `${line.ratio >= scenario.targetRatio ? 'meets' : 'MISSES'} the target ≥ ${scenario.targetRatio}`,
  );
  return JSON.stringify(line);
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      scale: { type: 'string', default: '1' },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
      connections: { type: 'string', default: '10' },
      warmup: { type: 'string', default: '2' },
      duration: { type: 'string', default: '10' },
      'max-requests': { type: 'string', default: '1000000' },
      rounds: { type: 'string', default: '1' },
      customers: { type: 'string', default: '1000000' },
      cases: { type: 'string', default: '1000000' },
      'cases-per-tenant': { type: 'string', default: '1000000' },
      'data-dir': { type: 'string' },
      'cpu-prof': { type: 'boolean', default: false },
      'node-env': { type: 'string', default: 'production' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    process.stderr.write(`${USAGE}\n`);
    return 0;
  }
  const num = (name: keyof typeof values, min: number): number => {
    const n = Number(values[name]);
    if (!Number.isFinite(n) || n < min)
      throw new Error(`--${name} must be a number ≥ ${min}, got ${values[name]}`);
    return n;
  };
  const scale = num('scale', 0);
  const seed = num('seed', 0);
  const rounds = num('rounds', 1);
  const customers = num('customers', 0);
  const cases = num('cases', 0);
  const casesPerTenant = num('cases-per-tenant', 0);
  const loadOptions: LoadOptions = {
    connections: num('connections', 1),
    warmupSeconds: num('warmup', 0),
    durationSeconds: num('duration', 1),
    maxRequests: num('max-requests', 1),
  };
  const scenarios = findScenarios(positionals);
  const cpuProf = values['cpu-prof'];
  const started = Date.now();
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const resultsDir = join(REPO_ROOT, 'bench', 'results');
  const profileDirs = {
    api: join(resultsDir, `profiles-${stamp}`, 'api'),
    floor: join(resultsDir, `profiles-${stamp}`, 'floor'),
  };

  const cleanup = new Cleanup();
  const onSignal = (signal: NodeJS.Signals) => {
    if (interrupted) return;
    interrupted = true;
    log(`${signal}: stopping everything…`);
    void cleanup.run().finally(() => process.exit(130));
  };
  for (const signal of SIGNALS) process.on(signal, onSignal);

  const lines: string[] = [];
  const windows: {
    scenario: string;
    target: 'api' | 'floor';
    startUs: number;
    endUs: number;
    requests: number;
  }[] = [];
  try {
    // A kept folder (--data-dir) holds the database across runs: a later run continues a big load.
    const kept = values['data-dir'];
    const tmp = kept ? resolve(kept) : await mkdtemp(join(tmpdir(), 'pcrm-bench-'));
    if (!kept) cleanup.push('temporary folder', () => rm(tmp, { recursive: true, force: true }));

    log(`PostgreSQL (embedded, ${tmp}/postgres${kept ? ', kept after the run' : ''})…`);
    const theirs = SIGNALS.map((signal) => new Set(process.listeners(signal)));
    const db = await startEmbeddedPostgres({
      dataDir: tmp,
      port: await freePort(),
      persistent: Boolean(kept),
    });
    // embedded-postgres installs async-exit-hook, whose signal handlers stop PostgreSQL and exit at once,
    // cutting our own cleanup short (children and the temporary folder would stay). We stop it ourselves.
    SIGNALS.forEach((signal, i) =>
      process.listeners(signal).forEach((l) => theirs[i].has(l) || process.removeListener(signal, l)),
    );
    cleanup.push('PostgreSQL', () => withTimeout(db.stop(), 15_000, 'stopping PostgreSQL'));

    if (cpuProf) for (const dir of Object.values(profileDirs)) await mkdir(dir, { recursive: true });
    // Production sends resident notices and refuses to start without somewhere to send them: a local mail
    // catcher and SMS sink (the development receivers), so notices of the petition scenarios are delivered.
    const receivers = await startDevelopmentReceivers(() => undefined);
    cleanup.push('notification receivers', () => receivers.close());
    const appPassword = 'pcrm-app-bench';
    const ministryPassword = 'pcrm-ministry-bench';
    const poolSize = 10; // the API's default PCRM_DB_POOL_SIZE; the floor's pool has the same size
    log('API server (dist/api/apps/api/src/main.js): migrations, tenants, demo data…');
    const api = await startServerProcess(
      {
        DATABASE_URL: db.url,
        NODE_ENV: values['node-env'],
        HOST: '127.0.0.1',
        PCRM_DATA_DIR: join(tmp, 'data'),
        PCRM_APP_DB_PASSWORD: appPassword,
        PCRM_MINISTRY_DB_PASSWORD: ministryPassword,
        PCRM_DEV_IDP: '1',
        SMTP_URL: receivers.smtpUrl,
        SMS_GATEWAY_URL: receivers.smsGatewayUrl,
        SMS_DEFAULT_SENDER: '15880000',
        PCRM_SEED_DEMO: '1',
        PCRM_DB_POOL_SIZE: String(poolSize),
        // One integrator token carries the whole load: the per-caller limits stay in the path (their cost
        // is measured) but with ceilings above what this machine can serve. Concurrency: as many requests
        // as the load's connections (and the pool), as many callers together would have; by default one
        // caller gets half the pool and the rest would wait in its line.
        PCRM_RATE_LIMIT: '1000000',
        PCRM_RATE_BURST: '1000000',
        PCRM_CALLER_CONCURRENCY: String(Math.max(loadOptions.connections, poolSize)),
        // The flags `npm start` and the container start the API with. Node 20 refuses --cpu-prof in
        // NODE_OPTIONS: a preload starts the profiler.
        NODE_OPTIONS: [
          process.env.NODE_OPTIONS,
          ...API_NODE_FLAGS,
          cpuProf ? `--require ${join(__dirname, 'profile', 'cpu-profiler-preload.js')}` : '',
        ]
          .filter(Boolean)
          .join(' '),
        PCRM_BENCH_CPU_PROF_DIR: cpuProf ? profileDirs.api : '',
      },
      await freePort(),
      // Migrations and the demo data (16 시·도 of staff, customers and a year of petitions) on a busy machine.
      600_000,
    );
    cleanup.push('API server', () => api.stop());
    log(`API at ${api.url} (pid ${api.child.pid}; peak RSS after start ${peakRssMb(api.child.pid!)} MB)`);

    const appUrl = runtimeUrlFrom(db.url, appPassword);
    await generateOnce(tmp, { scale, seed }, () =>
      generateBenchData({ databaseUrl: appUrl, scale, seed, log }),
    );

    const floor = await startFloor({
      databaseUrl: appUrl,
      port: await freePort(),
      poolSize,
      ministry: { databaseUrl: ministryUrlFrom(db.url, ministryPassword), poolSize: MINISTRY_POOL_SIZE },
      execArgv: cpuProf ? ['--cpu-prof', `--cpu-prof-dir=${profileDirs.floor}`] : [],
    });
    cleanup.push('floor', () => floor.stop());
    log(`floor at ${floor.url} (pid ${floor.pid})`);

    const prepareContext = {
      apiUrl: api.url,
      runtimeUrl: appUrl,
      ownerUrl: db.url,
      seed,
      customers,
      cases,
      casesPerTenant,
      log,
    };
    for (const scenario of scenarios) {
      if (isBulk(scenario)) {
        lines.push(await runBulk(scenario, prepareContext, api.child.pid!));
        process.stdout.write(`${lines[lines.length - 1]}\n`);
        continue;
      }
      if (scenario.prepare) await scenario.prepare(prepareContext);
      // A fresh token per scenario: the development identity provider's tokens live 30 minutes.
      const token = await tokenFor(scenario.token, api.url);
      const targets = await verify(scenario, api, floor, token);
      const runs = { api: [] as LoadResult[], floor: [] as LoadResult[] };
      for (let round = 1; round <= rounds; round++) {
        for (const which of ['api', 'floor'] as const) {
          log(
            `${scenario.name} ${which}${rounds > 1 ? ` round ${round}/${rounds}` : ''}: ${loadOptions.connections} connections, ${loadOptions.warmupSeconds} s warm-up + ${loadOptions.durationSeconds} s…`,
          );
          const result = await load(targets[which], loadOptions);
          runs[which].push(result);
          windows.push({
            scenario: scenario.name,
            target: which,
            startUs: result.startUs,
            endUs: result.endUs,
            requests: result.requests,
          });
          log(`  ${which}: ${describe(result)}`);
        }
      }
      const apiRps = median(runs.api.map((r) => r.rps));
      const floorRps = median(runs.floor.map((r) => r.rps));
      const apiP95 = median(runs.api.map((r) => r.p95Ms));
      const floorP95 = median(runs.floor.map((r) => r.p95Ms));
      const line = {
        scenario: scenario.name,
        api_rps: apiRps,
        floor_rps: floorRps,
        ratio: round(apiRps / floorRps, 3),
        api_p95_ms: apiP95,
        floor_p95_ms: floorP95,
        latency_ratio: round(floorP95 / apiP95, 3),
        api_rss_mb: peakRssMb(api.child.pid!),
      };
      const verdict = (met: boolean): string => (met ? 'meets' : 'MISSES');
      log(
        `${scenario.name}: ratio ${line.ratio} ${verdict(line.ratio >= scenario.targetRatio)} the target ≥ ${scenario.targetRatio}; ` +
          `peak RSS ${line.api_rss_mb} MB ${verdict(line.api_rss_mb !== null && line.api_rss_mb <= scenario.targetRssMb)} the target ≤ ${scenario.targetRssMb} MB; ` +
          `latency ratio ${line.latency_ratio}`,
      );
      lines.push(JSON.stringify(line));
      process.stdout.write(`${lines[lines.length - 1]}\n`);
    }

    if (cpuProf) {
      await floor.stop();
      await api.stop();
      for (const which of ['api', 'floor'] as const) {
        const file = await newestProfile(profileDirs[which]);
        if (!file) {
          log(`no ${which} CPU profile was written in ${profileDirs[which]}`);
          continue;
        }
        for (const w of windows.filter((x) => x.target === which)) {
          const summary = await summarizeProfile(file, w.startUs, w.endUs);
          printProfile(`${w.scenario} ${which}`, summary, w.requests, log);
        }
      }
    }
    await mkdir(resultsDir, { recursive: true });
    await writeFile(join(resultsDir, `${stamp}.jsonl`), lines.map((l) => `${l}\n`).join(''));
    log(
      `done in ${Math.round((Date.now() - started) / 1000)} s; results also in bench/results/${stamp}.jsonl`,
    );
    return 0;
  } finally {
    await cleanup.run();
  }
}

main().then(
  (code) => process.exit(interrupted ? 130 : code),
  (error: unknown) => {
    if (!interrupted) log(`FAILED: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(interrupted ? 130 : 1);
  },
);
