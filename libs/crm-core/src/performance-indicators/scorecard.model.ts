import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@pcrm/tenancy';
import { MeasureSubject, ScopeKind } from './measure';
import { IndicatorPeriod, PerformanceIndicator, PerformanceMeasure } from './indicator.model';

@ObjectType({ description: '월별 추이의 한 점' })
export class ScorecardTrendPoint {
  @Field({ description: 'YYYY-MM' })
  month!: string;
  @Field(() => Float, { nullable: true, description: '그 달의 값 (센 건이 없으면 null)' })
  value!: number | null;
}

@ObjectType({ description: '평가표의 한 지표' })
export class ScorecardRow {
  @Field(() => PerformanceIndicator)
  indicator!: PerformanceIndicator;
  @Field(() => PerformanceMeasure)
  measure!: PerformanceMeasure;
  @Field(() => Float, { description: '분자 (기간 합계)' })
  numerator!: number;
  @Field(() => Float, { description: '분모 (기간 합계, 센 건수)' })
  denominator!: number;
  @Field(() => Float, { nullable: true, description: '값 (백분율 또는 점수); 센 건이 없으면 null' })
  value!: number | null;
  @Field(() => Float)
  target!: number;
  @Field(() => Boolean, { nullable: true, description: '목표 달성 여부 (방향 반영); 값이 없으면 null' })
  targetMet!: boolean | null;
  @Field(() => String, { nullable: true })
  grade!: string | null;
  @Field(() => Float, { nullable: true })
  score!: number | null;
  @Field(() => Float)
  weight!: number;
  @Field(() => Float, { nullable: true, description: '가중 점수 = 점수 × 가중치 / 100' })
  weightedScore!: number | null;
  @Field(() => [ScorecardTrendPoint], { description: '그 해 1–12월 추이' })
  trend!: ScorecardTrendPoint[];
}

@ObjectType({ description: '부서·담당자 성과 평가표 (롤업에서만 읽음)' })
export class Scorecard {
  @Field(() => ScopeKind)
  scope!: ScopeKind;
  @Field(() => ID)
  scopeId!: string;
  @Field()
  scopeName!: string;
  @Field(() => IndicatorPeriod)
  period!: IndicatorPeriod;
  @Field({ description: '기간의 첫 달 (YYYY-MM)' })
  from!: string;
  @Field({ description: '기간의 마지막 달 (YYYY-MM)' })
  to!: string;
  @Field(() => [ScorecardRow])
  rows!: ScorecardRow[];
  @Field(() => Float, { description: '활성 지표 가중치 합계 (100 이어야 종합 점수를 냄)' })
  weightTotal!: number;
  @Field(() => String, {
    nullable: true,
    description: '종합 점수를 낼 수 없는 이유 (가중치 합이 100이 아님)',
  })
  problemKo!: string | null;
  @Field(() => String, { nullable: true })
  problemEn!: string | null;
  @Field(() => Float, {
    nullable: true,
    description: '종합 점수 = Σ 가중 점수 (값이 없는 지표는 0); 가중치 합이 100이 아니면 null',
  })
  weightedTotal!: number | null;
  @Field(() => Float, { description: '값이 있어 점수를 낸 지표의 가중치 합' })
  scoredWeight!: number;
  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: '이 평가표가 읽은 롤업의 마지막 갱신 시각',
  })
  refreshedAt!: Date | null;
}

@ObjectType({ description: '지표 숫자 뒤의 건 (민원 또는 과업)' })
export class PerformanceCase {
  @Field(() => MeasureSubject)
  subject!: MeasureSubject;
  @Field(() => ID)
  id!: string;
  @Field({ description: '접수번호 또는 과업 관리번호' })
  number!: string;
  @Field()
  title!: string;
  @Field()
  status!: string;
  @Field({ description: '이 건이 계산된 달 (YYYY-MM)' })
  month!: string;
  @Field(() => Float, { description: '이 건이 분자에 더한 값' })
  numerator!: number;
  @Field(() => Float, { description: '이 건이 분모에 더한 값' })
  denominator!: number;
  @Field(() => GraphQLISODateTime, { description: '접수 또는 등록 시각' })
  openedAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true })
  closedAt!: Date | null;
}

export const PerformanceCaseConnection = ConnectionType(PerformanceCase, 'PerformanceCase');

@ObjectType({ description: '드릴다운 합계: 목록 전체의 분자·분모 (평가표의 숫자와 같음)' })
export class PerformanceDrillDownTotals {
  @Field(() => Int)
  cases!: number;
  @Field(() => Float)
  numerator!: number;
  @Field(() => Float)
  denominator!: number;
}
