import { Inject, Injectable } from '@nestjs/common';
import {
  Cursor,
  TenantDatabase,
  badInput,
  notFound,
  run,
  runOne,
  toConnection,
  type Connection,
  type Sql,
} from '@pcrm/tenancy';
import { monthsOf } from '../petition-analytics';
import { MeasureCatalogue } from './measure-catalogue';
import { measureValue, ScopeKind, type Measure, type TimeRange } from './measure';
import { Direction, evaluate } from './indicator-evaluation';
import { IndicatorPeriod, toPerformanceMeasure } from './indicator.model';
import { PerformanceIndicatorService } from './indicator.service';
import { RollupQueries as Q, type DrillKey, type DrillRow } from './rollup.sql';
import type { PerformanceCase, PerformanceDrillDownTotals, Scorecard, ScorecardRow } from './scorecard.model';
import type { DrillDownArgs, DrillDownTotalsArgs, ScorecardArgs } from './scorecard.args';

const pad = (n: number) => String(n).padStart(2, '0');
const LAST_INDEX: Record<IndicatorPeriod, number> = { MONTH: 12, QUARTER: 4, YEAR: 1 };
/** Weights are kept to two decimals; a sum this close to 100 is 100. */
const EPSILON = 1e-6;

/** The whole months (YYYY-MM) of one month, quarter or year. */
export function periodMonths(
  period: IndicatorPeriod,
  year: number,
  index: number,
): { from: string; to: string } {
  if (index > LAST_INDEX[period])
    throw badInput(
      'index',
      `이 기간 종류의 index 는 1–${LAST_INDEX[period]} 입니다.`,
      `index must be 1–${LAST_INDEX[period]} for this period.`,
    );
  if (period === IndicatorPeriod.MONTH) return { from: `${year}-${pad(index)}`, to: `${year}-${pad(index)}` };
  if (period === IndicatorPeriod.QUARTER)
    return { from: `${year}-${pad(index * 3 - 2)}`, to: `${year}-${pad(index * 3)}` };
  return { from: `${year}-01`, to: `${year}-12` };
}

const round = (n: number, digits = 4) => Math.round(n * 10 ** digits) / 10 ** digits;

/**
 * Scorecards of a department or an officer (issue 10 #6), read from the roll-ups only, and the drill-down to
 * the cases behind each number, listed from the measure's own facts so that their sums equal the number.
 */
@Injectable()
export class ScorecardService {
  constructor(
    @Inject(TenantDatabase) private readonly db: TenantDatabase,
    @Inject(MeasureCatalogue) private readonly catalogue: MeasureCatalogue,
    @Inject(PerformanceIndicatorService) private readonly indicators: PerformanceIndicatorService,
  ) {}

  private get sql(): Sql {
    return this.db.request();
  }

  private async scopeName(sql: Sql, scope: ScopeKind, scopeId: string): Promise<string> {
    const [row] = await run(sql, Q.scopeName(scope, scopeId));
    if (!row)
      throw scope === ScopeKind.DEPARTMENT
        ? notFound('부서', 'department')
        : notFound('직원', 'staff member');
    return row.name;
  }

