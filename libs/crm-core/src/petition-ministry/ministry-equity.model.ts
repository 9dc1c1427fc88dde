import { ArgsType, Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEnum } from 'class-validator';
import { say } from '@pcrm/tenancy';
import { MonthRangeArgs } from '../petition-analytics';
import { MinistryTenant, MinistryReport } from './ministry.model';

/** How the cases of a tenant are divided for the equity view (docs/adr/0019 "Equity"). */
export enum EquityDimension {
  CHANNEL = 'CHANNEL',
  AGE_BAND = 'AGE_BAND',
  SENIOR = 'SENIOR',
  DISTRICT = 'DISTRICT',
  VULNERABLE = 'VULNERABLE',
}
registerEnumType(EquityDimension, {
  name: 'EquityDimension',
  description:
    '형평성 구분: 접수 채널, 연령대(접수 시점), 65세 이상과 미만, 민원인 주소의 시·군·구 (연령·주소를 모르면 UNKNOWN), 취약계층 (VULNERABLE·NOT_VULNERABLE과 전국 공통 코드별; 고객이 없는 민원은 제외)',
});

/** The outcomes whose gap between groups the ministry compares. */
export enum EquityMeasure {
  MEDIAN_DAYS = 'MEDIAN_DAYS',
  AVG_DAYS = 'AVG_DAYS',
  WITHIN_STATUTORY = 'WITHIN_STATUTORY',
  SATISFACTION = 'SATISFACTION',
}
registerEnumType(EquityMeasure, {
  name: 'EquityMeasure',
  description: '격차 지표: 처리일수 중앙값, 평균 처리일수, 법정기한 내 처리율, 만족도 평균',
});

@ArgsType()
export class MinistryEquityArgs extends MonthRangeArgs {
  @Field(() => EquityDimension)
  @IsEnum(EquityDimension, say('dimension 이 올바르지 않습니다.', 'dimension is not a known dimension.'))
  dimension!: EquityDimension;
}

@ObjectType({ description: '시·도 × 접수 월 × 집단의 처리 결과 (집계값만; 5건 미만 묶음은 값 없음)' })
export class MinistryEquityGroup {
  @Field(() => ID)
  tenantId!: string;

  @Field({ description: '접수 월 (YYYY-MM)' })
  month!: string;

  @Field({
    description:
      '집단 (예: WEB, VISIT, 65+, UNDER_65, 시·군·구 이름, UNKNOWN, VULNERABLE, NOT_VULNERABLE, DISABLED)',
  })
  group!: string;

  @Field(() => Int, { nullable: true, description: '접수 건수; 5건 미만이면 null' })
  received!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      '주민 1,000명당 접수 건수 (시·군·구 구분만: 그 시·군·구의 그해 인구로 나눔); 인구 기준자료가 없거나 접수가 비공개이면 null',
  })
  receivedPer1000!: number | null;

  @Field(() => Int, { nullable: true, description: '그중 답변된 건수; 5건 미만이면 null' })
  finished!: number | null;

  @Field(() => Float, { nullable: true, description: '법정기한 내 처리율 (답변된 건 중)' })
  withinStatutory!: number | null;

  @Field(() => Float, { nullable: true })
  medianDays!: number | null;

  @Field(() => Float, { nullable: true })
  avgDays!: number | null;

  @Field(() => Int, { nullable: true, description: '만족도 응답 수; 5건 미만이면 null' })
  surveys!: number | null;

  @Field(() => Float, { nullable: true, description: '만족도 평균 (신속·친절·공정·편이의 평균, 1–5)' })
  satisfaction!: number | null;
}

@ObjectType({
  description:
    '시·도 × 월 × 지표의 집단 간 격차: 채널은 WEB − VISIT, 고령은 65+ − UNDER_65, 취약계층은 VULNERABLE − NOT_VULNERABLE, 연령대와 시·군·구는 공개된 집단 중 최대 − 최소',
})
export class MinistryEquityGap {
  @Field(() => ID)
  tenantId!: string;

  @Field()
  month!: string;

  @Field(() => EquityMeasure)
  measure!: EquityMeasure;

  @Field(() => String, { nullable: true, description: '비교 집단 (격차 = 비교 집단 값 − 기준 집단 값)' })
  focus!: string | null;

  @Field(() => String, { nullable: true, description: '기준 집단' })
  reference!: string | null;

  @Field(() => Float, { nullable: true, description: '격차; 두 집단 중 하나라도 비공개이거나 없으면 null' })
  value!: number | null;

  @Field(() => Int, { nullable: true, description: '격차의 크기(절댓값) 순위, 1 = 가장 작음' })
  rank!: number | null;
}

@ObjectType({ description: '그 달 그 지표 격차의 전국 중앙값 (공개된 시·도 격차의 중앙값)' })
export class MinistryEquityMedian {
  @Field()
  month!: string;

  @Field(() => EquityMeasure)
  measure!: EquityMeasure;

  @Field(() => Float, { nullable: true })
  value!: number | null;

  @Field(() => Int)
  tenants!: number;
}

@ObjectType({ description: '시·도 안의 형평성 (집단 간 처리 결과 격차; 개인정보 없음)' })
export class MinistryEquity extends MinistryReport {
  @Field(() => EquityDimension)
  dimension!: EquityDimension;

  @Field(() => [MinistryTenant])
  tenants!: MinistryTenant[];

  @Field(() => [MinistryEquityGroup])
  groups!: MinistryEquityGroup[];

  @Field(() => [MinistryEquityGap])
  gaps!: MinistryEquityGap[];

  @Field(() => [MinistryEquityMedian])
  medians!: MinistryEquityMedian[];
}
