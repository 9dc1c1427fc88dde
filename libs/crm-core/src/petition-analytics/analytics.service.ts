import { Inject, Injectable } from '@nestjs/common';
import { maskPersonalData } from '@pcrm/access';
import {
  Cursor,
  RequestContexts,
  TenantDatabase,
  badInput,
  run,
  runOne,
  toConnection,
  type Connection,
} from '@pcrm/tenancy';
import { HandlingClass, VocStatus } from '../petitions';
import {
  AnalyticsQueries as Q,
  type BacklogFilter,
  type BacklogKey,
  type BacklogRow,
  type ProcessingCountsRow,
  type ReductionCountsRow,
  type RepeatHistogramRow,
} from './analytics.sql';
import type {
  BacklogItem,
  BacklogSummary,
  ConcentrationPoint,
  ProcessingTimeReport,
  ProcessingTimeRow,
  ProcessingReductionRow,
  RepeatPetitionReport,
  RepeatPetitioner,
  RepeatStats,
} from './analytics.model';
import type {
  BacklogArgs,
  BacklogFilterArgs,
  ProcessingReductionArgs,
  ProcessingTimeArgs,
  RepeatPetitionArgs,
} from './analytics.args';
import { monthsOf, yearBefore } from './month-range';

/** Longest range of one report: two years of months. */
const MAX_MONTHS = 24;
const DAY = 86_400_000;
/** The top shares of the concentration curve; 36 % is the share Busan reported (36 % → 73 %). */
const TOP_SHARES = [0.01, 0.05, 0.1, 0.2, 0.36, 0.5];
/** A petitioner with this many petitions in the range is chronic (고질 민원인); two or more is a repeat. */
const CHRONIC = 5;

const share = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

/** Repeat measures and the concentration curve from a histogram of petitions per petitioner. */
function repeatStats(
  handlingClass: HandlingClass | null,
  histogram: readonly RepeatHistogramRow[],
): RepeatStats {
  const rows = [...histogram].sort((a, b) => b.n - a.n);
  const petitioners = rows.reduce((s, r) => s + r.customers, 0);
  const petitions = rows.reduce((s, r) => s + r.n * r.customers, 0);
  const sumWhere = (min: number, f: (r: RepeatHistogramRow) => number) =>
    rows.filter((r) => r.n >= min).reduce((s, r) => s + f(r), 0);
  const concentration: ConcentrationPoint[] = TOP_SHARES.map((topShare) => {
    const top = Math.ceil(topShare * petitioners);
    let left = top;
    let filed = 0;
    for (const r of rows) {
      const take = Math.min(left, r.customers);
      filed += take * r.n;
      left -= take;
      if (!left) break;
    }
    return { topShare, petitioners: top, petitionShare: share(filed, petitions) ?? 0 };
  });
  return {
    handlingClass,
    petitioners,
    petitions,
    repeatPetitioners: sumWhere(2, (r) => r.customers),
    repeatShare:
      share(
        sumWhere(2, (r) => r.customers),
        petitioners,
      ) ?? 0,
    repeatPetitionShare:
      share(
        sumWhere(2, (r) => r.n * r.customers),
        petitions,
      ) ?? 0,
    chronicPetitioners: sumWhere(CHRONIC, (r) => r.customers),
    chronicPetitionShare:
      share(
        sumWhere(CHRONIC, (r) => r.n * r.customers),
        petitions,
      ) ?? 0,
    concentration,
  };
}

const DUE_KEY = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The (due date, id) key a backlog cursor carries; anything else is the caller's error. */
function backlogKey(cursor: string): BacklogKey {
  const [dueAt, id] = Cursor.decode(cursor, 2);
  if (
    typeof dueAt === 'string' &&
    DUE_KEY.test(dueAt) &&
    !Number.isNaN(Date.parse(dueAt)) &&
    typeof id === 'string' &&
    UUID.test(id)
  )
    return { dueAt, id };
  throw badInput('after', '페이지 커서(after)가 올바르지 않습니다.', 'The page cursor (after) is invalid.');
}

