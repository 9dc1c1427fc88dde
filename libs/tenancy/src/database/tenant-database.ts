import type { DataSource, QueryRunner } from 'typeorm';
import { RequestContexts, type RequestContext } from '../context/request-context';

/** What a capability needs to run SQL: rows back, nothing else. */
export interface Sql {
  query<R = Record<string, unknown>>(text: string, params?: unknown[]): Promise<R[]>;
}

/** The first statement of every tenant transaction (the bench floor runs it too). */
export const SET_TENANT = "SELECT set_config('app.tenant_id', $1, true)";

const asSql = (runner: QueryRunner): Sql => ({
  async query<R>(text: string, params?: unknown[]): Promise<R[]> {
    const result = await runner.query(text, params, true);
    return result.records as R[];
  },
});

/**
 * Every statement of the runtime role runs in a transaction that first pins `app.tenant_id`
 * (transaction-local, so poolers and reused connections never carry one request's tenant into another).
 */
export class TenantDatabase {
  constructor(private readonly dataSource: DataSource) {}

  /** A transaction pinned to one tenant, outside any request (seed, jobs). `null`: no tenant, no rows. */
  async withTenant<T>(tenantId: string | null, work: (sql: Sql) => Promise<T>): Promise<T> {
    const runner = await this.begin(tenantId);
    try {
      const result = await work(asSql(runner));
      await runner.commitTransaction();
      return result;
    } catch (error) {
      await runner.rollbackTransaction();
      throw error;
    } finally {
      await runner.release();
    }
  }

  /** The current request's transaction, opened on first use and ended by `endRequest`. */
  request(): Sql {
    return {
      query: async <R>(text: string, params?: unknown[]): Promise<R[]> => {
        const ctx = RequestContexts.require();
        ctx.transaction ??= this.begin(ctx.principal.tenantId);
        return asSql(await ctx.transaction).query<R>(text, params);
      },
    };
  }

  /** Commits (or, after any error, rolls back) the request's transaction if it was opened. */
  async endRequest(ctx: RequestContext, commit: boolean): Promise<void> {
    const pending = ctx.transaction;
    if (!pending) return;
    ctx.transaction = undefined;
    const runner = await pending.catch(() => null); // a failed BEGIN already released its connection
    if (!runner) return;
    try {
      if (commit) await runner.commitTransaction();
      else await runner.rollbackTransaction();
    } finally {
      await runner.release();
    }
  }

  private async begin(tenantId: string | null): Promise<QueryRunner> {
    const runner = this.dataSource.createQueryRunner();
    try {
      await runner.connect();
      await runner.startTransaction();
      await runner.query(SET_TENANT, [tenantId ?? '']);
      return runner;
    } catch (error) {
      await runner.release();
      throw error;
    }
  }
}
