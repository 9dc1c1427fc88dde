import { expectSqlSnapshot } from '../../test/sql-snapshot';
import { VOC_STATEMENTS } from './voc.sql';

it('sends exactly the statements of voc.queries.sql', () => {
  expectSqlSnapshot('voc.queries.sql', 'petitions', VOC_STATEMENTS);
});
