import { expectSqlSnapshot } from '../../test/sql-snapshot';
import { CUSTOMER_STATEMENTS } from './customers.sql';

it('sends exactly the statements of customers.queries.sql', () => {
  expectSqlSnapshot('customers.queries.sql', 'customers', CUSTOMER_STATEMENTS);
});
