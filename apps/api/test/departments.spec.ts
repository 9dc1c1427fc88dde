import { Client } from 'pg';
import { baseUrl, gql, userToken } from './support/api';

const CREATE =
  'mutation($i: CreateDepartmentInput!) { createDepartment(input: $i) { id code name parentId sortOrder } }';
const UPDATE =
  'mutation($i: UpdateDepartmentInput!) { updateDepartment(input: $i) { id code name parentId } }';
const LIST = '{ departments { id code name parentId sortOrder staffCount } }';

let admin: string;
const list = async () =>
  (await gql(admin, LIST)).data!.departments as {
    id: string;
    code: string;
    name: string;
    parentId: string | null;
  }[];

beforeAll(async () => {
  admin = await userToken('incheon', 'admin');
});

describe('the department tree', () => {
  it('is seeded as 국/실/본부 → 과 → 팀 with staff counts', async () => {
    const all = await list();
    const root = all.find((d) => d.name === '기획조정실')!;
    const division = all.find((d) => d.name === '기획담당관')!;
    const team = all.find((d) => d.name === '기획팀')!;
    expect([root.parentId, division.parentId, team.parentId]).toEqual([null, root.id, division.id]);
    expect(
      (await gql(admin, LIST)).data!.departments.find((d: { id: string }) => d.id === team.id).staffCount,
    ).toBe(3);
  });

  it('creates, renames and moves departments, and audits each change', async () => {
    const parent = (await list()).find((d) => d.name === '시민소통관')!;
    const created = await gql(admin, CREATE, {
      i: { name: '민원혁신과', code: 'INNOV-01', parentId: parent.id },
    });
    expect(created.errors).toBeUndefined();
    const dept = created.data!.createDepartment;
    expect(dept).toMatchObject({ name: '민원혁신과', code: 'INNOV-01', parentId: parent.id });

    const renamed = await gql(admin, UPDATE, { i: { id: dept.id, name: '고객혁신과' } });
    expect(renamed.data!.updateDepartment).toMatchObject({
      name: '고객혁신과',
      code: 'INNOV-01',
      parentId: parent.id,
    });
    const moved = await gql(admin, UPDATE, { i: { id: dept.id, parentId: null } });
    expect(moved.data!.updateDepartment.parentId).toBeNull();

    const owner = new Client({ connectionString: process.env.PCRM_OWNER_DATABASE_URL });
    await owner.connect();
    const { rows } = await owner.query(
      `SELECT tenant_id, actor, action, before->>'name' AS before, after->>'name' AS after FROM audit_events WHERE entity_id = $1 ORDER BY id`,
      [dept.id],
    );
    await owner.end();
    expect(rows).toEqual([
      { tenant_id: 'incheon', actor: 'incheon/admin', action: 'create', before: null, after: '민원혁신과' },
      {
        tenant_id: 'incheon',
        actor: 'incheon/admin',
        action: 'update',
        before: '민원혁신과',
        after: '고객혁신과',
      },
      {
        tenant_id: 'incheon',
        actor: 'incheon/admin',
        action: 'update',
        before: '고객혁신과',
        after: '고객혁신과',
      },
    ]);
  });

  it('refuses a cycle: a department under itself or under its own child', async () => {
    const all = await list();
    const root = all.find((d) => d.name === '복지국')!;
    const child = all.find((d) => d.name === '복지정책과')!;
    const grandchild = all.find((d) => d.name === '복지정책팀')!;
    for (const parentId of [root.id, child.id, grandchild.id]) {
      const res = await gql(admin, UPDATE, { i: { id: root.id, parentId } });
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parentId' });
    }
    expect((await list()).find((d) => d.id === root.id)!.parentId).toBeNull();
  });
});

