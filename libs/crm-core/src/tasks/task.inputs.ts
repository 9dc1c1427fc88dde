import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsEnum,
  IsInt,
  IsOptional,
  IsUUID,
  Length,
  Matches,
  Min,
  ValidateNested,
} from 'class-validator';
import { Type } from 'class-transformer';
import { CustomFieldValuesScalar } from '@pcrm/customization';
import { HasVisibleCharacter, NoControlOrFormatCharacters, PageArgs, say } from '@pcrm/tenancy';
import { PLAN_LIMITS } from './action-plan';
import { TaskKind, TaskSource } from './task.enums';

const TASK_ID = say('과제 ID가 올바르지 않습니다.', 'The task id is not a valid id.');
const DEPARTMENT = say('부서 ID가 올바르지 않습니다.', 'departmentId is not a valid id.');
const OWNER = say('담당자 ID가 올바르지 않습니다.', 'ownerId is not a valid id.');
const VOC = say('VOC ID가 올바르지 않습니다.', 'vocId is not a valid id.');
const VERSION = say('버전은 1 이상의 정수여야 합니다.', 'expectedVersion must be a positive integer.');
const WHOLE = say('정수여야 합니다.', 'Must be a whole number.');
const DAY = say('날짜는 YYYY-MM-DD 형식이어야 합니다.', 'A date is YYYY-MM-DD.');
const EVENT = say('이벤트 이름이 올바르지 않습니다.', 'The event name is invalid.');
const SOURCE = say('출처가 올바르지 않습니다.', 'source is not a known source.');
const KIND = say('구분은 단기 또는 장기입니다.', 'kind is SHORT_TERM or LONG_TERM.');
const NO_CONTROL = say(
  '제어 문자나 보이지 않는 서식 문자(예: U+200B)를 쓸 수 없습니다.',
  'Control or invisible format characters (such as U+200B) are not allowed.',
);
const VISIBLE = say(
  '보이는 글자가 하나 이상 있어야 합니다 (공백·보이지 않는 문자만으로는 안 됩니다).',
  'At least one visible character is needed (not only spaces or invisible characters).',
);
const text = (max: number, ko: string, en: string) =>
  say(`${ko}은(는) ${max}자 이하여야 합니다.`, `${en} must be at most ${max} characters.`);
const YMD = /^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$/;

/** The free-text fields of a task: the same rules on create and update. */
@InputType({ isAbstract: true })
class TaskTextFields {
  @Field(() => String, { nullable: true, description: '해결방법' })
  @IsOptional()
  @Length(0, 1000, text(1000, '해결방법', 'resolutionMethod'))
  @NoControlOrFormatCharacters(NO_CONTROL)
  resolutionMethod?: string | null;

  @Field(() => String, { nullable: true, description: '과제 요약' })
  @IsOptional()
  @Length(0, 4000, text(4000, '과제 요약', 'summary'))
  @NoControlOrFormatCharacters(NO_CONTROL)
  summary?: string | null;

  @Field(() => String, { nullable: true, description: '기대효과' })
  @IsOptional()
  @Length(0, 4000, text(4000, '기대효과', 'expectedEffect'))
  @NoControlOrFormatCharacters(NO_CONTROL)
  expectedEffect?: string | null;

  @Field(() => String, { nullable: true, description: '현황 및 문제점' })
  @IsOptional()
  @Length(0, 4000, text(4000, '현황 및 문제점', 'currentState'))
  @NoControlOrFormatCharacters(NO_CONTROL)
  currentState?: string | null;

  @Field(() => String, { nullable: true, description: '개선계획' })
  @IsOptional()
  @Length(0, 4000, text(4000, '개선계획', 'improvementPlan'))
  @NoControlOrFormatCharacters(NO_CONTROL)
  improvementPlan?: string | null;

  @Field(() => ID, { nullable: true, description: '담당자 (직원)' })
  @IsOptional()
  @IsUUID('all', OWNER)
  ownerId?: string | null;

  @Field(() => CustomFieldValuesScalar, {
    nullable: true,
    description: '사용자 정의 항목 (PATCH: null 은 지움)',
  })
  customFields?: Record<string, unknown> | null;
}

@InputType({ description: '과제 등록: 관리번호는 자동으로 매깁니다' })
export class CreateTaskInput extends TaskTextFields {
  @Field({ description: '과제명' })
  @Length(1, 200, say('과제명은 1~200자여야 합니다.', 'title must be 1 to 200 characters.'))
  @HasVisibleCharacter(VISIBLE)
  @NoControlOrFormatCharacters(NO_CONTROL)
  title!: string;

  @Field(() => TaskSource)
  @IsEnum(TaskSource, SOURCE)
  source!: TaskSource;

  @Field(() => TaskKind)
  @IsEnum(TaskKind, KIND)
  kind!: TaskKind;

  @Field(() => ID, { description: '담당 부서' })
  @IsUUID('all', DEPARTMENT)
  departmentId!: string;
}

@InputType({
  description: '과제 수정: 보낸 항목만 바뀝니다 (null 은 비움). 상태·계획 계산값은 바꿀 수 없습니다.',
})
export class UpdateTaskInput extends TaskTextFields {
  @Field(() => ID)
  @IsUUID('all', TASK_ID)
  id!: string;

