import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { MinistryTenant } from './ministry.model';

@ObjectType({ description: '영역별 표준 요소 수와 차이 건수' })
export class MinistryConformanceArea {
  @Field({ description: '영역 (CUSTOM_FIELD, CATEGORY, PERIOD, SETTING, WORKFLOW, TERMINOLOGY)' })
  area!: string;

  @Field(() => Int, { description: '표준 요소 수' })
  standardCount!: number;

  @Field(() => Int)
  unchanged!: number;

  @Field(() => Int, { description: '바꾼 표준 요소 수' })
  changed!: number;

  @Field(() => Int, { description: '끄거나 없앤 표준 요소 수' })
  disabled!: number;

  @Field(() => Int, { description: '시·도가 더한 요소 수 (표준에 없음)' })
  added!: number;
}

@ObjectType({ description: '한 시·도의 표준 준수 요약 (게시된 값; 요소 내용 없음)' })
export class MinistryTenantConformance {
  @Field(() => ID)
  tenantId!: string;

  @Field(() => Int, { description: '운영 중인 표준 모델 판' })
  standardVersion!: number;

  @Field(() => Float, { description: '준수율: 바꾸지 않은 표준 요소 ÷ 모든 표준 요소 (0–1)' })
  score!: number;

  @Field(() => Int, { description: '준수율 순위 (1 = 가장 높음)' })
  rank!: number;

  @Field(() => Int)
  standardElements!: number;

  @Field(() => Int)
  unchangedElements!: number;

  @Field(() => [MinistryConformanceArea])
  areas!: MinistryConformanceArea[];

  @Field(() => GraphQLISODateTime)
  refreshedAt!: Date;
}

@ObjectType({ description: '시·도별 표준 준수 비교 (중앙부처 분석가; 개인정보 없음)' })
export class MinistryConformance {
  @Field(() => Int, { description: '최신 표준 모델 판' })
  latestVersion!: number;

  @Field(() => [MinistryTenant])
  tenants!: MinistryTenant[];

  @Field(() => [MinistryTenantConformance], { description: '요약을 게시한 시·도 (순위순)' })
  rows!: MinistryTenantConformance[];

  @Field(() => Float, { nullable: true, description: '준수율의 전국 중앙값' })
  medianScore!: number | null;
}
