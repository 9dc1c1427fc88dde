/**
 * Node flags the API process starts with. V8 reads them only when it creates the heap, so main.ts cannot set
 * them itself (unlike the heap growth factor): `npm start`, the container's CMD and the benchmark pass exactly
 * these, and a spec checks that all three do.
 *
 * Node 24's V8 sizes the young generation from the heap limit (semi-spaces well above Node 20's 16 MB): under
 * the benchmark's load the API then held ~320 MB; capped at 16 MB it holds ~230 MB at the same throughput.
 */
export const API_NODE_FLAGS = ['--max-semi-space-size=16'] as const;
