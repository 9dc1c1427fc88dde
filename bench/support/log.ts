/** Progress goes to stderr: stdout carries only the one JSON line per scenario. */
export function log(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}
