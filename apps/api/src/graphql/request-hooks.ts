import type { ApolloServerPlugin, BaseContext, GraphQLRequestListener } from '@apollo/server' with {
  'resolution-mode': 'import',
};

/** The lifecycle hooks the API's own request concerns use: notifications that return nothing. */
type HookName = 'didResolveOperation' | 'didEncounterErrors' | 'willSendResponse';
const HOOK_NAMES: readonly HookName[] = ['didResolveOperation', 'didEncounterErrors', 'willSendResponse'];

/** One request concern (the transaction, the 503 answer, the rollback notice): stateless, shared by all requests. */
export type RequestHooks = Pick<GraphQLRequestListener<BaseContext>, HookName>;

type AnyHook = (requestContext: never) => Promise<void>;

/**
 * The API's request concerns as one Apollo plugin with one listener object for every request. Apollo awaits
 * each listener of each hook through `Promise.all`, so every separate plugin cost promises (and, with the
 * request context's async hooks, their bookkeeping) on every hook of every request. The hooks of `concerns`
 * run in the order given: the transaction ends before the answer is adjusted, so a failed commit's error
 * is what the later concerns see.
 */
export function requestHooksPlugin(concerns: readonly RequestHooks[]): ApolloServerPlugin {
  const listener: Record<string, AnyHook> = {};
  for (const name of HOOK_NAMES) {
    const hooks = concerns.map((c) => c[name] as AnyHook | undefined).filter((h) => h !== undefined);
    if (hooks.length === 1) listener[name] = hooks[0];
    else if (hooks.length > 1)
      listener[name] = async (requestContext) => {
        for (const hook of hooks) await hook(requestContext);
      };
  }
  const shared = listener as GraphQLRequestListener<BaseContext>;
  return { requestDidStart: async () => shared };
}
