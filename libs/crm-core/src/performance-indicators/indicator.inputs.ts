import { Field, Float, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsInt,
  IsNumber,
  IsOptional,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { HasVisibleCharacter, NoControlOrFormatCharacters, say } from '@pcrm/tenancy';
import { IndicatorType, ScopeKind } from './measure';
import { BAND_LIMITS, Direction, type Band } from './indicator-evaluation';
import { IndicatorPeriod } from './indicator.model';

const CODE = /^[A-Z][A-Z0-9_]{0,39}$/;
const NAME = say('지표명은 1~100자여야 합니다.', 'An indicator name must be 1 to 100 characters.');
const VISIBLE = say(
  '지표명에는 보이는 글자가 있어야 합니다.',
  'An indicator name needs at least one visible character.',
);
const NO_CONTROL = say(
  '지표명에 제어 문자나 보이지 않는 서식 문자를 쓸 수 없습니다.',
  'An indicator name must not contain control or invisible format characters.',
);
const FINITE = { allowNaN: false, allowInfinity: false, maxDecimalPlaces: 4 };

@InputType({ description: '평가 구간' })
export class IndicatorBandInput implements Band {
  @Field()
  @Matches(
    /^[A-Z][A-Z0-9+-]{0,3}$/,
    say(
      '등급은 영문 대문자로 시작하는 4자 이하입니다.',
      'A grade is up to 4 characters starting with a capital letter.',
    ),
  )
  grade!: string;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber(FINITE, say('기준값은 숫자여야 합니다.', 'A threshold must be a number.'))
  @Min(-1e6, say('기준값이 너무 작습니다.', 'The threshold is too small.'))
  @Max(1e6, say('기준값이 너무 큽니다.', 'The threshold is too large.'))
  threshold!: number | null;

  @Field(() => Float)
  @IsNumber(FINITE, say('점수는 숫자여야 합니다.', 'A score must be a number.'))
  score!: number;
}

@InputType({
  description: '성과지표 저장: 새 버전을 씁니다 (expectedVersion 은 편집을 시작한 버전, 없으면 0)',
})
export class SavePerformanceIndicatorInput {
  @Field()
  @Matches(
    CODE,
    say(
      '지표 코드는 영문 대문자로 시작하는 대문자·숫자·_ 1~40자입니다.',
      'An indicator code is 1 to 40 capitals, digits or _, starting with a capital.',
    ),
  )
  code!: string;

  @Field(() => Int, {
    description: '편집을 시작한 버전 (재정의가 없으면 0): 그 사이 다른 저장이 있으면 거절',
  })
  @IsInt(say('expectedVersion 은 정수여야 합니다.', 'expectedVersion must be an integer.'))
  @Min(0, say('expectedVersion 은 0 이상입니다.', 'expectedVersion must be at least 0.'))
  @Max(1_000_000, say('expectedVersion 이 너무 큽니다.', 'expectedVersion is too large.'))
  expectedVersion!: number;

  @Field()
  @Matches(
    /^[A-Z][A-Z0-9_]{0,59}$/,
    say('측정항목 코드가 올바르지 않습니다.', 'The measure code is not valid.'),
  )
  measureCode!: string;

  @Field()
  @Length(1, 100, NAME)
  @HasVisibleCharacter(VISIBLE)
  @NoControlOrFormatCharacters(NO_CONTROL)
  nameKo!: string;

  @Field()
  @Length(1, 100, NAME)
  @HasVisibleCharacter(VISIBLE)
  @NoControlOrFormatCharacters(NO_CONTROL)
  nameEn!: string;

  @Field(() => IndicatorType)
  @IsEnum(IndicatorType)
  typeTag!: IndicatorType;

  @Field(() => ScopeKind)
  @IsEnum(ScopeKind)
  scope!: ScopeKind;

  @Field(() => IndicatorPeriod)
  @IsEnum(IndicatorPeriod)
  period!: IndicatorPeriod;

  @Field(() => Float)
  @IsNumber(
    { ...FINITE, maxDecimalPlaces: 2 },
    say('가중치는 소수 둘째 자리까지의 숫자입니다.', 'A weight is a number with at most 2 decimals.'),
  )
  @Min(0, say('가중치는 0~100 입니다.', 'A weight is between 0 and 100.'))
  @Max(100, say('가중치는 0~100 입니다.', 'A weight is between 0 and 100.'))
  weight!: number;

  @Field(() => Float)
  @IsNumber(FINITE, say('목표값은 숫자여야 합니다.', 'A target must be a number.'))
  @Min(-1e6, say('목표값이 너무 작습니다.', 'The target is too small.'))
  @Max(1e6, say('목표값이 너무 큽니다.', 'The target is too large.'))
  target!: number;

  @Field(() => Direction)
  @IsEnum(Direction)
  direction!: Direction;

  @Field(() => [IndicatorBandInput])
  @ArrayMaxSize(
    BAND_LIMITS.maxBands,
    say(`평가 구간은 ${BAND_LIMITS.maxBands}개 이하입니다.`, `At most ${BAND_LIMITS.maxBands} bands.`),
  )
  @ValidateNested({ each: true })
  @Type(() => IndicatorBandInput)
  bands!: IndicatorBandInput[];

  @Field()
  @IsBoolean()
  active!: boolean;
}
