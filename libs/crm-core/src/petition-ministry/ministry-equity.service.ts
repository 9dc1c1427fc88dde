import { Inject, Injectable } from '@nestjs/common';
import { TenantDatabase, run, runOne } from '@pcrm/tenancy';
import { MinistryQueries as Q, type DistrictPopulationRow, type MinistryEquityRow } from './ministry.sql';
import {
  MINIMUM_GROUP_SIZE,
  median,
  numberOrNull,
  populationFor,
  ranks,
  reportTenants,
} from './ministry.service';
import { ministryMonths, requireMinistryScope } from './ministry-scope';
import {
  EquityDimension as D,
  EquityMeasure as E,
  type MinistryEquity,
  type MinistryEquityArgs,
  type MinistryEquityGap,
  type MinistryEquityGroup,
  type MinistryEquityMedian,
} from './ministry-equity.model';

/**
 * A published group as the API gives it: counts, shares and averages; null where suppressed. `population` is
 * the residents of the group (a 시·군·구's figure for the month's year), when known.
 */
export function equityGroup(r: MinistryEquityRow, population: number | null = null): MinistryEquityGroup {
  return {
    tenantId: r.tenant_id,
    month: r.month,
    group: r.group_key,
    received: r.received,
    receivedPer1000: r.received === null || !population ? null : (r.received * 1000) / population,
    finished: r.finished,
    withinStatutory:
      r.finished === null || r.finished_within_statutory === null
        ? null
        : r.finished_within_statutory / r.finished,
    medianDays: numberOrNull(r.median_days),
    avgDays: numberOrNull(r.avg_days),
    surveys: r.surveys,
    satisfaction: numberOrNull(r.satisfaction_avg),
  };
}

/** The residents of a tenant's 시·군·구 in a year (the rule of the comparison's population), or null. */
function districtResidents(
  figures: readonly DistrictPopulationRow[],
): (tenantId: string, sigungu: string, year: number) => number | null {
  const byDistrict = new Map<string, DistrictPopulationRow[]>();
  for (const f of figures) {
    const key = `${f.tenant_id}|${f.sigungu}`;
    byDistrict.set(key, [...(byDistrict.get(key) ?? []), f]);
  }
  return (tenantId, sigungu, year) => populationFor(byDistrict.get(`${tenantId}|${sigungu}`) ?? [], year);
}

const MEASURE_OF: Record<E, (g: MinistryEquityGroup) => number | null> = {
  [E.MEDIAN_DAYS]: (g) => g.medianDays,
  [E.AVG_DAYS]: (g) => g.avgDays,
  [E.WITHIN_STATUTORY]: (g) => g.withinStatutory,
  [E.SATISFACTION]: (g) => g.satisfaction,
};

/** The pair a dimension's gap compares (focus − reference); without one, the published spread (max − min). */
const PAIRS: Partial<Record<D, { focus: string; reference: string }>> = {
  [D.CHANNEL]: { focus: 'WEB', reference: 'VISIT' },
  [D.SENIOR]: { focus: '65+', reference: 'UNDER_65' },
  [D.VULNERABLE]: { focus: 'VULNERABLE', reference: 'NOT_VULNERABLE' },
};

/** One tenant-month's gap of a measure over its published groups. */
export function gapOf(
  dimension: D,
  groups: readonly MinistryEquityGroup[],
  measure: E,
): Pick<MinistryEquityGap, 'focus' | 'reference' | 'value'> {
  const valued = groups
    .map((g) => ({ group: g.group, value: MEASURE_OF[measure](g) }))
    .filter((g): g is { group: string; value: number } => g.value !== null);
  const pair = PAIRS[dimension];
  if (pair) {
    const focus = valued.find((g) => g.group === pair.focus);
    const reference = valued.find((g) => g.group === pair.reference);
    return {
      ...pair,
      value: focus && reference ? focus.value - reference.value : null,
    };
  }
  // The unknown group (no birth date, no address) is no group of residents to compare.
  const known = valued.filter((g) => g.group !== 'UNKNOWN');
  if (known.length < 2) return { focus: null, reference: null, value: null };
  const max = known.reduce((a, b) => (b.value > a.value ? b : a));
  const min = known.reduce((a, b) => (b.value < a.value ? b : a));
  return { focus: max.group, reference: min.group, value: max.value - min.value };
}

/**
 * Equity inside each tenant (issue 11 #2): per tenant and month of receipt, the published outcomes of one
 * dimension's groups, the gap between the groups that matter (web − visit, 65+ − under 65, vulnerable −
 * not vulnerable, else max − min),
 * ranks of the gaps' size and the national median gap. Only published roll-up rows; k = 5 already applied.
 */
@Injectable()
export class MinistryEquityService {
  constructor(@Inject(TenantDatabase) private readonly db: TenantDatabase) {}

  async equity(args: MinistryEquityArgs): Promise<MinistryEquity> {
    requireMinistryScope();
    const months = ministryMonths(args);
    const sql = this.db.request();
    const [tenants, rows, refreshed, districts] = await Promise.all([
      run(sql, Q.tenants()),
      run(sql, Q.equity(args.dimension, `${months.list[0]}-01`, `${months.list.at(-1)}-01`)),
      runOne(sql, Q.lastEquityRefresh()),
      args.dimension === D.DISTRICT ? run(sql, Q.districtPopulations()) : Promise.resolve([]),
    ]);
    const active = new Set(tenants.map((t) => t.id));
    const residents = districtResidents(districts);
    const groups = rows
      .filter((r) => active.has(r.tenant_id))
      .map((r) => equityGroup(r, residents(r.tenant_id, r.group_key, Number(r.month.slice(0, 4)))));
    const byCell = new Map<string, MinistryEquityGroup[]>();
    for (const g of groups) {
      const key = `${g.tenantId}|${g.month}`;
      byCell.set(key, [...(byCell.get(key) ?? []), g]);
    }
    const gaps: MinistryEquityGap[] = [];
    const medians: MinistryEquityMedian[] = [];
    for (const month of months.list)
      for (const measure of Object.values(E)) {
        const found = tenants.map((t) =>
          gapOf(args.dimension, byCell.get(`${t.id}|${month}`) ?? [], measure),
        );
        const ranked = ranks(
          found.map((g) => (g.value === null ? null : Math.abs(g.value))),
          false,
        );
        tenants.forEach((t, i) =>
          gaps.push({ tenantId: t.id, month, measure, ...found[i], rank: ranked[i] }),
        );
        const published = found.map((g) => g.value).filter((v): v is number => v !== null);
        medians.push({ month, measure, value: median(published), tenants: published.length });
      }
    return {
      from: args.from,
      to: args.to,
      dimension: args.dimension,
      months: months.list,
      minimumGroupSize: MINIMUM_GROUP_SIZE,
      refreshedAt: refreshed.at,
      tenants: reportTenants(tenants),
      groups,
      gaps,
      medians,
    };
  }
}
