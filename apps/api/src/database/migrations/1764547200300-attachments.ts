import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantRls } from './tenant-table-sql';
import { createJobQueue, deleteJobQueue } from './job-queue-sql';

/**
 * Attachments (issue 8 #1, docs/adr/0016): the record of each uploaded file (name, sniffed media type, size,
 * SHA-256, where the storage keeps it, who uploaded it) and, once the owning capability claims it, its owner.
 * The content lives in the attachment storage (local disk by default), never in the database. Unclaimed
 * uploads are purged nightly per tenant (`attachment-purge`).
 */
export class Attachments1764547200300 implements MigrationInterface {
  name = 'Attachments1764547200300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE attachments (
        tenant_id           text NOT NULL REFERENCES tenants (id),
        id                  uuid NOT NULL,
        file_name           text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
        media_type          text NOT NULL CHECK (length(media_type) BETWEEN 1 AND 200),
        size_bytes          integer NOT NULL CHECK (size_bytes > 0),
        sha256              text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        storage_key         text NOT NULL,
        uploaded_by         text NOT NULL,
        uploaded_by_subject text NOT NULL,
        created_at          timestamptz NOT NULL DEFAULT now(),
        owner_type          text CHECK (length(owner_type) BETWEEN 1 AND 50),
        owner_id            text CHECK (length(owner_id) BETWEEN 1 AND 100),
        claimed_at          timestamptz,
        PRIMARY KEY (tenant_id, id),
        UNIQUE (tenant_id, storage_key),
        CONSTRAINT attachments_owner_whole CHECK (
          (owner_type IS NULL) = (owner_id IS NULL) AND (owner_type IS NULL) = (claimed_at IS NULL))
      )`);
    await q.query(
      `CREATE INDEX attachments_owner_idx ON attachments (tenant_id, owner_type, owner_id, created_at, id)
         WHERE owner_type IS NOT NULL`,
    );
    await q.query(
      `CREATE INDEX attachments_unclaimed_idx ON attachments (tenant_id, created_at) WHERE owner_type IS NULL`,
    );
    // ALTER TABLE attachments ENABLE / FORCE ROW LEVEL SECURITY + the tenant policy.
    await enableTenantRls(q, 'attachments', ['SELECT', 'INSERT', 'UPDATE', 'DELETE']);
    await createJobQueue(q, 'attachment-purge');
    await createJobQueue(q, 'attachment-purge-schedule', { retryLimit: 1 });
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM pgboss.schedule WHERE name = 'attachment-purge-schedule'`);
    for (const queue of ['attachment-purge-schedule', 'attachment-purge']) await deleteJobQueue(q, queue);
    await q.query(`DROP TABLE attachments`);
  }
}
