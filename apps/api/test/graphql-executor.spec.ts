import { mkdtemp } from 'node:fs/promises';
import { getIntrospectionQuery } from 'graphql';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { baseUrl, userToken } from './support/api';
import { freePort } from './support/free-port';
import { startServerProcess, type ServerProcess } from './support/server-process';

/**
 * The shared server executes with graphql-jit (the default). A second server on the same database runs
 * graphql-js's `execute` (`PCRM_GRAPHQL_JIT=0`) and checks the shared server's tokens against the shared
 * server's realms, so one request can go to both: status and body must be the same byte for byte.
 */
jest.setTimeout(180_000);

const REALM = 'ulsan';
let reference: ServerProcess;
const tokens: Record<'agent' | 'admin', string> = {} as never;

beforeAll(async () => {
  reference = await startServerProcess(
    {
      DATABASE_URL: process.env.PCRM_OWNER_DATABASE_URL!,
      PCRM_APP_DB_PASSWORD: 'pcrm-app-test',
      PCRM_DATA_DIR: await mkdtemp(join(tmpdir(), 'pcrm-executor-')),
      PCRM_SEED_DEMO: '0', // the shared server seeded the demo organization already
      PCRM_DEV_IDP: '0',
      KEYCLOAK_URL: baseUrl(),
      PCRM_GRAPHQL_JIT: '0',
    },
    await freePort(),
  );
  tokens.agent = await userToken(REALM, 'agent');
  tokens.admin = await userToken(REALM, 'admin');
});

afterAll(async () => {
  await reference?.stop();
});

interface Answer {
  status: number;
  type: string | null;
  retryAfter: string | null;
  text: string;
}

const post = async (
  origin: string,
  token: string,
  query: string,
  variables?: object,
  accept?: string,
): Promise<Answer> => {
  const res = await fetch(`${origin}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${token}`,
      ...(accept ? { accept } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: res.status,
    type: res.headers.get('content-type'),
    retryAfter: res.headers.get('retry-after'),
    text: await res.text(),
  };
};

/**
 * The same request to the compiled and the reference executor; both answers must be identical. Sent twice
 * to the compiled one: a read is compiled at its first sighting and answered from the known reads after.
 */
async function onBoth(token: string, query: string, variables?: object, accept?: string) {
  const compiled = await post(baseUrl(), token, query, variables, accept);
  const again = await post(baseUrl(), token, query, variables, accept);
  const plain = await post(reference.url, token, query, variables, accept);
  expect(compiled).toEqual(plain);
  expect(again).toEqual(plain);
  return { status: compiled.status, body: JSON.parse(compiled.text) as Record<string, any> };
}

const STAFF = (fields: string) => `query($first: Int, $after: String) {
  staff(first: $first, after: $after) { totalCount edges { node { id ${fields} } } }
}`;
const UPDATE = 'mutation($i: UpdateDepartmentInput!) { updateDepartment(input: $i) { id code name } }';
const CREATE = 'mutation($i: CreateDepartmentInput!) { createDepartment(input: $i) { id } }';

describe('compiled (graphql-jit) and graphql-js execution answer the same', () => {
  it('a plain read', async () => {
    const { status, body } = await onBoth(
      tokens.admin,
      '{ me { username roles tenant { code nameKo } } departments { id code name parentId staffCount } }',
    );
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data.departments.length).toBeGreaterThan(10);
  });

  it('introspection: the same schema, sorted, with every type', async () => {
    const { body } = await onBoth(tokens.admin, getIntrospectionQuery());
    const names = body.data.__schema.types.map((t: { name: string }) => t.name);
    expect(names).toEqual([...names].sort());
    expect(names).toContain('Department');
  });

  it('a resolver error (NOT_FOUND) in a mutation, with the rollback notice', async () => {
    const { body } = await onBoth(tokens.admin, UPDATE, {
      i: { id: '00000000-0000-4000-8000-000000000000', name: '없음' },
    });
    expect(body.errors[0]).toMatchObject({
      path: ['updateDepartment'],
      locations: [{ line: 1, column: 40 }],
      extensions: { code: 'NOT_FOUND' },
    });
    expect(body.extensions.transaction.rolledBack).toBe(true);
  });

  it('a refused argument (the cursor pipe) names the field', async () => {
    const { body } = await onBoth(tokens.admin, STAFF('name'), { first: 2, after: 'garbage' });
    expect(body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('variables that do not coerce, and an unknown input field', async () => {
    const wrongType = await onBoth(tokens.admin, STAFF('name'), { first: 'many' });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const unknown = await onBoth(tokens.admin, CREATE, { i: { name: '정상과', code: 'J1', budget: 1 } });
    expect(unknown.body.errors[0].message).toContain('budget');
  });

  it('a FORBIDDEN field answers null with the error on its path', async () => {
    const { body } = await onBoth(tokens.agent, STAFF('username keycloakSubject'), { first: 2 });
    expect(body.errors).toHaveLength(2);
    expect(body.errors[0]).toMatchObject({
      path: ['staff', 'edges', 0, 'node', 'keycloakSubject'],
      extensions: { code: 'FORBIDDEN' },
    });
    expect(body.data.staff.edges[0].node.keycloakSubject).toBeNull();
  });

  it('masked personal fields', async () => {
    const { body } = await onBoth(tokens.agent, STAFF('phone email'), { first: 3 });
    expect(body.errors).toBeUndefined();
    expect(body.data.staff.edges[0].node.phone).toMatch(/^052-\*\*\*-\d{4}$/);
  });

  it('a read refused as a whole (FORBIDDEN, 403)', async () => {
    const { status, body } = await onBoth(tokens.agent, '{ accessLog(first: 1) { totalCount } }');
    expect(status).toBe(403);
    expect(body.errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it('the answer type as the client asks for it', async () => {
    const query = '{ me { username } }';
    await onBoth(tokens.admin, query, undefined, 'application/graphql-response+json, application/json;q=0.9');
    const refused = await onBoth(tokens.admin, query, undefined, 'text/html');
    expect(refused.status).toBe(406);
  });

  it('an operation of the operation permission check refused as a whole (FORBIDDEN, 403)', async () => {
    const { status, body } = await onBoth(tokens.agent, CREATE, { i: { name: '정상과', code: 'J2' } });
    expect(status).toBe(403);
    expect(body.errors[0].extensions.code).toBe('FORBIDDEN');
  });
});
