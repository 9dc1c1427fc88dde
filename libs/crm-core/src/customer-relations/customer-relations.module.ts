import { Module } from '@nestjs/common';
import { CustomersModule } from '../customers';
import { CustomerRelationsResolver } from './relations.resolver';
import { CustomerRelationsService } from './relations.service';

/** Relations between customers (가족, 대표자, 대리인, 담당자) and households. */
@Module({
  imports: [CustomersModule],
  providers: [CustomerRelationsService, CustomerRelationsResolver],
  exports: [CustomerRelationsService],
})
export class CustomerRelationsModule {}
