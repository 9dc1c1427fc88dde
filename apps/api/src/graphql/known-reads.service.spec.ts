import { GraphQLError, buildSchema, type GraphQLSchema } from 'graphql';
import type { ApolloServer, HeaderMap as ApolloHeaderMap } from '@apollo/server' with {
  'resolution-mode': 'import',
};
import { RequestContexts, type Principal, type TenantDatabase } from '@pcrm/tenancy';
import { JitGateway, MAX_CACHED_QUERY_CHARS } from './jit-executor';
import { KnownReads } from './known-reads';
import { MAX_QUERY_COST, queryLimits } from './query-limits';
import { formatError } from './format-error';
import { requestHooksPlugin } from './request-hooks';
import { tenantTransactionHooks } from './tenant-transaction.hooks';
import { databaseUnavailableHooks } from './database-unavailable';
import { rollbackNoticeHooks } from './rollback-notice.hooks';

/**
 * The known reads answer exactly as Apollo, configured as the API configures it (same rules, formatter and
 * request concerns), answers the same request: status, content type, headers and body, byte for byte.
 * The transaction's end is recorded, not run: the database side is graphql-executor.spec's.
 */
const SDL = `
  type Query {
    ok: String
    items(first: Int!): [Item!]!
    coded: String
    refused: String
    down: String
    plain: String
  }
  type Mutation { touch: String }
  type Item { id: ID! name: String }
`;

function testSchema(): GraphQLSchema {
  const schema = buildSchema(SDL);
  const fields = schema.getQueryType()!.getFields();
  fields.ok.resolve = () => '좋음';
  fields.items.resolve = (_s, args: { first: number }) =>
    Array.from({ length: args.first }, (_, i) => ({ id: String(i), name: i === 1 ? null : `항목 ${i}` }));
  fields.coded.resolve = () => {
    throw new GraphQLError('찾을 수 없습니다.', {
      extensions: { code: 'NOT_FOUND', messageEn: 'Not found.' },
    });
  };
  fields.refused.resolve = () => {
    throw new GraphQLError('권한이 없습니다.', {
      extensions: { code: 'FORBIDDEN', messageEn: 'Forbidden.', http: { status: 403 } },
    });
  };
  fields.down.resolve = async () => {
    throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
  };
  fields.plain.resolve = async () => {
    throw new Error('relation "secret" does not exist');
  };
  schema.getMutationType()!.getFields().touch.resolve = () => 'touched';
  return schema;
}

const principal: Principal = {
  realm: 'busan',
  tenantId: 'busan',
  subject: 'tester',
  username: 'tester',
  name: null,
  roles: ['agent'],
  clientId: null,
};

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

let apollo: ApolloServer<object>;
let HeaderMap: typeof ApolloHeaderMap;
let known: KnownReads;
const ends: boolean[] = [];
const db = { failCommit: false } as { failCommit: boolean };
const logged: string[] = [];

beforeAll(async () => {
  const server = await import('@apollo/server');
  const disabled = await import('@apollo/server/plugin/disabled');
  HeaderMap = server.HeaderMap;
  const recording = {
    endRequest: async (_ctx: unknown, commit: boolean) => {
      ends.push(commit);
      if (commit && db.failCommit) throw new Error('could not serialize access');
    },
  } as unknown as TenantDatabase;
  const log = (m: string) => logged.push(m);
  const format = formatError(log);
  const gateway = new JitGateway();
  gateway.serve(testSchema());
  apollo = new server.ApolloServer<object>({
    gateway,
    validationRules: [queryLimits],
    includeStacktraceInErrorResponses: false,
    formatError: format,
    plugins: [
      requestHooksPlugin([
        tenantTransactionHooks(recording, log),
        databaseUnavailableHooks,
        rollbackNoticeHooks,
      ]),
      disabled.ApolloServerPluginCacheControlDisabled(),
      disabled.ApolloServerPluginInlineTraceDisabled(),
      disabled.ApolloServerPluginLandingPageDisabled(),
    ],
  });
  await apollo.start();
  known = new KnownReads({
    gateway,
    db: recording,
    validationRules: [queryLimits],
    formatError: format,
    log,
  });
});

afterAll(async () => {
  await apollo.stop();
});

const viaApollo = (body: object, accept?: string): Promise<Answer> =>
  RequestContexts.run(principal, async () => {
    const headers = new HeaderMap([['content-type', 'application/json']]);
    if (accept) headers.set('accept', accept);
    const answer = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: 'POST', headers, search: '', body },
      context: async () => ({}),
    });
    if (answer.body.kind !== 'complete') throw new Error('not complete');
    return {
      status: answer.status ?? 200,
      headers: Object.fromEntries(answer.headers),
      body: answer.body.string,
    };
  });

