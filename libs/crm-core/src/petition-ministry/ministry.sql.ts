import { sql } from 'kysely';
import { queryBuilder, type StatementExamples } from '@pcrm/tenancy';

/**
 * The only tables the ministry path reads: the published monthly aggregates (no case, resident or staff in
 * them, groups under k = 5 already NULL), the tenant registry and the population per tenant and 시·군·구 (the only
 * tables its database role may read, too). Nothing else is typed here, so no
 * statement of this capability can name a case table (docs/adr/0019).
 */
interface MinistryMonthlyTable {
  tenant_id: string;
  month: string;
  received: number | null;
  finished: number | null;
  finished_within_target: number | null;
  finished_within_statutory: number | null;
  median_days: string | null;
  surveys: number | null;
  speed_avg: string | null;
  kindness_avg: string | null;
  fairness_avg: string | null;
  convenience_avg: string | null;
  refreshed_at: Date;
}
interface TenantsTable {
  id: string;
  name_ko: string;
  name_en: string;
  active: boolean;
  created_at: Date;
}

/** Outcomes per tenant, month of receipt and group of a dimension (migration 1764720000510). */
interface MinistryEquityTable {
  tenant_id: string;
  month: string;
  dimension: string;
  group_key: string;
  received: number | null;
  finished: number | null;
  finished_within_statutory: number | null;
  median_days: string | null;
  avg_days: string | null;
  surveys: number | null;
  satisfaction_avg: string | null;
  refreshed_at: Date;
}

/** Each tenant's published conformance summary (migration 1764720000520): counts only. */
interface ConformancePublishedTable {
  tenant_id: string;
  standard_version: number;
  score: string;
  standard_elements: number;
  unchanged_elements: number;
  areas: {
    area: string;
    standardCount: number;
    unchanged: number;
    changed: number;
    disabled: number;
    added: number;
  }[];
  refreshed_at: Date;
}

/** Registered population per tenant and year (platform reference data, migration 1764720000500). */
interface TenantPopulationTable {
  tenant_id: string;
  year: number;
  population: number;
  source: string;
  updated_at: Date;
}

/** Tenant-wide sums of the standard indicators' measures per month (migration 1764720000700), k applied. */
interface PerformanceMinistryTable {
  tenant_id: string;
  month: string;
  measure_code: string;
  numerator: string | null;
  denominator: string | null;
  refreshed_at: Date;
}

/** Each tenant's own indicator rows, latest version (configuration only, migration 1764720000700). */
interface IndicatorsPublishedTable {
  tenant_id: string;
  code: string;
  version: number;
  measure_code: string;
  name_ko: string;
  name_en: string;
  scope: string;
  active: boolean;
  standard: boolean;
  refreshed_at: Date;
}

/** Registered population per tenant, year and 시·군·구 (platform reference data, migration 1764720000720). */
interface DistrictPopulationTable {
  tenant_id: string;
  year: number;
  sigungu: string;
  population: number;
  source: string;
  updated_at: Date;
}

const db = queryBuilder<{
  voc_ministry_monthly: MinistryMonthlyTable;
  voc_ministry_equity_monthly: MinistryEquityTable;
  standard_conformance_published: ConformancePublishedTable;
  tenants: TenantsTable;
  tenant_population: TenantPopulationTable;
  performance_ministry_monthly: PerformanceMinistryTable;
  performance_indicators_published: IndicatorsPublishedTable;
  district_population: DistrictPopulationTable;
}>();

export type IndicatorPublishedRow = Omit<IndicatorsPublishedTable, 'refreshed_at'>;

export type ConformancePublishedRow = ConformancePublishedTable;

export type MinistryEquityRow = Omit<MinistryEquityTable, 'refreshed_at'>;

export type TenantPopulationRow = Omit<TenantPopulationTable, 'updated_at'>;

export type DistrictPopulationRow = Omit<DistrictPopulationTable, 'source' | 'updated_at'>;

export type MinistryMonthlyRow = Omit<MinistryMonthlyTable, 'month' | 'refreshed_at'> & { month: string };

/**
 * The nightly refresh of a tenant's roll-ups recomputes them from all of its cases in one statement: 74 s at
 * 1,000,000 petitions on a busy 2-core machine (monthly 14 s, equity 59 s). Below the job's expiry (15 min),
 * so PostgreSQL cancels a stuck refresh before pg-boss gives the attempt up.
 */
export const REFRESH_STATEMENT_TIMEOUT_MS = 600_000;

