import { Inject } from '@nestjs/common';
import { TenantDatabase, type Sql } from '@pcrm/tenancy';
import { CustomersService } from './customers.service';

/**
 * The base of the services that keep records about a customer (contact history, relations, consents): the
 * scope's SQL and the customers service that checks the customer a record is about.
 */
export abstract class CustomerRecordsService {
  constructor(
    @Inject(TenantDatabase) private readonly db: TenantDatabase,
    @Inject(CustomersService) protected readonly customers: CustomersService,
  ) {}

  protected get sql(): Sql {
    return this.db.request();
  }
}
