import { expectSqlSnapshot } from '../../test/sql-snapshot';
import { SURVEY_STATEMENTS } from './survey.sql';

it('sends exactly the statements of survey.queries.sql', () => {
  expectSqlSnapshot('survey.queries.sql', 'petition-surveys', SURVEY_STATEMENTS);
});
