import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The repository root: the nearest folder above this file holding nx.json (from source or from dist/api). */
export const REPO_ROOT: string = (() => {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'nx.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no nx.json above ${__dirname}`);
  }
})();

/** The built API server, as `npm start` runs it. */
export const API_ENTRY = join(REPO_ROOT, 'dist', 'api', 'apps', 'api', 'src', 'main.js');
