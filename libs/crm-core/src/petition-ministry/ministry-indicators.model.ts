import { ArgsType, Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, IsOptional, Matches } from 'class-validator';
import { say } from '@pcrm/tenancy';
import { MonthRangeArgs } from '../petition-analytics';
import { Direction, MeasureUnit, ScopeKind } from '../performance-indicators';
import { MinistryPopulation, MinistryTenant, MinistryReport } from './ministry.model';

@ArgsType()
export class MinistryIndicatorArgs extends MonthRangeArgs {
  @Field(() => [String], {
    nullable: true,
    description: '비교할 표준 성과지표 코드 (없으면 전부); 시·도 고유 지표나 모르는 코드는 거부',
  })
  @IsOptional()
  @ArrayMaxSize(
    20,
    say('indicatorCodes 는 20개까지 줄 수 있습니다.', 'indicatorCodes takes at most 20 codes.'),
  )
  @Matches(/^[A-Z][A-Z0-9_]{0,39}$/, {
    each: true,
    ...say(
      'indicatorCodes 의 각 코드는 영문 대문자·숫자·밑줄 40자 이내여야 합니다.',
      'Each of indicatorCodes must be up to 40 capital letters, digits or underscores.',
    ),
  })
  indicatorCodes?: string[] | null;
}

@ObjectType({ description: '한 시·도의 한 달 값 (추이; 5건 미만이면 값 없음)' })
export class MinistryIndicatorMonth {
  @Field({ description: '월 (YYYY-MM)' })
  month!: string;

  @Field(() => Float, { nullable: true })
  value!: number | null;

  @Field(() => Float, { nullable: true })
  numerator!: number | null;

  @Field(() => Float, { nullable: true, description: '분모 (이 지표들에서는 대상 건수)' })
  denominator!: number | null;

  @Field({ description: '그 달 대상이 5건 미만이라 공개하지 않음' })
  suppressed!: boolean;
}

@ObjectType({ description: '한 표준 성과지표의 한 시·도 값 (기간 전체: 공개된 달의 분자 합 ÷ 분모 합)' })
export class MinistryIndicatorTenantValue {
  @Field(() => ID)
  tenantId!: string;

  @Field(() => Float, { nullable: true, description: '기간 값 (비율 지표는 %, 점수 지표는 1–5점)' })
  value!: number | null;

  @Field(() => Float, { nullable: true })
  numerator!: number | null;

  @Field(() => Float, { nullable: true, description: '분모 합 (대상 건수)' })
  denominator!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: '주민 1,000명당 대상 건수 (분모 × 1000 ÷ 기간 마지막 달 연도의 인구)',
  })
  casesPer1000!: number | null;

  @Field(() => Int, { nullable: true, description: '순위 (1 = 지표 방향으로 가장 좋음)' })
  rank!: number | null;

  @Field({ description: '대상이 있었으나 공개된 달이 하나도 없음 (모든 달이 5건 미만)' })
  suppressed!: boolean;

  @Field(() => Int, { description: '5건 미만이라 기간 값에서 빠진 달 수' })
  suppressedMonths!: number;

  @Field({
    description: '이 시·도가 이 지표의 목표·등급 구간을 재정의함 (자체 등급에만 영향; 비교 값은 같은 정의)',
  })
  overridden!: boolean;

  @Field(() => [MinistryIndicatorMonth])
  trend!: MinistryIndicatorMonth[];
}

@ObjectType({ description: '공개된 시·도 값의 분포 (최소, 사분위, 최대)' })
export class MinistryIndicatorDistribution {
  @Field(() => Float, { nullable: true })
  min!: number | null;

  @Field(() => Float, { nullable: true, description: '1사분위' })
  q1!: number | null;

  @Field(() => Float, { nullable: true, description: '중앙값 (전국 중앙값)' })
  median!: number | null;

  @Field(() => Float, { nullable: true, description: '3사분위' })
  q3!: number | null;

  @Field(() => Float, { nullable: true })
  max!: number | null;

  @Field(() => Int, { description: '분포에 들어간 시·도 수' })
  tenants!: number;
}

@ObjectType({ description: '한 표준 성과지표의 시·도 비교' })
export class MinistryIndicator {
  @Field()
  code!: string;

  @Field()
  nameKo!: string;

  @Field()
  nameEn!: string;

  @Field()
  measureCode!: string;

  @Field(() => ScopeKind, { description: '표준 평가표에서의 대상 (값은 시·도 전체)' })
  scope!: ScopeKind;

  @Field(() => MeasureUnit)
  unit!: MeasureUnit;

  @Field(() => Direction)
  direction!: Direction;

  @Field(() => [MinistryIndicatorTenantValue], { description: '시·도별 값 (순위순, 값 없는 시·도는 끝)' })
  tenants!: MinistryIndicatorTenantValue[];

  @Field(() => MinistryIndicatorDistribution)
  distribution!: MinistryIndicatorDistribution;

  @Field(() => Float, { nullable: true, description: '전국 중앙값 (공개된 시·도 기간 값의 중앙값)' })
  nationalMedian!: number | null;
}

@ObjectType({ description: '시·도 고유 성과지표 (설정만; 비교하지 않음)' })
export class MinistryTenantIndicator {
  @Field(() => ID)
  tenantId!: string;

  @Field()
  code!: string;

  @Field()
  nameKo!: string;

  @Field()
  nameEn!: string;

  @Field()
  measureCode!: string;

  @Field(() => ScopeKind)
  scope!: ScopeKind;

  @Field()
  active!: boolean;

  @Field(() => Int, { description: '최신 판' })
  version!: number;
}

@ObjectType({ description: '표준 성과지표의 시·도 비교 (중앙부처 분석가; 개인정보 없음)' })
export class MinistryIndicatorComparison extends MinistryReport {
  @Field(() => [MinistryTenant])
  tenants!: MinistryTenant[];

  @Field(() => [MinistryPopulation], {
    description: '시·도별 인구 (주민 1,000명당 건수의 분모; 그 달의 연도 이전 가장 최근 수치)',
  })
  populations!: MinistryPopulation[];

  @Field(() => [MinistryIndicator])
  indicators!: MinistryIndicator[];

  @Field(() => [MinistryTenantIndicator], { description: '시·도 고유 지표 (표준과 따로; 비교 대상 아님)' })
  tenantIndicators!: MinistryTenantIndicator[];
}