describe('bad input changes nothing and says what is wrong', () => {
  let before: unknown;
  beforeEach(async () => {
    before = await list();
  });
  afterEach(async () => {
    expect(await list()).toEqual(before);
  });

  it.each([
    [{ name: '', code: 'A1' }, 'name'],
    [{ name: '   ', code: 'A2' }, 'name'],
    [{ name: '가'.repeat(101), code: 'A3' }, 'name'],
    [{ name: '정상과', code: '코드' }, 'code'],
    [{ name: '정상과', code: 'has space' }, 'code'],
    [{ name: '정상과', code: 'A4', parentId: 'not-a-uuid' }, 'parentId'],
    [{ name: '정상과', code: 'A5', parentId: '00000000-0000-4000-8000-000000000000' }, 'parentId'],
  ])('%j → BAD_USER_INPUT on %s', async (input, field) => {
    const res = await gql(admin, CREATE, { i: input });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(res.errors?.[0].message).toMatch(/[가-힣]/);
    expect(res.errors?.[0].extensions.messageEn).toMatch(/[a-z]/);
  });

  it('a duplicate code is a CONFLICT', async () => {
    const taken = (await list())[0].code;
    const res = await gql(admin, CREATE, { i: { name: '중복과', code: taken } });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'code' });
  });

  it('an unknown input field is refused naming the field', async () => {
    const res = await gql(admin, CREATE, { i: { name: '정상과', code: 'A6', budget: 1 } });
    expect(res.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toContain('budget');
  });

  it('an unknown department id is NOT_FOUND', async () => {
    const res = await gql(admin, UPDATE, { i: { id: '00000000-0000-4000-8000-000000000000', name: '없음' } });
    expect(res.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });

  it('malformed GraphQL is a 400 with the parser message', async () => {
    const res = await gql(admin, '{ departments { id ');
    expect(res.status).toBe(400);
    expect(res.errors?.[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(res.errors?.[0].message).toContain('Syntax Error');
  });

  it('a body over 1 MB is a 413', async () => {
    const res = await fetch(`${baseUrl()}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}` },
      body: JSON.stringify({ query: `{ me { username } }`, variables: { pad: 'x'.repeat(1_100_000) } }),
    });
    expect(res.status).toBe(413);
    expect(
      ((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code,
    ).toBe('PAYLOAD_TOO_LARGE');
  });

  it('queries deeper than the limit are refused', async () => {
    const deep = `{ staff { edges { node { department { id } } } } }`.replace(
      'department { id }',
      'department { id }',
    );
    expect((await gql(admin, deep)).errors).toBeUndefined();
    const pages = Array.from({ length: 10 }, (_, i) => `a${i}: staff(first: 200) { edges { node { id } } }`);
    const res = await gql(admin, `{ ${pages.join(' ')} }`);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'cost' });
  });
});

describe('text is stored as given', () => {
  it.each([
    `따옴표 "큰" '작은' 과`,
    `'; DROP TABLE departments; --`,
    `<script>alert("xss")</script>`,
    `Robert'); DELETE FROM staff;--`,
  ])('%s round-trips verbatim', async (name) => {
    const code = `V${Math.abs([...name].reduce((h, c) => (h * 31 + c.charCodeAt(0)) | 0, 0))}`.slice(0, 40);
    const res = await gql(admin, CREATE, { i: { name, code } });
    expect(res.data!.createDepartment.name).toBe(name);
    expect((await list()).find((d) => d.code === code)!.name).toBe(name);
  });

  it('Korean text is stored NFC-normalized', async () => {
    const decomposed = '민원정책과'.normalize('NFD');
    expect(decomposed).not.toBe('민원정책과');
    const res = await gql(admin, CREATE, { i: { name: decomposed, code: 'NFC-TEST' } });
    expect(res.data!.createDepartment.name).toBe('민원정책과');
    const owner = new Client({ connectionString: process.env.PCRM_OWNER_DATABASE_URL });
    await owner.connect();
    const { rows } = await owner.query(
      `SELECT name FROM departments WHERE tenant_id = 'incheon' AND code = 'NFC-TEST'`,
    );
    await owner.end();
    expect(rows[0].name).toBe('민원정책과'.normalize('NFC'));
    expect(Buffer.from(rows[0].name).length).toBe(15);
  });
});

