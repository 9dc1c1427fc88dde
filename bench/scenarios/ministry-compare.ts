import { Client } from 'pg';
import { canRun } from '../../libs/access/src/access-map';
import { run, runOne } from '../../libs/tenancy/src/sql/query-builder';
import {
  DEFAULT_SCOPE_LIMITS,
  SET_SCOPE,
  scopeParams,
  systemPrincipal,
} from '../../libs/tenancy/src/database/tenant-database';
import { ministryMonths } from '../../libs/crm-core/src/petition-ministry/ministry-scope';
import {
  MINIMUM_GROUP_SIZE,
  compareTenants,
} from '../../libs/crm-core/src/petition-ministry/ministry.service';
import { MinistryQueries } from '../../libs/crm-core/src/petition-ministry/ministry.sql';
import { fillVocCases } from '../generate/voc-cases';
import { apolloJson, type PrepareContext, type Scenario } from './scenario';

/** Each tenant's demo officer holds a few hundred open cases, as in busan's inbox scenario (same loader). */
const OFFICER = 'officer';
const OFFICER_OPEN_CASES = 300;
/** The longest range the comparison allows. */
const MONTHS = 24;

/** The national dashboard's query (apps/admin/src/petition-analytics/queries.ts, MinistryPetitionComparison). */
const QUERY = `query($from: String!, $to: String!) { ministryPetitionComparison(from: $from, to: $to) {
  months minimumGroupSize refreshedAt tenants { id nameKo nameEn } populations { tenantId year source }
  cells { tenantId month measure value rank suppressed } medians { month measure value tenants } } }`;

/** The 24 months before the current one (Asia/Seoul): every month compared has ended; set by `prepare`. */
const range = { from: '2024-11', to: '2026-10' };

const seconds = (since: number) => ((Date.now() - since) / 1000).toFixed(1);

/** The last `count` whole months before `now`'s month in Asia/Seoul, as YYYY-MM. */
function lastWholeMonths(now: Date, count: number): { from: string; to: string } {
  const seoul = new Date(now.getTime() + 9 * 3_600_000);
  const month = (back: number) => {
    const d = new Date(Date.UTC(seoul.getUTCFullYear(), seoul.getUTCMonth() - back, 1));
    return d.toISOString().slice(0, 7);
  };
  return { from: month(count), to: month(1) };
}

/**
 * Fills every active tenant to `--cases-per-tenant` petitions (a tenant already holding them is skipped, an
 * interrupted one continues), then refreshes each tenant's ministry roll-ups as the nightly job does: the
 * job's statements (`MinistryQueries.refreshSettings`, the job's statement timeout, then `refresh`:
 * `refresh_voc_ministry_monthly()` and the equity refresh) as the runtime role in the tenant's scope of the
 * platform's system principal, read-write, with the API's scope limits.
 */
