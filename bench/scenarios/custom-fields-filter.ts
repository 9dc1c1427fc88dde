import { Client } from 'pg';
import { run } from '../../libs/tenancy/src/sql/query-builder';
import { customerSearchOf } from '../../libs/crm-core/src/customers/customer-query';
import { CustomerQueries, type CustomerSearch } from '../../libs/crm-core/src/customers/customers.sql';
import { CustomFieldQueries } from '../../libs/customization/src/custom-fields/custom-fields.sql';
import { defineCustomerFields } from './custom-field-setup';
import { CUSTOMER_PAGE, customerPageFloor, ensureCustomers } from './customer-search';
import type { PrepareContext, Scenario } from './scenario';

/** 경기도, as `customer-search`: the million customers are loaded once for both. */
const TENANT = 'gyeonggi';
const FIRST = 20;
const FIELD = 'bf_grade';

/**
 * The grades and their share of the customers, by a hash of the customer's id and `--seed`: a common value,
 * a middling one and a rare one (0.1 %: about 1,000 of a million).
 */
const GRADES: readonly { value: string; perMille: number }[] = [
  { value: 'A', perMille: 500 },
  { value: 'B', perMille: 300 },
  { value: 'C', perMille: 150 },
  { value: 'D', perMille: 49 },
  { value: 'E', perMille: 1 },
];

const QUERY = `query($v: CustomFieldValue) { customers(first: ${FIRST}, filter: { customFields: [{ key: "${FIELD}", op: EQ, value: $v }] }) {
  ${CUSTOMER_PAGE} } }`;

/** The condition `CustomFieldFilters` makes of `EQ value` on a SELECT field (ADR 0022). */
const searchOf = (value: string): CustomerSearch => ({
  ...customerSearchOf({}),
  customFields: [{ kind: 'equals', key: FIELD, values: [value], multi: false }],
});

const gradeCase = (): string => {
  let upTo = 0;
  const arms = GRADES.map((g) => {
    upTo += g.perMille;
    return `WHEN h < ${upTo} THEN '${g.value}'`;
  });
  return `CASE ${arms.join(' ')} END`;
};

/** Gives every customer of the tenant without one a grade (and a visit count), in one set-based UPDATE. */
async function gradeCustomers(ctx: PrepareContext): Promise<void> {
  const owner = new Client({ connectionString: ctx.ownerUrl });
  await owner.connect();
  const started = Date.now();
  try {
    // The key tables' statement triggers would diff a million rows: the grades touch no name or address key,
    // and their filter keys are written by the same statement (`custom_value_entries`, as the trigger does).
    await owner.query('ALTER TABLE customers DISABLE TRIGGER USER');
    try {
      const { rowCount } = await owner.query(
        `WITH graded AS (
           UPDATE customers c SET custom_fields = c.custom_fields || jsonb_build_object('${FIELD}', g.grade, 'bf_visits', g.h % 50)
             FROM (SELECT id, h, ${gradeCase()} AS grade
                     FROM (SELECT id, abs(hashtextextended(id::text, $2)) % 1000 AS h
                             FROM customers WHERE tenant_id = $1 AND NOT custom_fields ? '${FIELD}') x) g
            WHERE c.id = g.id
           RETURNING c.tenant_id, c.id, c.name, c.custom_fields)
         INSERT INTO customer_custom_keys (tenant_id, entry, name, customer_id)
         SELECT g.tenant_id, e.entry, g.name, g.id FROM graded g CROSS JOIN LATERAL unnest(custom_value_entries(g.custom_fields)) AS e (entry)
         ON CONFLICT DO NOTHING`,
        [TENANT, ctx.seed],
      );
      ctx.log(
        `custom-fields-filter: customers graded, ${rowCount?.toLocaleString('en')} filter keys written (${Math.round((Date.now() - started) / 1000)} s)`,
      );
    } finally {
      await owner.query('ALTER TABLE customers ENABLE TRIGGER USER');
    }
    await owner.query('VACUUM (ANALYZE) customers');
    await owner.query('VACUUM (ANALYZE) customer_custom_keys');
    await owner.query('CHECKPOINT');
  } finally {
    await owner.end();
  }
}

async function prepare(ctx: PrepareContext): Promise<void> {
  await defineCustomerFields(ctx.apiUrl, TENANT, [
    { key: FIELD, type: 'SELECT', options: GRADES.map((g) => g.value) },
    { key: 'bf_visits', type: 'INTEGER' },
  ]);
  await ensureCustomers(ctx, 'custom-fields-filter', TENANT);
  await gradeCustomers(ctx);
  await explain(ctx);
}

/** How PostgreSQL runs the page of each grade, as the runtime role in the tenant (printed to stderr). */
async function explain(ctx: PrepareContext): Promise<void> {
  const app = new Client({ connectionString: ctx.runtimeUrl });
  await app.connect();
  try {
    for (const { value } of GRADES) {
      const { sql, parameters } = CustomerQueries.search(searchOf(value), null, FIRST + 1).compile();
      await app.query('BEGIN');
      await app.query("SELECT set_config('app.tenant_id', $1, true)", [TENANT]);
      const { rows } = await app.query<{ 'QUERY PLAN': string }>(
        `EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${sql}`,
        [...parameters],
      );
      await app.query('ROLLBACK');
      ctx.log(
        `custom-fields-filter: EXPLAIN of ${FIELD} = ${value}:\n${rows.map((r) => `  ${r['QUERY PLAN']}`).join('\n')}`,
      );
    }
  } finally {
    await app.end();
  }
}

/**
 * The customer list filtered by a custom field (`customFields: [{ key, op: EQ, value }]` on a SELECT) at
 * `--customers` customers (a million by default): one page of 20 in name order, for each grade in turn —
 * half the customers, 30 %, 15 %, 4.9 % and 0.1 %. The floor runs the API's statements: the definitions'
 * version read (`CustomFieldQueries.schemaVersions`, once per request in the API), the keyset page with the
 * containment condition, the page's primary contacts.
 */
export const customFieldsFilter: Scenario = {
  name: 'custom-fields-filter',
  description: `customers(filter: { customFields: ${FIELD} EQ … }) at --customers customers of ${TENANT}`,
  targetRatio: 0.5,
  targetRssMb: 250,
  token: { kind: 'integrator', realm: TENANT },
  request: { method: 'POST', path: '/graphql', body: { query: QUERY } },
  stableBody: false,
  prepare,
  bodies: () => GRADES.map((g) => ({ query: QUERY, variables: { v: g.value } })),
  floor(ctx, body) {
    const value = String((body as { variables?: { v?: unknown } }).variables?.v ?? '');
    return customerPageFloor(ctx, searchOf(value), FIRST, (sql) =>
      run(sql, CustomFieldQueries.schemaVersions()),
    );
  },
};
