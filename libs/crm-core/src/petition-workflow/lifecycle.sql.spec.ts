import { expectSqlSnapshot } from '../../test/sql-snapshot';
import { LIFECYCLE_STATEMENTS } from './lifecycle.sql';

it('sends exactly the statements of lifecycle.queries.sql', () => {
  expectSqlSnapshot('lifecycle.queries.sql', 'petition-workflow', LIFECYCLE_STATEMENTS);
});
