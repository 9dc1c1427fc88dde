import { Field, ObjectType } from '@nestjs/graphql';
import type { Connection } from '@pcrm/tenancy';
import { PerformanceCase, PerformanceCaseConnection, PerformanceDrillDownTotals } from './scorecard.model';

@ObjectType({ description: '지표 숫자 뒤의 건 목록과 그 전체 합계 (합계 = 평가표의 분자·분모)' })
export class PerformanceDrillDown {
  @Field(() => PerformanceCaseConnection)
  cases!: Connection<PerformanceCase>;
  @Field(() => PerformanceDrillDownTotals)
  totals!: PerformanceDrillDownTotals;
}
