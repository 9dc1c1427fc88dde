import { Client } from 'pg';
import { canRun } from '../../libs/access/src/access-map';
import { Cursor } from '../../libs/tenancy/src/graphql/connection';
import { run, runOne } from '../../libs/tenancy/src/sql/query-builder';
import { COUNT_CAP } from '../../libs/crm-core/src/customers/customers.sql';
import {
  STOPPED_STATUSES,
  dueStateOf,
  statusLabel,
} from '../../libs/crm-core/src/petitions/voc-read.service';
import { VocQueries, type InboxFilter } from '../../libs/crm-core/src/petitions/voc.sql';
import { fillVocCases } from '../generate/voc-cases';
import { apolloJson, type PrepareContext, type Scenario } from './scenario';

/** 부산: the Busan model's tenant; its demo officer opens 민원함. */
const TENANT = 'busan';
const OFFICER = 'officer';
/** "A few hundred" open cases of the officer's own among the tenant's. */
const OFFICER_OPEN_CASES = 300;
const FIRST = 30;

/** The admin screen's query (apps/admin/src/petitions/queries.ts, VocInbox), first page of "내 민원". */
const QUERY = `query($scope: VocInboxScope!) { vocInbox(scope: $scope, first: ${FIRST}) { totalCount
  edges { cursor node { id receiptNo title kind status statusLabel categoryName receivedAt
    department { id name } officer { id name } deadlines { dueAt targetDueAt state } } }
  pageInfo { hasNextPage endCursor } } }`;

const inboxOf = (ownerId: string): InboxFilter => ({
  scope: 'MINE',
  ownerId,
  statuses: [],
  kinds: [],
  categoryCode: null,
  dueState: null,
  stoppedStatuses: STOPPED_STATUSES,
  receivedFrom: null,
  receivedTo: null,
  titlePattern: null,
});

/** The tenant's case count the run is asked for (`--cases`), reached by loading the rest; then the plans. */
async function prepare(ctx: PrepareContext): Promise<void> {
  const { officerId } = await fillVocCases({
    ownerUrl: ctx.ownerUrl,
    tenant: TENANT,
    total: ctx.cases,
    officerUsername: OFFICER,
    officerOpenCases: OFFICER_OPEN_CASES,
    seed: ctx.seed,
    log: ctx.log,
  });
  await explain(ctx, officerId);
}

/** How PostgreSQL runs the inbox's page and count statements, as the runtime role in the tenant. */
async function explain(ctx: PrepareContext, officerId: string): Promise<void> {
  const app = new Client({ connectionString: ctx.runtimeUrl });
  await app.connect();
  try {
    const statements = {
      page: VocQueries.inbox(inboxOf(officerId), null, FIRST + 1),
      count: VocQueries.inboxCount(inboxOf(officerId), COUNT_CAP),
    };
    for (const [name, statement] of Object.entries(statements)) {
      const { sql, parameters } = statement.compile();
      await app.query('BEGIN');
      await app.query("SELECT set_config('app.tenant_id', $1, true)", [TENANT]);
      const { rows } = await app.query<{ 'QUERY PLAN': string }>(
        `EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${sql}`,
        [...parameters],
      );
      await app.query('ROLLBACK');
      ctx.log(`voc-inbox: EXPLAIN of the ${name}:\n${rows.map((r) => `  ${r['QUERY PLAN']}`).join('\n')}`);
    }
  } finally {
    await app.end();
  }
}

/**
 * 민원함 "내 민원" of one officer at `--cases` cases in the tenant (a million by default), the admin screen's
 * first page of 30 with its count. The floor runs the read service's statements (the caller's staff row, the
 * keyset page on the officer's partial index, the capped count) in the API's read-only transaction and maps
 * the rows with the service's own due-state and status-label functions.
 */
export const vocInbox: Scenario = {
  name: 'voc-inbox',
  description: `vocInbox(scope: MINE, first: ${FIRST}) of ${TENANT}'s ${OFFICER} at --cases cases`,
  targetRatio: 0.5,
  targetRssMb: 250,
  token: { kind: 'user', realm: TENANT, username: OFFICER },
  request: { method: 'POST', path: '/graphql', body: { query: QUERY, variables: { scope: 'MINE' } } },
  stableBody: true,
  prepare,
  async floor(ctx) {
    const { principal } = ctx;
    if (!canRun(principal.roles, 'vocInbox'))
      return { status: 403, body: apolloJson({ errors: [{ message: 'forbidden' }] }) };
    const found = await ctx.withTenant(principal.tenantId, async (sql) => {
      const [me] = await run(sql, VocQueries.staffBySubject(principal.subject));
      if (!me) return null;
      const filter = inboxOf(me.id);
      const rows = await run(sql, VocQueries.inbox(filter, null, FIRST + 1));
      const { n } = await runOne(sql, VocQueries.inboxCount(filter, COUNT_CAP));
      return { rows, n };
    });
    const rows = found?.rows ?? [];
    const edges = rows.slice(0, FIRST).map((r) => ({
      cursor: Cursor.encode([r.due_key, r.id]),
      node: {
        id: r.id,
        receiptNo: r.receipt_no,
        title: r.title,
        kind: r.kind,
        status: r.status,
        statusLabel: statusLabel(r.status),
        categoryName: r.category_name,
        receivedAt: r.received_at.toISOString(),
        department:
          r.department_id && r.department_name ? { id: r.department_id, name: r.department_name } : null,
        officer: r.officer_id && r.officer_name ? { id: r.officer_id, name: r.officer_name } : null,
        deadlines: {
          dueAt: r.due_at.toISOString(),
          targetDueAt: r.target_due_at.toISOString(),
          state: dueStateOf(r.status, r.due_at, r.target_due_at),
        },
      },
    }));
    return {
      status: 200,
      body: apolloJson({
        data: {
          vocInbox: {
            totalCount: found?.n ?? 0,
            edges,
            pageInfo: { hasNextPage: rows.length > FIRST, endCursor: edges.at(-1)?.cursor ?? null },
          },
        },
      }),
    };
  },
};
