import { Inject } from '@nestjs/common';
import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { notFound } from '../errors/app-errors';
import type { Connection } from '../graphql/connection';
import { PageArgs } from '../graphql/page-args';
import { BackgroundJobs } from './background-jobs';
import { Job, JobConnection } from './job.model';
import { isJobId } from './job-id';

@Resolver(() => Job)
export class JobsResolver {
  constructor(@Inject(BackgroundJobs) private readonly background: BackgroundJobs) {}

  @Query(() => JobConnection, { description: '소속 시·도의 백그라운드 작업 (최신순; 시·도 관리자)' })
  jobs(@Args() args: PageArgs): Promise<Connection<Job>> {
    return this.background.page(args.first, args.after);
  }

  @Query(() => Job, { description: '작업 하나 (시·도 관리자); 다른 시·도의 작업은 NOT_FOUND' })
  async job(@Args('id', { type: () => ID }) id: string): Promise<Job> {
    const job = isJobId(id) ? await this.background.find(id) : null;
    if (!job) throw notFound('작업', 'Job');
    return job;
  }
}
