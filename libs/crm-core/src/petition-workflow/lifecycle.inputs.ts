import { ArgsType, Field, GraphQLISODateTime, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsDate,
  IsInt,
  IsOptional,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { Type } from 'class-transformer';
import { NoControlOrFormatCharacters, say } from '@pcrm/tenancy';
import { HandlingClass, VocKind } from '../petitions';

const ID_FORMAT = say('민원 ID가 올바르지 않습니다.', 'The case id is not a valid id.');
const DEPARTMENT = say('부서 ID가 올바르지 않습니다.', 'departmentId is not a valid id.');
const OFFICER = say('담당자 ID가 올바르지 않습니다.', 'officerId is not a valid id.');
const EVENT = say('이벤트 이름이 올바르지 않습니다.', 'The event name is invalid.');
const VERSION = say('버전은 1 이상의 정수여야 합니다.', 'expectedVersion must be a positive integer.');
const DATE = say('날짜와 시각이 올바르지 않습니다.', 'Not a valid date and time.');
const NO_CONTROL = say(
  '제어 문자나 보이지 않는 서식 문자(예: U+200B)를 쓸 수 없습니다.',
  'Control or invisible format characters (such as U+200B) are not allowed.',
);
const text = (max: number, ko: string, en: string) =>
  say(`${ko}은(는) ${max}자 이하여야 합니다.`, `${en} must be at most ${max} characters.`);

@InputType({
  description: '전이에 필요한 입력: 전이마다 필수 항목이 다릅니다 (vocAvailableTransitions.requires)',
})
export class VocTransitionInput {
  @Field(() => String, { nullable: true, description: '의견 (처리 이력에 남습니다)' })
  @IsOptional()
  @Length(0, 2000, text(2000, '의견', 'comment'))
  @NoControlOrFormatCharacters(NO_CONTROL)
  comment?: string | null;

  @Field(() => String, { nullable: true, description: '사유: 재배정, 보완요청, 연장, 처리불가, 이송' })
  @IsOptional()
  @Length(0, 1000, text(1000, '사유', 'reason'))
  @NoControlOrFormatCharacters(NO_CONTROL)
  reason?: string | null;

  @Field(() => ID, { nullable: true, description: '담당 부서: 배정, 재배정' })
  @IsOptional()
  @IsUUID('all', DEPARTMENT)
  departmentId?: string | null;

  @Field(() => ID, { nullable: true, description: '담당자 (직원): 배정, 재배정' })
  @IsOptional()
  @IsUUID('all', OFFICER)
  officerId?: string | null;

  @Field(() => VocKind, {
    nullable: true,
    description: '분류 변경 (배정, 재배정): 민원 종류. 법정 처리기간이 다시 계산됩니다',
  })
  @IsOptional()
  kind?: VocKind | null;

  @Field(() => String, {
    nullable: true,
    description: '분류 변경 (배정, 재배정): 처리기간 구분 (질의민원: PROCEDURE 또는 LEGAL_INTERPRETATION)',
  })
  @IsOptional()
  @Length(0, 40, text(40, '처리기간 구분', 'periodVariant'))
  @NoControlOrFormatCharacters(NO_CONTROL)
  periodVariant?: string | null;

  @Field(() => HandlingClass, { nullable: true, description: '분류 변경 (배정, 재배정): 처리 유형' })
  @IsOptional()
  handlingClass?: HandlingClass | null;

  @Field(() => String, {
    nullable: true,
    description: '분류 변경 (배정, 재배정): 분류 코드 (시·도의 활성 분류)',
  })
  @IsOptional()
  @Length(0, 40, text(40, '분류 코드', 'categoryCode'))
  @NoControlOrFormatCharacters(NO_CONTROL)
  categoryCode?: string | null;

  @Field(() => String, { nullable: true, description: '답변 내용' })
  @IsOptional()
  @Length(0, 20000, text(20000, '답변', 'answer'))
  answer?: string | null;

  @Field(() => String, { nullable: true, description: '이송 받는 기관' })
  @IsOptional()
  @Length(0, 200, text(200, '이송 기관', 'agency'))
  @NoControlOrFormatCharacters(NO_CONTROL)
  agency?: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '연장 후 처리기한 (지금 기한보다 뒤)' })
  @IsOptional()
  @IsDate(DATE)
  newDueAt?: Date | null;
}

@ArgsType()
export class TransitionVocArgs {
  @Field(() => ID)
  @IsUUID('all', ID_FORMAT)
  id!: string;

  @Field({
    description: '이벤트: ASSIGN, REASSIGN, START, REQUEST_SUPPLEMENT, RESUME, EXTEND, APPROVE, ANSWER, …',
  })
  @Matches(/^[A-Z][A-Z0-9_]{0,59}$/, EVENT)
  event!: string;

  @Field(() => VocTransitionInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => VocTransitionInput)
  input?: VocTransitionInput | null;

  @Field(() => Int, { description: '읽어 온 민원의 version: 그새 바뀌었으면 CONFLICT' })
  @IsInt(VERSION)
  @Min(1, VERSION)
  expectedVersion!: number;
}

@ArgsType()
export class VocIdArgs {
  @Field(() => ID)
  @IsUUID('all', ID_FORMAT)
  id!: string;
}

@InputType({ description: '협조 요청: 부서마다 협조 민원(하위 민원)이 하나씩 생깁니다' })
export class RequestVocCooperationInput {
  @Field(() => ID, { description: '주관 민원' })
  @IsUUID('all', ID_FORMAT)
  vocId!: string;

  @Field(() => [ID], { description: '협조 부서 (1~10곳)' })
  @ArrayMinSize(1, say('협조 부서를 하나 이상 고르세요.', 'Choose at least one department.'))
  @ArrayMaxSize(10, say('협조 부서는 10곳까지입니다.', 'At most 10 departments.'))
  @IsUUID('all', { each: true, ...DEPARTMENT })
  departmentIds!: string[];

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: '협조 기한: 없으면 주관 민원의 남은 처리기간의 절반',
  })
  @IsOptional()
  @IsDate(DATE)
  dueAt?: Date | null;

  @Field(() => String, { nullable: true, description: '요청 내용' })
  @IsOptional()
  @Length(0, 2000, text(2000, '요청 내용', 'comment'))
  @NoControlOrFormatCharacters(NO_CONTROL)
  comment?: string | null;

  @Field(() => Int)
  @IsInt(VERSION)
  @Min(1, VERSION)
  expectedVersion!: number;
}

@ArgsType()
export class MyVocAlertsArgs {
  @Field(() => Int, { defaultValue: 50, description: '최대 건수 (1~200)' })
  @IsInt(say('건수는 정수여야 합니다.', 'first must be an integer.'))
  @Min(1, say('건수는 1 이상이어야 합니다.', 'first must be at least 1.'))
  @Max(200, say('건수는 200 이하여야 합니다.', 'first must be at most 200.'))
  first!: number;

  @Field({ defaultValue: false, description: '읽은 알림도 포함' })
  @IsBoolean()
  includeRead!: boolean;
}
