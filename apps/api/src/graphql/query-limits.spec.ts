import { buildSchema, getIntrospectionQuery, parse, validate } from 'graphql';
import { MAX_QUERY_DEPTH, MAX_QUERY_FIELDS, queryLimits } from './query-limits';

const schema = buildSchema(`
  type Node { id: ID!, child: Node, name: String }
  type Query { node: Node, nodes: [Node!]! }
`);

const check = (query: string) =>
  validate(schema, parse(query), [queryLimits]).map((e) => e.extensions.messageEn);

const nested = (depth: number): string => {
  let q = 'id';
  for (let i = 1; i < depth; i++) q = `child { ${q} }`;
  return `{ node { ${q} } }`;
};

describe('query limits', () => {
  it('allows the deepest permitted query and refuses one level more', () => {
    expect(check(nested(MAX_QUERY_DEPTH - 1))).toEqual([]);
    expect(check(nested(MAX_QUERY_DEPTH))).toEqual([
      `Query depth ${MAX_QUERY_DEPTH + 1} exceeds the limit of ${MAX_QUERY_DEPTH}.`,
    ]);
  });

  it('counts fields through fragments and aliases', () => {
    const fields = Array.from({ length: MAX_QUERY_FIELDS / 2 }, (_, i) => `a${i}: name`).join(' ');
    expect(check(`{ node { ...F } nodes { ...F } } fragment F on Node { ${fields} }`)).toEqual([
      `${MAX_QUERY_FIELDS + 2} selected fields exceed the limit of ${MAX_QUERY_FIELDS}.`,
    ]);
    expect(check(`{ node { ...F } } fragment F on Node { ${fields} }`)).toEqual([]);
  });

  it('measures depth through fragments', () => {
    const deep = nested(MAX_QUERY_DEPTH)
      .replace('{ node {', '{ node { ...F } } fragment F on Node {')
      .replace(/ }$/, '');
    expect(check(deep)).toHaveLength(1);
  });

  it('leaves introspection to its own switch', () => {
    expect(check(getIntrospectionQuery())).toEqual([]);
  });
});
