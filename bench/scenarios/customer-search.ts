import { Client } from 'pg';
import { canRun } from '../../libs/access/src/access-map';
import { Cursor } from '../../libs/tenancy/src/graphql/connection';
import { run } from '../../libs/tenancy/src/sql/query-builder';
import { customerSearchOf } from '../../libs/crm-core/src/customers/customer-query';
import { CustomerQueries, type CustomerSearch } from '../../libs/crm-core/src/customers/customers.sql';
import { primaryContactsOf, toSummary } from '../../libs/crm-core/src/customers/customer-masking';
import type { CustomerSummaryRow } from '../../libs/crm-core/src/customers/customer.rows';
import { formatPhone } from '../../libs/crm-core/src/customer-keys';
import { loadCustomers } from '../generate/customers';
import {
  apolloJson,
  type FloorContext,
  type FloorResponse,
  type FloorSql,
  type PrepareContext,
  type Scenario,
} from './scenario';

/** 경기도: the largest 시·도, the one a million customers is real for. */
const TENANT = 'gyeonggi';
const FIRST = 20;
/** Customers of each search kind the rotation takes from the loaded data. */
const SAMPLES = 25;

/** The list page's selection, shared with the custom-field filter scenario (its floor writes this shape). */
export const CUSTOMER_PAGE = `edges { cursor node { id customerNo kind status name primaryPhone area ageBand tags } }
  pageInfo { hasNextPage endCursor }`;

const QUERY = `query($q: String!) { customers(first: ${FIRST}, filter: { query: $q }) {
  ${CUSTOMER_PAGE} } }`;

let bodies: { query: string; variables: { q: string } }[] = [];

/**
 * What people type into the search box, taken from the loaded customers: a full name, its 초성, a mobile
 * number with hyphens and a phone's last four digits, in turn.
 */
async function sampleQueries(ownerUrl: string, seed: number): Promise<string[]> {
  const owner = new Client({ connectionString: ownerUrl });
  await owner.connect();
  try {
    const { rows } = await owner.query<{ name: string; initials: string; digits: string }>(
      `SELECT c.name, c.name_initials AS initials, p.digits
         FROM customers c JOIN customer_phones p ON p.tenant_id = c.tenant_id AND p.customer_id = c.id AND p.is_primary
        WHERE c.tenant_id = $1 AND c.status = 'ACTIVE' AND c.party_type = 'PERSON'
        ORDER BY md5(c.id::text || $2) LIMIT $3`,
      [TENANT, String(seed), SAMPLES],
    );
    if (rows.length < SAMPLES) throw new Error(`customer-search: only ${rows.length} customers to sample`);
    return rows.flatMap((r) => [r.name, r.initials, formatPhone(r.digits), r.digits.slice(-4)]);
  } finally {
    await owner.end();
  }
}

/**
 * The tenant's customer count the run is asked for (`--customers`), reached by loading the rest (`scenario`
 * names the run in the log). Both customer scenarios share the tenant: the million is loaded once for both.
 */
export async function ensureCustomers(ctx: PrepareContext, scenario: string, tenant = TENANT): Promise<void> {
  const owner = new Client({ connectionString: ctx.ownerUrl });
  await owner.connect();
  const have = await owner
    .query<{ n: number }>(`SELECT count(*)::int AS n FROM customers WHERE tenant_id = $1`, [tenant])
    .then((r) => r.rows[0].n)
    .finally(() => owner.end());
  if (have >= ctx.customers) return;
  ctx.log(`${scenario}: ${tenant} has ${have.toLocaleString('en')} customers; loading the rest…`);
  await loadCustomers({
    databaseUrl: ctx.runtimeUrl,
    ownerUrl: ctx.ownerUrl,
    tenant,
    count: ctx.customers - have,
    seed: ctx.seed,
    log: ctx.log,
  });
}

