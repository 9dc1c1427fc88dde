import { Client } from 'pg';
import { canRun } from '../../libs/access/src/access-map';
import { run } from '../../libs/tenancy/src/sql/query-builder';
import { evaluate } from '../../libs/crm-core/src/performance-indicators/indicator-evaluation';
import { rowDefinition } from '../../libs/crm-core/src/performance-indicators/indicator.model';
import { IndicatorQueries } from '../../libs/crm-core/src/performance-indicators/indicator.sql';
import { measureValue, ScopeKind } from '../../libs/crm-core/src/performance-indicators/measure';
import { RollupQueries } from '../../libs/crm-core/src/performance-indicators/rollup.sql';
import { STANDARD_INDICATORS } from '../../libs/crm-core/src/performance-indicators/standard-indicators';
import { STANDARD_MEASURES } from '../../libs/crm-core/src/performance-indicators/standard-measures';
import { fillVocCases } from '../generate/voc-cases';
import { apolloJson, type PrepareContext, type Scenario } from './scenario';

/** 부산: the tenant the petition inbox scenario fills to `--cases` petitions; its demo manager reads. */
const TENANT = 'busan';
const OFFICER = 'officer';
const MANAGER = 'manager';
const OFFICER_OPEN_CASES = 300;
/** Every measure over the whole history (the API's full recomputation, `PerformanceRollupService.recomputeAll`). */
const ALL_TIME = { from: new Date('1999-12-31T15:00:00Z'), to: new Date('2099-12-31T15:00:00Z') };

/** The admin screen's figures of a department's year scorecard (apps/admin/src/performance). */
const QUERY = `query($scopeId: ID!, $year: Int!) { performanceScorecard(scope: DEPARTMENT, scopeId: $scopeId,
  period: YEAR, year: $year) { scopeName from to weightTotal
  rows { indicator { code } numerator denominator value grade score trend { month value } } } }`;

/** The department with the most petitions and the year it closed the most in, chosen by `prepare`. */
const target = { scopeId: '00000000-0000-4000-8000-000000000000', year: 2026 };

