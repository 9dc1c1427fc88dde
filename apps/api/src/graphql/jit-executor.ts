import {
  GraphQLError,
  execute,
  getOperationAST,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type {
  GatewayExecutor,
  GatewayInterface,
  GatewaySchemaLoadOrUpdateCallback,
} from '@apollo/server-gateway-interface';
import { LruMap } from './lru-map';

/** Compiled operations kept, least recently used dropped first: clients send a handful of query texts. */
export const JIT_CACHE_SIZE = 500;
/** Longer texts are compiled per request, never kept: hostile unique queries cannot fill the memory. */
export const MAX_CACHED_QUERY_CHARS = 32_768;

interface ExecutionInput {
  readonly schema: GraphQLSchema;
  readonly document: DocumentNode;
  readonly operationName: string | null;
  readonly variables: Record<string, unknown> | undefined;
  readonly context: unknown;
}

/** graphql-js's own executor: the reference every compiled answer must equal. */
const referenceExecute = (input: ExecutionInput) =>
  execute({
    schema: input.schema,
    document: input.document,
    contextValue: input.context,
    variableValues: input.variables,
    operationName: input.operationName,
  }) as Promise<ExecutionResult> | ExecutionResult;

const cacheKey = (source: string, operationName: string | null) => `${operationName ?? ''}\n${source}`;

/** Introspection is rare (development tools) and stays with graphql-js. */
const isIntrospection = (operation: OperationDefinitionNode): boolean =>
  operation.selectionSet.selections.some(
    (s) => s.kind === 'Field' && (s.name.value === '__schema' || s.name.value === '__type'),
  );

/**
 * graphql-jit's errors carry the located message, path and extensions but are not graphql-js errors in
 * shape (no `extensions` object when the thrown error had none). Rebuilt as graphql-js would have located
 * them, so Apollo's formatting and `formatError` see exactly what they see without the compiler.
 */
function asGraphqlJsError(error: GraphQLError): GraphQLError {
  const located = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: error.extensions,
  });
  (located as { locations?: GraphQLError['locations'] }).locations = error.locations;
  return located;
}

/**
 * Runs a compiled operation; undefined when its variables did not coerce (no resolver ran), whose errors
 * graphql-js words.
 */
export async function runCompiled(
  query: CompiledQuery,
  context: unknown,
  variables: Record<string, unknown> | undefined,
): Promise<ExecutionResult | undefined> {
  const result = await query.query(undefined, context, variables ?? {});
  if (result.data === undefined) return undefined;
  return result.errors ? { errors: result.errors.map(asGraphqlJsError), data: result.data } : result;
}

/**
 * Runs operations with graphql-jit: each (operation name, query text) is compiled once into a function
 * that calls the schema's own resolvers (the access map's guards, Nest's pipes and DataLoaders included)
 * and is then reused. What the compiler refuses, introspection, and requests whose variables do not
 * coerce (so their errors read exactly as graphql-js words them) run on graphql-js's `execute`.
 */
export class JitExecutor {
  private readonly compiled: LruMap<string, CompiledQuery | null>;

  constructor(maxEntries = JIT_CACHE_SIZE) {
    this.compiled = new LruMap(maxEntries);
  }

  /** Operations remembered (compiled, or known to need graphql-js). */
  get cachedOperations(): number {
    return this.compiled.size;
  }

  isCached(source: string, operationName: string | null): boolean {
    return this.compiled.has(cacheKey(source, operationName));
  }

  async execute(input: ExecutionInput, source: string): Promise<ExecutionResult> {
    const query = this.compiledFor(input, source);
    if (!query) return referenceExecute(input);
    return (await runCompiled(query, input.context, input.variables)) ?? referenceExecute(input);
  }

  /** The operation compiled once for this text, or null when graphql-js must run it. */
  compiledFor(input: Omit<ExecutionInput, 'variables' | 'context'>, source: string): CompiledQuery | null {
    const key = cacheKey(source, input.operationName);
    const hit = this.compiled.get(key);
    if (hit !== undefined) return hit;
    const operation = getOperationAST(input.document, input.operationName);
    const compiled =
      operation && !isIntrospection(operation)
        ? compileQuery(input.schema, input.document, input.operationName ?? undefined)
        : null;
    const usable = compiled && isCompiledQuery(compiled) ? compiled : null;
    if (source.length <= MAX_CACHED_QUERY_CHARS) this.compiled.set(key, usable);
    return usable;
  }
}

/**
 * Apollo's gateway interface serving one local schema with the JIT executor. Apollo still parses,
 * validates (query limits included) and runs every plugin; only execution is replaced. The schema is
 * handed over by `serve` once Nest has built it and the access map has wrapped its resolvers.
 */
export class JitGateway implements GatewayInterface {
  private served: GraphQLSchema | undefined;
  private readonly listeners = new Set<GatewaySchemaLoadOrUpdateCallback>();
  readonly jit = new JitExecutor();

  /** The schema Apollo serves (access map applied, sorted), once Nest has built it. */
  get schema(): GraphQLSchema | undefined {
    return this.served;
  }

  serve(schema: GraphQLSchema): GraphQLSchema {
    this.served = schema;
    return schema;
  }

  async load() {
    const schema = this.served;
    if (!schema) throw new Error('JitGateway.load before the schema was built');
    for (const listener of this.listeners) listener({ apiSchema: schema, coreSupergraphSdl: '' });
    const executor: GatewayExecutor = (ctx) =>
      this.jit.execute(
        {
          schema,
          document: ctx.document,
          operationName: ctx.operationName,
          variables: ctx.request.variables,
          context: ctx.context,
        },
        ctx.source,
      );
    return { schema, executor };
  }

  onSchemaLoadOrUpdate(callback: GatewaySchemaLoadOrUpdateCallback): () => void {
    this.listeners.add(callback);
    return () => this.listeners.delete(callback);
  }

  async stop(): Promise<void> {
    this.listeners.clear();
  }
}
