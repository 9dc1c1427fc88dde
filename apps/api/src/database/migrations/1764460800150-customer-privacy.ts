import type { MigrationInterface, QueryRunner } from 'typeorm';
import { RUNTIME_ROLE } from './tenant-table-sql';
import { createJobQueue, deleteJobQueue } from './job-queue-sql';

const JOB_SCHEMA = 'pgboss';

/**
 * Customer privacy (issue 7 #7) and the daily data-quality snapshot:
 * - anonymization deletes a customer's consents (their evidence identifies the person), so the runtime role
 *   may now DELETE on customer_consents (RLS and its tenant policy apply as to every statement);
 * - retention candidates are found by an index on (tenant, last activity, id) of active customers;
 * - queues: `customer-anonymize` (large sets), `data-quality-snapshot` (one tenant's snapshot) and its cron
 *   job `data-quality-snapshot-schedule`, plus pg-boss's own `__pgboss__send-it` through which its cron
 *   sends due jobs; the runtime role registers schedules at start (pgboss.schedule).
 */
export class CustomerPrivacy1764460800150 implements MigrationInterface {
  name = 'CustomerPrivacy1764460800150';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`GRANT DELETE ON customer_consents TO ${RUNTIME_ROLE}`);
    await q.query(
      `CREATE INDEX customers_retention_idx ON customers
         (tenant_id, (GREATEST(last_contact_at, created_at)), id) WHERE status = 'ACTIVE'`,
    );
    for (const queue of ['customer-anonymize', 'data-quality-snapshot']) await createJobQueue(q, queue);
    await createJobQueue(q, 'data-quality-snapshot-schedule', { retryLimit: 1 });
    await q.query(`SELECT ${JOB_SCHEMA}.create_queue($1, $2)`, [
      '__pgboss__send-it',
      JSON.stringify({ policy: 'standard' }),
    ]);
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ${JOB_SCHEMA}.schedule TO ${RUNTIME_ROLE}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`REVOKE SELECT, INSERT, UPDATE, DELETE ON ${JOB_SCHEMA}.schedule FROM ${RUNTIME_ROLE}`);
    await q.query(`DELETE FROM ${JOB_SCHEMA}.schedule WHERE name = 'data-quality-snapshot-schedule'`);
    for (const queue of [
      '__pgboss__send-it',
      'data-quality-snapshot-schedule',
      'data-quality-snapshot',
      'customer-anonymize',
    ])
      await deleteJobQueue(q, queue);
    await q.query(`DROP INDEX customers_retention_idx`);
    await q.query(`REVOKE DELETE ON customer_consents FROM ${RUNTIME_ROLE}`);
  }
}
