import { ArgsType, Field, ObjectType } from '@nestjs/graphql';
import { IsEnum } from 'class-validator';
import { say } from '@pcrm/tenancy';
import { ExportFormat, toCsv, toXlsx, type ExportTable } from '../department-export';
import { MonthRangeArgs } from '../petition-analytics';
import { MinistryMeasure, type MinistryComparison } from './ministry.model';
import { MinistryIndicatorArgs, type MinistryIndicatorComparison } from './ministry-indicators.model';

const FORMAT = say('형식은 XLSX 또는 CSV 여야 합니다.', 'format must be XLSX or CSV.');

@ArgsType()
export class MinistryExportArgs extends MonthRangeArgs {
  @Field(() => ExportFormat)
  @IsEnum(ExportFormat, FORMAT)
  format!: ExportFormat;
}

@ArgsType()
export class MinistryIndicatorExportArgs extends MinistryIndicatorArgs {
  @Field(() => ExportFormat)
  @IsEnum(ExportFormat, FORMAT)
  format!: ExportFormat;
}

@ObjectType({ description: '내려받을 파일 (집계값만)' })
export class MinistryExportFile {
  @Field()
  filename!: string;

  @Field()
  contentType!: string;

  @Field({ description: '파일 내용 (base64)' })
  base64!: string;
}

const MEASURE_KO: Record<MinistryMeasure, string> = {
  [MinistryMeasure.RECEIVED]: '접수 건수',
  [MinistryMeasure.RECEIVED_PER_1000]: '주민 1,000명당 접수 건수',
  [MinistryMeasure.WITHIN_TARGET]: '목표기한 내 처리율',
  [MinistryMeasure.WITHIN_STATUTORY]: '법정기한 내 처리율',
  [MinistryMeasure.MEDIAN_DAYS]: '처리일수 중앙값',
  [MinistryMeasure.SPEED]: '만족도: 신속',
  [MinistryMeasure.KINDNESS]: '만족도: 친절',
  [MinistryMeasure.FAIRNESS]: '만족도: 공정',
  [MinistryMeasure.CONVENIENCE]: '만족도: 편이',
};

const text = (v: number | null) => (v === null ? '' : String(Math.round(v * 10_000) / 10_000));

/** The comparison as one table: a row per tenant, month and measure, with rank and the national median. */
export function comparisonTable(c: MinistryComparison): ExportTable {
  const names = new Map(c.tenants.map((t) => [t.id, t.nameKo]));
  const medians = new Map(c.medians.map((m) => [`${m.month}|${m.measure}`, m.value]));
  return {
    header: ['기관코드', '기관명', '기준월', '지표', '값', '순위', '비공개(5건 미만)', '전국 중앙값'],
    widths: [12, 20, 10, 24, 12, 8, 16, 12],
    rows: c.cells.map((cell) => [
      cell.tenantId,
      names.get(cell.tenantId) ?? cell.tenantId,
      cell.month,
      MEASURE_KO[cell.measure],
      text(cell.value),
      cell.rank === null ? '' : String(cell.rank),
      cell.suppressed ? '예' : '',
      text(medians.get(`${cell.month}|${cell.measure}`) ?? null),
    ]),
  };
}

/**
 * The indicator comparison as one table: per indicator and tenant a row for the whole period (with rank and
 * the national median), then one per month of its trend.
 */
export function indicatorTable(c: MinistryIndicatorComparison): ExportTable {
  const names = new Map(c.tenants.map((t) => [t.id, t.nameKo]));
  const period = `${c.from}~${c.to}`;
  return {
    header: [
      '지표코드',
      '지표명',
      '기관코드',
      '기관명',
      '기간·월',
      '분자',
      '분모(건수)',
      '값',
      '주민 1,000명당 건수',
      '순위',
      '비공개(5건 미만)',
      '전국 중앙값',
      '목표·등급 재정의',
    ],
    widths: [26, 28, 12, 20, 18, 12, 12, 12, 14, 8, 16, 12, 14],
    rows: c.indicators.flatMap((indicator) =>
      indicator.tenants.flatMap((v) => {
        const lead = [indicator.code, indicator.nameKo, v.tenantId, names.get(v.tenantId) ?? v.tenantId];
        return [
          [
            ...lead,
            period,
            text(v.numerator),
            text(v.denominator),
            text(v.value),
            text(v.casesPer1000),
            v.rank === null ? '' : String(v.rank),
            v.suppressed ? '예' : '',
            text(indicator.nationalMedian),
            v.overridden ? '예' : '',
          ],
          ...v.trend.map((m) => [
            ...lead,
            m.month,
            text(m.numerator),
            text(m.denominator),
            text(m.value),
            '',
            '',
            m.suppressed ? '예' : '',
            '',
            '',
          ]),
        ];
      }),
    ),
  };
}

/** A ministry table as a CSV or XLSX file (the exports' shared writers). */
async function tableFile(
  table: ExportTable,
  sheet: string,
  name: string,
  format: ExportFormat,
): Promise<MinistryExportFile> {
  const file = format === ExportFormat.XLSX ? await toXlsx(table, sheet) : toCsv(table);
  return {
    filename: `${name}.${file.extension}`,
    contentType: file.contentType,
    base64: file.content.toString('base64'),
  };
}

export const comparisonFile = (c: MinistryComparison, format: ExportFormat) =>
  tableFile(comparisonTable(c), '시·도 비교', `ministry-comparison-${c.from}-${c.to}`, format);

export const indicatorFile = (c: MinistryIndicatorComparison, format: ExportFormat) =>
  tableFile(indicatorTable(c), '표준 성과지표 비교', `ministry-indicators-${c.from}-${c.to}`, format);
