import { expectSqlSnapshot } from '../../test/sql-snapshot';
import { AttachmentSql } from './attachment.sql';

it('sends exactly the statements of attachment.queries.sql', () => {
  expectSqlSnapshot('attachment.queries.sql', 'attachments', AttachmentSql);
});
