import { expectSqlSnapshot } from '../../test/sql-snapshot';
import { CALENDAR_STATEMENTS } from './business-calendar.sql';

it('sends exactly the statements of business-calendar.queries.sql', () => {
  expectSqlSnapshot('business-calendar.queries.sql', 'business-calendar', CALENDAR_STATEMENTS);
});
