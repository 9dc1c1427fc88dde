import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

/** What the ministry compares per tenant and month. */
export enum MinistryMeasure {
  RECEIVED = 'RECEIVED',
  RECEIVED_PER_1000 = 'RECEIVED_PER_1000',
  WITHIN_TARGET = 'WITHIN_TARGET',
  WITHIN_STATUTORY = 'WITHIN_STATUTORY',
  MEDIAN_DAYS = 'MEDIAN_DAYS',
  SPEED = 'SPEED',
  KINDNESS = 'KINDNESS',
  FAIRNESS = 'FAIRNESS',
  CONVENIENCE = 'CONVENIENCE',
}
registerEnumType(MinistryMeasure, {
  name: 'MinistryMeasure',
  description:
    '비교 지표: 접수 건수, 주민 1,000명당 접수 건수, 목표기한 내 처리율, 법정기한 내 처리율, 처리일수 중앙값, 만족도 신속·친절·공정·편이',
});

@ObjectType({ description: '비교 대상 시·도' })
export class MinistryTenant {
  @Field(() => ID)
  id!: string;

  @Field()
  nameKo!: string;

  @Field()
  nameEn!: string;
}

@ObjectType({ description: '시·도 × 월 × 지표 한 칸 (집계값만; 5건 미만 묶음은 값 없음)' })
export class MinistryCell {
  @Field(() => ID)
  tenantId!: string;

  @Field({ description: '월 (YYYY-MM)' })
  month!: string;

  @Field(() => MinistryMeasure)
  measure!: MinistryMeasure;

  @Field(() => Float, { nullable: true, description: '값; 비공개(5건 미만)이거나 자료가 없으면 null' })
  value!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: '그 달 그 지표의 순위 (1 = 가장 좋음; 접수 건수는 많은 순)',
  })
  rank!: number | null;

  @Field({ description: '묶음이 5건 미만이라 값을 공개하지 않음' })
  suppressed!: boolean;
}

@ObjectType({ description: '시·도 주민등록인구 (주민 1,000명당 지표의 분모; 출처와 기준 연도)' })
export class MinistryPopulation {
  @Field(() => ID)
  tenantId!: string;

  @Field(() => Int, { description: '기준 연도' })
  year!: number;

  @Field(() => Int)
  population!: number;

  @Field({ description: '출처 (예: 행정안전부 주민등록 인구통계)' })
  source!: string;
}

@ObjectType({ description: '그 달 그 지표의 전국 중앙값 (공개된 시·도 값의 중앙값)' })
export class MinistryMedian {
  @Field()
  month!: string;

  @Field(() => MinistryMeasure)
  measure!: MinistryMeasure;

  @Field(() => Float, { nullable: true })
  value!: number | null;

  @Field(() => Int, { description: '중앙값에 들어간 시·도 수' })
  tenants!: number;
}

/** What every ministry report says of itself: the months it covers, the minimum group size and its freshness. */
@ObjectType({ isAbstract: true })
export abstract class MinistryReport {
  @Field({ description: '첫 달 (YYYY-MM)' })
  from!: string;

  @Field({ description: '마지막 달 (YYYY-MM)' })
  to!: string;

  @Field(() => [String])
  months!: string[];

  @Field(() => Int, { description: '공개 최소 건수 k (이보다 적은 묶음은 값 없음)' })
  minimumGroupSize!: number;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '집계를 마지막으로 갱신한 시각' })
  refreshedAt!: Date | null;
}

@ObjectType({ description: '시·도 민원 처리 비교 (중앙부처 분석가; 개인정보 없음)' })
export class MinistryComparison extends MinistryReport {
  @Field(() => [MinistryTenant])
  tenants!: MinistryTenant[];

  @Field(() => [MinistryPopulation], {
    description: '시·도별 인구 (연도순); 주민 1,000명당 지표는 그 달의 연도 이전 가장 최근 수치로 나눔',
  })
  populations!: MinistryPopulation[];

  @Field(() => [MinistryCell])
  cells!: MinistryCell[];

  @Field(() => [MinistryMedian])
  medians!: MinistryMedian[];
}
