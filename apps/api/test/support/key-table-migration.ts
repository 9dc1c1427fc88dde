import type { Client } from 'pg';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Runs a key table's migration down and up again inside one transaction that is rolled back, holding other
 * spec files' customer writes (and so their keys) off meanwhile, and returns the keys (`keysSql`, one `key`
 * column) before and after; `afterDown` checks what the down left.
 */
export async function downAndUp(
  owner: Client,
  migration: MigrationInterface,
  keysSql: string,
  afterDown: () => Promise<void>,
): Promise<{ before: string[]; after: string[] }> {
  const keys = async () => (await owner.query<{ key: string }>(keysSql)).rows.map((r) => r.key);
  const runner = { query: (text: string, parameters?: unknown[]) => owner.query(text, parameters) };
  await owner.query('BEGIN');
  try {
    // DROP TRIGGER would take this lock anyway; taking it first makes the keys read before the ones to refill.
    await owner.query('LOCK TABLE customers IN SHARE ROW EXCLUSIVE MODE');
    const before = await keys();
    await migration.down(runner as unknown as QueryRunner);
    await afterDown();
    await migration.up(runner as unknown as QueryRunner);
    return { before, after: await keys() };
  } finally {
    await owner.query('ROLLBACK');
  }
}
