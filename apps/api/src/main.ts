import { setFlagsFromString } from 'node:v8';
import { loadConfig } from './config/app-config';
import { startPlatform, type RunningPlatform } from './platform';
import { StartupProblem } from './startup-problem';

/**
 * V8 lets the old generation grow up to 4× what survived the last full collection before it collects again;
 * under load the API's short-lived request objects that outlive two scavenges then pile up to ~350 MB.
 * 1.3× (V8's own "conservative" factor) keeps the peak near 200 MB for a few more, mostly concurrent, full
 * collections. Read by V8 at every collection, so setting it here, first thing, holds for `npm start`, the
 * container and the benchmark alike.
 */
const HEAP_GROWING_PERCENT = 30;
setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);

async function main(): Promise<void> {
  const config = loadConfig();
  const running: { platform?: RunningPlatform } = {};
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: 종료합니다…`);
    try {
      await running.platform?.close();
    } finally {
      process.exit(0);
    }
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  running.platform = await startPlatform(config);
}

main().catch((error: unknown) => {
  if (error instanceof StartupProblem) console.error(`PCRM 을 시작하지 못했습니다: ${error.message}`);
  else console.error('PCRM 을 시작하지 못했습니다:', error);
  process.exit(1);
});
