import { FieldAccess } from '@pcrm/access';
import { buildSchema, graphql, type GraphQLSchema } from 'graphql';
import { RequestContexts, type Principal } from '../context/request-context';
import { enforceAccessMap, type PersonalRead } from './access-enforcement';

const principal = (roles: string[]): Principal => ({
  realm: 'busan',
  tenantId: 'busan',
  subject: 's',
  username: 'u',
  name: null,
  roles,
  clientId: null,
});

const SDL = `
  type Query { me: String, staff: [Staff!]!, unlisted: String }
  type Staff { id: ID!, name: String!, phone: String, email: String, keycloakSubject: String }
`;
const rootValue = {
  me: 'me',
  unlisted: 'secret',
  staff: [{ id: 's1', name: '홍길동', phone: '051-888-1234', email: null, keycloakSubject: 'k1' }],
};

/** The real rules of the one type this schema has (other capabilities' types are not in it). */
const STAFF_RULES = Object.fromEntries(Object.entries(FieldAccess).filter(([c]) => c.startsWith('Staff.')));

function schemaWith(reads: PersonalRead[], fail = false): GraphQLSchema {
  return enforceAccessMap(
    buildSchema(SDL),
    async (read) => {
      if (fail) throw new Error('log down');
      reads.push(read);
    },
    STAFF_RULES,
  );
}

const run = (schema: GraphQLSchema, roles: string[], source: string) =>
  RequestContexts.run(principal(roles), () => graphql({ schema, source, rootValue }));

describe('enforceAccessMap', () => {
  it('refuses an operation missing from the map to every role (deny by default)', async () => {
    const res = await run(schemaWith([]), ['tenant-admin', 'ministry-analyst'], '{ unlisted me }');
    expect(res.data).toEqual({ me: 'me', unlisted: null });
    expect(res.errors?.[0]).toMatchObject({ path: ['unlisted'], extensions: { code: 'FORBIDDEN' } });
  });

  it('refuses a listed operation to a role without its permission', async () => {
    const res = await run(schemaWith([]), ['ministry-analyst'], '{ staff { id } }');
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('answers a field the caller may not read with null and FORBIDDEN on its path', async () => {
    const res = await run(schemaWith([]), ['agent'], '{ staff { name keycloakSubject } }');
    expect(res.data).toEqual({ staff: [{ name: '홍길동', keycloakSubject: null }] });
    expect(res.errors?.[0].path).toEqual(['staff', 0, 'keycloakSubject']);
  });

  it('records each non-null personal field read, with the masking the caller gets', async () => {
    const reads: PersonalRead[] = [];
    await run(schemaWith(reads), ['agent'], '{ staff { phone email } }');
    expect(reads.map(({ type, field, recordId, masked }) => ({ type, field, recordId, masked }))).toEqual([
      { type: 'Staff', field: 'phone', recordId: 's1', masked: true },
    ]);
  });

  it('withholds a personal field whose read could not be recorded', async () => {
    const res = await run(schemaWith([], true), ['manager'], '{ staff { name phone } }');
    expect(res.data).toEqual({ staff: [{ name: '홍길동', phone: null }] });
    expect(res.errors?.[0].path).toEqual(['staff', 0, 'phone']);
  });

  it('refuses to start when the map names a field the schema lacks or a guarded field that cannot be null', () => {
    expect(() => enforceAccessMap(buildSchema('type Query { me: String }'), async () => {})).toThrow(
      /Staff\.keycloakSubject/,
    );
    const strict = SDL.replace('keycloakSubject: String', 'keycloakSubject: String!');
    expect(() => enforceAccessMap(buildSchema(strict), async () => {})).toThrow(/must be nullable/);
    const anonymous = SDL.replace('id: ID!, ', '');
    expect(() => enforceAccessMap(buildSchema(anonymous), async () => {})).toThrow(/Staff needs an id/);
  });
});
