import { AsyncLocalStorage } from 'node:async_hooks';

/** Who is calling, as the verified token says; nothing here comes from what the caller chose. */
export interface Principal {
  readonly realm: string;
  /** The tenant the token's issuer realm belongs to; null for the ministry realm. */
  readonly tenantId: string | null;
  readonly subject: string;
  readonly username: string;
  readonly name: string | null;
  readonly roles: readonly string[];
  readonly clientId: string | null;
}

/** Who a change is recorded for when the caller holds the transaction itself (onboarding: the operator). */
export type Actor = Pick<Principal, 'subject' | 'username'>;

/**
 * How the scope's transaction starts: `read-only` for GraphQL queries, `read-write` for mutations and jobs.
 * Fixed once the transaction has begun.
 */
export type AccessMode = 'read-only' | 'read-write';

/** Per-request (or per-job) state carried in AsyncLocalStorage, not in request-scoped providers. */
export interface RequestContext {
  readonly principal: Principal;
  /** Read by the scope's transaction at BEGIN; change it only through `RequestContexts.setAccess`. */
  readonly access: AccessMode;
  /** Per-request caches such as DataLoaders, keyed by their owner. */
  readonly memo: Map<string, unknown>;
}

interface MutableContext extends RequestContext {
  access: AccessMode;
  /** Set by the scope's transaction when it begins; from then on the access mode is fixed. */
  began?: boolean;
}

const storage = new AsyncLocalStorage<MutableContext>();

export const RequestContexts = {
  /**
   * Runs `fn` as `principal`. The scope is read-only unless `access` says otherwise (GraphQL raises it for
   * mutations, the job worker opens its scopes read-write).
   */
  run<T>(principal: Principal, fn: () => T, access: AccessMode = 'read-only'): T {
    return storage.run({ principal, access, memo: new Map() }, fn);
  },
  current(): RequestContext | undefined {
    return storage.getStore();
  },
  /** The request's context; throws where code runs outside an authenticated request. */
  require(): RequestContext {
    const ctx = storage.getStore();
    if (!ctx) throw new Error('No request context: code that reads tenant data ran outside a request');
    return ctx;
  },
  /** Sets the access mode before the scope's transaction begins; afterwards the mode cannot change. */
  setAccess(ctx: RequestContext, access: AccessMode): void {
    const mutable = ctx as MutableContext;
    if (mutable.access === access) return;
    if (mutable.began) throw new Error(`The scope's transaction already began ${mutable.access}`);
    mutable.access = access;
  },
  /** Marks the access mode as fixed: the scope's transaction is beginning with it. */
  markBegun(ctx: RequestContext): AccessMode {
    (ctx as MutableContext).began = true;
    return ctx.access;
  },
  /** A per-request value, made once. */
  memo<T>(key: string, make: () => T): T {
    const ctx = RequestContexts.require();
    if (!ctx.memo.has(key)) ctx.memo.set(key, make());
    return ctx.memo.get(key) as T;
  },
};
