import { expectSqlSnapshot } from '../../test/sql-snapshot';
import { STAFF_STATEMENTS } from './staff.sql';

it('sends exactly the statements of staff.queries.sql', () => {
  expectSqlSnapshot('staff.queries.sql', 'staff', STAFF_STATEMENTS);
});
