import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { say } from '@pcrm/tenancy';

@ArgsType()
export class StaffArgs {
  @Field(() => Int, { defaultValue: 50, description: '한 페이지 크기 (1~200)' })
  @Min(1, say('first 는 1 이상이어야 합니다.', 'first must be at least 1.'))
  @Max(200, say('first 는 200 이하여야 합니다.', 'first must be at most 200.'))
  first = 50;

  @Field(() => String, { nullable: true, description: '이전 페이지의 endCursor' })
  @IsOptional()
  @IsString()
  after?: string | null;

  @Field(() => ID, { nullable: true, description: '이 부서(includeSubunits 이면 하위 부서 포함)의 직원만' })
  @IsOptional()
  @IsUUID('all', say('부서 ID가 올바르지 않습니다.', 'departmentId is not a valid id.'))
  departmentId?: string | null;

  @Field(() => Boolean, {
    defaultValue: true,
    description: 'departmentId 의 하위 부서 직원도 포함 (기본값 true)',
  })
  @IsBoolean()
  includeSubunits = true;

  @Field(() => String, { nullable: true, description: '이름 검색' })
  @IsOptional()
  @Length(1, 50, say('검색어는 1~50자여야 합니다.', 'search must be 1 to 50 characters.'))
  search?: string | null;
}
