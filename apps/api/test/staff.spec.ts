import { gql, userToken, type GqlResult } from './support/api';

const PAGE = `query($first: Int, $after: String, $search: String, $departmentId: ID, $includeSubunits: Boolean) {
  staff(first: $first, after: $after, search: $search, departmentId: $departmentId, includeSubunits: $includeSubunits) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name username position roles department { id name } } }
  }
}`;

const cursorOf = (key: unknown[]) => Buffer.from(JSON.stringify(key)).toString('base64url');

let token: string;
beforeAll(async () => {
  token = await userToken('gwangju', 'officer');
});

it('pages through all staff by cursor, in name order, without gaps or repeats', async () => {
  const seen: { id: string; name: string }[] = [];
  let after: string | null = null;
  let total = 0;
  for (let i = 0; i < 50; i++) {
    const res: GqlResult = await gql(token, PAGE, { first: 37, after });
    const page: any = res.data!.staff;
    total = page.totalCount;
    seen.push(...page.edges.map((e: { node: { id: string; name: string } }) => e.node));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  expect(total).toBeGreaterThan(100);
  expect(seen).toHaveLength(total);
  expect(new Set(seen.map((s) => s.id)).size).toBe(total);
  const sorted = [...seen].sort((a, b) =>
    a.name === b.name ? (a.id < b.id ? -1 : 1) : a.name < b.name ? -1 : 1,
  );
  expect(seen).toEqual(sorted);
});

it('includes every demo role with its department', async () => {
  for (const [username, role, department] of [
    ['agent', 'agent', '콜센터운영팀'],
    ['officer', 'officer', '고객만족팀'],
    ['manager', 'manager', '민원정책과'],
    ['admin', 'tenant-admin', '정보화기획팀'],
  ]) {
    const all = await gql(token, PAGE, { first: 200 });
    const person = all
      .data!.staff.edges.map((e: { node: any }) => e.node)
      .find((n: any) => n.username === username);
    expect(person.roles).toEqual([role]);
    expect(person.department.name).toBe(department);
  }
});

it('filters by name and by department', async () => {
  const first = (await gql(token, PAGE, { first: 1 })).data!.staff.edges[0].node;
  const byName = await gql(token, PAGE, { search: first.name });
  expect(byName.data!.staff.edges.map((e: any) => e.node.name)).toContain(first.name);
  expect(byName.data!.staff.edges.every((e: any) => e.node.name.includes(first.name))).toBe(true);
  const byDept = await gql(token, PAGE, { departmentId: first.department.id, includeSubunits: false });
  expect(byDept.data!.staff.totalCount).toBeGreaterThan(0);
  expect(byDept.data!.staff.edges.every((e: any) => e.node.department.id === first.department.id)).toBe(true);
  const wildcard = await gql(token, PAGE, { search: '%' });
  expect(wildcard.data!.staff.totalCount).toBe(0);
});

it.each([
  [{ first: 0 }, 'first'],
  [{ first: 201 }, 'first'],
  [{ after: 'garbage' }, 'after'],
  [{ after: cursorOf(['김철수', 'not-a-uuid']) }, 'after'],
  [{ after: cursorOf(['김\u0000철수', '00000000-0000-4000-8000-000000000000']) }, 'after'],
  [{ after: cursorOf([1, '00000000-0000-4000-8000-000000000000']) }, 'after'],
  [{ after: cursorOf(['가'.repeat(101), '00000000-0000-4000-8000-000000000000']) }, 'after'],
  [{ departmentId: 'nope' }, 'departmentId'],
  [{ search: '' }, 'search'],
])('refuses %j', async (vars, field) => {
  const res = await gql(token, PAGE, vars);
  expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
});

it("links each login to its Keycloak subject: the admin's token subject is the admin's record", async () => {
  const admin = await userToken('gwangju', 'admin'); // reading subjects needs the staff-account permission
  const sub = JSON.parse(Buffer.from(admin.split('.')[1], 'base64url').toString()).sub as string;
  const all = await gql(admin, '{ staff(first: 200) { edges { node { username keycloakSubject } } } }');
  const self = all.data!.staff.edges.map((e: any) => e.node).find((n: any) => n.username === 'admin');
  expect(self.keycloakSubject).toBe(sub);
});

describe('the department filter', () => {
  const tree = async () =>
    (await gql(token, '{ departments { id name parentId } }')).data!.departments as {
      id: string;
      name: string;
      parentId: string | null;
    }[];
  const below = (all: { id: string; parentId: string | null }[], id: string): Set<string> => {
    const ids = new Set([id]);
    for (let grew = true; grew;) {
      grew = false;
      for (const d of all)
        if (d.parentId && ids.has(d.parentId) && !ids.has(d.id)) grew = ids.add(d.id) !== null;
    }
    return ids;
  };

  it('includes every sub-unit by default, and only the department itself with includeSubunits: false', async () => {
    const all = await tree();
    const division = all.find((d) => d.name === '민원정책과')!;
    const subtree = below(all, division.id);
    expect(subtree.size).toBeGreaterThan(1);
    const withSubunits = (await gql(token, PAGE, { departmentId: division.id, first: 200 })).data!.staff;
    const own = (await gql(token, PAGE, { departmentId: division.id, includeSubunits: false, first: 200 }))
      .data!.staff;
    expect(own.totalCount).toBeGreaterThan(0);
    expect(withSubunits.totalCount).toBeGreaterThan(own.totalCount);
    expect(withSubunits.edges.every((e: any) => subtree.has(e.node.department.id))).toBe(true);
    expect(new Set(withSubunits.edges.map((e: any) => e.node.department.id)).size).toBeGreaterThan(1);
    expect(own.edges.every((e: any) => e.node.department.id === division.id)).toBe(true);
  });

  it("another tenant's department id shows no staff", async () => {
    const seoul = await userToken('seoul', 'admin');
    const seoulRoot = ((await gql(seoul, '{ departments { id parentId } }')).data!.departments as any[]).find(
      (d) => d.parentId === null,
    );
    const res = await gql(token, PAGE, { departmentId: seoulRoot.id });
    expect(res.errors).toBeUndefined();
    expect(res.data!.staff).toMatchObject({ totalCount: 0, edges: [] });
  });
});
