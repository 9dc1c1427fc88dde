import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  Kind,
  buildSchema,
  getIntrospectionQuery,
  parse,
  print,
  validate,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import * as adminDocuments from '../../../admin/src/graphql/generated/graphql';
import { DEFAULT_LIST_SIZE, MAX_QUERY_COST, MAX_QUERY_DEPTH, queryLimits } from './query-limits';

const toy = buildSchema(`
  type Node { id: ID!, child: Node, name: String, children: [Node!]! }
  type Query { node: Node, nodes: [Node!]! }
`);
const api = buildSchema(readFileSync(join(__dirname, '../../schema.graphql'), 'utf8'));

const check = (query: string, schema: GraphQLSchema = toy) =>
  validate(schema, parse(query), [queryLimits]).map((e) => e.extensions);

const DEPTH = { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'depth', maximum: MAX_QUERY_DEPTH };
const COST = { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'cost', maximum: MAX_QUERY_COST };
const refusedFor = (limit: object) => [expect.objectContaining({ ...limit, messageEn: expect.any(String) })];

const nested = (depth: number): string => {
  let q = 'id';
  for (let i = 1; i < depth; i++) q = `child { ${q} }`;
  return `{ node { ${q} } }`;
};

/** Fragments each spreading the next twice: 2^levels fields from a few hundred bytes. */
const fragmentBomb = (levels: number): string => {
  const fragments = Array.from(
    { length: levels },
    (_, i) => `fragment F${i} on Node { ...F${i + 1} ...F${i + 1} }`,
  );
  return `{ node { ...F0 } } ${fragments.join(' ')} fragment F${levels} on Node { name }`;
};

/** Every operation the admin UI sends: the documents its GraphQL code generator emits, fragments included. */
const adminOperations = (): DocumentNode[] =>
  Object.values(adminDocuments as Record<string, unknown>).filter(
    (d): d is DocumentNode =>
      (d as DocumentNode).kind === Kind.DOCUMENT &&
      (d as DocumentNode).definitions.some((def) => def.kind === Kind.OPERATION_DEFINITION),
  );

describe('query limits', () => {
  it('allows the deepest permitted query and refuses one level more, naming the limit', () => {
    expect(check(nested(MAX_QUERY_DEPTH - 1))).toEqual([]);
    expect(check(nested(MAX_QUERY_DEPTH))).toEqual(refusedFor(DEPTH));
  });

  it('measures depth through fragments', () => {
    const deep = nested(MAX_QUERY_DEPTH)
      .replace('{ node {', '{ node { ...F } } fragment F on Node {')
      .replace(/ }$/, '');
    expect(check(deep)).toEqual(refusedFor(DEPTH));
  });

  it('counts fields through fragments and aliases', () => {
    const fields = (n: number) => Array.from({ length: n }, (_, i) => `a${i}: name`).join(' ');
    expect(check(`{ node { ...F } } fragment F on Node { ${fields(MAX_QUERY_COST - 1)} }`)).toEqual([]);
    expect(
      check(`{ node { ...F } node2: node { ...F } } fragment F on Node { ${fields(MAX_QUERY_COST / 2)} }`),
    ).toEqual(refusedFor(COST));
  });

  it('multiplies by list sizes: `first`, or the default size of a plain list', () => {
    const perItem = Math.floor((MAX_QUERY_COST - 1) / DEFAULT_LIST_SIZE);
    const names = (n: number) => Array.from({ length: n }, (_, i) => `a${i}: name`).join(' ');
    expect(check(`{ nodes { ${names(perItem)} } }`)).toEqual([]);
    expect(check(`{ nodes { ${names(perItem + 1)} } }`)).toEqual(refusedFor(COST));
    // Nested lists multiply: 100 × 100 names.
    expect(check('{ nodes { children { name } } }')).toEqual(refusedFor(COST));
    expect(check('{ staff(first: 200) { edges { node { department { staffCount } } } } }', api)).toEqual([]);
  });

  it('counts the custom-field definitions, served whole from the cache, as one item, their options too', () => {
    const definitions = `{ customFieldDefinitions(entity: "crm-core.customers") {
      id entity key labelKo labelEn type required defaultValue rules { minLength maxLength minimum maximum pattern }
      options { value labelKo labelEn } helpKo helpEn position group archived readRoles editRoles personalData
      version updatedAt updatedBy canEdit } }`;
    expect(check(definitions, api)).toEqual([]);
    // Every other plain list of objects still counts as DEFAULT_LIST_SIZE items: 100 × 100 is refused.
    expect(check('{ nodes { children { name } } }')).toEqual(refusedFor(COST));
  });

  it('counts an import mapping, served whole from its source or batch row, as one item', () => {
    const sources = '{ customerImportSources { source updatedAt mapping { field column customField } } }';
    expect(check(sources, api)).toEqual([]);
    // The sources themselves are an unbounded plain list: 100 per request are still counted.
    const fields = Array.from({ length: 50 }, (_, i) => `a${i}: source`).join(' ');
    expect(check(`{ customerImportSources { ${fields} } }`, api)).toEqual(refusedFor(COST));
  });

  it('refuses 50 aliased pages of 200 staff with their departments', () => {
    const page = (i: number) =>
      `s${i}: staff(first: 200) { totalCount edges { node { id name department { staffCount } } } }`;
    const query = `{ ${Array.from({ length: 50 }, (_, i) => page(i)).join(' ')} }`;
    expect(check(query, api)).toEqual(refusedFor(COST));
    // `first` through a variable counts as the largest page.
    expect(
      check(
        `query($n: Int!) { ${Array.from({ length: 50 }, (_, i) => page(i).replace('200', '$n')).join(' ')} }`,
        api,
      ),
    ).toEqual(refusedFor(COST));
  });

  it('refuses a fragment bomb at once, measuring each fragment once', () => {
    const query = fragmentBomb(60);
    expect(query.length).toBeLessThan(2_500);
    const started = performance.now();
    expect(check(query)).toEqual(refusedFor(COST));
    expect(check(fragmentBomb(25))).toEqual(refusedFor(COST));
    expect(performance.now() - started).toBeLessThan(250);
    // Under the limit, a fragment used many times is still measured right: 2^12 names.
    expect(check(fragmentBomb(12))).toEqual([]);
    expect(check(fragmentBomb(13))).toEqual(refusedFor(COST));
  });

  it('lets every query the admin UI sends pass', () => {
    const operations = adminOperations();
    expect(operations.length).toBeGreaterThanOrEqual(5);
    for (const document of operations) {
      const name = print(document).slice(0, 40);
      const errors = validate(api, document, [queryLimits]).map((e) => e.extensions);
      expect({ name, errors }).toEqual({ name, errors: [] });
    }
  });

  it('leaves introspection to its own switch', () => {
    expect(check(getIntrospectionQuery())).toEqual([]);
  });
});