/** Managers' petition analytics (issue 8 #8): processing time, repeat petitioners, backlog. */
@Injectable()
export class PetitionAnalyticsService {
  constructor(@Inject(TenantDatabase) private readonly db: TenantDatabase) {}

  async processingTimes(args: ProcessingTimeArgs): Promise<ProcessingTimeReport> {
    const current = monthsOf(args, MAX_MONTHS);
    const previous = monthsOf(args, MAX_MONTHS, 1);
    const sql = this.db.request();
    const [counts, names] = await Promise.all([
      run(sql, Q.processingTimes(args.groupBy, current, previous)),
      args.groupBy === 'CLASS' ? Promise.resolve([]) : run(sql, Q.departmentNames()),
    ]);
    const nameOf = new Map(names.map((d) => [d.id, d.name]));
    const cell = (r: ProcessingCountsRow) => `${r.grouping}|${r.key ?? ''}|${r.month ?? ''}`;
    const before = new Map(counts.filter((r) => r.period === 'PREVIOUS').map((r) => [cell(r), r]));
    const rows: ProcessingTimeRow[] = counts
      .filter((r) => r.period === 'CURRENT')
      .map((r) => {
        const prior = before.get(cell({ ...r, month: r.month && yearBefore(r.month) }));
        const averageDays = share(r.total_days, r.finished);
        const previousAverageDays = prior ? share(prior.total_days, prior.finished) : null;
        return {
          key: r.grouping & 2 ? null : r.key,
          label: r.grouping & 2 || r.key === null ? null : (nameOf.get(r.key) ?? r.key),
          month: r.grouping & 1 ? null : r.month,
          finished: r.finished,
          averageDays,
          withinTargetShare: share(r.within_target, r.finished),
          withinStatutoryShare: share(r.within_statutory, r.finished),
          previousFinished: prior?.finished ?? 0,
          previousAverageDays,
          reductionRate:
            previousAverageDays && averageDays !== null
              ? (previousAverageDays - averageDays) / previousAverageDays
              : null,
        };
      });
    return { groupBy: args.groupBy, months: current.list, rows };
  }

  /**
   * Busan's processing-time reduction: every bureau × department × class × month cell of the range with its
   * average days against the same cell a year before, filtered, in pages of cells.
   */
  async processingReduction(args: ProcessingReductionArgs): Promise<Connection<ProcessingReductionRow>> {
    const current = monthsOf(args, MAX_MONTHS);
    const previous = monthsOf(args, MAX_MONTHS, 1);
    let offset = 0;
    if (args.after) {
      const [n] = Cursor.decode(args.after, 1);
      if (typeof n !== 'number' || !Number.isInteger(n) || n < 1)
        throw badInput(
          'after',
          '페이지 커서(after)가 올바르지 않습니다.',
          'The page cursor (after) is invalid.',
        );
      offset = n;
    }
    const sql = this.db.request();
    const [counts, names] = await Promise.all([
      run(sql, Q.processingReduction(current, previous)),
      run(sql, Q.departmentNames()),
    ]);
    const nameOf = new Map(names.map((d) => [d.id, d.name]));
    const key = (r: ReductionCountsRow, month: string) =>
      `${r.bureau_id ?? ''}|${r.department_id ?? ''}|${r.handling_class}|${month}`;
    const before = new Map(counts.filter((r) => r.period === 'PREVIOUS').map((r) => [key(r, r.month), r]));
    const cells = counts
      .filter((r) => r.period === 'CURRENT')
      .filter(
        (r) =>
          (!args.bureauId || r.bureau_id === args.bureauId) &&
          (!args.departmentId || r.department_id === args.departmentId) &&
          (!args.handlingClass || r.handling_class === args.handlingClass),
      )
      .map((r, i): [number, ProcessingReductionRow] => {
        const prior = before.get(key(r, yearBefore(r.month)));
        const averageDays = r.total_days / r.finished;
        const previousAverageDays = prior ? prior.total_days / prior.finished : null;
        return [
          i + 1,
          {
            bureauId: r.bureau_id,
            bureauName: r.bureau_id ? (nameOf.get(r.bureau_id) ?? null) : null,
            departmentId: r.department_id,
            departmentName: r.department_id ? (nameOf.get(r.department_id) ?? null) : null,
            handlingClass: r.handling_class as HandlingClass,
            month: r.month,
            finished: r.finished,
            averageDays,
            previousFinished: prior?.finished ?? 0,
            previousAverageDays,
            reductionRate: previousAverageDays
              ? (previousAverageDays - averageDays) / previousAverageDays
              : null,
          },
        ];
      });
    return toConnection(
      cells.slice(offset, offset + args.first + 1),
      args.first,
      cells.length,
      ([, row]) => row,
      ([n]) => [n],
    );
  }

