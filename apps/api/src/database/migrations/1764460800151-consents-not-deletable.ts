import type { MigrationInterface, QueryRunner } from 'typeorm';
import { RUNTIME_ROLE } from './tenant-table-sql';

/**
 * Consents are evidence and are never deleted (c360's consents spec holds the runtime role to that):
 * anonymization blanks a consent's evidence instead, so the DELETE that CustomerPrivacy1764460800150 granted
 * on customer_consents is taken back.
 */
export class ConsentsNotDeletable1764460800151 implements MigrationInterface {
  name = 'ConsentsNotDeletable1764460800151';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`REVOKE DELETE ON customer_consents FROM ${RUNTIME_ROLE}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`GRANT DELETE ON customer_consents TO ${RUNTIME_ROLE}`);
  }
}
