import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The parts of a V8 .cpuprofile (node --cpu-prof) the summary reads. */
interface CpuProfile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
    parent?: number;
    children?: number[];
  }[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  readonly file: string;
  readonly windowMs: number;
  /** Share of the window the main thread was busy (not idle). */
  readonly busyShare: number;
  /** Self time by where the code lives: a package in node_modules, apps/…, libs/…, node:internal, GC. */
  readonly byPlace: { place: string; ms: number; share: number }[];
  /** Hottest functions by self time. */
  readonly topFunctions: { fn: string; ms: number; share: number }[];
  /**
   * Self time charged to the nearest code that asked for it: native, node:internal and builtin frames count
   * for the package or repository code below them on the stack (a socket write made by pg counts for pg).
   */
  readonly byCaller: { place: string; ms: number; share: number }[];
}

const SPECIAL: Record<string, string> = {
  '(garbage collector)': 'GC',
  '(idle)': 'idle',
  '(program)': 'V8/native (program)',
  '(root)': 'root',
};

/** Where a frame's code lives: 'express', '@apollo/server', 'apps/api', 'libs/tenancy', 'node:internal', … */
export function placeOf(url: string, functionName: string): string {
  if (!url) return SPECIAL[functionName] ?? 'native/builtin';
  const nm = url.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const parts = url.slice(nm + '/node_modules/'.length).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  if (url.startsWith('node:')) return 'node:internal';
  const inRepo = /\/(apps\/[^/]+|libs\/[^/]+|bench)\//.exec(url);
  return inRepo ? inRepo[1] : url;
}

/** The newest .cpuprofile in a folder. */
export async function newestProfile(dir: string): Promise<string | null> {
  const files = (await readdir(dir).catch(() => [] as string[]))
    .filter((f) => f.endsWith('.cpuprofile'))
    .sort();
  return files.length ? join(dir, files[files.length - 1]) : null;
}

const RUNTIME = new Set(['native/builtin', 'node:internal', 'V8/native (program)']);

/**
 * Self time per place and per function within [fromUs, toUs] (process.hrtime microseconds: V8 profiles use the
 * same monotonic clock on Linux), and per calling place.
 */
export async function summarizeProfile(
  file: string,
  fromUs?: number,
  toUs?: number,
): Promise<ProfileSummary> {
  const profile = JSON.parse(await readFile(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  for (const n of profile.nodes) for (const c of n.children ?? []) byId.get(c)!.parent = n.id;
  let from = fromUs ?? profile.startTime;
  let to = toUs ?? profile.endTime;
  if (to < profile.startTime || from > profile.endTime) {
    process.stderr.write(`[bench] profile window outside ${file}; summarizing the whole profile\n`);
    from = profile.startTime;
    to = profile.endTime;
  }
  const selfByNode = new Map<number, number>();
  let t = profile.startTime;
  let total = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i];
    if (t < from || t > to) continue;
    const dt = profile.timeDeltas[i + 1] ?? 0; // a sample stands for the time until the next one
    selfByNode.set(profile.samples[i], (selfByNode.get(profile.samples[i]) ?? 0) + dt);
    total += dt;
  }
  const place = new Map<string, number>();
  const caller = new Map<string, number>();
  const fns = new Map<string, number>();
  let idle = 0;
  const add = (m: Map<string, number>, k: string, us: number) => m.set(k, (m.get(k) ?? 0) + us);
  for (const [id, us] of selfByNode) {
    const node = byId.get(id)!;
    const { functionName, url, lineNumber } = node.callFrame;
    const where = placeOf(url, functionName);
    if (where === 'idle') idle += us;
    add(place, where, us);
    let charged = where;
    for (
      let n: typeof node | undefined = node;
      n && RUNTIME.has(charged);
      n = n.parent === undefined ? undefined : byId.get(n.parent)
    ) {
      const p = placeOf(n.callFrame.url, n.callFrame.functionName);
      if (!RUNTIME.has(p) && p !== 'root') charged = p;
    }
    add(caller, charged, us);
    const at = url
      ? `${url.replace(/^.*\/node_modules\//, '').replace(/^file:\/\/.*?\/(apps|libs|bench)\//, '$1/')}:${lineNumber + 1}`
      : '';
    add(fns, `${functionName || '(anonymous)'} ${at}`.trim(), us);
  }
  const busy = total - idle;
  const rows = <K extends string>(m: Map<string, number>, key: K, limit: number, base: number) =>
    [...m]
      .filter(([k]) => k !== 'idle')
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(
        ([k, us]) =>
          ({ [key]: k, ms: Math.round(us / 1000), share: Math.round((us / base) * 1000) / 1000 }) as {
            [P in K]: string;
          } & { ms: number; share: number },
      );
  return {
    file,
    windowMs: Math.round(total / 1000),
    busyShare: total ? Math.round((busy / total) * 1000) / 1000 : 0,
    byPlace: rows(place, 'place', 25, busy || 1),
    topFunctions: rows(fns, 'fn', 40, busy || 1),
    byCaller: rows(caller, 'place', 25, busy || 1),
  };
}

/** The summary as stderr lines; with the phase's request count, also CPU time per request. */
export function printProfile(
  label: string,
  s: ProfileSummary,
  requests: number,
  log: (line: string) => void,
): void {
  const busyMs = s.windowMs * s.busyShare;
  const perRequest = (ms: number) => `${String(Math.round((ms * 1000) / requests)).padStart(5)} µs/req`;
  log(
    `${label} CPU profile ${s.file}: ${s.windowMs} ms window, main thread busy ${(s.busyShare * 100).toFixed(1)}%, ` +
      `${requests} requests: ${Math.round((busyMs * 1000) / requests)} µs of CPU per request`,
  );
  const row = (share: number, ms: number, what: string) =>
    log(
      `    ${(share * 100).toFixed(1).padStart(5)}%  ${String(ms).padStart(6)} ms ${perRequest(ms)}  ${what}`,
    );
  log(`  self time by place (share of busy time):`);
  for (const p of s.byPlace) row(p.share, p.ms, p.place);
  log(`  hottest functions (self):`);
  for (const f of s.topFunctions) row(f.share, f.ms, f.fn);
  log(`  self time charged to the calling package (native and node:internal work counted for who asked):`);
  for (const p of s.byCaller) row(p.share, p.ms, p.place);
}