  async scorecard(args: ScorecardArgs): Promise<Scorecard> {
    const { from, to } = periodMonths(args.period, args.year, args.index);
    const sql = this.sql;
    const scopeName = await this.scopeName(sql, args.scope, args.scopeId);
    const active = (await this.indicators.effective(args.scope)).filter((i) => i.active);
    const withMeasures = active.flatMap((indicator) => {
      const measure = this.catalogue.get(indicator.measureCode);
      return measure ? [{ indicator, measure }] : [];
    });
    const codes = [...new Set(withMeasures.map((r) => r.measure.code))];
    const sums = codes.length
      ? new Map(
          (await run(sql, Q.sums(args.scope, args.scopeId, codes, from, to))).map((r) => [r.measure_code, r]),
        )
      : new Map();
    const monthly = codes.length
      ? await run(sql, Q.months(args.scope, args.scopeId, codes, `${args.year}-01`, `${args.year}-12`))
      : [];
    const { at: refreshedAt } = await runOne(sql, Q.refreshedAt(args.scope, args.scopeId));

    const rows: ScorecardRow[] = withMeasures.map(({ indicator, measure }) => {
      const sum = sums.get(measure.code);
      const numerator = Number(sum?.numerator ?? 0);
      const denominator = Number(sum?.denominator ?? 0);
      const value = measureValue(measure.unit, numerator, denominator);
      const evaluation = evaluate(indicator.direction, indicator.bands, value);
      const trend = Array.from({ length: 12 }, (_, i) => {
        const month = `${args.year}-${pad(i + 1)}`;
        const r = monthly.find((m) => m.measure_code === measure.code && m.month === month);
        const v = r ? measureValue(measure.unit, Number(r.numerator), Number(r.denominator)) : null;
        return { month, value: v === null ? null : round(v) };
      });
      return {
        indicator,
        measure: toPerformanceMeasure(measure),
        numerator,
        denominator,
        value: value === null ? null : round(value),
        target: indicator.target,
        targetMet:
          value === null
            ? null
            : indicator.direction === Direction.HIGHER_IS_BETTER
              ? value >= indicator.target
              : value <= indicator.target,
        grade: evaluation?.grade ?? null,
        score: evaluation?.score ?? null,
        weight: indicator.weight,
        weightedScore: evaluation ? round((evaluation.score * indicator.weight) / 100) : null,
        trend,
      };
    });
    const weightTotal = round(
      active.reduce((s, i) => s + i.weight, 0),
      2,
    );
    const usable = Math.abs(weightTotal - 100) < EPSILON;
    return {
      scope: args.scope,
      scopeId: args.scopeId,
      scopeName,
      period: args.period,
      from,
      to,
      rows,
      weightTotal,
      problemKo: usable
        ? null
        : `활성 지표의 가중치 합이 ${weightTotal} 입니다. 100 이 되어야 종합 점수를 냅니다 (자동으로 비율을 맞추지 않습니다).`,
      problemEn: usable
        ? null
        : `The active indicators' weights sum to ${weightTotal}; they must sum to 100 for a total score (they are not rescaled).`,
      weightedTotal: usable
        ? round(
            rows.reduce((s, r) => s + (r.weightedScore ?? 0), 0),
            2,
          )
        : null,
      scoredWeight: round(
        rows.reduce((s, r) => s + (r.score === null ? 0 : r.weight), 0),
        2,
      ),
      refreshedAt,
    };
  }

  /** The cases behind one measure's number for a scope and period (the measure's own facts, live). */
  async drillDown(args: DrillDownArgs): Promise<Connection<PerformanceCase>> {
    const measure = this.measure(args.measureCode);
    const { from, to } = periodMonths(args.period, args.year, args.index);
    const range: TimeRange = monthsOf({ from, to }, 12);
    const sql = this.sql;
    await this.scopeName(sql, args.scope, args.scopeId);
    let after: DrillKey | null = null;
    if (args.after) {
      const [month, subjectId] = Cursor.decode(args.after, 2);
      if (
        typeof month !== 'string' ||
        !/^\d{4}-\d{2}$/.test(month) ||
        typeof subjectId !== 'string' ||
        !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(subjectId)
      )
        throw badInput(
          'after',
          '페이지 커서(after)가 올바르지 않습니다.',
          'The page cursor (after) is invalid.',
        );
      after = { month, subjectId };
    }
    const rows = await run(sql, Q.drillDown(measure, args.scope, args.scopeId, range, after, args.first + 1));
    const { n } = await runOne(sql, Q.drillCount(measure, args.scope, args.scopeId, range));
    return toConnection(
      rows,
      args.first,
      n,
      (r) => this.toCase(measure, r),
      (r) => [r.month, r.subject_id],
    );
  }

  /** The sums of every case behind the number: equal to the scorecard's numerator and denominator. */
  async drillDownTotals(args: DrillDownTotalsArgs): Promise<PerformanceDrillDownTotals> {
    const measure = this.measure(args.measureCode);
    const { from, to } = periodMonths(args.period, args.year, args.index);
    const sql = this.sql;
    await this.scopeName(sql, args.scope, args.scopeId);
    const range: TimeRange = monthsOf({ from, to }, 12);
    const totals = await runOne(sql, Q.drillCount(measure, args.scope, args.scopeId, range));
    return { cases: totals.n, numerator: Number(totals.numerator), denominator: Number(totals.denominator) };
  }

  private measure(code: string): Measure {
    const measure = this.catalogue.get(code);
    if (!measure)
      throw badInput(
        'measureCode',
        `측정항목 '${code}'은(는) 측정항목 목록에 없습니다.`,
        `Measure '${code}' is not in the measure catalogue.`,
      );
    return measure;
  }

  private toCase(measure: Measure, r: DrillRow): PerformanceCase {
    return {
      subject: measure.subject,
      id: r.subject_id,
      number: r.number,
      title: r.title,
      status: r.status,
      month: r.month,
      numerator: Number(r.numerator),
      denominator: Number(r.denominator),
      openedAt: r.opened_at,
      closedAt: r.closed_at,
    };
  }
}
