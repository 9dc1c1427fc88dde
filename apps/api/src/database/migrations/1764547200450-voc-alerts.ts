import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantRls } from './tenant-table-sql';
import { createJobQueue, deleteJobQueue } from './job-queue-sql';

const KINDS = `'AT_RISK', 'OVERDUE'`;

/**
 * The petition lifecycle's alerts (issue 8): an hourly job finds open cases past their target
 * (AT_RISK) or statutory due date (OVERDUE) and alerts the officer and the department's manager.
 *
 * - `voc_alerts`: one row per case, kind and staff member, so a rerun of the job alerts nobody twice.
 * - `voc_case_notices`: the events published once per case ('at-risk', 'overdue', 'progress-notice'), so a
 *   rerun never publishes one again, even for a case with nobody to alert.
 */
export class VocAlerts1764547200450 implements MigrationInterface {
  name = 'VocAlerts1764547200450';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE voc_alerts (
        tenant_id  text NOT NULL REFERENCES tenants (id),
        id         uuid NOT NULL DEFAULT gen_random_uuid(),
        voc_id     uuid NOT NULL,
        staff_id   uuid NOT NULL,
        kind       text NOT NULL CHECK (kind IN (${KINDS})),
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at    timestamptz,
        PRIMARY KEY (tenant_id, id),
        UNIQUE (tenant_id, voc_id, kind, staff_id),
        FOREIGN KEY (tenant_id, voc_id) REFERENCES voc_items (tenant_id, id),
        FOREIGN KEY (tenant_id, staff_id) REFERENCES staff (tenant_id, id)
      )`);
    // A staff member's alerts, unread first, newest first.
    await q.query(
      `CREATE INDEX voc_alerts_staff_idx ON voc_alerts (tenant_id, staff_id, (read_at IS NOT NULL), created_at DESC, id)`,
    );
    // ALTER TABLE voc_alerts ENABLE / FORCE ROW LEVEL SECURITY + the tenant policy. Alerts are only marked read.
    await enableTenantRls(q, 'voc_alerts', ['SELECT', 'INSERT', 'UPDATE']);

    await q.query(`
      CREATE TABLE voc_case_notices (
        tenant_id    text NOT NULL REFERENCES tenants (id),
        voc_id       uuid NOT NULL,
        kind         text NOT NULL CHECK (kind IN ('at-risk', 'overdue', 'progress-notice')),
        published_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, voc_id, kind),
        FOREIGN KEY (tenant_id, voc_id) REFERENCES voc_items (tenant_id, id)
      )`);
    // ALTER TABLE voc_case_notices ENABLE / FORCE ROW LEVEL SECURITY + the tenant policy. Append-only.
    await enableTenantRls(q, 'voc_case_notices', ['SELECT', 'INSERT']);

    // The tenant job and the cron job that fans it out to every tenant (VOC_ALERTS_SCHEDULE).
    await createJobQueue(q, 'voc-alerts');
    await createJobQueue(q, 'voc-alerts-schedule', { retryLimit: 1 });
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM pgboss.schedule WHERE name = 'voc-alerts-schedule'`);
    for (const queue of ['voc-alerts-schedule', 'voc-alerts']) await deleteJobQueue(q, queue);
    await q.query(`DROP TABLE voc_case_notices`);
    await q.query(`DROP TABLE voc_alerts`);
  }
}
