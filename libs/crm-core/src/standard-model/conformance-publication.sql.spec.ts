import { expectSqlSnapshot } from '../../test/sql-snapshot';
import { CONFORMANCE_PUBLICATION_STATEMENTS } from './conformance-publication.sql';

it('sends exactly the statements of conformance-publication.queries.sql', () => {
  expectSqlSnapshot(
    'conformance-publication.queries.sql',
    'standard-model',
    CONFORMANCE_PUBLICATION_STATEMENTS,
  );
});