  async repeatPetitions(args: RepeatPetitionArgs): Promise<RepeatPetitionReport> {
    const range = monthsOf(args, MAX_MONTHS);
    const sql = this.db.request();
    const [histogram, anonymous, top] = await Promise.all([
      run(sql, Q.repeatHistogram(range)),
      runOne(sql, Q.anonymousPetitions(range)),
      run(sql, Q.topPetitioners(range, args.handlingClass ?? null, args.top)),
    ]);
    const of = (c: string | null) => histogram.filter((r) => r.handling_class === c);
    const { roles } = RequestContexts.require().principal;
    return {
      from: args.from,
      to: args.to,
      anonymousPetitions: anonymous.n,
      overall: repeatStats(null, of(null)),
      byClass: Object.values(HandlingClass)
        .map((c) => repeatStats(c, of(c)))
        .filter((s) => s.petitioners > 0),
      top: top.map((t) =>
        maskPersonalData<RepeatPetitioner>(
          'RepeatPetitioner',
          {
            id: t.id,
            customerNo: Number(t.customer_no),
            name: t.name,
            petitions: t.petitions,
            open: t.open,
            lastReceivedAt: t.last_received_at,
            classes: t.classes as HandlingClass[],
          },
          roles,
        ),
      ),
    };
  }

  private backlogFilter(args: BacklogFilterArgs): BacklogFilter {
    return { overdueOnly: args.overdueOnly, departmentId: args.departmentId ?? null, now: new Date() };
  }

  async backlog(args: BacklogArgs): Promise<Connection<BacklogItem>> {
    const filter = this.backlogFilter(args);
    const after = args.after ? backlogKey(args.after) : null;
    const sql = this.db.request();
    const [rows, counts] = await Promise.all([
      run(sql, Q.backlogPage(filter, after, args.first + 1)),
      runOne(sql, Q.backlogCounts(filter)),
    ]);
    const now = filter.now.getTime();
    const toItem = (r: BacklogRow): BacklogItem => ({
      id: r.id,
      receiptNo: r.receipt_no,
      title: r.title,
      status: r.status as VocStatus,
      handlingClass: r.handling_class as HandlingClass,
      receivedAt: r.received_at,
      dueAt: r.due_at,
      targetDueAt: r.target_due_at,
      departmentId: r.department_id,
      departmentName: r.department_name,
      officerName: r.officer_name,
      overdue: r.due_at.getTime() < now,
      overdueDays: Math.max(0, (now - r.due_at.getTime()) / DAY),
    });
    return toConnection(rows, args.first, counts.open, toItem, (r) => [r.due_key, r.id]);
  }

  async backlogSummary(args: BacklogFilterArgs): Promise<BacklogSummary> {
    const counts = await runOne(this.db.request(), Q.backlogCounts(this.backlogFilter(args)));
    return { open: counts.open, overdue: counts.overdue, atRisk: counts.at_risk };
  }
}
