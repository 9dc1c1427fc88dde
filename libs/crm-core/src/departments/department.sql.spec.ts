import { expectSqlSnapshot } from '../../test/sql-snapshot';
import { DEPARTMENT_STATEMENTS } from './department.sql';

it('sends exactly the statements of department.queries.sql', () => {
  expectSqlSnapshot('department.queries.sql', 'departments', DEPARTMENT_STATEMENTS);
});
