import { ArgsType, Field, ID, Int, IntersectionType } from '@nestjs/graphql';
import { IsEnum, IsInt, IsUUID, Matches, Max, Min } from 'class-validator';
import { PageArgs, say } from '@pcrm/tenancy';
import { ScopeKind } from './measure';
import { IndicatorPeriod } from './indicator.model';

@ArgsType()
export class ScorecardArgs {
  @Field(() => ScopeKind)
  @IsEnum(ScopeKind)
  scope!: ScopeKind;

  @Field(() => ID, { description: '부서 ID 또는 직원 ID' })
  @IsUUID('all', say('scopeId 가 올바른 ID가 아닙니다.', 'scopeId is not a valid id.'))
  scopeId!: string;

  @Field(() => IndicatorPeriod)
  @IsEnum(IndicatorPeriod)
  period!: IndicatorPeriod;

  @Field(() => Int)
  @IsInt(say('year 는 정수입니다.', 'year must be an integer.'))
  @Min(2000, say('year 는 2000–2099 입니다.', 'year must be 2000–2099.'))
  @Max(2099, say('year 는 2000–2099 입니다.', 'year must be 2000–2099.'))
  year!: number;

  @Field(() => Int, { defaultValue: 1, description: 'MONTH: 1–12, QUARTER: 1–4, YEAR: 1' })
  @IsInt(say('index 는 정수입니다.', 'index must be an integer.'))
  @Min(1, say('index 는 1 이상입니다.', 'index must be at least 1.'))
  @Max(12, say('index 는 12 이하입니다.', 'index must be at most 12.'))
  index = 1;
}

@ArgsType()
export class DrillDownTotalsArgs {
  @Field({ description: '측정항목 코드' })
  @Matches(
    /^[A-Z][A-Z0-9_]{0,59}$/,
    say('측정항목 코드가 올바르지 않습니다.', 'The measure code is not valid.'),
  )
  measureCode!: string;

  @Field(() => ScopeKind)
  @IsEnum(ScopeKind)
  scope!: ScopeKind;

  @Field(() => ID)
  @IsUUID('all', say('scopeId 가 올바른 ID가 아닙니다.', 'scopeId is not a valid id.'))
  scopeId!: string;

  @Field(() => IndicatorPeriod)
  @IsEnum(IndicatorPeriod)
  period!: IndicatorPeriod;

  @Field(() => Int)
  @IsInt(say('year 는 정수입니다.', 'year must be an integer.'))
  @Min(2000, say('year 는 2000–2099 입니다.', 'year must be 2000–2099.'))
  @Max(2099, say('year 는 2000–2099 입니다.', 'year must be 2000–2099.'))
  year!: number;

  @Field(() => Int, { defaultValue: 1 })
  @IsInt(say('index 는 정수입니다.', 'index must be an integer.'))
  @Min(1, say('index 는 1 이상입니다.', 'index must be at least 1.'))
  @Max(12, say('index 는 12 이하입니다.', 'index must be at most 12.'))
  index = 1;
}

@ArgsType()
export class DrillDownArgs extends IntersectionType(DrillDownTotalsArgs, PageArgs, ArgsType) {}
