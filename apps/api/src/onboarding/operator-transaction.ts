import type { DataSource } from 'typeorm';
import {
  DEFAULT_SCOPE_LIMITS,
  SET_SCOPE,
  fromDatabaseError,
  scopeParams,
  type AccessMode,
  type Principal,
  type Sql,
} from '@pcrm/tenancy';

/**
 * One transaction of the runtime role as the platform operator (ADR 0024): committed when `work` resolves,
 * else rolled back. The operator's principal has no tenant, so `app.tenant_id` is empty unless `work` sets it.
 * `translate` turns a database error into the caller's AppError first (a refusal raised by a SQL function).
 */
export async function operatorTransaction<T>(
  runtime: DataSource,
  by: Principal,
  work: (sql: Sql) => Promise<T>,
  access: AccessMode = 'read-write',
  translate: (error: unknown) => unknown = (error) => error,
): Promise<T> {
  const runner = runtime.createQueryRunner();
  await runner.connect();
  try {
    await runner.startTransaction();
    try {
      await runner.query(SET_SCOPE, scopeParams(by, access, DEFAULT_SCOPE_LIMITS));
      // `useStructuredResult`: the rows alone, also for UPDATE … RETURNING (TypeORM otherwise adds the row count).
      const result = await work({
        query: async (text, params) => (await runner.query(text, params, true)).records,
      });
      await runner.commitTransaction();
      return result;
    } catch (error) {
      await runner.rollbackTransaction().catch(() => undefined);
      throw fromDatabaseError(translate(error));
    }
  } finally {
    await runner.release();
  }
}
