import type { DataSource } from 'typeorm';
import {
  RequestContexts,
  type AccessMode,
  type Principal,
  type RequestContext,
} from '../context/request-context';
import { AppError, ErrorCode } from '../errors/app-errors';
import { fromDatabaseError } from './database-errors';
import { MINISTRY_REALM } from '../registry/tenant-catalog';

/** What a capability needs to run SQL: rows back, nothing else. */
export interface Sql {
  query<R = Record<string, unknown>>(text: string, params?: unknown[]): Promise<R[]>;
}

/** How long one statement may run and how long a transaction may sit idle before PostgreSQL ends it. */
export interface ScopeLimits {
  readonly statementTimeoutMs: number;
  readonly idleInTransactionTimeoutMs: number;
}

export const DEFAULT_SCOPE_LIMITS: ScopeLimits = {
  statementTimeoutMs: 15_000,
  idleInTransactionTimeoutMs: 60_000,
};

/**
 * The statement after `START TRANSACTION` of every tenant transaction (the bench floor runs it too): the
 * tenant RLS pins to, the actor the audit trail records, the limits, and read-only for GraphQL queries.
 * All transaction-local, so poolers and reused connections never carry one scope's settings into another.
 */
export const SET_SCOPE = `SELECT set_config('app.tenant_id', $1, true), set_config('app.actor', $2, true),
  set_config('app.actor_roles', $3, true), set_config('statement_timeout', $4, true),
  set_config('idle_in_transaction_session_timeout', $5, true), set_config('transaction_read_only', $6, true)`;

/** The parameters of `SET_SCOPE` for a principal. */
export function scopeParams(principal: Principal, access: AccessMode, limits: ScopeLimits): string[] {
  return [
    principal.tenantId ?? '',
    `${principal.realm}/${principal.username}`,
    principal.roles.join(','),
    String(limits.statementTimeoutMs),
    String(limits.idleInTransactionTimeoutMs),
    access === 'read-only' ? 'on' : 'off',
  ];
}

/** A statement issued after its scope's transaction ended: a forgotten `await` or a fire-and-forget promise. */
export class TenantScopeEndedError extends Error {
  constructor() {
    super(
      'The tenant scope of this request or job has ended; a statement issued after it (a missing await?) is refused',
    );
    this.name = 'TenantScopeEndedError';
  }
}

/**
 * The answer to a statement issued after its scope ended. Logged with the stack of the code that issued
 * it, and marked handled: a caller that awaits it still gets the error, but a forgotten promise no one
 * awaits cannot take the process down with an unhandled rejection.
 */
function refuseLate(): Promise<never> {
  const error = new TenantScopeEndedError();
  console.error(error.stack);
  const refused = Promise.reject(error);
  refused.catch(() => undefined);
  return refused;
}

/** A scope was asked for a tenant the registry does not list as active. Not worth retrying. */
export class TenantUnavailableError extends AppError {
  constructor(readonly tenantId: string | null) {
    super(
      ErrorCode.Forbidden,
      `기관(시·도) '${tenantId ?? ''}'은(는) 등록되지 않았거나 사용이 중지되었습니다.`,
      `Tenant '${tenantId ?? ''}' is not registered or is inactive.`,
    );
  }
}

/** The node-postgres client a scope speaks to. */
interface PgClient {
  query(text: string, params?: unknown[]): Promise<{ rows: unknown[] }>;
  on(event: 'error', listener: (error: Error) => void): void;
  removeListener(event: 'error', listener: (error: Error) => void): void;
}

/** A node-postgres pool client: back to the pool with `release()`, closed with `release(error)`. */
interface PgPoolClient extends PgClient {
  release(error?: Error): void;
}

interface PgPool {
  connect(): Promise<PgPoolClient>;
}

interface Connection {
  readonly client: PgClient;
  /** Back to the pool, or (with an error) closed: a connection in an unknown state is never reused. */
  release(broken?: unknown): void;
  /** The connection's own error (PostgreSQL ended the session, e.g. idle-in-transaction timeout). */
  readonly lost: () => unknown;
}

type Opener = (principal: Principal, access: AccessMode) => Promise<Connection>;

/**
 * One scope's transaction: begun by its first statement, ended exactly once. Statements run in the order
 * they were issued and the end waits for all issued before it; a statement issued after the end is refused,
 * so nothing ever opens a second transaction that no one would end.
 */
class ScopeTransaction {
  #connection: Promise<Connection> | null = null;
  #tail: Promise<unknown> = Promise.resolve();
  #ended = false;
  #failed = false;