const round = (n: number, digits = 4) => Math.round(n * 10 ** digits) / 10 ** digits;
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Fills the tenant to `--cases` petitions (the petition inbox's load), then recomputes every roll-up as the
 * runtime role in the tenant with the roll-up job's own statements: rows loaded as the owner outside a
 * tenant scope mark no month, so only the full recomputation counts them.
 */
async function prepare(ctx: PrepareContext): Promise<void> {
  await fillVocCases({
    ownerUrl: ctx.ownerUrl,
    tenant: TENANT,
    total: ctx.cases,
    officerUsername: OFFICER,
    officerOpenCases: OFFICER_OPEN_CASES,
    seed: ctx.seed,
    log: ctx.log,
  });
  const owner = new Client({ connectionString: ctx.ownerUrl });
  await owner.connect();
  try {
    const [busiest] = (
      await owner.query<{ department_id: string; year: number }>(
        `SELECT department_id, extract(year FROM closed_at AT TIME ZONE 'Asia/Seoul')::int AS year
         FROM voc_items WHERE tenant_id = $1 AND department_id IS NOT NULL AND closed_at IS NOT NULL
         GROUP BY 1, 2 ORDER BY count(*) DESC, 1, 2 LIMIT 1`,
        [TENANT],
      )
    ).rows;
    if (!busiest) throw new Error(`scorecard: ${TENANT} has no closed petition with a department`);
    Object.assign(target, { scopeId: busiest.department_id, year: busiest.year });
  } finally {
    await owner.end();
  }
  const started = Date.now();
  const app = new Client({ connectionString: ctx.runtimeUrl });
  await app.connect();
  try {
    await app.query('BEGIN');
    await app.query("SELECT set_config('app.tenant_id', $1, true)", [TENANT]);
    const statements = [
      RollupQueries.lock(),
      RollupQueries.takeDirtyMonths(),
      RollupQueries.deleteAll(),
      ...STANDARD_MEASURES.map((m) => RollupQueries.insertMeasure(m, ALL_TIME, null)),
    ];
    for (const statement of statements) {
      const { sql, parameters } = statement.compile();
      await app.query(sql, [...parameters]);
    }
    await app.query('COMMIT');
  } finally {
    await app.end();
  }
  ctx.log(
    `scorecard: full roll-up of ${TENANT} in ${((Date.now() - started) / 1000).toFixed(1)} s; ` +
      `department ${target.scopeId}, year ${target.year}`,
  );
}

/**
 * A department's year scorecard at `--cases` petitions in the tenant (a million by default): the standard
 * department indicators (or the tenant's overrides), each with its year's sums and monthly trend from
 * `performance_rollups`. The floor runs the scorecard service's statements (scope name, latest indicator
 * versions, sums, months, refreshed-at) in the API's read-only transaction and evaluates the same way.
 */
export const scorecard: Scenario = {
  name: 'scorecard',
  description: `performanceScorecard(DEPARTMENT, YEAR) of ${TENANT}'s busiest department at --cases cases`,
  targetRatio: 0.5,
  targetRssMb: 250,
  token: { kind: 'user', realm: TENANT, username: MANAGER },
  request: { method: 'POST', path: '/graphql', body: { query: QUERY, variables: target } },
  bodies: () => [{ query: QUERY, variables: { ...target } }],
  stableBody: true,
  prepare,
  async floor(ctx, body) {
    const { principal } = ctx;
    if (!canRun(principal.roles, 'performanceScorecard'))
      return { status: 403, body: apolloJson({ errors: [{ message: 'forbidden' }] }) };
    const { scopeId, year } = (body as { variables: typeof target }).variables;
    const from = `${year}-01`;
    const to = `${year}-12`;
    const read = await ctx.withTenant(principal.tenantId, async (sql) => {
      const [named] = await run(sql, RollupQueries.scopeName(ScopeKind.DEPARTMENT, scopeId));
      if (!named) return null;
      const saved = new Map(
        (await run(sql, IndicatorQueries.latest())).map((r) => [r.code, rowDefinition(r)]),
      );
      const standard = new Set(STANDARD_INDICATORS.map((d) => d.code));
      const active = [
        ...STANDARD_INDICATORS.map((d) => saved.get(d.code) ?? d),
        ...[...saved.values()].filter((d) => !standard.has(d.code)),
      ].filter((d) => d.scope === ScopeKind.DEPARTMENT && d.active);
      const codes = [...new Set(active.map((d) => d.measureCode))];
      const sums = codes.length
        ? await run(sql, RollupQueries.sums(ScopeKind.DEPARTMENT, scopeId, codes, from, to))
        : [];
      const months = codes.length
        ? await run(sql, RollupQueries.months(ScopeKind.DEPARTMENT, scopeId, codes, from, to))
        : [];
      await run(sql, RollupQueries.refreshedAt(ScopeKind.DEPARTMENT, scopeId));
      return { name: named.name, active, sums, months };
    });
    if (!read) return { status: 200, body: apolloJson({ errors: [{ message: 'not found' }], data: null }) };
    const units = new Map(STANDARD_MEASURES.map((m) => [m.code, m.unit]));
    const rows = read.active.flatMap((d) => {
      const unit = units.get(d.measureCode);
      if (!unit) return [];
      const sum = read.sums.find((s) => s.measure_code === d.measureCode);
      const numerator = Number(sum?.numerator ?? 0);
      const denominator = Number(sum?.denominator ?? 0);
      const value = measureValue(unit, numerator, denominator);
      const evaluation = evaluate(d.direction, d.bands, value);
      return [
        {
          indicator: { code: d.code },
          numerator,
          denominator,
          value: value === null ? null : round(value),
          grade: evaluation?.grade ?? null,
          score: evaluation?.score ?? null,
          trend: Array.from({ length: 12 }, (_, i) => {
            const month = `${year}-${pad(i + 1)}`;
            const r = read.months.find((m) => m.measure_code === d.measureCode && m.month === month);
            const v = r ? measureValue(unit, Number(r.numerator), Number(r.denominator)) : null;
            return { month, value: v === null ? null : round(v) };
          }),
        },
      ];
    });
    return {
      status: 200,
      body: apolloJson({
        data: {
          performanceScorecard: {
            scopeName: read.name,
            from,
            to,
            weightTotal: round(
              read.active.reduce((s, d) => s + d.weight, 0),
              2,
            ),
            rows,
          },
        },
      }),
    };
  },
};
