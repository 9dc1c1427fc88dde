import { expectSqlSnapshot } from '../../test/sql-snapshot';
import { NOTIFICATION_STATEMENTS } from './notification.sql';

it('sends exactly the statements of notifications.queries.sql', () => {
  expectSqlSnapshot('notifications.queries.sql', 'notifications', NOTIFICATION_STATEMENTS);
});
