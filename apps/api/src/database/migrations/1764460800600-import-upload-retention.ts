import type { MigrationInterface, QueryRunner } from 'typeorm';
import { RUNTIME_ROLE } from './tenant-table-sql';
import { createJobQueue, deleteJobQueue } from './job-queue-sql';

/**
 * Uploaded import files hold residents' personal data and are needed only until their batch has run: a
 * nightly job per tenant (`customer-import-purge`, cron job `customer-import-purge-schedule`) empties the
 * content of uploads older than the retention (IMPORT_LIMITS.uploadRetentionDays) whose batches are not
 * queued or running. The row stays (file name, size, row count, who and when) for the batches that name it.
 * Row-level security on the table is unchanged (ENABLE / FORCE ROW LEVEL SECURITY since CustomerImport);
 * the runtime role may now UPDATE only the two columns the purge writes.
 */
export class ImportUploadRetention1764460800600 implements MigrationInterface {
  name = 'ImportUploadRetention1764460800600';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE customer_import_uploads ALTER COLUMN content DROP NOT NULL`);
    await q.query(`ALTER TABLE customer_import_uploads ADD COLUMN purged_at timestamptz`);
    await q.query(
      `ALTER TABLE customer_import_uploads ADD CONSTRAINT customer_import_uploads_purged
         CHECK ((content IS NULL) = (purged_at IS NOT NULL))`,
    );
    await q.query(
      `CREATE INDEX customer_import_uploads_kept ON customer_import_uploads (tenant_id, created_at)
         WHERE content IS NOT NULL`,
    );
    await q.query(`GRANT UPDATE (content, purged_at) ON customer_import_uploads TO ${RUNTIME_ROLE}`);
    await createJobQueue(q, 'customer-import-purge');
    await createJobQueue(q, 'customer-import-purge-schedule', { retryLimit: 1 });
  }

  async down(q: QueryRunner): Promise<void> {
    const [{ n }] = await q.query(
      `SELECT count(*)::int AS n FROM customer_import_uploads WHERE content IS NULL`,
    );
    if (n > 0)
      throw new Error(
        `ImportUploadRetention1764460800600: ${n} uploads were purged and cannot get their files back; ` +
          'restore from a backup taken before the upgrade instead of reverting',
      );
    await q.query(`DELETE FROM pgboss.schedule WHERE name = 'customer-import-purge-schedule'`);
    for (const queue of ['customer-import-purge-schedule', 'customer-import-purge'])
      await deleteJobQueue(q, queue);
    await q.query(`REVOKE UPDATE (content, purged_at) ON customer_import_uploads FROM ${RUNTIME_ROLE}`);
    await q.query(`DROP INDEX customer_import_uploads_kept`);
    await q.query(`ALTER TABLE customer_import_uploads DROP CONSTRAINT customer_import_uploads_purged`);
    await q.query(`ALTER TABLE customer_import_uploads DROP COLUMN purged_at`);
    await q.query(`ALTER TABLE customer_import_uploads ALTER COLUMN content SET NOT NULL`);
  }
}
