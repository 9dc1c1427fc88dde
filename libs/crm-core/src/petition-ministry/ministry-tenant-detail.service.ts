import { Inject, Injectable } from '@nestjs/common';
import { AppError, ErrorCode } from '@pcrm/tenancy';
import { MinistryComparisonService } from './ministry.service';
import { MinistryEquityService } from './ministry-equity.service';
import { MinistryConformanceService } from './ministry-conformance.service';
import { EquityDimension } from './ministry-equity.model';
import type {
  MinistryTenantDetail,
  MinistryTenantDetailArgs,
  MinistryTenantEquityGap,
} from './ministry-tenant-detail.model';

/** A median list as a lookup by month and measure. */
const byMonthMeasure = <T extends { month: string; measure: string }>(list: readonly T[]) =>
  new Map(list.map((m) => [`${m.month}|${m.measure}`, m]));

/**
 * One tenant as the ministry sees it (issue 11 #6): the comparison's, the equity view's and the conformance
 * view's own answers narrowed to the tenant, each value next to the national median and its rank. Ranks and
 * medians need every tenant's published values, so the services answer for all tenants and this keeps one.
 */
@Injectable()
export class MinistryTenantDetailService {
  constructor(
    @Inject(MinistryComparisonService) private readonly comparison: MinistryComparisonService,
    @Inject(MinistryEquityService) private readonly equity: MinistryEquityService,
    @Inject(MinistryConformanceService) private readonly conformance: MinistryConformanceService,
  ) {}

  async detail(args: MinistryTenantDetailArgs): Promise<MinistryTenantDetail> {
    const { tenantId, ...range } = args;
    // Refuses a tenant's scope and a bad period before anything is read of the tenant.
    const comparison = await this.comparison.comparison(range);
    const tenant = comparison.tenants.find((t) => t.id === tenantId);
    if (!tenant)
      throw new AppError(
        ErrorCode.NotFound,
        `시·도 "${tenantId}" 을(를) 찾을 수 없습니다 (운영 중인 시·도의 코드가 아닙니다).`,
        `Tenant "${tenantId}" not found (it is not the code of an active tenant).`,
        { field: 'tenantId' },
      );
    const dimensions = Object.values(EquityDimension);
    const [equities, conformance] = await Promise.all([
      Promise.all(dimensions.map((dimension) => this.equity.equity({ ...range, dimension }))),
      this.conformance.conformance(),
    ]);
    const medians = byMonthMeasure(comparison.medians);
    const equityGaps: MinistryTenantEquityGap[] = equities.flatMap((e) => {
      const gapMedians = byMonthMeasure(e.medians);
      return e.gaps
        .filter((g) => g.tenantId === tenantId)
        .map((g) => {
          const m = gapMedians.get(`${g.month}|${g.measure}`);
          return {
            ...g,
            dimension: e.dimension,
            nationalMedian: m?.value ?? null,
            rankedTenants: m?.tenants ?? 0,
          };
        });
    });
    return {
      tenant,
      from: comparison.from,
      to: comparison.to,
      months: comparison.months,
      minimumGroupSize: comparison.minimumGroupSize,
      refreshedAt: comparison.refreshedAt,
      populations: comparison.populations.filter((p) => p.tenantId === tenantId),
      measures: comparison.cells
        .filter((c) => c.tenantId === tenantId)
        .map((c) => {
          const m = medians.get(`${c.month}|${c.measure}`);
          return { ...c, nationalMedian: m?.value ?? null, rankedTenants: m?.tenants ?? 0 };
        }),
      equityGaps,
      conformance: {
        latestVersion: conformance.latestVersion,
        medianScore: conformance.medianScore,
        rankedTenants: conformance.rows.length,
        own: conformance.rows.find((r) => r.tenantId === tenantId) ?? null,
      },
    };
  }
}
