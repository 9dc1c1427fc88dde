import { Inject, Injectable } from '@nestjs/common';
import { RequestContexts, TenantDatabase, badInput, run, runOne, type Sql } from '@pcrm/tenancy';
import { ReportCache } from './report-cache';
import {
  GROUPING_OF,
  QualityQueries as Q,
  type QualityCountsRow,
  type QualityPeriod,
  type QualityResultRow,
} from './quality.sql';
import { QUALITY_FIELDS, QualityField, QualityGroupBy } from './quality-rules';
import {
  percent,
  type DataQualityHistory,
  type DataQualityReport,
  type DataQualityRow,
  type DataQualitySnapshotResult,
} from './quality.model';
import type { DataQualityArgs, DataQualityHistoryArgs } from './quality.inputs';

/** The row columns of each field (`<prefix>_filled`, `<prefix>_valid`) and its denominator. */
const COLUMNS: Record<QualityField, { prefix: string; total: 'total' | 'persons' }> = {
  NAME: { prefix: 'name', total: 'total' },
  ADDRESS: { prefix: 'address', total: 'total' },
  PHONE: { prefix: 'phone', total: 'total' },
  MOBILE: { prefix: 'mobile', total: 'total' },
  EMAIL: { prefix: 'email', total: 'total' },
  BIRTH_DATE: { prefix: 'birth_date', total: 'persons' },
};

/** The counts of one field as a row of the report (percentages from the counts). */
const measures = (total: number, filled: number, valid: number) => ({
  total,
  filled,
  empty: total - filled,
  completeness: percent(filled, total),
  valid,
  accuracy: percent(valid, total),
});

/** One group's six rows, in field order. */
function toRows(row: QualityCountsRow): DataQualityRow[] {
  const counts = row as unknown as Record<string, number>;
  return QUALITY_FIELDS.map((field) => {
    const { prefix, total } = COLUMNS[field];
    return {
      key: row.group_key === '' ? null : row.group_key,
      source: GROUPING_OF[row.grouping] === QualityGroupBy.BATCH ? row.source : null,
      field,
      ...measures(row[total], counts[`${prefix}_filled`], counts[`${prefix}_valid`]),
    };
  });
}

/** Date order, then the report's field order (NAME … BIRTH_DATE). */
const inFieldOrder = (a: { day: string; field: string }, b: { day: string; field: string }) =>
  a.day.localeCompare(b.day) ||
  QUALITY_FIELDS.indexOf(a.field as QualityField) - QUALITY_FIELDS.indexOf(b.field as QualityField);

const MAX_HISTORY_DAYS = 366;
const DAY_MS = 86_400_000;

function parseDay(value: string, field: string): number {
  const time = Date.parse(`${value}T00:00:00Z`);
  if (Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== value)
    throw badInput(
      field,
      `${field} 는 실제 있는 날짜여야 합니다 (YYYY-MM-DD).`,
      `${field} must be a real date (YYYY-MM-DD).`,
    );
  return time;
}

const dayOf = (time: number): string => new Date(time).toISOString().slice(0, 10);

/** 충실도·정확도 per field, per tenant / source / import batch, now and over time (issue 7 #6). */
@Injectable()
export class DataQualityService {
  /** Per tenant and period: one computation at a time, a large tenant's result reused for minutes. */
  private readonly cache = new ReportCache<QualityCountsRow[]>();

  constructor(@Inject(TenantDatabase) private readonly db: TenantDatabase) {}

  private get sql(): Sql {
    return this.db.request();
  }

  async report(args: DataQualityArgs): Promise<DataQualityReport> {
    const from = args.from ?? null;
    const to = args.to ?? null;
    if (from && to && from >= to)
      throw badInput('to', '기간의 끝(to)은 시작(from)보다 뒤여야 합니다.', 'to must be later than from.');
    const period = { from, to };
    const { result: rows, computedAt } = await this.cache.get(this.cacheKey(period), () =>
      this.counts(period),
    );
    return {
      groupBy: args.groupBy,
      from,
      to,
      generatedAt: computedAt,
      rows: rows.filter((r) => GROUPING_OF[r.grouping] === args.groupBy).flatMap(toRows),
    };
  }

  /** Records today's results of every grouping (replacing today's if taken before). */
  async snapshot(): Promise<DataQualitySnapshotResult> {
    const sql = this.sql;
    const { day } = await runOne(sql, Q.today());
    const period = { from: null, to: null };
    const rows = await this.cache.refresh(this.cacheKey(period), () => this.counts(period));
    const results: QualityResultRow[] = rows.flatMap((row) =>
      toRows(row).map((r) => ({
        groupBy: GROUPING_OF[row.grouping],
        key: row.group_key,
        field: r.field,
        total: r.total,
        filled: r.filled,
        valid: r.valid,
      })),
    );
    await run(sql, Q.deleteDay(day));
    if (results.length) await run(sql, Q.insertDay(day, results));
    return { date: day, groups: rows.length };
  }

  /** Every grouping's counts in one pass, with the memory and the time the aggregation needs. */
  private async counts(period: QualityPeriod): Promise<QualityCountsRow[]> {
    await run(this.sql, Q.reportSettings());
    return run(this.sql, Q.counts(period));
  }

  private cacheKey(period: QualityPeriod): string {
    const { tenantId } = RequestContexts.require().principal;
    return `${tenantId ?? ''}|${period.from?.toISOString() ?? ''}|${period.to?.toISOString() ?? ''}`;
  }

  async history(args: DataQualityHistoryArgs): Promise<DataQualityHistory> {
    const to = args.to ? parseDay(args.to, 'to') : parseDay((await runOne(this.sql, Q.today())).day, 'to');
    const from = args.from ? parseDay(args.from, 'from') : to - (90 - 1) * DAY_MS;
    if (from > to)
      throw badInput(
        'to',
        '끝 날짜(to)는 시작 날짜(from)와 같거나 뒤여야 합니다.',
        'to must not be before from.',
      );
    if ((to - from) / DAY_MS + 1 > MAX_HISTORY_DAYS)
      throw badInput(
        'from',
        `기간은 ${MAX_HISTORY_DAYS}일까지 볼 수 있습니다.`,
        `The period may span at most ${MAX_HISTORY_DAYS} days.`,
      );
    const key = args.groupBy === QualityGroupBy.TENANT ? '' : (args.key ?? '');
    const rows = await run(this.sql, Q.history(args.groupBy, key, dayOf(from), dayOf(to)));
    return {
      groupBy: args.groupBy,
      key: key === '' ? null : key,
      points: rows.sort(inFieldOrder).map((r) => ({
        date: r.day,
        field: r.field as QualityField,
        ...measures(r.total, r.filled, r.valid),
      })),
    };
  }
}
