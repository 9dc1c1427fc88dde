import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '@pcrm/tenancy';
import { ContactChannel, ContactDirection } from './contact.enums';

@ObjectType({ description: '직원 (이름만)' })
export class StaffRef {
  @Field(() => ID)
  id!: string;
  @Field()
  name!: string;
}

@ObjectType({ description: '부서 (이름만)' })
export class DepartmentRef {
  @Field(() => ID)
  id!: string;
  @Field()
  name!: string;
}

@ObjectType({ description: '고객 접촉 이력 한 건 (모든 채널)' })
export class Contact {
  @Field(() => ID)
  id!: string;
  @Field(() => ID, { description: '지금 이 접촉이 속한 고객 (병합되면 남은 고객)' })
  customerId!: string;
  @Field(() => ContactChannel)
  channel!: ContactChannel;
  @Field(() => ContactDirection)
  direction!: ContactDirection;
  @Field(() => GraphQLISODateTime, { description: '접촉 시각' })
  occurredAt!: Date;
  @Field(() => StaffRef, { nullable: true, description: '응대한 직원' })
  staff!: StaffRef | null;
  @Field(() => DepartmentRef, { nullable: true, description: '응대한 부서' })
  department!: DepartmentRef | null;
  @Field({ description: '내용 요약' })
  summary!: string;
  @Field(() => String, { nullable: true, description: '관련 업무 종류 (예: petition, campaign, call)' })
  subjectType!: string | null;
  @Field(() => String, { nullable: true, description: '관련 업무의 ID' })
  subjectId!: string | null;
  @Field(() => ID, { description: '처음 기록된 고객 (병합 전 고객일 수 있음)' })
  originCustomerId!: string;
  @Field({ description: '기록한 사람' })
  createdBy!: string;
  @Field(() => GraphQLISODateTime)
  createdAt!: Date;
}

@ObjectType()
export class ContactEdge {
  @Field()
  cursor!: string;
  @Field(() => Contact)
  node!: Contact;
}

/** A page of a customer's timeline; `totalCount` is counted only when asked. */
@ObjectType()
export class ContactConnection {
  @Field(() => [ContactEdge])
  edges!: ContactEdge[];
  @Field(() => PageInfo)
  pageInfo!: PageInfo;
  /** Resolved by `ContactConnectionResolver`. */
  count!: () => Promise<number>;
}
