import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * One statement of `customers.queries.sql` (the SQL snapshot the drift test keeps equal to what the API
 * sends), by its title, e.g. `search (name, first page)`: specs plan and run exactly the API's SQL.
 */
export function customerStatement(title: string): string {
  const body = snapshotLines(title).slice(2).join('\n');
  return body.slice(0, body.indexOf(';'));
}

/** The parameters the snapshot records for the statement `title`. */
export function customerStatementParameters(title: string): unknown[] {
  return JSON.parse(snapshotLines(title)[1].replace('-- parameters: ', '')) as unknown[];
}

function snapshotLines(title: string): string[] {
  const file = readFileSync(
    join(__dirname, '../../../../libs/crm-core/src/customers/customers.queries.sql'),
    'utf8',
  );
  const start = file.indexOf(`-- ${title}\n`);
  if (start < 0) throw new Error(`customers.queries.sql has no statement '${title}'`);
  return file.slice(start).split('\n');
}
