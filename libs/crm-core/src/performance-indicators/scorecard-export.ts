import { Inject, Injectable } from '@nestjs/common';
import {
  BackgroundJobs,
  RequestContexts,
  TenantDatabase,
  recordAudit,
  type Job,
  type JobContext,
} from '@pcrm/tenancy';
import { ExportFormat, toCsv, toXlsx, type ExportTable } from '../department-export';
import { ScorecardService } from './scorecard.service';
import type { Scorecard } from './scorecard.model';
import type { ScorecardArgs } from './scorecard.args';
import { MeasureUnit } from './measure';

export const SCORECARD_EXPORT_JOB = 'performance-scorecard-export';

export interface ScorecardExportParams {
  args: ScorecardArgs;
  format: ExportFormat;
}

const TYPE_KO = {
  EFFICIENCY: '효율성',
  PUBLIC_INTEREST: '공익성',
  SATISFACTION: '만족도',
  ADOPTION: '활용도',
};
const UNIT_KO: Record<MeasureUnit, string> = { PERCENT: '%', AVERAGE_PERCENT: '%', POINTS: '점' };
const text = (n: number | null) => (n === null ? '' : String(n));

/** A scorecard as the rows of the 직무성과계약 sheet: one per indicator, then the weighted total. */
export function scorecardTable(card: Scorecard): ExportTable {
  const rows = card.rows.map((r) => [
    r.indicator.code,
    r.indicator.nameKo,
    TYPE_KO[r.indicator.typeTag],
    r.measure.labelKo,
    UNIT_KO[r.measure.unit],
    text(r.weight),
    text(r.target),
    text(r.numerator),
    text(r.denominator),
    text(r.value),
    r.grade ?? '',
    text(r.score),
    text(r.weightedScore),
  ]);
  const total = [
    '합계',
    card.problemKo ?? '',
    '',
    '',
    '',
    text(card.weightTotal),
    '',
    '',
    '',
    '',
    '',
    '',
    text(card.weightedTotal),
  ];
  return {
    header: [
      '지표코드',
      '지표명',
      '유형',
      '측정항목',
      '단위',
      '가중치',
      '목표',
      '분자',
      '분모',
      '값',
      '등급',
      '점수',
      '가중점수',
    ],
    widths: [24, 28, 10, 28, 6, 8, 8, 10, 10, 10, 6, 8, 10],
    rows: [...rows, total],
  };
}

const stamp = (d: Date): string => d.toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');

/** Exports one scorecard to XLSX or CSV as a background job (the same numbers as the screen, from roll-ups). */
@Injectable()
export class ScorecardExportService {
  constructor(
    @Inject(TenantDatabase) private readonly db: TenantDatabase,
    @Inject(BackgroundJobs) private readonly jobs: BackgroundJobs,
    @Inject(ScorecardService) private readonly scorecards: ScorecardService,
  ) {}

  /** Checks the scorecard can be made (scope found, period valid) before queueing it. */
  async start(args: ScorecardArgs, format: ExportFormat): Promise<Job> {
    await this.scorecards.scorecard(args);
    const { scope, scopeId, period, year, index } = args;
    return this.jobs.enqueue<ScorecardExportParams>(SCORECARD_EXPORT_JOB, {
      args: { scope, scopeId, period, year, index },
      format,
    });
  }

  async run(params: ScorecardExportParams, job: JobContext): Promise<void> {
    const card = await this.scorecards.scorecard(params.args);
    const table = scorecardTable(card);
    const file = params.format === ExportFormat.CSV ? toCsv(table) : await toXlsx(table, '성과평가표');
    const { principal } = RequestContexts.require();
    const fileName = `성과평가표-${card.scopeName}-${card.from}-${card.to}-${stamp(new Date())}.${file.extension}`;
    await job.saveFile({ fileName, contentType: file.contentType, content: file.content });
    await recordAudit(this.db.request(), {
      action: 'export',
      entity: 'performance_scorecard_export',
      entityId: job.jobId,
      after: { ...params, fileName, requestedBy: principal.username, bytes: file.content.length },
    });
  }
}
