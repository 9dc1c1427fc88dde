import { Client } from 'pg';
import type { GqlResult } from './api';

/**
 * Runs `work` as the runtime role (the API's, under row-level security) scoped to `tenant`, in a transaction
 * that is always rolled back: for checks of what the database itself lets a tenant see and change.
 */
export async function asTenant<T>(tenant: string, work: (db: Client) => Promise<T>): Promise<T> {
  const app = new Client({ connectionString: process.env.PCRM_APP_DATABASE_URL });
  await app.connect();
  try {
    await app.query('BEGIN');
    await app.query(`SELECT set_config('app.tenant_id', $1, true)`, [tenant]);
    return await work(app);
  } finally {
    await app.query('ROLLBACK').catch(() => undefined);
    await app.end();
  }
}

/** The request was refused with `code` (on `field` when given), a Korean message and an English one. */
export function expectRefused(res: GqlResult, code: string, field?: string): void {
  expect(res.errors?.[0]?.extensions).toMatchObject(field === undefined ? { code } : { code, field });
  expect(res.errors?.[0].message).toMatch(/[가-힣]/);
  expect(res.errors?.[0].extensions.messageEn).toBeTruthy();
}

/** A SQLSTATE a statement failed with (RLS and key checks of the database answer with these). */
export async function sqlState(statement: Promise<unknown>): Promise<string | null> {
  try {
    await statement;
    return null;
  } catch (error) {
    return (error as { code?: string }).code ?? 'unknown';
  }
}