export const MinistryQueries = {
  tenants: () =>
    db
      .selectFrom('tenants')
      .where('active', '=', true)
      .select(['id', 'name_ko', 'name_en'])
      .orderBy('created_at')
      .orderBy('id'),

  /** The published months of every tenant the scope may see, from `from` to `to` (first days of months). */
  monthly: (from: string, to: string) =>
    db
      .selectFrom('voc_ministry_monthly as m')
      .select([
        'm.tenant_id',
        sql<string>`to_char(m.month, 'YYYY-MM')`.as('month'),
        'm.received',
        'm.finished',
        'm.finished_within_target',
        'm.finished_within_statutory',
        'm.median_days',
        'm.surveys',
        'm.speed_avg',
        'm.kindness_avg',
        'm.fairness_avg',
        'm.convenience_avg',
      ])
      .where('m.month', '>=', sql<string>`${from}::date`)
      .where('m.month', '<=', sql<string>`${to}::date`)
      .orderBy('m.month')
      .orderBy('m.tenant_id'),

  /** Every tenant's population figures, oldest year first (a few rows per tenant). */
  populations: () =>
    db
      .selectFrom('tenant_population')
      .select(['tenant_id', 'year', 'population', 'source'])
      .orderBy('tenant_id')
      .orderBy('year'),

  /** Every 시·군·구 population figure, per tenant and district oldest year first (a few hundred rows a year). */
  districtPopulations: () =>
    db
      .selectFrom('district_population')
      .select(['tenant_id', 'year', 'sigungu', 'population'])
      .orderBy('tenant_id')
      .orderBy('sigungu')
      .orderBy('year'),

  lastRefresh: () =>
    db.selectFrom('voc_ministry_monthly').select(sql<Date | null>`max(refreshed_at)`.as('at')),

  /** One dimension's published groups of every tenant the scope may see, months `from` to `to`. */
  equity: (dimension: string, from: string, to: string) =>
    db
      .selectFrom('voc_ministry_equity_monthly as e')
      .select([
        'e.tenant_id',
        sql<string>`to_char(e.month, 'YYYY-MM')`.as('month'),
        'e.dimension',
        'e.group_key',
        'e.received',
        'e.finished',
        'e.finished_within_statutory',
        'e.median_days',
        'e.avg_days',
        'e.surveys',
        'e.satisfaction_avg',
      ])
      .where('e.dimension', '=', dimension)
      .where('e.month', '>=', sql<string>`${from}::date`)
      .where('e.month', '<=', sql<string>`${to}::date`)
      .orderBy('e.month')
      .orderBy('e.tenant_id')
      .orderBy('e.group_key'),

  /** Every published conformance summary the scope may see. */
  conformance: () =>
    db
      .selectFrom('standard_conformance_published')
      .select([
        'tenant_id',
        'standard_version',
        'score',
        'standard_elements',
        'unchanged_elements',
        'areas',
        'refreshed_at',
      ])
      .orderBy('tenant_id'),

  lastEquityRefresh: () =>
    db.selectFrom('voc_ministry_equity_monthly').select(sql<Date | null>`max(refreshed_at)`.as('at')),

  /** The published tenant-wide sums of these measures, months `from` to `to` (first days of months). */
  indicatorMonthly: (measures: readonly string[], from: string, to: string) =>
    db
      .selectFrom('performance_ministry_monthly')
      .select([
        'tenant_id',
        'measure_code',
        sql<string>`to_char(month, 'YYYY-MM')`.as('month'),
        'numerator',
        'denominator',
      ])
      .where('measure_code', 'in', [...measures])
      .where('month', '>=', sql<string>`${from}::date`)
      .where('month', '<=', sql<string>`${to}::date`)
      .orderBy('tenant_id')
      .orderBy('measure_code')
      .orderBy('month'),

  lastIndicatorRefresh: () =>
    db.selectFrom('performance_ministry_monthly').select(sql<Date | null>`max(refreshed_at)`.as('at')),

  /** Every tenant's own indicator rows (overrides of standard codes and its own indicators). */
  publishedIndicators: () =>
    db
      .selectFrom('performance_indicators_published')
      .select([
        'tenant_id',
        'code',
        'version',
        'measure_code',
        'name_ko',
        'name_en',
        'scope',
        'active',
        'standard',
      ])
      .orderBy('tenant_id')
      .orderBy('code'),

  /**
   * For the rest of the refresh job's transaction: its statement timeout instead of the scope's 15 s. At a
   * million petitions in a tenant the refresh takes a minute and more (bench `ministry-compare`).
   */
  refreshSettings: () =>
    db.selectNoFrom(
      sql<string>`set_config('statement_timeout', ${String(REFRESH_STATEMENT_TIMEOUT_MS)}, true)`.as(
        'statement_timeout',
      ),
    ),

  /** Recomputes the scope's tenant's published months from its own cases (SECURITY DEFINER, ADR 0019). */
  refresh: () =>
    db.selectNoFrom([
      sql<number>`refresh_voc_ministry_monthly()`.as('months'),
      sql<number>`refresh_voc_ministry_equity()`.as('groups'),
    ]),
};

export const MINISTRY_STATEMENTS: { [K in keyof typeof MinistryQueries]: StatementExamples[string] } = {
  tenants: MinistryQueries.tenants(),
  monthly: MinistryQueries.monthly('2026-01-01', '2026-06-01'),
  populations: MinistryQueries.populations(),
  districtPopulations: MinistryQueries.districtPopulations(),
  lastRefresh: MinistryQueries.lastRefresh(),
  equity: MinistryQueries.equity('CHANNEL', '2026-01-01', '2026-06-01'),
  lastEquityRefresh: MinistryQueries.lastEquityRefresh(),
  conformance: MinistryQueries.conformance(),
  indicatorMonthly: MinistryQueries.indicatorMonthly(
    ['PETITION_CLOSED_WITHIN_TARGET', 'SURVEY_OVERALL'],
    '2026-01-01',
    '2026-06-01',
  ),
  lastIndicatorRefresh: MinistryQueries.lastIndicatorRefresh(),
  publishedIndicators: MinistryQueries.publishedIndicators(),
  refreshSettings: MinistryQueries.refreshSettings(),
  refresh: MinistryQueries.refresh(),
};
