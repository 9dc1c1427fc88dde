import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: '이 고객에 병합된 기록: 병합된 고객은 출처·필드와 함께 그대로 남습니다' })
export class MergedRecord {
  @Field(() => ID, { description: '병합된 고객 (customer(id) 로 열 수 있음, 상태 MERGED)' })
  id!: string;

  @Field()
  customerNo!: string;

  @Field({ description: '병합된 기록의 출처' })
  source!: string;

  @Field(() => ID, { nullable: true })
  importBatchId!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '병합 시각 (병합 기록이 있을 때)' })
  mergedAt!: Date | null;

  @Field(() => String, { nullable: true, description: '병합한 사람' })
  mergedBy!: string | null;

  @Field(() => String, { nullable: true, description: '병합 사유' })
  reason!: string | null;
}
