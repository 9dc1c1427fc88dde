import { Inject, Injectable } from '@nestjs/common';
import { TenantDatabase, run } from '@pcrm/tenancy';
import { LATEST_STANDARD_VERSION } from '../standard-model';
import { MinistryQueries as Q } from './ministry.sql';
import { median, ranks, reportTenants } from './ministry.service';
import { requireMinistryScope } from './ministry-scope';
import type { MinistryConformance } from './ministry-conformance.model';

/**
 * Each active tenant's published conformance to the standard (issue 11 #3): the version it runs, its score
 * with rank and the national median, and per area the counts of changed, disabled and added elements. What
 * each difference is stays with the tenant; the ministry sees counts (docs/adr/0019 "Conformance").
 */
@Injectable()
export class MinistryConformanceService {
  constructor(@Inject(TenantDatabase) private readonly db: TenantDatabase) {}

  async conformance(): Promise<MinistryConformance> {
    requireMinistryScope();
    const sql = this.db.request();
    const [tenants, published] = await Promise.all([run(sql, Q.tenants()), run(sql, Q.conformance())]);
    const active = new Set(tenants.map((t) => t.id));
    const rows = published.filter((r) => active.has(r.tenant_id));
    const scores = rows.map((r) => Number(r.score));
    const ranked = ranks(scores, true);
    return {
      latestVersion: LATEST_STANDARD_VERSION,
      tenants: reportTenants(tenants),
      rows: rows
        .map((r, i) => ({
          tenantId: r.tenant_id,
          standardVersion: r.standard_version,
          score: scores[i],
          rank: ranked[i]!,
          standardElements: r.standard_elements,
          unchangedElements: r.unchanged_elements,
          areas: r.areas,
          refreshedAt: r.refreshed_at,
        }))
        .sort((a, b) => a.rank - b.rank || a.tenantId.localeCompare(b.tenantId)),
      medianScore: median(scores),
    };
  }
}
