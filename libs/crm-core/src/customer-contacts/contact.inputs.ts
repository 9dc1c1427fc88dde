import { Field, GraphQLISODateTime, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';
import { say } from '@pcrm/tenancy';
import { customerIdFormat } from '../customers';
import { ContactChannel, ContactDirection } from './contact.enums';

@InputType({ description: '접촉 이력 기록: 고객의 마지막 접촉 시각도 함께 바뀝니다' })
export class RecordContactInput {
  @Field(() => ID)
  @IsUUID('all', customerIdFormat('customerId'))
  customerId!: string;

  @Field(() => ContactChannel)
  channel!: ContactChannel;

  @Field(() => ContactDirection, { defaultValue: ContactDirection.INBOUND })
  direction: ContactDirection = ContactDirection.INBOUND;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '접촉 시각 (없으면 지금; 미래는 안 됨)' })
  occurredAt?: Date | null;

  @Field(() => ID, { nullable: true, description: '응대한 직원 (없으면 기록하는 본인)' })
  @IsOptional()
  @IsUUID('all', say('직원 ID가 올바르지 않습니다.', 'staffId is not a valid staff id.'))
  staffId?: string | null;

  @Field(() => ID, { nullable: true, description: '응대한 부서 (없으면 그 직원의 부서)' })
  @IsOptional()
  @IsUUID('all', say('부서 ID가 올바르지 않습니다.', 'departmentId is not a valid department id.'))
  departmentId?: string | null;

  @Field({ description: '내용 요약 (1~2000자)' })
  summary!: string;

  @Field(() => String, {
    nullable: true,
    description: '관련 업무 종류: 영문 소문자로 시작하는 영문 소문자·숫자·_·- 1~40자 (예: petition)',
  })
  subjectType?: string | null;

  @Field(() => String, { nullable: true, description: '관련 업무의 ID (1~100자, subjectType 과 함께)' })
  subjectId?: string | null;
}
