import { ArgsType, Field, GraphQLISODateTime } from '@nestjs/graphql';
import { IsDate, IsOptional, Length } from 'class-validator';
import { PageArgs, say } from '@pcrm/tenancy';

@ArgsType()
export class AccessLogArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: '열람한 사용자 (로그인 아이디, 정확히 일치)' })
  @IsOptional()
  @Length(1, 100, say('사용자는 1~100자여야 합니다.', 'actor must be 1 to 100 characters.'))
  actor?: string | null;

  @Field(() => String, { nullable: true, description: '열람한 기록의 ID (정확히 일치)' })
  @IsOptional()
  @Length(1, 100, say('기록 ID는 1~100자여야 합니다.', 'recordId must be 1 to 100 characters.'))
  recordId?: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '이 시각부터 (포함)' })
  @IsOptional()
  @IsDate(say('from 은 날짜·시각이어야 합니다.', 'from must be a date-time.'))
  from?: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '이 시각 전까지 (제외)' })
  @IsOptional()
  @IsDate(say('to 는 날짜·시각이어야 합니다.', 'to must be a date-time.'))
  to?: Date | null;
}
