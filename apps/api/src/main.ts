import { loadConfig } from './config/app-config';
import { startPlatform, type RunningPlatform } from './platform';
import { StartupProblem } from './startup-problem';

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
