import { expectSqlSnapshot } from '../../test/sql-snapshot';
import { ANALYTICS_STATEMENTS } from './analytics.sql';

it('sends exactly the statements of analytics.queries.sql', () => {
  expectSqlSnapshot('analytics.queries.sql', 'petition-analytics', ANALYTICS_STATEMENTS);
});
