import { Inject } from '@nestjs/common';
import { Args, ArgsType, Field, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { IsOptional, IsString, Max, Min } from 'class-validator';
import { notFound } from '../errors/app-errors';
import type { Connection } from '../graphql/connection';
import { say } from '../validation/input-validation.pipe';
import { BackgroundJobs } from './background-jobs';
import { Job, JobConnection } from './job.model';
import { isJobId } from './job-id';

@ArgsType()
export class JobsArgs {
  @Field(() => Int, { defaultValue: 20, description: '한 페이지 크기 (1~100)' })
  @Min(1, say('first 는 1 이상이어야 합니다.', 'first must be at least 1.'))
  @Max(100, say('first 는 100 이하여야 합니다.', 'first must be at most 100.'))
  first = 20;

  @Field(() => String, { nullable: true, description: '이전 페이지의 endCursor' })
  @IsOptional()
  @IsString()
  after?: string | null;
}

@Resolver(() => Job)
export class JobsResolver {
  constructor(@Inject(BackgroundJobs) private readonly background: BackgroundJobs) {}

  @Query(() => JobConnection, { description: '소속 시·도의 백그라운드 작업 (최신순; 시·도 관리자)' })
  jobs(@Args() args: JobsArgs): Promise<Connection<Job>> {
    return this.background.page(args.first, args.after);
  }

  @Query(() => Job, { description: '작업 하나 (시·도 관리자); 다른 시·도의 작업은 NOT_FOUND' })
  async job(@Args('id', { type: () => ID }) id: string): Promise<Job> {
    const job = isJobId(id) ? await this.background.find(id) : null;
    if (!job) throw notFound('작업', 'Job');
    return job;
  }
}
