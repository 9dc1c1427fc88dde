import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { CustomerSummary } from '../customers';
import { RelationDirection, RelationKind } from './relation.enums';

@ObjectType({ description: '다른 고객과의 관계 (가족, 대표자, 대리인, 담당자)' })
export class CustomerRelation {
  @Field(() => ID)
  id!: string;
  @Field(() => RelationKind)
  kind!: RelationKind;
  @Field(() => RelationDirection, {
    description: 'OUTGOING: 관련 고객이 이 고객의 kind; INCOMING: 이 고객이 관련 고객의 kind',
  })
  direction!: RelationDirection;
  @Field(() => CustomerSummary, { description: '관련 고객 (목록처럼 마스킹)' })
  related!: CustomerSummary;
  @Field(() => String, { nullable: true, description: '메모 (500자 이하)' })
  note!: string | null;
  @Field({ description: '기록한 사람' })
  createdBy!: string;
  @Field(() => GraphQLISODateTime)
  createdAt!: Date;
}
