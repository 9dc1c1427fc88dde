import { Inject } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Job } from '@pcrm/tenancy';
import { CustomerExportJobArgs, StartCustomerExportInput } from './customer-export.inputs';
import { CustomerExportService } from './customer-export.service';

@Resolver()
export class CustomerExportResolver {
  constructor(@Inject(CustomerExportService) private readonly exports: CustomerExportService) {}

  @Mutation(() => Job, {
    description:
      '고객을 파일로 내보내는 작업 시작 (부서장, 시·도 관리자): 사유 필수, 개인정보 열람 기록에 남습니다. ' +
      '진행은 job(id), 파일은 /exports/<jobId>',
  })
  startCustomerExport(@Args('input') input: StartCustomerExportInput): Promise<Job> {
    return this.exports.start(input);
  }

  @Query(() => Job, {
    description: '내가 시작한 고객 내보내기 작업 하나 (진행률, 완료 후 downloadPath); 다른 작업은 NOT_FOUND',
  })
  customerExportJob(@Args() { id }: CustomerExportJobArgs): Promise<Job> {
    return this.exports.ownJob(id);
  }
}
