import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { API_NODE_FLAGS } from '../src/runtime-flags';
import { REPO_ROOT } from './support/repo-paths';

/** The API's heap flags take effect only on the command line: every way of starting it must pass them. */
const read = (...parts: string[]) => readFileSync(join(REPO_ROOT, ...parts), 'utf8');
const MAIN = 'dist/api/apps/api/src/main.js';

it('npm start runs the API with the flags', () => {
  const start = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts.start;
  expect(start).toContain(`node ${API_NODE_FLAGS.join(' ')} ${MAIN}`);
});

it("the container's command runs the API with the flags", () => {
  const cmd = read('docker', 'api.Dockerfile')
    .split('\n')
    .find((line) => line.startsWith('CMD '));
  expect(cmd && (JSON.parse(cmd.slice(4)) as string[])).toEqual(['node', ...API_NODE_FLAGS, MAIN]);
});

it('the benchmark starts the API with the flags', () => {
  expect(read('bench', 'run.ts')).toMatch(
    /NODE_OPTIONS: \[\s*process\.env\.NODE_OPTIONS,\s*\.\.\.API_NODE_FLAGS,/,
  );
});
