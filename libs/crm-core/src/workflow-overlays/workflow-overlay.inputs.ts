import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsInt, IsOptional, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { say } from '@pcrm/tenancy';
import { WorkflowDataScalar } from './workflow-overlay.model';
import { WorkflowKind } from './overlay-subject';

const REVISION = say(
  'expectedVersion 은 0 이상의 정수여야 합니다.',
  'expectedVersion must be a whole number ≥ 0.',
);
const EVENT = say('이벤트 이름이 올바르지 않습니다.', 'The event name is invalid.');

@InputType({ description: '모의 실행의 한 단계: 이벤트와 그 처리를 하는 사람의 역할' })
export class VocWorkflowStepInput {
  @Field()
  @Matches(/^[A-Z][A-Z0-9_]{0,59}$/, EVENT)
  event!: string;

  @Field(() => [String], { nullable: true, description: '역할 (기본: officer)' })
  @IsOptional()
  @ArrayMaxSize(6, say('역할은 6개까지입니다.', 'At most 6 roles.'))
  roles?: string[] | null;

  @Field(() => Int, { nullable: true, description: '이 단계에서 끝나지 않은 협조 요청 수 (기본 0)' })
  @IsOptional()
  @IsInt(say('협조 요청 수는 정수입니다.', 'openCooperations must be a whole number.'))
  @Min(0, say('협조 요청 수는 0 이상입니다.', 'openCooperations must be ≥ 0.'))
  @Max(50, say('협조 요청 수는 50 이하입니다.', 'openCooperations must be ≤ 50.'))
  openCooperations?: number | null;
}

@InputType({ description: '모의 민원의 항목 값 (항목 조건이 봅니다)' })
export class VocWorkflowCaseFieldsInput {
  @Field(() => String, { nullable: true }) @IsOptional() @Length(0, 40) kind?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(0, 40) channel?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(0, 40) handlingClass?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(0, 40) categoryCode?: string | null;
  @Field(() => WorkflowDataScalar, { nullable: true, description: '사용자 정의 항목 값 { 키: 값 }' })
  @IsOptional()
  customFields?: Record<string, unknown> | null;
}

@InputType({ description: '모의 민원 하나: 항목 값과 차례로 보낼 이벤트' })
export class VocWorkflowScenarioInput {
  @Field()
  @Length(1, 80, say('시나리오 이름은 1~80자입니다.', 'The scenario name must be 1 to 80 characters.'))
  name!: string;

  @Field(() => String, { nullable: true, description: '시작 상태 (기본: 접수)' })
  @IsOptional()
  startState?: string | null;

  @Field(() => VocWorkflowCaseFieldsInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => VocWorkflowCaseFieldsInput)
  fields?: VocWorkflowCaseFieldsInput | null;

  @Field(() => [VocWorkflowStepInput])
  @ArrayMaxSize(100, say('단계는 100개까지입니다.', 'At most 100 steps.'))
  @ValidateNested({ each: true })
  @Type(() => VocWorkflowStepInput)
  steps!: VocWorkflowStepInput[];
}

/** Which workflow an overlay operation is about; the petition workflow when not given. */
@ArgsType()
export class WorkflowChoiceArgs {
  @Field(() => WorkflowKind, {
    defaultValue: WorkflowKind.PETITION,
    description: '대상 처리 흐름 (기본: 민원)',
  })
  workflow: WorkflowKind = WorkflowKind.PETITION;
}

@ArgsType()
export class SaveVocWorkflowDraftArgs extends WorkflowChoiceArgs {
  @Field(() => WorkflowDataScalar, { description: '초안 전체 (부분 수정이 아님)' })
  overlay!: unknown;

  @Field(() => Int, { description: '불러온 초안의 version (처음이면 0)' })
  @IsInt(REVISION)
  @Min(0, REVISION)
  expectedVersion!: number;
}

@ArgsType()
export class PublishVocWorkflowArgs extends WorkflowChoiceArgs {
  @Field(() => Int, { description: '게시할 초안의 version' })
  @IsInt(REVISION)
  @Min(1, REVISION)
  expectedVersion!: number;
}

@ArgsType()
export class ValidateVocWorkflowArgs extends WorkflowChoiceArgs {
  @Field(() => WorkflowDataScalar)
  overlay!: unknown;
}

@ArgsType()
export class SimulateVocWorkflowArgs extends WorkflowChoiceArgs {
  @Field(() => WorkflowDataScalar, { nullable: true, description: '시험할 변경 내용 (없으면 저장된 초안)' })
  overlay?: unknown;

  @Field(() => [VocWorkflowScenarioInput])
  @ArrayMaxSize(20, say('시나리오는 20개까지입니다.', 'At most 20 scenarios.'))
  @ValidateNested({ each: true })
  @Type(() => VocWorkflowScenarioInput)
  scenarios!: VocWorkflowScenarioInput[];
}

@ArgsType()
export class VocWorkflowVersionsArgs extends WorkflowChoiceArgs {
  @Field(() => Int, { defaultValue: 50 })
  @IsInt()
  @Min(1)
  @Max(200)
  first!: number;
}

@ArgsType()
export class VocWorkflowVersionArgs extends WorkflowChoiceArgs {
  @Field(() => Int, { nullable: true, description: '없으면 최신' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number | null;
}

@ArgsType()
export class VocWorkflowChangesArgs extends WorkflowChoiceArgs {
  @Field(() => Int, { defaultValue: 50 })
  @IsInt()
  @Min(1)
  @Max(200)
  first!: number;

  @Field(() => Int, { nullable: true, description: '이 번호보다 앞의 변경 (다음 쪽)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  before?: number | null;
}
