import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';
import { PageArgs, say } from '@pcrm/tenancy';
import { SurveyFollowupStatus } from './survey.models';

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
}

@ArgsType()
export class VocSurveyFollowupsArgs extends PageArgs {
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
