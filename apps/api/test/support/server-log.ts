import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where the suite's shared server appends its output (global setup). */
export const serverLogFile = (dataDir: string): string => join(dataDir, 'server.log');

/**
 * The shared server's log lines that mention `needle` (or its last lines without one), for a failure
 * message: a timeout in CI then says what the server saw, not only that the test waited.
 */
export function serverLogExcerpt(needle?: string, maxLines = 40): string {
  const file = process.env.PCRM_TEST_SERVER_LOG;
  if (!file || !existsSync(file)) return '(no server log)';
  const lines = readFileSync(file, 'utf8').split('\n');
  const picked = needle ? lines.filter((line) => line.includes(needle)) : lines;
  const tail = picked.slice(-maxLines);
  return tail.length ? tail.join('\n') : `(no server log line mentions ${needle})`;
}
