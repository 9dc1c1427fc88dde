import { expectSqlSnapshot } from '../../test/sql-snapshot';
import { CONTACT_STATEMENTS } from './contacts.sql';

it('sends exactly the statements of contacts.queries.sql', () => {
  expectSqlSnapshot('contacts.queries.sql', 'customer contacts', CONTACT_STATEMENTS);
});
