import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { sqlSnapshot, type StatementExamples } from '@pcrm/tenancy';

export const REGENERATE =
  'Regenerate: npm run sql:snapshots (UPDATE_SQL_SNAPSHOTS=1), then review and commit the diff.';

/**
 * The drift test of a capability's SQL: the statements its code builds must equal the committed snapshot
 * file (`name`, beside the spec), so every SQL change shows in review. With UPDATE_SQL_SNAPSHOTS=1 it rewrites
 * the file instead.
 */
export function expectSqlSnapshot(name: string, capability: string, statements: StatementExamples): void {
  const file = join(dirname(expect.getState().testPath!), name);
  const generated = sqlSnapshot(capability, statements, REGENERATE);
  if (process.env.UPDATE_SQL_SNAPSHOTS === '1') writeFileSync(file, generated);
  let committed = '';
  try {
    committed = readFileSync(file, 'utf8');
  } catch {
    // a missing snapshot differs from every generated one
  }
  expect(generated).toBe(committed);
}
