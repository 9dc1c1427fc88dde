/** What other capabilities may use of the approval matrix; everything else in this folder is private to it. */
export { ApprovalMatrixModule } from './approval-matrix.module';
export { ApprovalMatrixService } from './approval-matrix.service';
export * from './approval-matrix.enums';
