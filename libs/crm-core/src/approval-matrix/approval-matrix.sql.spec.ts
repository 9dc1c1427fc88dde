import { expectSqlSnapshot } from '../../test/sql-snapshot';
import { APPROVAL_MATRIX_STATEMENTS } from './approval-matrix.sql';

it('sends exactly the statements of approval-matrix.queries.sql', () => {
  expectSqlSnapshot('approval-matrix.queries.sql', 'approval-matrix', APPROVAL_MATRIX_STATEMENTS);
});
