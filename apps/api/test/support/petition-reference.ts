import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { PetitionReference } from '../../../../libs/crm-core/test/survey-cases';
import { REPO_ROOT } from './repo-paths';

let cached: PetitionReference | undefined;

/**
 * The standard petition workflow and categories as the built server has them. Read in a child process: the
 * petitions module registers its GraphQL enums, and this jest project cannot load Nest's ES modules.
 */
export function petitionReference(): PetitionReference {
  if (cached) return cached;
  const dir = join(REPO_ROOT, 'dist', 'api', 'libs', 'crm-core', 'src', 'petitions');
  const script = `const w = require(${JSON.stringify(join(dir, 'standard-workflow.js'))});
    const r = require(${JSON.stringify(join(dir, 'reference-data.js'))});
    process.stdout.write(JSON.stringify({ workflow: w.STANDARD_PETITION_WORKFLOW, categories: r.STANDARD_VOC_CATEGORIES }));`;
  cached = JSON.parse(
    execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }),
  ) as PetitionReference;
  return cached;
}
