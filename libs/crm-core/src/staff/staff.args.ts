import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsUUID, Length } from 'class-validator';
import { PageArgs, say } from '@pcrm/tenancy';

@ArgsType()
export class StaffArgs extends PageArgs {
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
