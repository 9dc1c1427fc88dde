import { expectSqlSnapshot } from '../../test/sql-snapshot';
import { PRIVACY_STATEMENTS } from './customer-privacy.sql';

it('sends exactly the statements of customer-privacy.queries.sql', () => {
  expectSqlSnapshot('customer-privacy.queries.sql', 'customer-privacy', PRIVACY_STATEMENTS);
});
