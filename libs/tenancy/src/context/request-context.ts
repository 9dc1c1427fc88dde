import { AsyncLocalStorage } from 'node:async_hooks';
import type { QueryRunner } from 'typeorm';

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

/** Per-request state carried in AsyncLocalStorage (not request-scoped providers). */
export interface RequestContext {
  readonly principal: Principal;
  /** The request's tenant transaction, opened on first use. */
  transaction?: Promise<QueryRunner>;
  /** Per-request caches such as DataLoaders, keyed by their owner. */
  readonly memo: Map<string, unknown>;
}

const storage = new AsyncLocalStorage<RequestContext>();

export const RequestContexts = {
  run<T>(principal: Principal, fn: () => T): T {
    return storage.run({ principal, memo: new Map() }, fn);
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
  /** A per-request value, made once. */
  memo<T>(key: string, make: () => T): T {
    const ctx = RequestContexts.require();
    if (!ctx.memo.has(key)) ctx.memo.set(key, make());
    return ctx.memo.get(key) as T;
  },
};