async function prepare(ctx: PrepareContext): Promise<void> {
  await ensureCustomers(ctx, 'customer-search');
  const queries = await sampleQueries(ctx.ownerUrl, ctx.seed);
  bodies = queries.map((q) => ({ query: QUERY, variables: { q } }));
  ctx.log(`customer-search: ${bodies.length} searches in turn, e.g. ${queries.slice(0, 4).join(' · ')}`);
  await explain(ctx, queries.slice(0, 4));
}

/** How PostgreSQL runs the page statement of each kind of query, as the runtime role in the tenant. */
async function explain(ctx: PrepareContext, queries: readonly string[]): Promise<void> {
  const app = new Client({ connectionString: ctx.runtimeUrl });
  await app.connect();
  try {
    for (const q of queries) {
      const { sql, parameters } = CustomerQueries.search(
        customerSearchOf({ query: q }),
        null,
        FIRST + 1,
      ).compile();
      await app.query('BEGIN');
      await app.query("SELECT set_config('app.tenant_id', $1, true)", [TENANT]);
      const { rows } = await app.query<{ 'QUERY PLAN': string }>(
        `EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${sql}`,
        [...parameters],
      );
      await app.query('ROLLBACK');
      ctx.log(`customer-search: EXPLAIN of '${q}':\n${rows.map((r) => `  ${r['QUERY PLAN']}`).join('\n')}`);
    }
  } finally {
    await app.end();
  }
}

/**
 * The customer search box at `--customers` customers (a million by default) in one tenant: a name, 초성, a
 * phone number or its last four digits, one page of 20 masked rows with their primary phones. The floor runs
 * the same two statements (the keyset page, the page's primary contacts) in the tenant transaction and
 * masks with the same function.
 */
export const customerSearch: Scenario = {
  name: 'customer-search',
  description: `customers(filter: { query }) at --customers customers of ${TENANT}: name, 초성, phone, last 4`,
  targetRatio: 0.5,
  targetRssMb: 250,
  token: { kind: 'integrator', realm: TENANT },
  request: { method: 'POST', path: '/graphql', body: { query: QUERY } },
  stableBody: false,
  prepare,
  bodies: () => bodies,
  async floor(ctx, body) {
    const q = (body as { variables?: { q?: string } }).variables?.q ?? '';
    return customerPageFloor(ctx, customerSearchOf({ query: q }), FIRST);
  },
};

/**
 * The floor of a customer list page (`customers(first, filter)` with `id customerNo kind status name
 * primaryPhone area ageBand tags` and `pageInfo`): the capability's keyset page and the page's primary
 * contacts in the tenant transaction, rows masked by `toSummary`. `before` runs first in the same
 * transaction (statements the API runs ahead of the page).
 */
export async function customerPageFloor(
  ctx: FloorContext,
  search: CustomerSearch,
  first: number,
  before?: (sql: FloorSql) => Promise<unknown>,
): Promise<FloorResponse> {
  const { principal } = ctx;
  if (!canRun(principal.roles, 'customers'))
    return { status: 403, body: apolloJson({ errors: [{ message: 'forbidden' }] }) };
  const { rows, contacts } = await ctx.withTenant(principal.tenantId, async (sql) => {
    await before?.(sql);
    const found = await run(sql, CustomerQueries.search(search, null, first + 1));
    const ids = found.slice(0, first).map((r) => r.id);
    return {
      rows: found as CustomerSummaryRow[],
      contacts: ids.length ? await run(sql, CustomerQueries.primaryContacts(ids)) : [],
    };
  });
  const byCustomer = primaryContactsOf(contacts);
  const page = rows.slice(0, first);
  const edges = page.map((row) => {
    const s = toSummary(row, byCustomer.get(row.id));
    return {
      cursor: Cursor.encode([row.name, row.id]),
      node: {
        id: s.id,
        customerNo: s.customerNo,
        kind: s.kind,
        status: s.status,
        name: s.name,
        primaryPhone: s.primaryPhone,
        area: s.area,
        ageBand: s.ageBand,
        tags: s.tags,
      },
    };
  });
  return {
    status: 200,
    body: apolloJson({
      data: {
        customers: {
          edges,
          pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
        },
      },
    }),
  };
}
