import { expectSqlSnapshot } from '../../test/sql-snapshot';
import { AccessLogSql } from './access-log.sql';

it('sends exactly the statements of access-log.queries.sql', () => {
  expectSqlSnapshot('access-log.queries.sql', 'access-log', AccessLogSql);
});
