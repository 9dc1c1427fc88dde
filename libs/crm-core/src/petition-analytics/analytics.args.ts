import { ArgsType, Field, ID, Int, IntersectionType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { PageArgs, say } from '@pcrm/tenancy';
import { HandlingClass } from '../petitions';
import { ProcessingGroupBy } from './analytics.sql';
import { MonthRangeArgs } from './month-range';

@ArgsType()
export class ProcessingTimeArgs extends MonthRangeArgs {
  @Field(() => ProcessingGroupBy, {
    defaultValue: ProcessingGroupBy.BUREAU,
    description: '묶음 (기본값 실·국)',
  })
  @IsEnum(ProcessingGroupBy, say('groupBy 가 올바르지 않습니다.', 'groupBy is not valid.'))
  groupBy: ProcessingGroupBy = ProcessingGroupBy.BUREAU;
}

@ArgsType()
export class RepeatPetitionArgs extends MonthRangeArgs {
  @Field(() => HandlingClass, { nullable: true, description: '민원인 목록(top)을 이 처리유형으로 한정' })
  @IsOptional()
  @IsEnum(HandlingClass, say('handlingClass 가 올바르지 않습니다.', 'handlingClass is not valid.'))
  handlingClass?: HandlingClass | null;

  @Field(() => Int, { defaultValue: 20, description: '민원인 목록의 길이 (1~100)' })
  @Min(1, say('top 은 1 이상이어야 합니다.', 'top must be at least 1.'))
  @Max(100, say('top 은 100 이하여야 합니다.', 'top must be at most 100.'))
  top = 20;
}

@ArgsType()
export class BacklogFilterArgs {
  @Field(() => Boolean, { defaultValue: false, description: '법정 처리기한이 지난 건만' })
  @IsBoolean()
  overdueOnly = false;

  @Field(() => ID, { nullable: true, description: '이 부서와 하위 부서의 건만' })
  @IsOptional()
  @IsUUID('all', say('부서 ID가 올바르지 않습니다.', 'departmentId is not a valid id.'))
  departmentId?: string | null;
}

/** A page of the backlog: the filter and the paging arguments. */
@ArgsType()
export class BacklogArgs extends IntersectionType(PageArgs, BacklogFilterArgs, ArgsType) {}

@ArgsType()
export class ProcessingReductionArgs extends IntersectionType(MonthRangeArgs, PageArgs, ArgsType) {
  @Field(() => ID, { nullable: true, description: '이 실·국의 칸만' })
  @IsOptional()
  @IsUUID('all', say('실·국 ID가 올바르지 않습니다.', 'bureauId is not a valid id.'))
  bureauId?: string | null;

  @Field(() => ID, { nullable: true, description: '이 부서의 칸만' })
  @IsOptional()
  @IsUUID('all', say('부서 ID가 올바르지 않습니다.', 'departmentId is not a valid id.'))
  departmentId?: string | null;

  @Field(() => HandlingClass, { nullable: true, description: '이 처리유형의 칸만' })
  @IsOptional()
  @IsEnum(HandlingClass, say('handlingClass 가 올바르지 않습니다.', 'handlingClass is not valid.'))
  handlingClass?: HandlingClass | null;
}
