import type { MigrationInterface, QueryRunner } from 'typeorm';
import { RUNTIME_ROLE } from './tenant-table-sql';

/** When a personal-data read happened is the database's clock, never a value the runtime role writes. */
const WRITABLE = [
  'tenant_id',
  'actor',
  'actor_subject',
  'actor_roles',
  'purpose',
  'operation',
  'entity',
  'record_id',
  'fields',
  'masked',
].join(', ');

export class AccessLogTime1764183600000 implements MigrationInterface {
  name = 'AccessLogTime1764183600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`REVOKE INSERT ON access_log FROM ${RUNTIME_ROLE}`);
    await q.query(`GRANT INSERT (${WRITABLE}) ON access_log TO ${RUNTIME_ROLE}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`REVOKE INSERT (${WRITABLE}) ON access_log FROM ${RUNTIME_ROLE}`);
    await q.query(`GRANT INSERT ON access_log TO ${RUNTIME_ROLE}`);
  }
}
