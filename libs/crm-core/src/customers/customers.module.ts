import { Inject, Module, type OnModuleInit } from '@nestjs/common';
import { CustomizableEntities, CustomizationModule } from '@pcrm/customization';
import { CUSTOMER_ENTITY } from './customers.entity';
import { CustomerConnectionResolver, CustomersResolver } from './customers.resolver';
import { CustomersService } from './customers.service';

/** Customers (residents and organizations) of a 시·도: search, the customer 360 profile, create and edit. */
@Module({
  imports: [CustomizationModule],
  providers: [CustomersService, CustomersResolver, CustomerConnectionResolver],
  exports: [CustomersService],
})
export class CustomersModule implements OnModuleInit {
  constructor(@Inject(CustomizableEntities) private readonly entities: CustomizableEntities) {}

  onModuleInit(): void {
    this.entities.register(CUSTOMER_ENTITY);
  }
}
