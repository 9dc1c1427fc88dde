import { ArgsType, Field, ObjectType } from '@nestjs/graphql';
import { IsEnum } from 'class-validator';
import { say } from '@pcrm/tenancy';
import { ExportFormat, toCsv, toXlsx, type ExportTable } from '../department-export';
import { MonthRangeArgs } from '../petition-analytics';
import { MinistryMeasure, type MinistryComparison } from './ministry.model';

@ArgsType()
export class MinistryExportArgs extends MonthRangeArgs {
  @Field(() => ExportFormat)
  @IsEnum(ExportFormat, say('형식은 XLSX 또는 CSV 여야 합니다.', 'format must be XLSX or CSV.'))
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

export async function comparisonFile(
  c: MinistryComparison,
  format: ExportFormat,
): Promise<MinistryExportFile> {
  const table = comparisonTable(c);
  const file = format === ExportFormat.XLSX ? await toXlsx(table, '시·도 비교') : toCsv(table);
  return {
    filename: `ministry-comparison-${c.from}-${c.to}.${file.extension}`,
    contentType: file.contentType,
    base64: file.content.toString('base64'),
  };
}
