import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { join } from 'node:path';

/**
 * `node --require <this> …`: profiles the whole process with V8's sampling profiler and writes
 * `<PCRM_BENCH_CPU_PROF_DIR>/CPU.<time>.<pid>.cpuprofile` when it exits — what `--cpu-prof` does, for
 * processes started through NODE_OPTIONS, where Node 20 refuses `--cpu-prof`. The bench passes it to the API
 * server only when run with `--cpu-prof`.
 */
const dir = process.env.PCRM_BENCH_CPU_PROF_DIR;
if (dir) {
  const session = new Session();
  session.connect();
  session.post('Profiler.enable');
  session.post('Profiler.setSamplingInterval', {
    interval: Number(process.env.PCRM_BENCH_CPU_PROF_INTERVAL_US ?? 1000),
  });
  session.post('Profiler.start');
  // An in-thread inspector session answers synchronously, so the profile is complete before the process ends.
  process.on('exit', () => {
    session.post('Profiler.stop', (error, result) => {
      if (error) return process.stderr.write(`cpu profile: ${error.message}\n`);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, `CPU.${Date.now()}.${process.pid}.cpuprofile`), JSON.stringify(result.profile));
    });
  });
}
