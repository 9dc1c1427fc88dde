import type { MigrationInterface, QueryRunner } from 'typeorm';
import { RUNTIME_ROLE } from './tenant-table-sql';

/**
 * Customer export (issue 7 #7): its job queue (only the owner may create one, ADR 0008) and the number of
 * records an access-log entry covers (an export is one entry for many customers, with the stated reason).
 */
export class CustomerExport1764460800302 implements MigrationInterface {
  name = 'CustomerExport1764460800302';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`SELECT pgboss.create_queue($1, $2)`, [
      'customer-export',
      JSON.stringify({
        policy: 'standard',
        retryLimit: 3,
        retryDelay: 30,
        retryBackoff: true,
        expireInSeconds: 900,
        deadLetter: 'dead-letter',
      }),
    ]);
    await q.query(
      `ALTER TABLE access_log ADD COLUMN record_count integer CHECK (record_count IS NULL OR record_count >= 0)`,
    );
    await q.query(`GRANT INSERT (record_count) ON access_log TO ${RUNTIME_ROLE}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`REVOKE INSERT (record_count) ON access_log FROM ${RUNTIME_ROLE}`);
    await q.query(`ALTER TABLE access_log DROP COLUMN record_count`);
    await q.query(`SELECT pgboss.delete_queue($1)`, ['customer-export']);
  }
}
