import { expectSqlSnapshot } from '../../test/sql-snapshot';
import {
  SERVICE_STANDARD_FACT_STATEMENTS,
  SERVICE_STANDARD_MEASURE_STATEMENTS,
  SERVICE_STANDARD_STATEMENTS,
} from './service-standards.sql';

it('sends exactly the statements of service-standards.queries.sql', () => {
  expectSqlSnapshot('service-standards.queries.sql', 'service-standards', {
    ...SERVICE_STANDARD_STATEMENTS,
    ...SERVICE_STANDARD_MEASURE_STATEMENTS,
    ...SERVICE_STANDARD_FACT_STATEMENTS,
  });
});
