import { expectSqlSnapshot } from '../../test/sql-snapshot';
import { CustomerImportSql } from './customer-import.sql';

it('sends exactly the statements of customer-import.queries.sql', () => {
  expectSqlSnapshot('customer-import.queries.sql', 'customer-import', CustomerImportSql);
});
