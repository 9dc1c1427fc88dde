import type { ApolloServerPlugin } from '@apollo/server' with { 'resolution-mode': 'import' };
import { RequestContexts, type TenantDatabase } from '@pcrm/tenancy';

/**
 * One database transaction per GraphQL request, pinned to the token's tenant: opened by the first
 * statement, committed when the response is ready, rolled back if anything failed (bad input changes nothing).
 */
export function tenantTransactionPlugin(db: TenantDatabase): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          const ctx = RequestContexts.current();
          if (!ctx) return;
          const failed =
            response.body.kind === 'single' && (response.body.singleResult.errors?.length ?? 0) > 0;
          await db.endRequest(ctx, !failed);
        },
      };
    },
  };
}
