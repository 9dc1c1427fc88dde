import { gql, integratorToken } from './support/api';

/** Text a database cannot store or a person cannot read is refused up front, and nothing changes. */
const CREATE = 'mutation($i: CreateDepartmentInput!) { createDepartment(input: $i) { id code } }';
const CODES = '{ departments { code } }';

let token: string;
beforeAll(async () => {
  token = await integratorToken('gangwon');
});

const codes = async (): Promise<string[]> =>
  ((await gql(token, CODES)).data!.departments as { code: string }[]).map((d) => d.code);

describe('a NUL character', () => {
  it.each([
    ['a department name', CREATE, { i: { name: '민원\u0000과', code: 'NUL-1' } }, 'name'],
    ['a staff search', 'query($s: String) { staff(search: $s) { totalCount } }', { s: '홍\u0000' }, 'search'],
    ['a cursor', 'query($a: String) { staff(after: $a) { totalCount } }', { a: 'abc\u0000' }, 'after'],
  ])('in %s is BAD_USER_INPUT on that field', async (_, query, variables, field) => {
    const res = await gql(token, query, variables);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(res.errors?.[0].message).toMatch(/NUL/);
    expect(res.errors?.[0].extensions.messageEn).toMatch(/NUL/);
  });

  it('never creates the department', async () => {
    expect(await codes()).not.toContain('NUL-1');
  });
});

describe('department names', () => {
  it.each([
    ['zero-width spaces', '\u200B\u200B'],
    ['a Hangul filler', '\u3164'],
    ['Hangul choseong/jungseong fillers', '\u115F\u1160'],
    ['a byte order mark', '\uFEFF'],
    ['an ideographic space', '\u3000'],
    ['a bell (control) character', '민원\u0007과'],
    ['a zero-width space inside', '민원\u200B과'],
    ['a right-to-left override', '\u202E과원민'],
  ])('with %s are BAD_USER_INPUT on name and change nothing', async (_, name) => {
    const code = `INV-${[...name].map((c) => c.codePointAt(0)!.toString(16)).join('')}`.slice(0, 40);
    const res = await gql(token, CREATE, { i: { name, code } });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    expect(res.errors?.[0].message).toMatch(/[가-힣]/);
    expect(res.errors?.[0].extensions.messageEn).toMatch(/character/);
    expect(await codes()).not.toContain(code);
  });

  it('keep every visible Korean, Latin and symbol name', async () => {
    const res = await gql(token, CREATE, { i: { name: 'ㄱ 민원·혁신(2)팀 😀', code: 'VISIBLE-1' } });
    expect(res.errors).toBeUndefined();
  });
});

it('concurrent creates of one code: one wins, the others get CONFLICT on code, none INTERNAL', async () => {
  const results = await Promise.all(
    Array.from({ length: 8 }, (_, i) => gql(token, CREATE, { i: { name: `동시생성 ${i}`, code: 'RACE-1' } })),
  );
  expect(results.filter((r) => !r.errors)).toHaveLength(1);
  for (const r of results.filter((r) => r.errors)) {
    expect(r.errors![0].extensions).toMatchObject({ code: 'CONFLICT', field: 'code' });
  }
});
