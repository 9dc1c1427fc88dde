import { ArgsType, Field, GraphQLISODateTime } from '@nestjs/graphql';
import { IsDate, IsEnum, IsOptional, Length, Matches } from 'class-validator';
import { say } from '@pcrm/tenancy';
import { QualityGroupBy } from './quality-rules';

const GROUP_BY = say(
  'groupBy 는 TENANT, SOURCE, BATCH 중 하나여야 합니다.',
  'groupBy must be TENANT, SOURCE or BATCH.',
);
const DAY = say('날짜는 YYYY-MM-DD 형식이어야 합니다.', 'Dates must be YYYY-MM-DD.');

@ArgsType()
export class DataQualityArgs {
  @Field(() => QualityGroupBy, { defaultValue: QualityGroupBy.TENANT })
  @IsEnum(QualityGroupBy, GROUP_BY)
  groupBy: QualityGroupBy = QualityGroupBy.TENANT;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '이때 이후 등록된 고객만 (포함)' })
  @IsOptional()
  @IsDate(say('from 은 날짜·시각이어야 합니다.', 'from must be a date-time.'))
  from?: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '이때 전에 등록된 고객만 (제외)' })
  @IsOptional()
  @IsDate(say('to 는 날짜·시각이어야 합니다.', 'to must be a date-time.'))
  to?: Date | null;
}

@ArgsType()
export class DataQualityHistoryArgs {
  @Field(() => QualityGroupBy, { defaultValue: QualityGroupBy.TENANT })
  @IsEnum(QualityGroupBy, GROUP_BY)
  groupBy: QualityGroupBy = QualityGroupBy.TENANT;

  @Field(() => String, {
    nullable: true,
    description: 'SOURCE: 출처, BATCH: 가져오기 묶음 ID; TENANT 와 직접 등록 묶음은 비워 둡니다',
  })
  @IsOptional()
  @Length(1, 100, say('key 는 1~100자여야 합니다.', 'key must be 1 to 100 characters.'))
  key?: string | null;

  @Field(() => String, { nullable: true, description: '시작 날짜 YYYY-MM-DD (포함); 기본 to 의 89일 전' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, DAY)
  from?: string | null;

  @Field(() => String, { nullable: true, description: '끝 날짜 YYYY-MM-DD (포함); 기본 오늘' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, DAY)
  to?: string | null;
}