describe('a change the database refuses at commit', () => {
  const owner = () => new Client({ connectionString: process.env.PCRM_OWNER_DATABASE_URL });

  beforeAll(async () => {
    const c = owner();
    await c.connect();
    // A deferred check runs at COMMIT, after every resolver has answered successfully.
    await c.query(`
      CREATE FUNCTION test_refuse_at_commit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'refused at commit'; END $$`);
    await c.query(`
      CREATE CONSTRAINT TRIGGER test_refuse_at_commit AFTER INSERT ON departments
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (NEW.code = 'COMMIT-FAILS')
      EXECUTE FUNCTION test_refuse_at_commit()`);
    await c.end();
  });

  afterAll(async () => {
    const c = owner();
    await c.connect();
    await c.query('DROP TRIGGER test_refuse_at_commit ON departments');
    await c.query('DROP FUNCTION test_refuse_at_commit()');
    await c.end();
  });

  it('is reported as an error, never as a success', async () => {
    const res = await gql(admin, CREATE, { i: { name: '커밋실패과', code: 'COMMIT-FAILS' } });
    expect(res.status).toBe(500);
    expect(res.data).toBeUndefined();
    expect(res.errors?.[0]).toMatchObject({
      message: '저장하지 못했습니다. 잠시 후 다시 시도해 주세요.',
      extensions: {
        code: 'INTERNAL_SERVER_ERROR',
        messageEn: 'The change could not be saved. Please try again.',
      },
    });
    expect((await list()).some((d) => d.code === 'COMMIT-FAILS')).toBe(false);
  });
});

const DEACTIVATE = 'mutation($id: ID!) { deactivateDepartment(id: $id) { id active parentId } }';
const REACTIVATE = 'mutation($id: ID!) { reactivateDepartment(id: $id) { id active parentId } }';
const TREE = '{ departments { id code name parentId sortOrder active staffCount } }';

interface Dept {
  id: string;
  code: string;
  name: string;
  parentId: string | null;
  sortOrder: number;
  active: boolean;
  staffCount: number;
}

const ownerQuery = async (text: string, params: unknown[] = []) => {
  const owner = new Client({ connectionString: process.env.PCRM_OWNER_DATABASE_URL });
  await owner.connect();
  try {
    return (await owner.query(text, params)).rows;
  } finally {
    await owner.end();
  }
};

