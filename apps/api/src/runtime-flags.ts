/**
 * Node flags the API process starts with. V8 reads them only when it creates the heap, so main.ts cannot set
 * them itself (unlike the heap growth factor): `npm start`, the container's CMD and the benchmark pass exactly
 * these, and a spec checks that all three do.
 *
 * Node 24's V8 sizes the young generation from the heap limit (semi-spaces well above Node 20's 16 MB): under
 * the benchmark's load the API then held ~320 MB; capped at 16 MB ~230 MB. Once reads got faster (known reads,
 * ADR 0010) 16 MB peaked at 259 MB on Node 24; 8 MB holds 246 MB there and ~220 MB on Node 20, with the same
 * or a better throughput ratio on both (bench/README.md, 28 Nov).
 */
export const API_NODE_FLAGS = ['--max-semi-space-size=8'] as const;
