import { GraphQLObjectType, GraphQLSchema, GraphQLString, graphql } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import { readPropertiesDirectly } from './property-fields';

/** Nest's plain property read, as `ObjectTypeDefinitionFactory.createFieldResolver` makes it. */
function nestRead(name: string, defaultValue?: unknown) {
  const rootFieldResolver = (root: Record<string, unknown>) => {
    const value = root[name];
    return typeof value === 'undefined' ? defaultValue : value;
  };
  return rootFieldResolver;
}

function schemaWith() {
  const custom = () => '계산됨';
  const department = new GraphQLObjectType({
    name: 'Department',
    fields: {
      name: { type: GraphQLString, resolve: nestRead('name') },
      state: { type: GraphQLString, resolve: nestRead('state', '활성') },
      computed: { type: GraphQLString, resolve: custom },
    },
  });
  const query = new GraphQLObjectType({
    name: 'Query',
    fields: {
      departments: {
        type: new GraphQLObjectType({ name: 'Wrapper', fields: { list: { type: department } } }),
        resolve: () => ({ list: { name: '총무과' } }),
      },
    },
  });
  return { schema: new GraphQLSchema({ query }), custom };
}

it("drops Nest's plain reads and keeps reads with a default and every other resolver", () => {
  const { schema, custom } = schemaWith();
  readPropertiesDirectly(schema);
  const fields = (schema.getType('Department') as GraphQLObjectType).getFields();
  expect(fields.name.resolve).toBeUndefined();
  expect(fields.state.resolve).toBeDefined();
  expect(fields.computed.resolve).toBe(custom);
  expect((schema.getQueryType()!.getFields().departments.resolve as () => unknown)()).toBeDefined();
});

it('answers the same afterwards, with graphql-js and compiled', async () => {
  const query = '{ departments { list { name state computed } } }';
  const before = await graphql({ schema: schemaWith().schema, source: query });
  const { schema } = schemaWith();
  readPropertiesDirectly(schema);
  const after = await graphql({ schema, source: query });
  const compiled = compileQuery(schema, (await import('graphql')).parse(query));
  if (!isCompiledQuery(compiled)) throw new Error('not compiled');
  expect(after).toEqual(before);
  expect(await compiled.query(undefined, {}, {})).toEqual(JSON.parse(JSON.stringify(before)));
  expect(before.data).toEqual({
    departments: { list: { name: '총무과', state: '활성', computed: '계산됨' } },
  });
});
