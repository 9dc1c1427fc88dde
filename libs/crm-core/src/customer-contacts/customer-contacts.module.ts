import { Module } from '@nestjs/common';
import { CustomersModule } from '../customers';
import { ContactConnectionResolver, CustomerContactsResolver } from './contacts.resolver';
import { CustomerContactsService } from './contacts.service';

/** Contact history (접촉 이력): every interaction across channels, the customer 360 timeline. */
@Module({
  imports: [CustomersModule],
  providers: [CustomerContactsService, CustomerContactsResolver, ContactConnectionResolver],
  exports: [CustomerContactsService],
})
export class CustomerContactsModule {}
