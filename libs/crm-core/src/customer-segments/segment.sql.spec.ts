import { expectSqlSnapshot } from '../../test/sql-snapshot';
import { SEGMENT_STATEMENTS } from './segment.sql';

it('sends exactly the statements of segment.queries.sql', () => {
  expectSqlSnapshot('segment.queries.sql', 'customer-segments', SEGMENT_STATEMENTS);
});
