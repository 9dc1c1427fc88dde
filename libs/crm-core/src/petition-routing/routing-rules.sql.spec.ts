import { expectSqlSnapshot } from '../../test/sql-snapshot';
import { ROUTING_RULE_STATEMENTS } from './routing-rules.sql';

it('sends exactly the statements of routing-rules.queries.sql', () => {
  expectSqlSnapshot('routing-rules.queries.sql', 'petition-routing', ROUTING_RULE_STATEMENTS);
});
