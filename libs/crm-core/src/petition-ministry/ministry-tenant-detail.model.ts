import { ArgsType, Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Matches } from 'class-validator';
import { TENANT_CODE_PATTERN, say } from '@pcrm/tenancy';
import { MonthRangeArgs } from '../petition-analytics';
import { MinistryCell, MinistryPopulation, MinistryTenant, MinistryReport } from './ministry.model';
import { EquityDimension, MinistryEquityGap } from './ministry-equity.model';
import { MinistryTenantConformance } from './ministry-conformance.model';

@ArgsType()
export class MinistryTenantDetailArgs extends MonthRangeArgs {
  @Field(() => ID, { description: '시·도 코드 (예: busan)' })
  @Matches(
    TENANT_CODE_PATTERN,
    say(
      'tenantId 는 시·도 코드여야 합니다 (영문 소문자로 시작하는 2~31자의 영문 소문자·숫자·하이픈, 예: busan).',
      'tenantId must be a tenant code (2–31 lowercase letters, digits or hyphens starting with a letter, e.g. busan).',
    ),
  )
  tenantId!: string;
}

@ObjectType({ description: '한 시·도의 그 달 그 지표: 값과 순위, 옆에 전국 중앙값 (시·도 비교의 같은 칸)' })
export class MinistryTenantMeasure extends MinistryCell {
  @Field(() => Float, {
    nullable: true,
    description: '그 달 그 지표의 전국 중앙값 (공개된 시·도 값의 중앙값)',
  })
  nationalMedian!: number | null;

  @Field(() => Int, { description: '그 달 그 지표의 값이 공개된 시·도 수 (순위의 모수)' })
  rankedTenants!: number;
}

@ObjectType({ description: '한 시·도의 그 달 그 지표 집단 간 격차와 전국 중앙 격차 (형평성 비교의 같은 칸)' })
export class MinistryTenantEquityGap extends MinistryEquityGap {
  @Field(() => EquityDimension)
  dimension!: EquityDimension;

  @Field(() => Float, { nullable: true, description: '그 달 그 지표 격차의 전국 중앙값' })
  nationalMedian!: number | null;

  @Field(() => Int, { description: '격차가 공개된 시·도 수 (순위의 모수)' })
  rankedTenants!: number;
}

@ObjectType({ description: '한 시·도의 표준 준수와 전국 비교' })
export class MinistryTenantConformanceSummary {
  @Field(() => Int, { description: '최신 표준 모델 판' })
  latestVersion!: number;

  @Field(() => Float, { nullable: true, description: '준수율의 전국 중앙값' })
  medianScore!: number | null;

  @Field(() => Int, { description: '준수 요약을 게시한 시·도 수 (순위의 모수)' })
  rankedTenants!: number;

  @Field(() => MinistryTenantConformance, {
    nullable: true,
    description: '이 시·도가 게시한 준수 요약; 아직 게시하지 않았으면 null',
  })
  own!: MinistryTenantConformance | null;
}

@ObjectType({
  description:
    '시·도 상세 (중앙부처 분석가; 집계값만): 인구, 월별 지표와 순위·전국 중앙값, 형평성 격차, 표준 준수',
})
export class MinistryTenantDetail extends MinistryReport {
  @Field(() => MinistryTenant)
  tenant!: MinistryTenant;

  @Field(() => [MinistryPopulation], { description: '이 시·도의 인구 (연도순, 출처와 함께)' })
  populations!: MinistryPopulation[];

  @Field(() => [MinistryTenantMeasure], { description: '월 × 지표 (시·도 비교와 같은 값·순위)' })
  measures!: MinistryTenantMeasure[];

  @Field(() => [MinistryTenantEquityGap], {
    description: '구분 × 월 × 지표의 집단 간 격차 (형평성 비교와 같은 값)',
  })
  equityGaps!: MinistryTenantEquityGap[];

  @Field(() => MinistryTenantConformanceSummary)
  conformance!: MinistryTenantConformanceSummary;
}
