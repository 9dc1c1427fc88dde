import { Module } from '@nestjs/common';
import { CustomersModule } from '../customers';
import { CustomerMergeResolver } from './customer-merge.resolver';
import { CustomerMergeService } from './customer-merge.service';

/** Merging two customers of a tenant into one, keeping the merged record, its history and source. */
@Module({
  imports: [CustomersModule],
  providers: [CustomerMergeService, CustomerMergeResolver],
  exports: [CustomerMergeService],
})
export class CustomerMergeModule {}
