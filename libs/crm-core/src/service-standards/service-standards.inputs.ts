import { applyDecorators } from '@nestjs/common';
import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsEnum,
  IsInt,
  IsNumber,
  IsOptional,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { HasVisibleCharacter, NoControlOrFormatCharacters, PageArgs, say } from '@pcrm/tenancy';
import {
  RecognitionKind,
  StandardUnit,
  SurveyPeriod,
  TargetDirection,
  Touchpoint,
} from './service-standards.enums';

const VISIBLE = say(
  '보이는 글자가 하나 이상 있어야 합니다 (공백·보이지 않는 문자만으로는 안 됩니다).',
  'Needs at least one visible character (not only spaces or invisible characters).',
);
const NO_CONTROL = say(
  '제어 문자나 보이지 않는 서식 문자(예: U+200B)를 쓸 수 없습니다.',
  'Must not contain control or invisible format characters (such as U+200B).',
);
const DEPARTMENT_ID = say('부서 ID가 올바르지 않습니다.', 'departmentId is not a valid id.');
const STANDARD_ID = say('이행표준 ID가 올바르지 않습니다.', 'standardId is not a valid id.');
const NOTE = say('비고는 1000자 이하여야 합니다.', 'note must be at most 1000 characters.');
const MONTH = say('월은 YYYY-MM 형식이어야 합니다.', 'month must be YYYY-MM.');
const DAY = say('날짜는 YYYY-MM-DD 형식이어야 합니다.', 'The date must be YYYY-MM-DD.');
const YEAR = say('연도는 2000~2999 사이여야 합니다.', 'year must be between 2000 and 2999.');

@InputType({ description: '이행표준 추가·변경 (접점과 핵심 서비스 중 하나만)' })
export class ServiceStandardInput {
  @Field(() => Touchpoint, { nullable: true })
  @IsOptional()
  @IsEnum(Touchpoint)
  touchpoint?: Touchpoint | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100, say('핵심 서비스는 1~100자여야 합니다.', 'coreService must be 1 to 100 characters.'))
  @HasVisibleCharacter(VISIBLE)
  @NoControlOrFormatCharacters(NO_CONTROL)
  coreService?: string | null;

  @Field()
  @Length(1, 100, say('표준 이름은 1~100자여야 합니다.', 'name must be 1 to 100 characters.'))
  @HasVisibleCharacter(VISIBLE)
  @NoControlOrFormatCharacters(NO_CONTROL)
  name!: string;

  @Field()
  @Length(1, 1000, say('약속 문안은 1~1000자여야 합니다.', 'commitment must be 1 to 1000 characters.'))
  @HasVisibleCharacter(VISIBLE)
  @NoControlOrFormatCharacters(NO_CONTROL)
  commitment!: string;

  @Field(() => Float)
  @IsNumber(
    { maxDecimalPlaces: 2 },
    say('목표 값은 소수 둘째 자리까지의 수여야 합니다.', 'targetValue must have at most 2 decimals.'),
  )
  @Min(0, say('목표 값은 0 이상이어야 합니다.', 'targetValue must be at least 0.'))
  @Max(99999999, say('목표 값이 너무 큽니다.', 'targetValue is too large.'))
  targetValue!: number;

  @Field(() => StandardUnit)
  @IsEnum(StandardUnit)
  unit!: StandardUnit;

  @Field(() => TargetDirection)
  @IsEnum(TargetDirection)
  direction!: TargetDirection;

  @Field(() => ID)
  @IsUUID('all', DEPARTMENT_ID)
  departmentId!: string;

  @Field({ defaultValue: true })
  @IsBoolean()
  active: boolean = true;
}

@InputType({ description: '이행표준 모니터링 기록: 충족 건수(metCount) 또는 측정값(measuredValue) 중 하나' })
export class StandardMeasurementInput {
  @Field(() => ID)
  @IsUUID('all', STANDARD_ID)
  standardId!: string;

  @Field({ description: 'YYYY-MM' })
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, MONTH)
  month!: string;

  @Field(() => Int)
  @IsInt(say('표본 수는 정수여야 합니다.', 'sampleSize must be a whole number.'))
  @Min(1, say('표본 수는 1 이상이어야 합니다.', 'sampleSize must be at least 1.'))
  @Max(1_000_000, say('표본 수는 1,000,000 이하여야 합니다.', 'sampleSize must be at most 1,000,000.'))
  sampleSize!: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt(say('충족 건수는 정수여야 합니다.', 'metCount must be a whole number.'))
  @Min(0, say('충족 건수는 0 이상이어야 합니다.', 'metCount must be at least 0.'))
  metCount?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber(
    { maxDecimalPlaces: 2 },
    say('측정값은 소수 둘째 자리까지의 수여야 합니다.', 'measuredValue must have at most 2 decimals.'),
  )
  @Min(0, say('측정값은 0 이상이어야 합니다.', 'measuredValue must be at least 0.'))
  @Max(9_999_999_999, say('측정값이 너무 큽니다.', 'measuredValue is too large.'))
  measuredValue?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 1000, NOTE)
  @NoControlOrFormatCharacters(NO_CONTROL)
  note?: string | null;
}

@ArgsType()
export class MeasurementsArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID('all', STANDARD_ID)
  standardId!: string;
}

@ArgsType()
export class MonthRangeArgs {
  @Field({ description: '시작 월 YYYY-MM (포함)' })
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, MONTH)
  from!: string;

  @Field({ description: '끝 월 YYYY-MM (포함, 최대 36개월)' })
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, MONTH)
  to!: string;
}

