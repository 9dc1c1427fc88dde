import { Module } from '@nestjs/common';
import { CustomersModule } from '../customers';
import { CustomerConsentsResolver } from './consents.resolver';
import { CustomerConsentsService } from './consents.service';

/** Consents per purpose (개인정보 이용 동의) and their withdrawal. */
@Module({
  imports: [CustomersModule],
  providers: [CustomerConsentsService, CustomerConsentsResolver],
  exports: [CustomerConsentsService],
})
export class CustomerConsentsModule {}
