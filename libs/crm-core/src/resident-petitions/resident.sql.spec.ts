import { expectSqlSnapshot } from '../../test/sql-snapshot';
import { RESIDENT_STATEMENTS } from './resident.sql';

it('sends exactly the statements of resident.queries.sql', () => {
  expectSqlSnapshot('resident.queries.sql', 'resident-petitions', RESIDENT_STATEMENTS);
});