@InputType({ description: 'CSI 문항 결과' })
export class CsiItemInput {
  @Field()
  @Matches(/^[A-Z_]{1,40}$/, say('문항 코드가 올바르지 않습니다.', 'code is not a valid item code.'))
  code!: string;

  @Field(() => Float)
  @IsNumber(
    { maxDecimalPlaces: 2 },
    say('평균은 소수 둘째 자리까지의 수여야 합니다.', 'mean must have at most 2 decimals.'),
  )
  mean!: number;

  @Field(() => Int)
  @IsInt(say('응답자 수는 정수여야 합니다.', 'respondents must be a whole number.'))
  @Min(1, say('응답자 수는 1 이상이어야 합니다.', 'respondents must be at least 1.'))
  respondents!: number;
}

@InputType({ description: '부서 CSI 조사 결과 입력 (현재 설계의 모든 문항)' })
export class CsiRoundInput {
  @Field(() => ID)
  @IsUUID('all', DEPARTMENT_ID)
  departmentId!: string;

  @Field(() => Int)
  @IsInt(YEAR)
  @Min(2000, YEAR)
  @Max(2999, YEAR)
  year!: number;

  @Field(() => SurveyPeriod)
  @IsEnum(SurveyPeriod)
  period!: SurveyPeriod;

  @Field({ description: '조사 완료일 YYYY-MM-DD (조사 연도 안)' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, DAY)
  surveyedOn!: string;

  @Field(() => Int)
  @IsInt(say('응답자 수는 정수여야 합니다.', 'respondents must be a whole number.'))
  @Min(1, say('응답자 수는 1 이상이어야 합니다.', 'respondents must be at least 1.'))
  @Max(1_000_000, say('응답자 수는 1,000,000 이하여야 합니다.', 'respondents must be at most 1,000,000.'))
  respondents!: number;

  @Field(() => [CsiItemInput])
  @ArrayMinSize(1, say('문항 결과가 필요합니다.', 'items must not be empty.'))
  @ArrayMaxSize(40, say('문항은 40개 이하여야 합니다.', 'items must have at most 40 entries.'))
  @ValidateNested({ each: true })
  @Type(() => CsiItemInput)
  items!: CsiItemInput[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 1000, NOTE)
  @NoControlOrFormatCharacters(NO_CONTROL)
  note?: string | null;
}

@ArgsType()
export class DepartmentPageArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: '없으면 모든 부서' })
  @IsOptional()
  @IsUUID('all', DEPARTMENT_ID)
  departmentId?: string | null;
}

const SCORE = (label: string, field: string) =>
  say(
    `${label} 점수는 0~20 사이, 소수 첫째 자리까지여야 합니다.`,
    `${field} must be 0 to 20 with at most 1 decimal.`,
  );

/** One item of the phone-courtesy check: 0–20 points with one decimal. */
const CourtesyScore = (label: string, field: string) =>
  applyDecorators(
    Field(() => Float, { description: label }),
    IsNumber({ maxDecimalPlaces: 1 }, SCORE(label, field)),
    Min(0, SCORE(label, field)),
    Max(20, SCORE(label, field)),
  );

@InputType({ description: '전화친절도 모니터링 결과 (항목별 0~20점)' })
export class CourtesyCheckInput {
  @Field(() => ID)
  @IsUUID('all', DEPARTMENT_ID)
  departmentId!: string;

  @Field({ description: '점검일 YYYY-MM-DD' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, DAY)
  checkedOn!: string;

  @Field(() => Int)
  @IsInt(say('점검 통화 수는 정수여야 합니다.', 'callsChecked must be a whole number.'))
  @Min(1, say('점검 통화 수는 1 이상이어야 합니다.', 'callsChecked must be at least 1.'))
  @Max(10_000, say('점검 통화 수는 10,000 이하여야 합니다.', 'callsChecked must be at most 10,000.'))
  callsChecked!: number;

  @CourtesyScore('인사', 'greeting')
  greeting!: number;

  @CourtesyScore('신속 응대', 'promptness')
  promptness!: number;

  @CourtesyScore('친절', 'kindness')
  kindness!: number;

  @CourtesyScore('정확한 안내', 'accuracy')
  accuracy!: number;

  @CourtesyScore('끝인사', 'closing')
  closing!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 1000, NOTE)
  @NoControlOrFormatCharacters(NO_CONTROL)
  note?: string | null;
}

@ArgsType()
export class PeriodArgs {
  @Field(() => Int)
  @IsInt(YEAR)
  @Min(2000, YEAR)
  @Max(2999, YEAR)
  year!: number;

  @Field(() => SurveyPeriod)
  @IsEnum(SurveyPeriod)
  period!: SurveyPeriod;
}

@InputType({ description: '포상 대상 지정' })
export class RecognitionAwardInput {
  @Field(() => ID)
  @IsUUID('all', DEPARTMENT_ID)
  departmentId!: string;

  @Field(() => Int)
  @IsInt(YEAR)
  @Min(2000, YEAR)
  @Max(2999, YEAR)
  year!: number;

  @Field(() => SurveyPeriod)
  @IsEnum(SurveyPeriod)
  period!: SurveyPeriod;

  @Field(() => RecognitionKind)
  @IsEnum(RecognitionKind)
  kind!: RecognitionKind;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 1000, NOTE)
  @NoControlOrFormatCharacters(NO_CONTROL)
  note?: string | null;
}