  constructor(
    private readonly ctx: RequestContext,
    private readonly open: Opener,
  ) {}

  query<R>(text: string, params?: unknown[]): Promise<R[]> {
    if (this.#ended) return refuseLate();
    const connection = (this.#connection ??= this.open(
      this.ctx.principal,
      RequestContexts.markBegun(this.ctx),
    ));
    const result = this.#tail.then(async () => {
      let open: Connection | undefined;
      try {
        open = await connection;
        return (await open.client.query(text, params)).rows as R[];
      } catch (error) {
        this.#failed = true;
        throw fromDatabaseError(open?.lost() ?? error);
      }
    });
    this.#tail = result.catch(() => undefined);
    return result;
  }

  /** Commits (or rolls back) once every statement issued before has finished. Throws if a commit fails. */
  async end(commit: boolean): Promise<void> {
    if (this.#ended) return;
    this.#ended = true;
    const pending = this.#connection;
    if (!pending) return;
    await this.#tail;
    const connection = await pending.catch(() => null); // a failed BEGIN already released its connection
    if (!connection) return;
    // A failed statement aborts the transaction; PostgreSQL would answer COMMIT with a silent ROLLBACK.
    const committing = commit && !this.#failed;
    try {
      await connection.client.query(committing ? 'COMMIT' : 'ROLLBACK');
      connection.release();
    } catch (error) {
      connection.release(error);
      if (commit) throw error;
      return;
    }
    if (commit && !committing) {
      throw new Error('A statement of this scope failed, so its transaction was rolled back, not committed');
    }
  }
}

const scopes = new WeakMap<RequestContext, ScopeTransaction>();

/**
 * What capabilities get: the statements of the current scope (a request's or a job's). There is no way
 * from here to a connection, another tenant, or a transaction that outlives its scope.
 */
export class TenantDatabase {
  readonly #open: Opener;

  constructor(open: Opener) {
    this.#open = open;
  }

