import { Inject, Injectable } from '@nestjs/common';
import { TenantDatabase, run, type Sql } from '@pcrm/tenancy';
import { monthsOf } from '../petition-analytics';
import { MeasureCatalogue } from './measure-catalogue';
import type { TimeRange } from './measure';
import { RollupQueries as Q, type MonthFilter } from './rollup.sql';

/** Every month a fact can fall in (the full recomputation's range). */
const ALL_TIME: TimeRange = { from: new Date('1999-12-31T15:00:00Z'), to: new Date('2099-12-31T15:00:00Z') };
const MAX_MONTHS = 1200;

/**
 * Keeps `performance_rollups` equal to the measures computed from scratch (issue 10 #7): the touched-months
 * job recomputes whole months that writes marked since the last run; the full job recomputes everything.
 * Both run under one per-tenant lock and write absolute sums (never increments), so a repeated or concurrent
 * run cannot double count.
 */
@Injectable()
export class PerformanceRollupService {
  constructor(
    @Inject(TenantDatabase) private readonly db: TenantDatabase,
    @Inject(MeasureCatalogue) private readonly catalogue: MeasureCatalogue,
  ) {}

  private get sql(): Sql {
    return this.db.request();
  }

  /** Recomputes the months touched since the last run; returns them (YYYY-MM, ascending). */
  async refreshTouched(): Promise<string[]> {
    const sql = this.sql;
    await run(sql, Q.lock());
    const months = [...new Set((await run(sql, Q.takeDirtyMonths())).map((r) => r.month))].sort();
    if (months.length) {
      const range = monthsOf({ from: months[0], to: months.at(-1)! }, MAX_MONTHS);
      await run(sql, Q.deleteMonths(months));
      await this.insert(sql, range, months);
    }
    // Also without touched months: an indicator saved since the last run changes the published list.
    await run(sql, Q.publishForMinistry());
    return months;
  }

  /** Recomputes every month of every measure from scratch. */
  async recomputeAll(): Promise<void> {
    const sql = this.sql;
    await run(sql, Q.lock());
    await run(sql, Q.takeDirtyMonths());
    await run(sql, Q.deleteAll());
    await this.insert(sql, ALL_TIME, null);
    await run(sql, Q.publishForMinistry());
  }

  private async insert(sql: Sql, range: TimeRange, months: MonthFilter): Promise<void> {
    for (const measure of this.catalogue.list()) await run(sql, Q.insertMeasure(measure, range, months));
  }
}