describe('deactivating and reactivating departments (daejeon)', () => {
  let daejeon: string;
  const tree = async () => (await gql(daejeon, TREE)).data!.departments as Dept[];
  const named = async (name: string) => (await tree()).find((d) => d.name === name)!;
  const create = async (name: string, code: string, parentId: string | null) =>
    gql(daejeon, CREATE, { i: { name, code, parentId } });

  beforeAll(async () => {
    daejeon = await userToken('daejeon', 'admin');
  });

  it('deactivates a team with its staff still attached, lists it as inactive and reactivates it, auditing both', async () => {
    const team = await named('기획팀');
    expect(team).toMatchObject({ active: true, staffCount: 3 });
    const off = await gql(daejeon, DEACTIVATE, { id: team.id });
    expect(off.errors).toBeUndefined();
    expect(off.data!.deactivateDepartment).toMatchObject({ id: team.id, active: false });
    expect(await named('기획팀')).toMatchObject({ active: false, staffCount: 3 });
    const staff = await gql(daejeon, 'query($d: ID) { staff(departmentId: $d) { totalCount } }', {
      d: team.id,
    });
    expect(staff.data!.staff.totalCount).toBe(3);

    const on = await gql(daejeon, REACTIVATE, { id: team.id });
    expect(on.data!.reactivateDepartment).toMatchObject({ id: team.id, active: true });
    const audit = await ownerQuery(
      `SELECT actor, action, (before->>'active')::boolean AS before, (after->>'active')::boolean AS after
       FROM audit_events WHERE tenant_id = 'daejeon' AND entity_id = $1 ORDER BY id`,
      [team.id],
    );
    expect(audit).toEqual([
      { actor: 'daejeon/admin', action: 'update', before: true, after: false },
      { actor: 'daejeon/admin', action: 'update', before: false, after: true },
    ]);
  });

  it('refuses the root, a department with active sub-units, and reactivating under an inactive parent', async () => {
    const root = await named('기획조정실');
    const division = await named('기획담당관');
    const before = await tree();
    const refusals: [string, string][] = [
      [DEACTIVATE, root.id],
      [DEACTIVATE, division.id],
    ];
    for (const [mutation, id] of refusals) {
      const res = await gql(daejeon, mutation, { id });
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
      expect(res.errors?.[0].message).toMatch(/[가-힣]/);
      expect(res.errors?.[0].extensions.messageEn).toMatch(/[a-z]/);
    }
    expect(await tree()).toEqual(before);

    const parent = (await create('비활성시험과', 'DEACT-P', division.id)).data!.createDepartment;
    const child = (await create('비활성시험팀', 'DEACT-C', parent.id)).data!.createDepartment;
    expect((await gql(daejeon, DEACTIVATE, { id: child.id })).data!.deactivateDepartment.active).toBe(false);
    expect((await gql(daejeon, DEACTIVATE, { id: parent.id })).data!.deactivateDepartment.active).toBe(false);
    const refused = await gql(daejeon, REACTIVATE, { id: child.id });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect((await tree()).find((d) => d.id === child.id)!.active).toBe(false);

    // Nothing goes under an inactive department: neither a new one nor a moved one.
    const under = await create('새팀', 'DEACT-N', parent.id);
    expect(under.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parentId' });
    const moved = await gql(daejeon, UPDATE, { i: { id: (await named('기획팀')).id, parentId: parent.id } });
    expect(moved.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parentId' });
    expect((await named('기획팀')).parentId).toBe(division.id);

    expect((await gql(daejeon, REACTIVATE, { id: parent.id })).data!.reactivateDepartment.active).toBe(true);
    expect((await gql(daejeon, REACTIVATE, { id: child.id })).data!.reactivateDepartment.active).toBe(true);
  });

  it('refuses a malformed or unknown id', async () => {
    const bad = await gql(daejeon, DEACTIVATE, { id: 'not-a-uuid' });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    const unknown = await gql(daejeon, REACTIVATE, { id: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });

  it('is for tenant-admin and integrator only', async () => {
    const officer = await userToken('daejeon', 'officer');
    const res = await gql(officer, DEACTIVATE, { id: (await named('기획팀')).id });
    expect(res.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await named('기획팀')).active).toBe(true);
  });
});

describe('sibling names and sort order (gwangju)', () => {
  let gwangju: string;
  let parentId: string;
  const tree = async () => (await gql(gwangju, TREE)).data!.departments as Dept[];

  beforeAll(async () => {
    gwangju = await userToken('gwangju', 'admin');
    parentId = (await tree()).find((d) => d.name === '시민소통관')!.id;
  });

  it('refuses a sibling with the same name, ignoring case and spaces, but allows it under another parent', async () => {
    const first = await gql(gwangju, CREATE, { i: { name: 'Smart 민원과', code: 'SIB-1', parentId } });
    expect(first.errors).toBeUndefined();
    const before = await tree();
    for (const [name, code] of [
      ['Smart 민원과', 'SIB-2'],
      ['smart민원과', 'SIB-3'],
      ['  SMART   민원과 ', 'SIB-4'],
    ]) {
      const res = await gql(gwangju, CREATE, { i: { name, code, parentId } });
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'name' });
      expect(res.errors?.[0].message).toMatch(/[가-힣]/);
    }
    expect(await tree()).toEqual(before);
    // Its own name in another spelling is no conflict with itself.
    const respelled = await gql(gwangju, UPDATE, {
      i: { id: first.data!.createDepartment.id, name: 'SMART 민원과' },
    });
    expect(respelled.data!.updateDepartment.name).toBe('SMART 민원과');
    const elsewhere = await gql(gwangju, CREATE, {
      i: { name: 'Smart 민원과', code: 'SIB-5', parentId: null },
    });
    expect(elsewhere.errors).toBeUndefined();
    // Moving it next to its namesake is refused too.
    const move = await gql(gwangju, UPDATE, { i: { id: elsewhere.data!.createDepartment.id, parentId } });
    expect(move.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'name' });
  });

  it('concurrent creates of one name: exactly one succeeds, the others get CONFLICT, never INTERNAL', async () => {
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        gql(gwangju, CREATE, { i: { name: '동시생성과', code: `RACE-${i}`, parentId } }),
      ),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    for (const r of results.filter((r) => r.errors)) {
      expect(r.errors![0].extensions).toMatchObject({ code: 'CONFLICT', field: 'name' });
    }
    expect((await tree()).filter((d) => d.name === '동시생성과')).toHaveLength(1);
  });

  it('concurrent creates under one parent get distinct sort orders', async () => {
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        gql(gwangju, CREATE, { i: { name: `순서시험${i}과`, code: `ORDER-${i}`, parentId } }),
      ),
    );
    expect(results.filter((r) => r.errors)).toEqual([]);
    const orders = (await tree()).filter((d) => d.parentId === parentId).map((d) => d.sortOrder);
    expect(new Set(orders).size).toBe(orders.length);
    const duplicates = await ownerQuery(
      `SELECT tenant_id, parent_id, sort_order FROM departments
       GROUP BY tenant_id, parent_id, sort_order HAVING count(*) > 1`,
    );
    expect(duplicates).toEqual([]);
  });
});

