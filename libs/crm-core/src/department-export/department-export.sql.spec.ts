import { expectSqlSnapshot } from '../../test/sql-snapshot';
import { DepartmentExportSql } from './department-export.sql';

it('sends exactly the statements of department-export.queries.sql', () => {
  expectSqlSnapshot('department-export.queries.sql', 'department-export', DepartmentExportSql);
});
