import { ArgsType, Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: '한 해의 주민등록인구 기준자료' })
export class PopulationFigure {
  @Field(() => ID, { description: '시·도 코드' })
  tenantId!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => Int)
  population!: number;

  @Field({ description: '출처 (근사치면 그렇게 적혀 있습니다)' })
  source!: string;

  @Field(() => GraphQLISODateTime, {
    description: '마지막 변경 시각: 고칠 때 expectedUpdatedAt 으로 보냅니다',
  })
  updatedAt!: Date;

  @Field(() => Int, { description: '그해 인구가 입력된 시·군·구 수' })
  districts!: number;
}

@ObjectType({ description: '시·도와 연도별 인구 기준자료 (최근 연도부터)' })
export class TenantPopulations {
  @Field(() => ID)
  tenantId!: string;

  @Field()
  nameKo!: string;

  @Field()
  nameEn!: string;

  @Field()
  active!: boolean;

  @Field(() => [PopulationFigure])
  figures!: PopulationFigure[];
}

@ObjectType({ description: '시·군·구의 한 해 주민등록인구' })
export class DistrictPopulationFigure {
  @Field(() => ID)
  tenantId!: string;

  @Field(() => Int)
  year!: number;

  @Field({ description: '시·군·구 (고객 주소의 시·군·구 표기와 같게)' })
  sigungu!: string;

  @Field(() => Int)
  population!: number;

  @Field()
  source!: string;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;
}

@ObjectType({ description: '시·군·구 인구 한 쪽' })
export class DistrictPopulationPage {
  @Field(() => Int)
  total!: number;

  @Field(() => [DistrictPopulationFigure])
  items!: DistrictPopulationFigure[];
}

@ObjectType({ description: '인구 기준자료 변경 이력 한 줄 (플랫폼 감사 기록에서)' })
export class PopulationChange {
  @Field(() => ID, { description: '플랫폼 감사 기록 id' })
  eventId!: string;

  @Field(() => GraphQLISODateTime)
  occurredAt!: Date;

  @Field({ description: 'realm/사용자 이름' })
  actor!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => String, { nullable: true, description: '시·군·구; 시·도 전체 인구이면 null' })
  sigungu!: string | null;

  @Field(() => Int, { nullable: true, description: '바꾸기 전 인구; 새로 입력했으면 null' })
  before!: number | null;

  @Field(() => Int)
  after!: number;

  @Field()
  source!: string;
}

@ArgsType()
export class SetTenantPopulationArgs {
  @Field(() => ID)
  tenantId!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => Int)
  population!: number;

  @Field()
  source!: string;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: '고치는 값의 updatedAt; 비우면 그해 값이 아직 없어야 합니다 (있으면 CONFLICT)',
  })
  expectedUpdatedAt?: Date | null;
}

@InputType({ description: '시·군·구 한 곳의 인구' })
export class DistrictPopulationInput {
  @Field()
  sigungu!: string;

  @Field(() => Int)
  population!: number;

  @Field()
  source!: string;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: '고치는 값의 updatedAt; 비우면 그해 값이 아직 없어야 합니다',
  })
  expectedUpdatedAt?: Date | null;
}
