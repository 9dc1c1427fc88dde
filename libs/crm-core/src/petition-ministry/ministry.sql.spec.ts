import { expectSqlSnapshot } from '../../test/sql-snapshot';
import { MINISTRY_STATEMENTS } from './ministry.sql';

it('sends exactly the statements of ministry.queries.sql', () => {
  expectSqlSnapshot('ministry.queries.sql', 'petition-ministry', MINISTRY_STATEMENTS);
});
