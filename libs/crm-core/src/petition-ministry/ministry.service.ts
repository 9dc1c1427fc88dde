import { Inject, Injectable } from '@nestjs/common';
import { TenantDatabase, run, runOne } from '@pcrm/tenancy';
import type { MonthRangeArgs } from '../petition-analytics';
import { ministryMonths, requireMinistryScope } from './ministry-scope';
import { MinistryQueries as Q, type MinistryMonthlyRow, type TenantPopulationRow } from './ministry.sql';
import { median } from './ministry-statistics';
import {
  MinistryMeasure as M,
  type MinistryCell,
  type MinistryComparison,
  type MinistryMedian,
  type MinistryPopulation,
  type MinistryTenant,
} from './ministry.model';

export { median } from './ministry-statistics';

/** Groups under this many cases are never published (the rollup stores them as NULL; docs/adr/0019). */
export const MINIMUM_GROUP_SIZE = 5;

const ratio = (part: number | null, whole: number | null) => (part === null || !whole ? null : part / whole);

/** Each measure: its value from a published row (and the tenant's population), whether a high value ranks first. */
const MEASURES: Record<
  M,
  { value: (r: MinistryMonthlyRow, population: number | null) => number | null; highFirst: boolean }
> = {
  [M.RECEIVED]: { value: (r) => r.received, highFirst: true },
  [M.RECEIVED_PER_1000]: {
    value: (r, population) => (r.received === null || !population ? null : (r.received * 1000) / population),
    highFirst: true,
  },
  [M.WITHIN_TARGET]: { value: (r) => ratio(r.finished_within_target, r.finished), highFirst: true },
  [M.WITHIN_STATUTORY]: { value: (r) => ratio(r.finished_within_statutory, r.finished), highFirst: true },
  [M.MEDIAN_DAYS]: { value: (r) => numberOrNull(r.median_days), highFirst: false },
  [M.SPEED]: { value: (r) => numberOrNull(r.speed_avg), highFirst: true },
  [M.KINDNESS]: { value: (r) => numberOrNull(r.kindness_avg), highFirst: true },
  [M.FAIRNESS]: { value: (r) => numberOrNull(r.fairness_avg), highFirst: true },
  [M.CONVENIENCE]: { value: (r) => numberOrNull(r.convenience_avg), highFirst: true },
};

/** A measure's cases: received for RECEIVED, finished for the processing measures, surveys for the scores. */
const groupOf = (m: M): 'received' | 'finished' | 'surveys' =>
  m === M.RECEIVED || m === M.RECEIVED_PER_1000
    ? 'received'
    : m === M.WITHIN_TARGET || m === M.WITHIN_STATUTORY || m === M.MEDIAN_DAYS
      ? 'finished'
      : 'surveys';

/** A numeric column (pg gives bigint and numeric as strings) as a number, NULL kept. */
export const numberOrNull = (v: string | number | null): number | null => (v === null ? null : Number(v));

/** The active tenants every ministry report lists, as the API names them. */
export const reportTenants = (
  rows: readonly { id: string; name_ko: string; name_en: string }[],
): MinistryTenant[] => rows.map((t) => ({ id: t.id, nameKo: t.name_ko, nameEn: t.name_en }));

/** The population figures a report divides by. */
export const reportPopulations = (rows: readonly TenantPopulationRow[]): MinistryPopulation[] =>
  rows.map((p) => ({ tenantId: p.tenant_id, year: p.year, population: p.population, source: p.source }));

/**
 * The population a month of `year` is divided by: the latest figure of that year or before, else the earliest
 * one after (a month older than every figure; `figures` oldest first); null when there is none.
 */
export function populationFor(
  figures: readonly Pick<TenantPopulationRow, 'year' | 'population'>[],
  year: number,
): number | null {
  const before = figures.filter((f) => f.year <= year);
  const chosen = before.length ? before.reduce((a, b) => (b.year > a.year ? b : a)) : figures[0];
  return chosen?.population ?? null;
}

/** Competition ranks (1, 2, 2, 4) of the non-null values; null values get no rank. */
export function ranks(values: readonly (number | null)[], highFirst: boolean): (number | null)[] {
  return values.map((v) =>
    v === null ? null : 1 + values.filter((o) => o !== null && (highFirst ? o > v : o < v)).length,
  );
}

/**
 * The comparison's cells and national medians from the published rows: per month and measure each tenant's
 * value, its rank among the published values and whether its group was suppressed; the median of the
 * published values. Pure, so the bench's floor computes exactly what the service answers.
 */
export function compareTenants(
  months: readonly string[],
  tenants: readonly { id: string }[],
  rows: readonly MinistryMonthlyRow[],
  populations: readonly TenantPopulationRow[],
): { cells: MinistryCell[]; medians: MinistryMedian[] } {
  const byCell = new Map(rows.map((r) => [`${r.tenant_id}|${r.month}`, r]));
  const figuresOf = (tenantId: string) => populations.filter((p) => p.tenant_id === tenantId);
  const cells: MinistryCell[] = [];
  const medians: MinistryMedian[] = [];
  for (const month of months) {
    const year = Number(month.slice(0, 4));
    const population = tenants.map((t) => populationFor(figuresOf(t.id), year));
    for (const measure of Object.values(M)) {
      const { value, highFirst } = MEASURES[measure];
      const group = groupOf(measure);
      const found = tenants.map((t) => byCell.get(`${t.id}|${month}`));
      const values = found.map((r, i) => (r ? value(r, population[i]) : null));
      const ranked = ranks(values, highFirst);
      tenants.forEach((t, i) =>
        cells.push({
          tenantId: t.id,
          month,
          measure,
          value: values[i],
          rank: ranked[i],
          // A row exists but the group is NULL: the month had cases, fewer than k of this group.
          suppressed: found[i] !== undefined && found[i]![group] === null,
        }),
      );
      const published = values.filter((v): v is number => v !== null);
      medians.push({ month, measure, value: median(published), tenants: published.length });
    }
  }
  return { cells, medians };
}

/**
 * The ministry comparison (issue 8 #9): per tenant and month, only the published aggregates. It refuses any
 * scope that has a tenant, so a tenant token cannot use it even if a grant were widened by mistake; the
 * rows themselves are visible only to a ministry analyst's scope (the table's policy).
 */
@Injectable()
export class MinistryComparisonService {
  constructor(@Inject(TenantDatabase) private readonly db: TenantDatabase) {}

  async comparison(args: MonthRangeArgs): Promise<MinistryComparison> {
    requireMinistryScope();
    const months = ministryMonths(args);
    const sql = this.db.request();
    const [tenants, rows, populations, refreshed] = await Promise.all([
      run(sql, Q.tenants()),
      run(sql, Q.monthly(`${months.list[0]}-01`, `${months.list.at(-1)}-01`)),
      run(sql, Q.populations()),
      runOne(sql, Q.lastRefresh()),
    ]);
    const { cells, medians } = compareTenants(months.list, tenants, rows, populations);
    return {
      from: args.from,
      to: args.to,
      months: months.list,
      minimumGroupSize: MINIMUM_GROUP_SIZE,
      refreshedAt: refreshed.at,
      tenants: reportTenants(tenants),
      populations: reportPopulations(populations),
      cells,
      medians,
    };
  }

  /** Recomputes the current tenant's published months and equity groups (the nightly job of each tenant). */
  async refresh(): Promise<number> {
    const sql = this.db.request();
    await runOne(sql, Q.refreshSettings());
    const { months, groups } = await runOne(sql, Q.refresh());
    return months + groups;
  }
}
