import { expectSqlSnapshot } from '../../test/sql-snapshot';
import { TASK_STATEMENTS } from './task.sql';

it('sends exactly the statements of task.queries.sql', () => {
  expectSqlSnapshot('task.queries.sql', 'tasks', TASK_STATEMENTS);
});
