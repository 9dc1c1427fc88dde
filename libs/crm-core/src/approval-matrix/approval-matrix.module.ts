import { Module } from '@nestjs/common';
import { ApprovalMatrixResolver } from './approval-matrix.resolver';
import { ApprovalMatrixService } from './approval-matrix.service';

/** The delegated-approval matrix (위임전결) and the share of decisions per level (docs/adr/0031). */
@Module({
  providers: [ApprovalMatrixService, ApprovalMatrixResolver],
  exports: [ApprovalMatrixService],
})
export class ApprovalMatrixModule {}
