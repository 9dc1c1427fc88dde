import { gql, integratorToken, userToken } from './support/api';

interface Dept {
  id: string;
  code: string;
  name: string;
  parentId: string | null;
}

let busanAdmin: string;
let busanIntegrator: string;
let seoulAdmin: string;
let seoulDepartments: Dept[];
let seoulStaffIds: string[];

const DEPARTMENTS = '{ departments { id code name parentId } }';

beforeAll(async () => {
  busanAdmin = await userToken('busan', 'admin');
  busanIntegrator = await integratorToken('busan');
  seoulAdmin = await userToken('seoul', 'admin');
  seoulDepartments = (await gql(seoulAdmin, DEPARTMENTS)).data!.departments;
  const staff = await gql(seoulAdmin, '{ staff(first: 200) { edges { node { id } } } }');
  seoulStaffIds = staff.data!.staff.edges.map((e: { node: { id: string } }) => e.node.id);
  expect(seoulDepartments.length).toBeGreaterThan(10);
});

describe('a busan token against seoul data, through the API', () => {
  it('sees only busan departments', async () => {
    const busan: Dept[] = (await gql(busanAdmin, DEPARTMENTS)).data!.departments;
    const seoulIds = new Set(seoulDepartments.map((d) => d.id));
    expect(busan.length).toBeGreaterThan(10);
    expect(busan.some((d) => seoulIds.has(d.id))).toBe(false);
    expect(busan.every((d) => d.code.startsWith('626') || !/^\d{7}$/.test(d.code))).toBe(true);
  });

  it('sees only busan staff, also when filtering by a seoul department', async () => {
    const all = await gql(busanAdmin, '{ staff(first: 200) { totalCount edges { node { id } } } }');
    const ids: string[] = all.data!.staff.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(ids.some((id) => seoulStaffIds.includes(id))).toBe(false);
    const filtered = await gql(
      busanAdmin,
      'query($d: ID) { staff(departmentId: $d) { totalCount edges { node { id } } } }',
      {
        d: seoulDepartments[0].id,
      },
    );
    expect(filtered.data!.staff.totalCount).toBe(0);
  });

  it('sees only busan staff whatever cursor it forges', async () => {
    const cursor = Buffer.from(JSON.stringify(['', seoulStaffIds[0]])).toString('base64url');
    const res = await gql(
      busanAdmin,
      'query($a: String) { staff(first: 200, after: $a) { edges { node { id } } } }',
      {
        a: cursor,
      },
    );
    const ids: string[] = res.data!.staff.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.some((id) => seoulStaffIds.includes(id))).toBe(false);
  });

  it.each([
    ['tenant-admin', () => busanAdmin],
    ['integrator', () => busanIntegrator],
  ])('cannot rename, re-code or move a seoul department (%s)', async (_who, token) => {
    const target = seoulDepartments[0];
    for (const input of [
      { id: target.id, name: '탈취' },
      { id: target.id, code: 'HIJACK' },
      { id: target.id, parentId: null },
    ]) {
      const res = await gql(
        token(),
        'mutation($i: UpdateDepartmentInput!) { updateDepartment(input: $i) { id } }',
        { i: input },
      );
      expect(res.errors?.[0].extensions.code).toBe('NOT_FOUND');
    }
    const after: Dept[] = (await gql(seoulAdmin, DEPARTMENTS)).data!.departments;
    expect(after).toEqual(seoulDepartments);
  });

  it('cannot hang a busan department under a seoul one, nor a seoul one under busan', async () => {
    const created = await gql(
      busanAdmin,
      'mutation($i: CreateDepartmentInput!) { createDepartment(input: $i) { id } }',
      {
        i: { name: '침투과', code: 'INFILTRATE', parentId: seoulDepartments[0].id },
      },
    );
    expect(created.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(created.errors?.[0].extensions.field).toBe('parentId');
    const busanRoot: Dept = (await gql(busanAdmin, DEPARTMENTS)).data!.departments[0];
    const moved = await gql(
      busanAdmin,
      'mutation($i: UpdateDepartmentInput!) { updateDepartment(input: $i) { id } }',
      {
        i: { id: busanRoot.id, parentId: seoulDepartments[1].id },
      },
    );
    expect(moved.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect((await gql(seoulAdmin, DEPARTMENTS)).data!.departments).toEqual(seoulDepartments);
  });

  it('cannot choose the tenant with a header or argument', async () => {
    const sneaky = await fetch(`${process.env.PCRM_BASE_URL}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${busanAdmin}`,
        'x-tenant-id': 'seoul',
      },
      body: JSON.stringify({ query: DEPARTMENTS }),
    }).then((r) => r.json() as Promise<{ data: { departments: Dept[] } }>);
    const seoulIds = new Set(seoulDepartments.map((d) => d.id));
    expect(sneaky.data.departments.some((d) => seoulIds.has(d.id))).toBe(false);
    const arg = await gql(busanAdmin, '{ departments(tenant: "seoul") { id } }');
    expect(arg.errors?.[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('ministry analysts see the tenant list but no tenant data', async () => {
    const analyst = await userToken('ministry', 'analyst');
    const tenants = await gql(analyst, '{ tenants { code nameKo } }');
    expect(tenants.data!.tenants).toHaveLength(16);
    expect((await gql(analyst, DEPARTMENTS)).errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});
