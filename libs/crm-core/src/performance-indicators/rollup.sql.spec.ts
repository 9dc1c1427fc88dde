import { expectSqlSnapshot } from '../../test/sql-snapshot';
import { ROLLUP_STATEMENTS } from './rollup.sql';

it('sends exactly the statements of rollup.queries.sql', () => {
  expectSqlSnapshot('rollup.queries.sql', 'performance-indicators', ROLLUP_STATEMENTS);
});
