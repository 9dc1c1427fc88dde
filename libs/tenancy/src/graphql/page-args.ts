import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsOptional, IsString, Max, Min } from 'class-validator';
import { say } from '../validation/input-validation.pipe';

/** The paging arguments of every connection; a list's own filters extend it. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 50, description: '한 페이지 크기 (1~200)' })
  @Min(1, say('first 는 1 이상이어야 합니다.', 'first must be at least 1.'))
  @Max(200, say('first 는 200 이하여야 합니다.', 'first must be at most 200.'))
  first = 50;

  @Field(() => String, { nullable: true, description: '이전 페이지의 endCursor' })
  @IsOptional()
  @IsString()
  after?: string | null;
}