  /** The current scope's transaction, begun by its first statement and ended with the scope. */
  request(): Sql {
    return {
      query: <R>(text: string, params?: unknown[]): Promise<R[]> => {
        const ctx = RequestContexts.require();
        let scope = scopes.get(ctx);
        if (!scope) scopes.set(ctx, (scope = new ScopeTransaction(ctx, this.#open)));
        return scope.query<R>(text, params);
      },
    };
  }

  /**
   * A short read-write transaction of its own for the current scope's principal (same tenant), committed
   * when `work` resolves: for records that must survive the scope's rollback (the personal-data access log).
   */
  async separately<T>(work: (sql: Sql) => Promise<T>): Promise<T> {
    const { principal } = RequestContexts.require();
    const own = new ScopeTransaction({ principal, access: 'read-write', memo: new Map() }, this.#open);
    try {
      const result = await work({ query: (text, params) => own.query(text, params) });
      await own.end(true);
      return result;
    } catch (error) {
      await own.end(false);
      throw error;
    }
  }

  /**
   * Ends the scope of `ctx`: commits (or, after any error, rolls back) its transaction if one began.
   * Any statement issued afterwards in that scope throws `TenantScopeEndedError`.
   */
  async endRequest(ctx: RequestContext, commit: boolean): Promise<void> {
    let scope = scopes.get(ctx);
    if (!scope) scopes.set(ctx, (scope = new ScopeTransaction(ctx, this.#open)));
    await scope.end(commit);
  }
}

export const systemPrincipal = (tenantId: string): Principal => ({
  realm: tenantId,
  tenantId,
  subject: 'system',
  username: 'system',
  name: null,
  roles: [],
  clientId: null,
});

/** A scope of the ministry realm: it has no tenant and runs on the ministry's own read-only role. */
export const isMinistry = (principal: Principal): boolean =>
  principal.realm === MINISTRY_REALM && principal.tenantId === null;

/** The public open data's principal: the ministry realm's view of the published roll-ups, nothing more. */
const OPEN_DATA_PRINCIPAL: Principal = {
  realm: MINISTRY_REALM,
  tenantId: null,
  subject: 'open-data',
  username: 'open-data',
  name: null,
  roles: ['ministry-analyst'],
  clientId: null,
};

/** A ministry scope where no ministry pool was given: refused rather than run as the runtime role. */
export class MinistryDatabaseUnavailableError extends Error {
  constructor() {
    super('A ministry scope needs the ministry database role, and this process has no pool for it');
    this.name = 'MinistryDatabaseUnavailableError';
  }
}

/**
 * The pool under TypeORM's driver, used directly: a scope needs a connection and its statements, not a query
 * runner (whose bookkeeping cost about a tenth of a small request's CPU).
 */
function poolOf(dataSource: DataSource): PgPool {
  const pool = (dataSource.driver as unknown as { master?: PgPool }).master;
  if (!pool) throw new Error('The database pool is not connected');
  return pool;
}

/**
 * Opens scopes: held by the platform (request plumbing, seed, the development identity provider) and the
 * job worker, never given to capabilities. Owns the runtime connection pool and, where the platform serves
 * the ministry, the ministry's: every scope of the ministry realm runs there, as a role that can read the
 * published roll-ups and nothing else (docs/adr/0019), and is refused where there is no such pool.
 */
export class TenantScopes {
  readonly #dataSource: DataSource;
  readonly #ministry: DataSource | null;
  readonly #limits: ScopeLimits;
  /** The scope-bound view capabilities receive. */
  readonly database: TenantDatabase;

  constructor(
    dataSource: DataSource,
    limits: ScopeLimits = DEFAULT_SCOPE_LIMITS,
    ministry: DataSource | null = null,
  ) {
    this.#dataSource = dataSource;
    this.#ministry = ministry;
    this.#limits = limits;
    this.database = new TenantDatabase((principal, access) => this.#begin(principal, access));
  }

  #pool(principal: Principal): PgPool {
    if (!isMinistry(principal)) return poolOf(this.#dataSource);
    if (!this.#ministry) throw new MinistryDatabaseUnavailableError();
    return poolOf(this.#ministry);
  }

  /**
   * Runs `work` in a scope of its own as `principal` (a job's acting user): RequestContext, one transaction
   * committed when `work` resolves and rolled back when it throws. The principal's tenant must be an active
   * tenant of the registry (`tenants`), else `TenantUnavailableError` and nothing runs. Inside, services use
   * `TenantDatabase.request()` exactly as in a request, so RLS applies the same way.
   */
  run<T>(principal: Principal, access: AccessMode, work: (sql: Sql) => Promise<T>): Promise<T> {
    return RequestContexts.run(
      principal,
      async () => {
        const ctx = RequestContexts.require();
        const sql = this.database.request();
        try {
          const [active] = await sql.query(
            `SELECT 1 FROM tenants WHERE id = current_setting('app.tenant_id', true) AND active`,
          );
          if (!active) throw new TenantUnavailableError(principal.tenantId);
          const result = await work(sql);
          await this.database.endRequest(ctx, true);
          return result;
        } catch (error) {
          await this.database.endRequest(ctx, false);
          throw error;
        }
      },
      access,
    );
  }

  /**
   * A read-only scope of the ministry realm for the public open data (docs/adr/0019 "Open data"): it sees
   * exactly what a ministry analyst sees, the published roll-ups, on the ministry's role and pool.
   */
  readPublished<T>(work: () => Promise<T>): Promise<T> {
    return RequestContexts.run(
      OPEN_DATA_PRINCIPAL,
      async () => {
        const ctx = RequestContexts.require();
        try {
          const result = await work();
          await this.database.endRequest(ctx, true);
          return result;
        } catch (error) {
          await this.database.endRequest(ctx, false);
          throw error;
        }
      },
      'read-only',
    );
  }

  /** A read-write scope of the platform itself in one active tenant (seed, development sign-in). */
  withTenant<T>(tenantId: string, work: (sql: Sql) => Promise<T>): Promise<T> {
    return this.run(systemPrincipal(tenantId), 'read-write', work);
  }

  /** The ids of the active tenants (the registry table), for platform work done in each tenant. */
  async activeTenantIds(): Promise<string[]> {
    const rows: { id: string }[] = await this.#dataSource.query(
      'SELECT id FROM tenants WHERE active ORDER BY id',
    );
    return rows.map((r) => r.id);
  }

  async #begin(principal: Principal, access: AccessMode): Promise<Connection> {
    const client = await this.#pool(principal).connect();
    let lost: unknown = null;
    const onError = (error: Error) => (lost ??= error);
    client.on('error', onError);
    const connection: Connection = {
      client,
      lost: () => lost,
      release: (broken) => {
        client.removeListener('error', onError);
        const reason = broken ?? lost;
        client.release(reason ? (reason instanceof Error ? reason : new Error(String(reason))) : undefined);
      },
    };
    try {
      await client.query('START TRANSACTION');
      await client.query(SET_SCOPE, scopeParams(principal, access, this.#limits));
      return connection;
    } catch (error) {
      connection.release(error);
      throw error;
    }
  }
}
