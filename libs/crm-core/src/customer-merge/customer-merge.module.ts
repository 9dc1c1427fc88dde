import { Module } from '@nestjs/common';
import { CustomerMergeService } from './customer-merge.service';

/** Merging two customers of a tenant into one, keeping the merged record, its history and source. */
@Module({
  providers: [CustomerMergeService],
  exports: [CustomerMergeService],
})
export class CustomerMergeModule {}