  @Field(() => Int, { description: '불러온 과제의 version (그사이 바뀌었으면 CONFLICT)' })
  @IsInt(VERSION)
  @Min(1, VERSION)
  expectedVersion!: number;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 200, say('과제명은 1~200자여야 합니다.', 'title must be 1 to 200 characters.'))
  @HasVisibleCharacter(VISIBLE)
  @NoControlOrFormatCharacters(NO_CONTROL)
  title?: string;

  @Field(() => TaskSource, { nullable: true })
  @IsOptional()
  @IsEnum(TaskSource, SOURCE)
  source?: TaskSource;

  @Field(() => TaskKind, { nullable: true })
  @IsOptional()
  @IsEnum(TaskKind, KIND)
  kind?: TaskKind;

  @Field(() => ID, {
    nullable: true,
    description: '담당 부서 (옮기는 사람은 새 부서에도 권한이 있어야 합니다)',
  })
  @IsOptional()
  @IsUUID('all', DEPARTMENT)
  departmentId?: string;

  @Field(() => String, { nullable: true, description: '추진결과' })
  @IsOptional()
  @Length(0, 4000, text(4000, '추진결과', 'result'))
  @NoControlOrFormatCharacters(NO_CONTROL)
  result?: string | null;
}

@InputType({ description: '실행계획의 한 단계 (순서대로 보냅니다: 순위는 목록의 순서)' })
export class TaskStepInput {
  @Field({ description: '해결방법 (단계 이름)' })
  @Length(1, 100, say('단계 이름은 1~100자여야 합니다.', 'A step name is 1 to 100 characters.'))
  @HasVisibleCharacter(VISIBLE)
  @NoControlOrFormatCharacters(NO_CONTROL)
  name!: string;

  @Field(() => Int, { description: '가중치 (%, 1~100; 합이 100%를 넘을 수 없습니다)' })
  @IsInt(WHOLE)
  weight!: number;

  @Field(() => Int, { description: '계획처리기간 (일, 1 이상)' })
  @IsInt(WHOLE)
  plannedDays!: number;

  @Field(() => String, { nullable: true, description: '시작일 (YYYY-MM-DD)' })
  @IsOptional()
  @Matches(YMD, DAY)
  startedOn?: string | null;

  @Field(() => String, { nullable: true, description: '종료일 (YYYY-MM-DD, 진행률 100%일 때)' })
  @IsOptional()
  @Matches(YMD, DAY)
  endedOn?: string | null;

  @Field(() => Int, { description: '진행률 (%, 0~100)' })
  @IsInt(WHOLE)
  progress!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 1000, text(1000, '비고', 'note'))
  @NoControlOrFormatCharacters(NO_CONTROL)
  note?: string | null;
}

@ArgsType()
export class TaskIdArgs {
  @Field(() => ID)
  @IsUUID('all', TASK_ID)
  id!: string;
}

@ArgsType()
export class TaskVersionArgs extends TaskIdArgs {
  @Field(() => Int, { description: '불러온 과제의 version' })
  @IsInt(VERSION)
  @Min(1, VERSION)
  expectedVersion!: number;
}

@ArgsType()
export class SaveTaskPlanArgs extends TaskVersionArgs {
  @Field(() => [TaskStepInput], { description: '단계 전체 (저장하면 기존 단계를 바꿉니다)' })
  @ArrayMaxSize(
    PLAN_LIMITS.steps,
    say(`단계는 ${PLAN_LIMITS.steps}개까지입니다.`, `At most ${PLAN_LIMITS.steps} steps.`),
  )
  @ValidateNested({ each: true })
  @Type(() => TaskStepInput)
  steps!: TaskStepInput[];
}

@ArgsType()
export class TransitionTaskArgs extends TaskVersionArgs {
  @Field({ description: '이벤트 (START, COMPLETE, MARK_IMPOSSIBLE, 또는 시·도의 추가 이벤트)' })
  @Matches(/^[A-Z][A-Z0-9_]{0,59}$/, EVENT)
  event!: string;

  @Field(() => String, { nullable: true, description: '의견 (처리 이력에 남습니다)' })
  @IsOptional()
  @Length(0, 2000, text(2000, '의견', 'comment'))
  @NoControlOrFormatCharacters(NO_CONTROL)
  comment?: string | null;

  @Field(() => String, { nullable: true, description: '처리불가 사유 (처리불가에 필수)' })
  @IsOptional()
  @Length(0, 2000, text(2000, '처리불가 사유', 'impossibleReason'))
  @NoControlOrFormatCharacters(NO_CONTROL)
  impossibleReason?: string | null;
}

@ArgsType()
export class TaskVocArgs extends TaskIdArgs {
  @Field(() => ID)
  @IsUUID('all', VOC)
  vocId!: string;
}

@ArgsType()
export class TasksArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', DEPARTMENT)
  departmentId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', OWNER)
  ownerId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: '상태 (PLANNING, IN_PROGRESS, COMPLETED, IMPOSSIBLE, …)',
  })
  @IsOptional()
  @Matches(/^[A-Z][A-Z0-9_]{0,39}$/, say('상태 이름이 올바르지 않습니다.', 'status is not a state name.'))
  status?: string | null;

  @Field(() => TaskKind, { nullable: true })
  @IsOptional()
  @IsEnum(TaskKind, KIND)
  kind?: TaskKind | null;

  @Field(() => String, { nullable: true, description: '과제명·관리번호 검색' })
  @IsOptional()
  @Length(1, 50, say('검색어는 1~50자여야 합니다.', 'text must be 1 to 50 characters.'))
  @NoControlOrFormatCharacters(NO_CONTROL)
  text?: string | null;
}
