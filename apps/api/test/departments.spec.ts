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
