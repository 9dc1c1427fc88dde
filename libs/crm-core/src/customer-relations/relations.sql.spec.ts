import { expectSqlSnapshot } from '../../test/sql-snapshot';
import { RELATION_STATEMENTS } from './relations.sql';

it('sends exactly the statements of relations.queries.sql', () => {
  expectSqlSnapshot('relations.queries.sql', 'customer relations', RELATION_STATEMENTS);
});
