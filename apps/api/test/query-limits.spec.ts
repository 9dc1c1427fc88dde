import { gql, integratorToken } from './support/api';

const fragmentBomb = (levels: number): string =>
  `{ me { ...F0 } } ${Array.from(
    { length: levels },
    (_, i) => `fragment F${i} on Me { ...F${i + 1} ...F${i + 1} }`,
  ).join(' ')} fragment F${levels} on Me { username }`;

describe('query limits over HTTP', () => {
  let token: string;
  beforeAll(async () => {
    token = await integratorToken('busan');
  });

  it('refuses a fragment bomb at once and keeps serving', async () => {
    const query = fragmentBomb(25);
    expect(query.length).toBeLessThan(1_000);
    const started = Date.now();
    const res = await gql(token, query);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(res.status).toBe(400);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'cost' });
    expect(res.errors?.[0].message).toMatch(/질의 비용이 한도/);
    expect((await gql(token, '{ me { username } }')).status).toBe(200);
  });

  it('refuses 50 aliased pages of 200 staff with their departments, and serves one page', async () => {
    const page = (i: number) =>
      `s${i}: staff(first: 200) { edges { node { name department { staffCount } } } }`;
    const refused = await gql(token, `{ ${Array.from({ length: 50 }, (_, i) => page(i)).join(' ')} }`);
    expect(refused.status).toBe(400);
    expect(refused.errors?.[0].extensions).toMatchObject({ limit: 'cost', maximum: 5000 });
    const one = await gql(token, `{ ${page(0)} }`);
    expect(one.status).toBe(200);
    expect(one.data?.s0.edges.length).toBeGreaterThan(0);
  });
});
