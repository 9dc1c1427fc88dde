import { expectSqlSnapshot } from '../../test/sql-snapshot';
import { CONSENT_STATEMENTS } from './consents.sql';

it('sends exactly the statements of consents.queries.sql', () => {
  expectSqlSnapshot('consents.queries.sql', 'customer consents', CONSENT_STATEMENTS);
});
