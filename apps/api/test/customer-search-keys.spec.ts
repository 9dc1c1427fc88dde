import { isInitialsQuery, nameKey, queryGram, searchGrams } from '../../../libs/crm-core/src/customer-keys';
import { insertCustomers } from './support/owner-customers';
import { inTenant, planAsTenant, roleClients } from './support/runtime-role';
import { customerStatement } from './support/customer-statements';

/**
 * Name and 초성 search under row-level security (docs/adr/0013): straight at PostgreSQL as the runtime role,
 * the key table's index serves the search, and the triggers keep the keys equal to `customers.search_grams`.
 */
const db = roleClients();
const TENANT = 'jeju';

const asTenant = <T>(tenant: string, work: () => Promise<T>) => inTenant(db.app, tenant, work);

/** A customer's keys as `gram name` lines, in gram order. */
const keysOf = async (id: string) =>
  (
    await db.owner.query<{ key: string }>(
      `SELECT gram || ' ' || name AS key FROM customer_search_keys WHERE tenant_id = $1 AND customer_id = $2
        ORDER BY gram`,
      [TENANT, id],
    )
  ).rows.map((r) => r.key);

/** The keys a customer named `name` must have. */
const keysFor = (name: string) =>
  searchGrams(name)
    .sort()
    .map((gram) => `${gram} ${name}`);

/**
 * The customers capability's search statement as it sends it: `customers.queries.sql` is checked against
 * the code by its snapshot spec (the statement module itself loads NestJS through the tenancy barrel).
 */
/** The page statement of a name or 초성 query, as `interpretQuery` shapes it. */
function searchFor(query: string): { sql: string; parameters: unknown[] } {
  const key = nameKey(query);
  const gram = queryGram(query);
  if (gram === key)
    return { sql: customerStatement('search (name, first page)'), parameters: ['ACTIVE', 0, gram, 21] };
  const title = isInitialsQuery(query) ? 'search (initials, first page)' : 'search (long name, first page)';
  return { sql: customerStatement(title), parameters: [`%${key}%`, 'ACTIVE', 0, gram, 21] };
}

it('searches names only with leakproof operators, so the key index serves it under RLS', async () => {
  const { rows } = await db.owner.query<{ proname: string; proleakproof: boolean }>(
    `SELECT proname, proleakproof FROM pg_proc WHERE proname = ANY($1) ORDER BY proname`,
    [['texteq', 'text_gt', 'uuid_gt', 'arraycontains', 'texticlike']],
  );
  expect(rows).toEqual([
    // what the GIN search used: never evaluated before the tenant policy, so never an index condition
    { proname: 'arraycontains', proleakproof: false },
    // the gram, and the (name, id) cursor of the next page: index conditions below the policy
    { proname: 'text_gt', proleakproof: true },
    { proname: 'texteq', proleakproof: true },
    // the confirming pattern: a filter on the few rows walked, after the policy
    { proname: 'texticlike', proleakproof: false },
    { proname: 'uuid_gt', proleakproof: true },
  ]);
  expect(searchFor('민준').sql).not.toMatch(/@>/);
});

it.each(['김민준', 'ㄱㅁㅈ', '김', '독고영재', 'ㄷㄱㅇㅈ'])(
  'plans the %s search as a walk of one gram’s keys in name order, as the runtime role',
  async (q) => {
    const statement = searchFor(q);
    const plan = await planAsTenant(db.app, 'busan', statement);
    // The key index gives the page's order: no sort of every match, the LIMIT stops the walk; the customer
    // is looked up per key (never a scan of the customers).
    expect(plan).toMatch(/Limit\n\s+->\s+Nested Loop/);
    expect(plan).toMatch(
      /Index Scan using \w+ on customers\n\s+Index Cond: \(\(tenant_id = customer_search_keys.tenant_id\) AND \(id = customer_search_keys.customer_id\)\)/,
    );
    expect(plan).toMatch(/Index (Only )?Scan using customer_search_keys_walk on customer_search_keys/);
    expect(plan).toMatch(
      /Index Cond: \(\(tenant_id = current_setting\('app.tenant_id'::text, true\)\) AND \(gram = /,
    );
    expect(plan).not.toMatch(/Sort|Seq Scan/);
  },
);

it('keeps every key equal to the grams and the name through insert, rename, anonymization and delete', async () => {
  const [id] = await insertCustomers(db.owner, TENANT, [{ name: '남궁민수' }]);
  expect(await keysOf(id)).toEqual(keysFor('남궁민수'));

  const rename = (name: string) =>
    db.owner.query(`UPDATE customers SET name = $3, search_grams = $4 WHERE tenant_id = $1 AND id = $2`, [
      TENANT,
      id,
      name,
      searchGrams(name),
    ]);
  await rename('남궁민서');
  expect(await keysOf(id)).toEqual(keysFor('남궁민서'));
  // The same grams, another spelling: every key carries the new name (the order of the list).
  await rename('남궁 민서');
  expect(await keysOf(id)).toEqual(keysFor('남궁 민서'));

  await db.owner.query(`UPDATE customers SET last_contact_at = now() WHERE tenant_id = $1 AND id = $2`, [
    TENANT,
    id,
  ]);
  expect(await keysOf(id)).toEqual(keysFor('남궁 민서'));

  await db.owner.query(`UPDATE customers SET search_grams = '{}' WHERE tenant_id = $1 AND id = $2`, [
    TENANT,
    id,
  ]);
  expect(await keysOf(id)).toEqual([]);

  const [gone] = await insertCustomers(db.owner, TENANT, [{ name: '제갈공명' }]);
  await db.owner.query(`DELETE FROM customers WHERE tenant_id = $1 AND id = $2`, [TENANT, gone]);
  expect(await keysOf(gone)).toEqual([]);
});

it('finds by name part and 초성 through the keys, and no tenant sees another tenant’s keys', async () => {
  const [id] = await insertCustomers(db.owner, TENANT, [{ name: '독고영재' }]);
  const found = (tenant: string, q: string) =>
    asTenant(tenant, async () => {
      const s = searchFor(q);
      return (await db.app.query<{ id: string }>(s.sql, s.parameters)).rows.map((r) => r.id);
    });
  expect(await found(TENANT, '고영')).toContain(id);
  expect(await found(TENANT, '독고 영재')).toContain(id);
  expect(await found(TENANT, '고영재')).toContain(id);
  expect(await found(TENANT, 'ㄷㄱㅇㅈ')).toContain(id);
  expect(await found(TENANT, '영재독')).not.toContain(id);
  expect(await found(TENANT, '독고영재님')).not.toContain(id);
  expect(await found('busan', '고영')).not.toContain(id);
  const visible = await asTenant('busan', () =>
    db.app.query(`SELECT 1 FROM customer_search_keys WHERE customer_id = $1`, [id]),
  );
  expect(visible.rowCount).toBe(0);
});
