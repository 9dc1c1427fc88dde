import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsOptional, IsUUID, Matches } from 'class-validator';
import { PageArgs, say } from '@pcrm/tenancy';
import { SurveyFollowupStatus } from './survey.models';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

const uuid = (field: string, ko: string) =>
  IsUUID('all', say(`${ko} ID가 올바르지 않습니다.`, `${field} is not a valid id.`));

@ArgsType()
export class VocSurveyResultsArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: '한 민원의 응답' })
  @IsOptional()
  @uuid('vocId', '민원')
  vocId?: string | null;

  @Field(() => ID, { nullable: true, description: '한 담당자의 응답 (응답 당시 담당)' })
  @IsOptional()
  @uuid('officerId', '담당자')
  officerId?: string | null;

  @Field(() => ID, { nullable: true, description: '한 부서의 응답 (응답 당시 부서)' })
  @IsOptional()
  @uuid('departmentId', '부서')
  departmentId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: '시작 월 (YYYY-MM, 포함, 서울 시각). to 와 함께; 없으면 전체 기간',
  })
  @IsOptional()
  @Matches(MONTH, say('from 은 YYYY-MM 형식의 월이어야 합니다.', 'from must be a month as YYYY-MM.'))
  from?: string | null;

  @Field(() => String, { nullable: true, description: '끝 월 (YYYY-MM, 포함). from 과 함께' })
  @IsOptional()
  @Matches(MONTH, say('to 는 YYYY-MM 형식의 월이어야 합니다.', 'to must be a month as YYYY-MM.'))
  to?: string | null;
}

@ArgsType()
export class VocQualityRatingArgs {
  @Field(() => ID)
  @uuid('vocId', '민원')
  vocId!: string;
}

@ArgsType()
export class VocSurveyFollowupsArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: '한 민원의 후속 조치' })
  @IsOptional()
  @uuid('vocId', '민원')
  vocId?: string | null;

  @Field(() => SurveyFollowupStatus, { nullable: true, description: '없으면 전체' })
  @IsOptional()
  status?: SurveyFollowupStatus | null;
}

@InputType({ description: '후속 조치 완료' })
export class ResolveVocSurveyFollowupInput {
  @Field(() => ID)
  @uuid('id', '후속 조치')
  id!: string;

  @Field({ description: '조치 내용 (1~2000자)' })
  note!: string;
}

@InputType({ description: '복합 민원의 처리 품질 평가' })
export class RateVocQualityInput {
  @Field(() => ID)
  @uuid('vocId', '민원')
  vocId!: string;

  @Field(() => Int, { description: '1~5' })
  score!: number;
}
