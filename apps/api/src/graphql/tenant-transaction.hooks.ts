import type { FormattedExecutionResult } from 'graphql';
import { ErrorCode, RequestContexts, type RequestContext, type TenantDatabase } from '@pcrm/tenancy';
import type { RequestHooks } from './request-hooks';

/** What the caller is told instead of an answer whose commit failed. */
export const COMMIT_FAILED: FormattedExecutionResult = {
  errors: [
    {
      message: '저장하지 못했습니다. 잠시 후 다시 시도해 주세요.',
      extensions: { code: ErrorCode.Internal, messageEn: 'The change could not be saved. Please try again.' },
    },
  ],
};

/**
 * Ends the request's transaction: committed when the answer has no errors, rolled back otherwise. False
 * when the commit failed, so the answer must become `COMMIT_FAILED` (HTTP 500).
 */
export async function endTenantRequest(
  db: TenantDatabase,
  ctx: RequestContext,
  failed: boolean,
  log: (m: string) => void,
): Promise<boolean> {
  try {
    await db.endRequest(ctx, !failed);
    return true;
  } catch (error) {
    log(`commit failed: ${error instanceof Error ? error.message : String(error)}`);
    return false;
  }
}

/**
 * One database transaction per GraphQL request, pinned to the token's tenant: opened by the first
 * statement, READ ONLY for queries, committed when the response is ready, rolled back if anything failed
 * (bad input changes nothing). Ending it ends the request's scope: a statement issued later (a forgotten
 * `await`) is refused instead of opening a transaction no one would end.
 * A commit that fails turns the whole answer into an error: the caller is never told a change was made
 * that the database did not keep.
 */
export function tenantTransactionHooks(db: TenantDatabase, log: (m: string) => void): RequestHooks {
  return {
    async didResolveOperation({ operation }) {
      const ctx = RequestContexts.current();
      if (ctx) RequestContexts.setAccess(ctx, operation?.operation === 'query' ? 'read-only' : 'read-write');
    },
    async willSendResponse({ response }) {
      const ctx = RequestContexts.current();
      if (!ctx || response.body.kind !== 'single') return;
      const failed = (response.body.singleResult.errors?.length ?? 0) > 0;
      if (await endTenantRequest(db, ctx, failed, log)) return;
      response.http.status = 500;
      response.body.singleResult = COMMIT_FAILED;
    },
  };
}
