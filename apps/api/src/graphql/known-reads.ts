import {
  GraphQLError,
  getOperationAST,
  parse,
  specifiedRules,
  validate,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';
import type { CompiledQuery } from 'graphql-jit';
import Negotiator from 'negotiator';
import { ErrorCode, RequestContexts, type TenantDatabase } from '@pcrm/tenancy';
import { MAX_CACHED_QUERY_CHARS, runCompiled, type JitGateway } from './jit-executor';
import { LruMap } from './lru-map';
import { COMMIT_FAILED, endTenantRequest } from './tenant-transaction.hooks';
import { RETRY_AFTER_SECONDS, isDatabaseUnavailable } from './database-unavailable';

/** Read operations remembered, least recently used dropped first: clients send a handful of query texts. */
export const KNOWN_READS_SIZE = 500;

/** The content types Apollo answers a single result with, as it names them. */
const JSON_TYPE = 'application/json; charset=utf-8';
const GRAPHQL_RESPONSE_TYPE = 'application/graphql-response+json; charset=utf-8';
const CALLBACK_TYPE = 'application/json; callbackSpec=1.0; charset=utf-8';

export interface KnownReadAnswer {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: string;
}

export interface KnownReadsDeps {
  readonly gateway: JitGateway;
  readonly db: TenantDatabase;
  /** The validation rules Apollo runs after graphql-js's own (the query limits). */
  readonly validationRules: readonly ValidationRule[];
  /** Apollo's `formatError`, the same function. */
  readonly formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
  readonly log: (m: string) => void;
}

interface PlainRequest {
  readonly query: string;
  readonly operationName: string | null;
  readonly variables: Record<string, unknown> | undefined;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** `{ query, operationName?, variables? }` and nothing else (no persisted-query or other extensions). */
function plainRequest(body: unknown): PlainRequest | undefined {
  if (!isRecord(body) || typeof body.query !== 'string' || body.query.length > MAX_CACHED_QUERY_CHARS) return;
  for (const key in body) if (key !== 'query' && key !== 'operationName' && key !== 'variables') return;
  const { operationName, variables } = body;
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') return;
  if (variables !== undefined && variables !== null && !isRecord(variables)) return;
  return { query: body.query, operationName: operationName ?? null, variables: variables ?? undefined };
}

/** Apollo's `ensureGraphQLError`. */
const asGraphqlError = (thrown: unknown): GraphQLError =>
  thrown instanceof GraphQLError
    ? thrown
    : thrown instanceof Error
      ? new GraphQLError(thrown.message, { originalError: thrown })
      : new GraphQLError(`Unexpected error value: ${String(thrown)}`);

/**
 * Apollo's own error shaping (`normalizeAndFormatErrors`): a default code, `extensions.http` lifted into the
 * answer's status and headers, then `formatError`; a formatter that throws gives Apollo's masked error.
 */
function formatErrors(
  errors: readonly GraphQLError[],
  head: { status: number; headers: Record<string, string> },
  formatError: KnownReadsDeps['formatError'],
): GraphQLFormattedError[] {
  return errors.map((error) => {
    try {
      const { http, ...rest } = error.extensions as Record<string, unknown>;
      const extensions = { ...rest, code: rest.code ?? ErrorCode.Internal };
      if (isRecord(http) && (http.status === undefined || typeof http.status === 'number')) {
        if (http.status) head.status = http.status as number;
        if (http.headers instanceof Map)
          for (const [name, value] of http.headers as Map<string, string>) head.headers[name] = value;
      }
      return formatError({ ...error.toJSON(), extensions }, error);
    } catch {
      return { message: 'Internal server error', extensions: { code: ErrorCode.Internal } };
    }
  });
}

/**
 * The lean path's answer to a read it has seen before: the query text parsed and validated once with
 * Apollo's rules, compiled once by graphql-jit, then run with no Apollo request pipeline (no per-request
 * hashing, document-store lookup, plugin hooks or gateway context). What it answers is what Apollo would
 * answer, byte for byte (known-reads.service.spec, graphql-executor.spec): the READ ONLY tenant transaction, the 503 for an unreachable
 * database, errors shaped and formatted alike, the content type negotiated alike.
 * Everything else goes to Apollo: mutations, introspection, documents that do not parse or validate,
 * persisted queries, variables that do not coerce, and accept headers that want another answer type.
 */
export class KnownReads {
  private readonly operations = new LruMap<string, CompiledQuery | null>(KNOWN_READS_SIZE);
  private readonly contentTypes = new LruMap<string, string | null>(KNOWN_READS_SIZE);
  private readonly rules: readonly ValidationRule[];

  constructor(private readonly deps: KnownReadsDeps) {
    this.rules = [...specifiedRules, ...deps.validationRules];
  }

  /** Runs in the request's context; undefined hands the request to Apollo untouched (nothing has run). */
  async answer(
    body: unknown,
    accept: string | undefined,
    context: object,
  ): Promise<KnownReadAnswer | undefined> {
    const request = plainRequest(body);
    if (!request) return undefined;
    const contentType = this.contentTypeFor(accept);
    if (!contentType) return undefined;
    const schema = this.deps.gateway.schema;
    const operation = schema && this.operationFor(schema, request.query, request.operationName);
    if (!operation) return undefined;
    const ctx = RequestContexts.require();
    RequestContexts.setAccess(ctx, 'read-only');

    const head = { status: 200, headers: { 'content-type': contentType } as Record<string, string> };
    let result;
    try {
      result = await runCompiled(operation, context, request.variables);
    } catch (thrown) {
      head.status = 500; // as Apollo answers an executor that throws
      result = { errors: [asGraphqlError(thrown)] };
    }
    if (!result) return undefined;
    let errors: GraphQLFormattedError[] | undefined;
    if (result.errors?.length) {
      if (result.errors.some(isDatabaseUnavailable)) {
        head.status = 503;
        head.headers['retry-after'] = String(RETRY_AFTER_SECONDS);
      }
      errors = formatErrors(result.errors, head, this.deps.formatError);
    }
    if (!(await endTenantRequest(this.deps.db, ctx, errors !== undefined, this.deps.log)))
      return { status: 500, headers: head.headers, body: `${JSON.stringify(COMMIT_FAILED)}\n` };
    return {
      status: head.status,
      headers: head.headers,
      body: `${JSON.stringify({ errors, data: result.data })}\n`,
    };
  }

  private operationFor(
    schema: GraphQLSchema,
    query: string,
    operationName: string | null,
  ): CompiledQuery | null {
    const key = `${operationName ?? ''}\n${query}`;
    const hit = this.operations.get(key);
    if (hit !== undefined) return hit;
    const known = this.compile(schema, query, operationName);
    this.operations.set(key, known);
    return known;
  }

  /** A read that parses and passes Apollo's validation, compiled; null for anything Apollo must answer. */
  private compile(schema: GraphQLSchema, query: string, operationName: string | null): CompiledQuery | null {
    // Introspection may be switched off, which Apollo enforces with a rule of its own: always Apollo's.
    if (query.includes('__schema') || query.includes('__type')) return null;
    let document;
    try {
      document = parse(query);
    } catch {
      return null;
    }
    if (validate(schema, document, this.rules).length > 0) return null;
    const operation = getOperationAST(document, operationName);
    if (operation?.operation !== 'query') return null;
    return this.deps.gateway.jit.compiledFor({ schema, document, operationName }, query);
  }

  /** Apollo's choice of answer type for a single result; null when it would answer otherwise. */
  private contentTypeFor(accept: string | undefined): string | null {
    if (!accept) return JSON_TYPE;
    let type = this.contentTypes.get(accept);
    if (type === undefined) {
      const preferred = new Negotiator({ headers: { accept } }).mediaType([
        JSON_TYPE,
        GRAPHQL_RESPONSE_TYPE,
        CALLBACK_TYPE,
      ]);
      type = preferred === JSON_TYPE || preferred === GRAPHQL_RESPONSE_TYPE ? preferred : null;
      this.contentTypes.set(accept, type);
    }
    return type;
  }
}
