import { Inject, Injectable } from '@nestjs/common';
import { TenantDatabase, badInput, run, runOne } from '@pcrm/tenancy';
import {
  Direction,
  MeasureUnit,
  STANDARD_INDICATORS,
  STANDARD_MEASURES,
  type IndicatorDefinition,
} from '../performance-indicators';
import {
  MINIMUM_GROUP_SIZE,
  populationFor,
  ranks,
  reportPopulations,
  reportTenants,
} from './ministry.service';
import { distribution } from './ministry-statistics';
import { ministryMonths, requireMinistryScope } from './ministry-scope';
import { MinistryQueries as Q, type TenantPopulationRow } from './ministry.sql';
import type {
  MinistryIndicator,
  MinistryIndicatorArgs,
  MinistryIndicatorComparison,
  MinistryIndicatorMonth,
  MinistryIndicatorTenantValue,
} from './ministry-indicators.model';

const UNIT = new Map(STANDARD_MEASURES.map((m) => [m.code, m.unit]));

/** A measure's value from its sums: a share in percent, an average (of percentages or 1–5 scores) as is. */
const valueOf = (unit: MeasureUnit, numerator: number, denominator: number): number =>
  unit === MeasureUnit.PERCENT ? (numerator * 100) / denominator : numerator / denominator;

/** The standard indicators asked for, in the standard order; any other code is the caller's error. */
function chosenIndicators(codes: readonly string[] | null | undefined): readonly IndicatorDefinition[] {
  if (!codes?.length) return STANDARD_INDICATORS;
  const standard = new Set(STANDARD_INDICATORS.map((i) => i.code));
  const wrong = codes.find((c) => !standard.has(c));
  if (wrong !== undefined)
    throw badInput(
      'indicatorCodes',
      `${wrong} 는 표준 성과지표가 아닙니다 (시·도 고유 지표는 비교하지 않으며 tenantIndicators 에 따로 나옵니다).`,
      `${wrong} is not a standard indicator (tenant-specific indicators are not compared; see tenantIndicators).`,
    );
  const asked = new Set(codes);
  return STANDARD_INDICATORS.filter((i) => asked.has(i.code));
}

interface PublishedMonth {
  month: string;
  numerator: number | null;
  denominator: number | null;
}

/**
 * One tenant's value over the months: Σ numerators ÷ Σ denominators of its published months (a suppressed
 * month is left out and counted), cases per 1,000 residents summed month by month with each month's
 * population (ADR 0019's rule), and the trend.
 */
function tenantValue(
  unit: MeasureUnit,
  list: readonly string[],
  population: readonly TenantPopulationRow[],
  cell: (month: string) => PublishedMonth | undefined,
): Omit<MinistryIndicatorTenantValue, 'tenantId' | 'rank' | 'overridden'> {
  let numerator = 0;
  let denominator = 0;
  let per1000: number | null = 0;
  let suppressedMonths = 0;
  const trend: MinistryIndicatorMonth[] = list.map((month) => {
    const c = cell(month);
    if (!c) return { month, value: null, numerator: null, denominator: null, suppressed: false };
    if (c.denominator === null || c.numerator === null) {
      suppressedMonths += 1;
      return { month, value: null, numerator: null, denominator: null, suppressed: true };
    }
    numerator += c.numerator;
    denominator += c.denominator;
    const people = populationFor(population, Number(month.slice(0, 4)));
    per1000 = per1000 === null || !people ? null : per1000 + (c.denominator * 1000) / people;
    return {
      month,
      value: valueOf(unit, c.numerator, c.denominator),
      numerator: c.numerator,
      denominator: c.denominator,
      suppressed: false,
    };
  });
  const any = denominator > 0;
  return {
    value: any ? valueOf(unit, numerator, denominator) : null,
    numerator: any ? numerator : null,
    denominator: any ? denominator : null,
    casesPer1000: any ? per1000 : null,
    suppressed: !any && suppressedMonths > 0,
    suppressedMonths,
    trend,
  };
}

/**
 * The standard indicators compared across tenants (issue 11 #1, docs/adr/0019 "Standard indicators"): per
 * indicator and tenant the value over the period from the published monthly sums (Σ numerators ÷ Σ
 * denominators of the published months, never an average of ratios), cases per 1,000 residents, trend, rank,
 * distribution and national median; the tenants' own indicators listed apart. Reads published tables only.
 */
@Injectable()
export class MinistryIndicatorService {
  constructor(@Inject(TenantDatabase) private readonly db: TenantDatabase) {}

  async comparison(args: MinistryIndicatorArgs): Promise<MinistryIndicatorComparison> {
    requireMinistryScope();
    const months = ministryMonths(args);
    const indicators = chosenIndicators(args.indicatorCodes);
    const measures = [...new Set(indicators.map((i) => i.measureCode))];
    const sql = this.db.request();
    const [tenants, rows, populations, published, refreshed] = await Promise.all([
      run(sql, Q.tenants()),
      run(sql, Q.indicatorMonthly(measures, `${months.list[0]}-01`, `${months.list.at(-1)}-01`)),
      run(sql, Q.populations()),
      run(sql, Q.publishedIndicators()),
      runOne(sql, Q.lastIndicatorRefresh()),
    ]);
    const active = new Set(tenants.map((t) => t.id));
    const cells = new Map<string, PublishedMonth>(
      rows.map((r) => [
        `${r.tenant_id}|${r.measure_code}|${r.month}`,
        {
          month: r.month,
          numerator: r.numerator === null ? null : Number(r.numerator),
          denominator: r.denominator === null ? null : Number(r.denominator),
        },
      ]),
    );
    const overrides = new Set(published.filter((p) => p.standard).map((p) => `${p.tenant_id}|${p.code}`));
    const figures = (tenantId: string) => populations.filter((p) => p.tenant_id === tenantId);

    const compare = (indicator: IndicatorDefinition): MinistryIndicator => {
      const unit = UNIT.get(indicator.measureCode) ?? MeasureUnit.PERCENT;
      const values = tenants.map((t) =>
        tenantValue(unit, months.list, figures(t.id), (month) =>
          cells.get(`${t.id}|${indicator.measureCode}|${month}`),
        ),
      );
      const ranked = ranks(
        values.map((v) => v.value),
        indicator.direction === Direction.HIGHER_IS_BETTER,
      );
      const spread = distribution(values.flatMap((v) => (v.value === null ? [] : [v.value])));
      const byRank = values
        .map((v, i) => ({
          ...v,
          tenantId: tenants[i].id,
          rank: ranked[i],
          overridden: overrides.has(`${tenants[i].id}|${indicator.code}`),
        }))
        .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity));
      return {
        code: indicator.code,
        nameKo: indicator.nameKo,
        nameEn: indicator.nameEn,
        measureCode: indicator.measureCode,
        scope: indicator.scope,
        unit,
        direction: indicator.direction,
        tenants: byRank,
        distribution: spread,
        nationalMedian: spread.median,
      };
    };

    return {
      from: args.from,
      to: args.to,
      months: months.list,
      minimumGroupSize: MINIMUM_GROUP_SIZE,
      refreshedAt: refreshed.at,
      tenants: reportTenants(tenants),
      populations: reportPopulations(populations),
      indicators: indicators.map(compare),
      tenantIndicators: published
        .filter((p) => !p.standard && active.has(p.tenant_id))
        .map((p) => ({
          tenantId: p.tenant_id,
          code: p.code,
          nameKo: p.name_ko,
          nameEn: p.name_en,
          measureCode: p.measure_code,
          scope: p.scope as IndicatorDefinition['scope'],
          active: p.active,
          version: p.version,
        })),
    };
  }
}
