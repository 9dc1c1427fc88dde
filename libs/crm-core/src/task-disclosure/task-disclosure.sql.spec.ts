import { expectSqlSnapshot } from '../../test/sql-snapshot';
import { TASK_DISCLOSURE_STATEMENTS } from './task-disclosure.sql';

it('sends exactly the statements of task-disclosure.queries.sql', () => {
  expectSqlSnapshot('task-disclosure.queries.sql', 'task-disclosure', TASK_DISCLOSURE_STATEMENTS);
});
