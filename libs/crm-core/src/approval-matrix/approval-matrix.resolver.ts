import { Inject } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ApprovalSharesArgs, SetApprovalMatrixArgs } from './approval-matrix.inputs';
import { ApprovalLevelShare, ApprovalMatrix } from './approval-matrix.model';
import { ApprovalMatrixService } from './approval-matrix.service';

@Resolver()
export class ApprovalMatrixResolver {
  constructor(@Inject(ApprovalMatrixService) private readonly service: ApprovalMatrixService) {}

  @Query(() => ApprovalMatrix, { description: '위임전결 기준표, 직위 대응, 버전·이력' })
  approvalMatrix(): Promise<ApprovalMatrix> {
    return this.service.matrix();
  }

  @Mutation(() => ApprovalMatrix, { description: '위임전결 기준표와 직위 대응을 통째로 저장 (시·도 관리자)' })
  setApprovalMatrix(@Args() args: SetApprovalMatrixArgs): Promise<ApprovalMatrix> {
    return this.service.set(args);
  }

  @Query(() => [ApprovalLevelShare], {
    description: '월별 결재 단계 비중 (민원 결재자, 과업 계획 승인자의 직위 기준)',
  })
  approvalLevelShares(@Args() args: ApprovalSharesArgs): Promise<ApprovalLevelShare[]> {
    return this.service.levelShares(args.from, args.to, args.subjectKind ?? null);
  }
}