const viaKnown = (body: object, accept?: string): Promise<Answer | undefined> =>
  RequestContexts.run(principal, () => known.answer(body, accept, {}));

/** Both paths, twice each (the first sighting compiles, the second is a cache hit); the ends they recorded. */
async function onBoth(body: object, accept?: string) {
  ends.length = 0;
  const first = await viaKnown(body, accept);
  const again = await viaKnown(body, accept);
  const knownEnds = ends.splice(0);
  const reference = await viaApollo(body, accept);
  const referenceEnds = ends.splice(0);
  return { first, again, reference, knownEnds, referenceEnds };
}

describe('a read the lane answers is answered as Apollo answers it', () => {
  it.each([
    ['data', { query: '{ ok items(first: 3) { id name } }' }],
    [
      'variables and a named operation',
      {
        query: 'query A { ok } query B($n: Int!) { items(first: $n) { id } }',
        operationName: 'B',
        variables: { n: 2 },
      },
    ],
    ['a coded resolver error next to data', { query: '{ ok\n  coded }' }],
    ['an error carrying its HTTP status (403)', { query: '{ refused }' }],
    ['an unreachable database (503, Retry-After)', { query: '{ ok down }' }],
    ['an unexpected error, masked', { query: '{ plain }' }],
    ['null variables and operation name', { query: '{ ok }', variables: null, operationName: null }],
  ])('%s', async (_what, body) => {
    const { first, again, reference, knownEnds, referenceEnds } = await onBoth(body);
    expect(first).toEqual(reference);
    expect(again).toEqual(reference);
    expect(knownEnds).toEqual([...referenceEnds, ...referenceEnds]);
  });

  it('commits a clean answer and rolls back one with errors', async () => {
    expect((await onBoth({ query: '{ ok }' })).knownEnds).toEqual([true, true]);
    expect((await onBoth({ query: '{ ok coded }' })).knownEnds).toEqual([false, false]);
  });

  it('a commit that fails turns the answer into the same 500', async () => {
    db.failCommit = true;
    try {
      const { first, reference } = await onBoth({ query: '{ ok }' });
      expect(reference.status).toBe(500);
      expect(first).toEqual(reference);
    } finally {
      db.failCommit = false;
    }
  });

  it.each([
    ['application/graphql-response+json', 'application/graphql-response+json; charset=utf-8'],
    [
      'application/graphql-response+json, application/json;q=0.9',
      'application/graphql-response+json; charset=utf-8',
    ],
    ['application/json', 'application/json; charset=utf-8'],
    ['*/*', 'application/json; charset=utf-8'],
  ])('negotiates the answer type as Apollo does (Accept: %s)', async (accept, type) => {
    const { first, reference } = await onBoth({ query: '{ ok }' }, accept);
    expect(reference.headers['content-type']).toBe(type);
    expect(first).toEqual(reference);
  });
});

describe('what the lane leaves to Apollo, having run nothing', () => {
  it.each([
    ['a mutation', { query: 'mutation { touch }' }],
    ['a document that does not parse', { query: '{ ok' }],
    ['a document that does not validate', { query: '{ nothing }' }],
    [
      'a query over the cost limit (the API rule)',
      {
        query: `{ ${Array.from({ length: MAX_QUERY_COST / 100 + 1 }, (_, i) => `a${i}: items(first: 100) { id }`).join(' ')} }`,
      },
    ],
    ['introspection', { query: '{ __schema { queryType { name } } }' }],
    ['an unknown operation name', { query: 'query A { ok }', operationName: 'B' }],
    [
      'variables that do not coerce',
      { query: 'query($n: Int!) { items(first: $n) { id } }', variables: { n: 'many' } },
    ],
    [
      'a persisted-query extension',
      { query: '{ ok }', extensions: { persistedQuery: { version: 1, sha256Hash: 'x' } } },
    ],
    ['variables sent as a string', { query: '{ ok }', variables: '{}' }],
    ['a text longer than the lane keeps', { query: `{ ok }${' '.repeat(MAX_CACHED_QUERY_CHARS)}` }],
  ])('%s', async (_what, body) => {
    ends.length = 0;
    expect(await viaKnown(body)).toBeUndefined();
    expect(await viaKnown(body)).toBeUndefined();
    expect(ends).toEqual([]);
  });

  it('an accept header Apollo answers with another type (or refuses)', async () => {
    expect(await viaKnown({ query: '{ ok }' }, 'text/html')).toBeUndefined();
    expect(await viaKnown({ query: '{ ok }' }, 'application/json; callbackSpec=1.0')).toBeUndefined();
  });
});