describe("another tenant's departments (busan token, seoul ids)", () => {
  it('are not found and stay unchanged, through the API and at the database', async () => {
    const busan = await userToken('busan', 'admin');
    const seoul = await userToken('seoul', 'admin');
    const seoulTree = async () => (await gql(seoul, TREE)).data!.departments as Dept[];
    const before = await seoulTree();
    const team = before.find((d) => d.name === '기획팀')!;
    const root = before.find((d) => d.parentId === null)!;
    for (const [mutation, variables] of [
      [DEACTIVATE, { id: team.id }],
      [REACTIVATE, { id: team.id }],
      [UPDATE, { i: { id: team.id, name: '탈취팀' } }],
      [UPDATE, { i: { id: team.id, parentId: root.id } }],
    ] as const) {
      const res = await gql(busan, mutation, variables);
      expect(res.errors?.[0].extensions.code).toBe('NOT_FOUND');
    }
    const busanRoot = ((await gql(busan, TREE)).data!.departments as Dept[]).find(
      (d) => d.parentId === null,
    )!;
    const intoSeoul = await gql(busan, CREATE, { i: { name: '침투과', code: 'XT-1', parentId: team.id } });
    expect(intoSeoul.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parentId' });
    const seoulUnderBusan = await gql(busan, UPDATE, { i: { id: busanRoot.id, parentId: root.id } });
    expect(seoulUnderBusan.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'parentId',
    });
    expect(await seoulTree()).toEqual(before);

    const app = new Client({ connectionString: process.env.PCRM_APP_DATABASE_URL });
    await app.connect();
    try {
      await app.query('BEGIN');
      await app.query("SELECT set_config('app.tenant_id', 'busan', true)");
      const updated = await app.query('UPDATE departments SET active = false WHERE id = $1', [team.id]);
      expect(updated.rowCount).toBe(0);
      await app.query('ROLLBACK');
    } finally {
      await app.end();
    }
    expect(await seoulTree()).toEqual(before);
  });
});
