import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sqlSnapshot } from '@pcrm/tenancy';
import { CUSTOM_FIELD_STATEMENTS } from './custom-fields.sql';

const FILE = join(__dirname, 'custom-fields.queries.sql');
const REGENERATE =
  'Regenerate: npm run sql:snapshots (UPDATE_SQL_SNAPSHOTS=1), then review and commit the diff.';

it('sends exactly the statements of custom-fields.queries.sql', () => {
  const generated = sqlSnapshot('custom-fields', CUSTOM_FIELD_STATEMENTS, REGENERATE);
  if (process.env.UPDATE_SQL_SNAPSHOTS === '1') writeFileSync(FILE, generated);
  let committed = '';
  try {
    committed = readFileSync(FILE, 'utf8');
  } catch {
    // a missing snapshot differs from every generated one
  }
  expect(generated).toBe(committed);
});
