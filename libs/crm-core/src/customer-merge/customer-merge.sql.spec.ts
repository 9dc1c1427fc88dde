import { expectSqlSnapshot } from '../../test/sql-snapshot';
import { CustomerMergeSql } from './customer-merge.sql';

it('sends exactly the statements of customer-merge.queries.sql', () => {
  expectSqlSnapshot('customer-merge.queries.sql', 'customer-merge', CustomerMergeSql);
});
