import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsEnum,
  IsInt,
  IsOptional,
  Length,
  Matches,
  Min,
  ValidateNested,
} from 'class-validator';
import { HasVisibleCharacter, NoControlOrFormatCharacters, say } from '@pcrm/tenancy';
import { ApprovalLevel, ApprovalSubject } from './approval-matrix.enums';

const NO_CONTROL = say(
  '제어 문자나 보이지 않는 서식 문자(예: U+200B)를 쓸 수 없습니다.',
  'Must not contain control or invisible format characters (such as U+200B).',
);
const MONTH = say('월은 YYYY-MM 형식이어야 합니다.', 'The month must be YYYY-MM.');

@InputType()
export class ApprovalMatrixRuleInput {
  @Field(() => ApprovalSubject)
  @IsEnum(ApprovalSubject)
  subjectKind!: ApprovalSubject;

  @Field()
  @Matches(/^[A-Z_]{1,40}$/, say('유형 코드가 올바르지 않습니다.', 'subjectType is not a valid code.'))
  subjectType!: string;

  @Field({ defaultValue: '' })
  @Length(0, 200, say('조건은 200자 이하여야 합니다.', 'condition must be at most 200 characters.'))
  @NoControlOrFormatCharacters(NO_CONTROL)
  condition: string = '';

  @Field(() => ApprovalLevel)
  @IsEnum(ApprovalLevel)
  level!: ApprovalLevel;
}

@InputType()
export class ApprovalLevelTitleInput {
  @Field()
  @Length(1, 100, say('직위는 1~100자여야 합니다.', 'title must be 1 to 100 characters.'))
  @HasVisibleCharacter(say('직위에는 보이는 글자가 있어야 합니다.', 'title needs a visible character.'))
  @NoControlOrFormatCharacters(NO_CONTROL)
  title!: string;

  @Field(() => ApprovalLevel)
  @IsEnum(ApprovalLevel)
  level!: ApprovalLevel;
}

@ArgsType()
export class SetApprovalMatrixArgs {
  @Field(() => [ApprovalMatrixRuleInput])
  @ArrayMaxSize(200, say('규칙은 200개 이하여야 합니다.', 'rules must have at most 200 entries.'))
  @ValidateNested({ each: true })
  @Type(() => ApprovalMatrixRuleInput)
  rules!: ApprovalMatrixRuleInput[];

  @Field(() => [ApprovalLevelTitleInput])
  @ArrayMaxSize(100, say('직위는 100개 이하여야 합니다.', 'titles must have at most 100 entries.'))
  @ValidateNested({ each: true })
  @Type(() => ApprovalLevelTitleInput)
  titles!: ApprovalLevelTitleInput[];

  @Field(() => Int, { description: '읽은 버전 (다른 사람이 먼저 바꿨으면 CONFLICT)' })
  @IsInt(say('expectedVersion 은 정수여야 합니다.', 'expectedVersion must be a whole number.'))
  @Min(0, say('expectedVersion 은 0 이상이어야 합니다.', 'expectedVersion must be at least 0.'))
  expectedVersion!: number;
}

@ArgsType()
export class ApprovalSharesArgs {
  @Field({ description: '시작 월 YYYY-MM (포함)' })
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, MONTH)
  from!: string;

  @Field({ description: '끝 월 YYYY-MM (포함, 최대 36개월)' })
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, MONTH)
  to!: string;

  @Field(() => ApprovalSubject, { nullable: true, description: '없으면 민원과 과업 모두' })
  @IsOptional()
  @IsEnum(ApprovalSubject)
  subjectKind?: ApprovalSubject | null;
}
