import { expectSqlSnapshot } from '../../test/sql-snapshot';
import { CUSTOMER_EXPORT_STATEMENTS } from './customer-export.sql';

it('sends exactly the statements of customer-export.queries.sql', () => {
  expectSqlSnapshot('customer-export.queries.sql', 'customer-export', CUSTOMER_EXPORT_STATEMENTS);
});
