import { expectSqlSnapshot } from '../../test/sql-snapshot';
import { INDICATOR_STATEMENTS } from './indicator.sql';

it('sends exactly the statements of indicator.queries.sql', () => {
  expectSqlSnapshot('indicator.queries.sql', 'performance-indicators', INDICATOR_STATEMENTS);
});
