import { expectSqlSnapshot } from '../../test/sql-snapshot';
import { QUALITY_STATEMENTS } from './quality.sql';

it('sends exactly the statements of quality.queries.sql', () => {
  expectSqlSnapshot('quality.queries.sql', 'customer-quality', QUALITY_STATEMENTS);
});
