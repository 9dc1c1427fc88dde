import type { MigrationInterface, QueryRunner } from 'typeorm';
import { RUNTIME_ROLE } from './tenant-table-sql';
import { createJobQueue, deleteJobQueue } from './job-queue-sql';

/**
 * Customer export (issue 7 #7): its job queue (only the owner may create one, ADR 0008) and the number of
 * records an access-log entry covers (an export is one entry for many customers, with the stated reason).
 */
export class CustomerExport1764460800302 implements MigrationInterface {
  name = 'CustomerExport1764460800302';

  async up(q: QueryRunner): Promise<void> {
    await createJobQueue(q, 'customer-export');
    await q.query(
      `ALTER TABLE access_log ADD COLUMN record_count integer CHECK (record_count IS NULL OR record_count >= 0)`,
    );
    await q.query(`GRANT INSERT (record_count) ON access_log TO ${RUNTIME_ROLE}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`REVOKE INSERT (record_count) ON access_log FROM ${RUNTIME_ROLE}`);
    await q.query(`ALTER TABLE access_log DROP COLUMN record_count`);
    await deleteJobQueue(q, 'customer-export');
  }
}
