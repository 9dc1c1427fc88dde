/** What other capabilities may use of customers; everything else in this folder is private to it. */
export * from '../customer-keys';
export * from './customer.enums';
export { AGE_BAND_YEARS, ageBandOf } from './age-band';
export { CustomersModule } from './customers.module';
export { CustomersService, customerNotFound, type CustomerOrigin } from './customers.service';
export { CustomerRecordsService } from './customer-records.service';
export {
  Customer,
  CustomerAddress,
  CustomerConnection,
  CustomerEdge,
  CustomerEmail,
  CustomerPhone,
  CustomerSummary,
} from './customer.model';
export { CustomerFilter, CustomersArgs } from './customer.inputs';
export {
  COUNT_CAP,
  SUMMARY_COLUMNS,
  EVERY_ACTIVE_CUSTOMER,
  customerSearchStatement,
  customValueCondition,
  type CustomersTable,
  type CustomerKey,
  type CustomerSearch,
  type CustomerQueryMatch,
} from './customers.sql';
export { interpretQuery } from './customer-query';
export {
  checkCustomer,
  CUSTOMER_LIMITS,
  type AddressFields,
  type CustomerFields,
  type CustomerWrite,
  type EmailFields,
  type PhoneFields,
} from './customer-write';
export { toSummary } from './customer-masking';
export { checkText, currentActor, customerIdFormat, pastMoment, requiredText } from './record-checks';
export type { CustomerSummaryRow } from './customer.rows';
export { CUSTOMER_ENTITY } from './customers.entity';