async function prepare(ctx: PrepareContext): Promise<void> {
  const owner = new Client({ connectionString: ctx.ownerUrl });
  await owner.connect();
  const tenants = await owner
    .query<{ id: string }>('SELECT id FROM tenants WHERE active ORDER BY created_at, id')
    .then((r) => r.rows.map((t) => t.id))
    .finally(() => owner.end());
  const started = Date.now();
  let loaded = 0;
  for (const tenant of tenants) {
    const filled = await fillVocCases({
      ownerUrl: ctx.ownerUrl,
      tenant,
      total: ctx.casesPerTenant,
      officerUsername: OFFICER,
      officerOpenCases: OFFICER_OPEN_CASES,
      seed: ctx.seed,
      log: ctx.log,
    });
    loaded += filled.loaded;
    ctx.log(
      filled.loaded
        ? `ministry-compare: ${tenant} +${filled.loaded.toLocaleString('en')} cases in ${filled.seconds.toFixed(1)} s ` +
            `(${Math.round(filled.loaded / filled.seconds).toLocaleString('en')} cases/s)`
        : `ministry-compare: ${tenant} already holds ${filled.have.toLocaleString('en')} cases`,
    );
  }
  if (loaded)
    ctx.log(
      `ministry-compare: ${loaded.toLocaleString('en')} cases into ${tenants.length} tenants in ${seconds(started)} s ` +
        `(${Math.round(loaded / ((Date.now() - started) / 1000)).toLocaleString('en')} cases/s)`,
    );

  const app = new Client({ connectionString: ctx.runtimeUrl });
  await app.connect();
  try {
    const refreshStarted = Date.now();
    const settings = MinistryQueries.refreshSettings().compile();
    const { sql, parameters } = MinistryQueries.refresh().compile();
    for (const tenant of tenants) {
      const one = Date.now();
      await app.query('START TRANSACTION');
      await app.query(SET_SCOPE, scopeParams(systemPrincipal(tenant), 'read-write', DEFAULT_SCOPE_LIMITS));
      await app.query(settings.sql, [...settings.parameters]);
      const { rows } = await app.query<{ months: number; groups: number }>(sql, [...parameters]);
      await app.query('COMMIT');
      ctx.log(
        `ministry-compare: roll-ups of ${tenant} refreshed in ${seconds(one)} s ` +
          `(${rows[0].months} months, ${rows[0].groups} equity groups)`,
      );
    }
    ctx.log(`ministry-compare: every tenant's roll-ups refreshed in ${seconds(refreshStarted)} s`);
  } catch (error) {
    await app.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await app.end();
  }
  Object.assign(range, lastWholeMonths(new Date(), MONTHS));
  ctx.log(`ministry-compare: comparing ${range.from} … ${range.to}`);
}

/**
 * The ministry analyst's national dashboard: `ministryPetitionComparison` over 24 months of the 16 tenants,
 * each holding `--cases-per-tenant` petitions (a million by default, 16 million in all). It reads only the
 * published roll-ups (`voc_ministry_monthly`, one row per tenant and month), never the petitions, on the
 * ministry's read-only role. The floor runs the service's statements (tenants, the months' rows, the
 * populations, the last refresh) as `pcrm_ministry` in the ministry scope and computes values, ranks and
 * national medians with the service's own `compareTenants`.
 */
export const ministryCompare: Scenario = {
  name: 'ministry-compare',
  description: 'ministryPetitionComparison over 24 months of 16 tenants at --cases-per-tenant cases each',
  targetRatio: 0.5,
  targetRssMb: 250,
  token: { kind: 'user', realm: 'ministry', username: 'analyst' },
  request: { method: 'POST', path: '/graphql', body: { query: QUERY, variables: range } },
  bodies: () => [{ query: QUERY, variables: { ...range } }],
  stableBody: true,
  prepare,
  async floor(ctx, body) {
    const { principal } = ctx;
    if (!canRun(principal.roles, 'ministryPetitionComparison') || principal.tenantId !== null)
      return { status: 403, body: apolloJson({ errors: [{ message: 'forbidden' }] }) };
    const args = (body as { variables: typeof range }).variables;
    const months = ministryMonths(args);
    const read = await ctx.withTenant(null, async (sql) => ({
      tenants: await run(sql, MinistryQueries.tenants()),
      rows: await run(sql, MinistryQueries.monthly(`${months.list[0]}-01`, `${months.list.at(-1)}-01`)),
      populations: await run(sql, MinistryQueries.populations()),
      refreshed: await runOne(sql, MinistryQueries.lastRefresh()),
    }));
    const { cells, medians } = compareTenants(months.list, read.tenants, read.rows, read.populations);
    return {
      status: 200,
      body: apolloJson({
        data: {
          ministryPetitionComparison: {
            months: months.list,
            minimumGroupSize: MINIMUM_GROUP_SIZE,
            refreshedAt: read.refreshed.at?.toISOString() ?? null,
            tenants: read.tenants.map((t) => ({ id: t.id, nameKo: t.name_ko, nameEn: t.name_en })),
            populations: read.populations.map((p) => ({
              tenantId: p.tenant_id,
              year: p.year,
              source: p.source,
            })),
            // compareTenants builds cells and medians with their fields in the query's order.
            cells,
            medians,
          },
        },
      }),
    };
  },
};
