import { GraphQLError, buildSchema, execute, parse, type GraphQLSchema } from 'graphql';
import { JitExecutor, MAX_CACHED_QUERY_CHARS } from './jit-executor';

const SDL = `
  type Query {
    ok: String
    coded: String
    plain: String
    items(first: Int!): [Item!]!
    counted: Int
  }
  type Item { id: ID! name: String }
`;

function testSchema(): { schema: GraphQLSchema; calls: { counted: number } } {
  const schema = buildSchema(SDL);
  const calls = { counted: 0 };
  const fields = schema.getQueryType()!.getFields();
  fields.ok.resolve = () => '좋음';
  fields.coded.resolve = () => {
    throw new GraphQLError('권한이 없습니다.', {
      extensions: { code: 'FORBIDDEN', messageEn: 'Forbidden.' },
    });
  };
  fields.plain.resolve = async () => {
    throw new Error('connection reset');
  };
  fields.items.resolve = (_s, args: { first: number }) =>
    Array.from({ length: args.first }, (_, i) => ({ id: String(i), name: i === 1 ? null : `항목 ${i}` }));
  fields.counted.resolve = () => ++calls.counted;
  return { schema, calls };
}

async function both(query: string, variables?: Record<string, unknown>, operationName: string | null = null) {
  const { schema } = testSchema();
  const document = parse(query);
  const input = { schema, document, operationName, variables, context: {} };
  const compiled = await new JitExecutor().execute(input, query);
  const reference = await execute({ schema, document, variableValues: variables, operationName });
  return { compiled, reference };
}

describe('JitExecutor answers exactly as graphql-js', () => {
  it.each([
    ['data', '{ ok items(first: 3) { id name } }'],
    ['a coded resolver error, located', '{ ok\n  coded }'],
    ['a plain resolver error (no extensions of its own)', '{ plain ok }'],
    ['a named operation among several', 'query A { ok } query B { coded }'],
  ])('%s', async (_what, query) => {
    const { compiled, reference } = await both(query, undefined, query.includes('query B') ? 'B' : null);
    expect(JSON.stringify(compiled)).toBe(JSON.stringify(reference));
    for (const [i, error] of (compiled.errors ?? []).entries()) {
      expect(error).toBeInstanceOf(GraphQLError);
      expect(error.extensions).toEqual(reference.errors![i].extensions);
      expect(error.originalError?.message).toBe(reference.errors![i].originalError?.message);
    }
  });

  it('a resolver error keeps the thrown error as originalError (formatError reads it)', async () => {
    const { compiled } = await both('{ plain }');
    expect(compiled.errors![0].originalError).toBeInstanceOf(Error);
    expect(compiled.errors![0].originalError!.message).toBe('connection reset');
    expect(compiled.errors![0].extensions).toEqual({});
  });

  it('variables that do not coerce give graphql-js wording', async () => {
    const query = 'query($n: Int!) { items(first: $n) { id } }';
    const { compiled, reference } = await both(query, { n: 'many' });
    expect(compiled.data).toBeUndefined();
    expect(JSON.stringify(compiled)).toBe(JSON.stringify(reference));
  });

  it('introspection runs on graphql-js', async () => {
    const query = '{ __schema { queryType { name } } }';
    const { compiled, reference } = await both(query);
    expect(compiled).toEqual(reference);
  });
});

describe('JitExecutor cache', () => {
  it('compiles each query text once and keeps at most its bound, dropping the least recently used', async () => {
    const { schema, calls } = testSchema();
    const jit = new JitExecutor(2);
    const run = (query: string) =>
      jit.execute({ schema, document: parse(query), operationName: null, variables: {}, context: {} }, query);
    await run('{ a: counted }');
    await run('{ b: counted }');
    expect(jit.cachedOperations).toBe(2);
    await run('{ a: counted }'); // a is now the most recently used
    await run('{ c: counted }'); // b goes
    expect(jit.cachedOperations).toBe(2);
    expect(jit.isCached('{ a: counted }', null)).toBe(true);
    expect(jit.isCached('{ b: counted }', null)).toBe(false);
    expect(calls.counted).toBe(4);
  });

  it('runs a text longer than the cache keeps without keeping it', async () => {
    const { schema } = testSchema();
    const jit = new JitExecutor();
    const query = `{ ok }${' '.repeat(MAX_CACHED_QUERY_CHARS)}`;
    const result = await jit.execute(
      { schema, document: parse(query), operationName: null, variables: {}, context: {} },
      query,
    );
    expect(result).toEqual({ data: { ok: '좋음' } });
    expect(jit.cachedOperations).toBe(0);
  });
});
