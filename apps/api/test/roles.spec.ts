import { gql, integratorToken, userToken } from './support/api';

type Caller = 'agent' | 'officer' | 'manager' | 'admin' | 'integrator' | 'analyst';

const OPERATIONS: Record<string, { query: string; allowed: Caller[] }> = {
  me: {
    query: '{ me { username } }',
    allowed: ['agent', 'officer', 'manager', 'admin', 'integrator', 'analyst'],
  },
  departments: {
    query: '{ departments { id } }',
    allowed: ['agent', 'officer', 'manager', 'admin', 'integrator'],
  },
  staff: {
    query: '{ staff(first: 1) { totalCount } }',
    allowed: ['agent', 'officer', 'manager', 'admin', 'integrator'],
  },
  tenants: { query: '{ tenants { code } }', allowed: ['analyst'] },
  accessLog: { query: '{ accessLog(first: 1) { totalCount } }', allowed: ['admin'] },
  jobs: { query: '{ jobs(first: 1) { totalCount } }', allowed: ['admin'] },
  job: { query: '{ job(id: "00000000-0000-0000-0000-000000000000") { id } }', allowed: ['admin'] },
  startDepartmentExport: {
    query: 'mutation { startDepartmentExport(format: CSV) { id } }',
    allowed: ['admin'],
  },
  createDepartment: {
    query: 'mutation { createDepartment(input: { name: "권한시험과", code: "ROLE-TEST" }) { id } }',
    allowed: ['admin', 'integrator'],
  },
  updateDepartment: {
    query:
      'mutation { updateDepartment(input: { id: "00000000-0000-0000-0000-000000000000", name: "x" }) { id } }',
    allowed: ['admin', 'integrator'],
  },
};

const tokens = {} as Record<Caller, string>;

beforeAll(async () => {
  for (const user of ['agent', 'officer', 'manager', 'admin'] as const)
    tokens[user] = await userToken('daegu', user);
  tokens.integrator = await integratorToken('daegu');
  tokens.analyst = await userToken('ministry', 'analyst');
});

describe.each(Object.entries(OPERATIONS))('%s', (_name, { query, allowed }) => {
  it.each(['agent', 'officer', 'manager', 'admin', 'integrator', 'analyst'] as Caller[])(
    'for %s',
    async (caller) => {
      const res = await gql(tokens[caller], query);
      const code = res.errors?.[0]?.extensions.code;
      if (allowed.includes(caller)) {
        expect(code).not.toBe('FORBIDDEN');
      } else {
        expect(res.status).toBe(403);
        expect(code).toBe('FORBIDDEN');
        expect(res.errors?.[0].message).toBe('이 작업을 할 권한이 없습니다.');
      }
    },
  );
});

/** Field rules of the access map: who reads a field, who gets it unmasked. */
const FIELDS: Record<
  string,
  { query: string; read: (node: any) => unknown; readable: Caller[]; whole?: Caller[] }
> = {
  'Staff.keycloakSubject': {
    query: '{ staff(first: 1) { edges { node { keycloakSubject } } } }',
    read: (n) => n.keycloakSubject,
    readable: ['admin', 'integrator'],
  },
  'Staff.phone': {
    query: '{ staff(first: 1) { edges { node { phone } } } }',
    read: (n) => n.phone,
    readable: ['agent', 'officer', 'manager', 'admin', 'integrator'],
    whole: ['manager', 'admin', 'integrator'],
  },
};

describe.each(Object.entries(FIELDS))('field %s', (_name, { query, read, readable, whole }) => {
  it.each(['agent', 'officer', 'manager', 'admin', 'integrator'] as Caller[])('for %s', async (caller) => {
    const res = await gql(tokens[caller], query);
    const value = read(res.data!.staff.edges[0].node);
    if (!readable.includes(caller)) {
      expect(value).toBeNull();
      expect(res.errors?.[0].extensions.code).toBe('FORBIDDEN');
      return;
    }
    expect(res.errors).toBeUndefined();
    expect(typeof value).toBe('string');
    if (whole) expect((value as string).includes('*')).toBe(!whole.includes(caller));
  });
});

it('a refused mutation changes nothing', async () => {
  const res = await gql(tokens.admin, '{ departments { code } }');
  expect(res.data?.departments.filter((d: { code: string }) => d.code === 'ROLE-TEST')).toHaveLength(1);
});
