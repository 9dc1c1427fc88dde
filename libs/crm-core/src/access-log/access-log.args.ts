import { ArgsType, Field, GraphQLISODateTime, Int } from '@nestjs/graphql';
import { IsDate, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { say } from '@pcrm/tenancy';

@ArgsType()
export class AccessLogArgs {
  @Field(() => Int, { defaultValue: 50, description: '한 페이지 크기 (1~200)' })
  @Min(1, say('first 는 1 이상이어야 합니다.', 'first must be at least 1.'))
  @Max(200, say('first 는 200 이하여야 합니다.', 'first must be at most 200.'))
  first = 50;

  @Field(() => String, { nullable: true, description: '이전 페이지의 endCursor' })
  @IsOptional()
  @IsString()
  after?: string | null;

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
