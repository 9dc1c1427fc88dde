import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantRls } from './tenant-table-sql';
import { createJobQueue, deleteJobQueue } from './job-queue-sql';

/**
 * Import of acquired customers (입수고객) and customer merges (issue 7 #4, docs/adr/0012): uploaded files
 * (bytea, tenant-scoped), the column mapping saved per source, batches with their row errors and review
 * queue, and the merge log that keeps what a merge moved so an import can be undone. All tenant tables.
 */
export class CustomerImport1764460800200 implements MigrationInterface {
  name = 'CustomerImport1764460800200';

  async up(q: QueryRunner): Promise<void> {
    // The batch job's queue (made by the owner, as every queue: the runtime role cannot create partitions).
    await createJobQueue(q, 'customer-import', { expireInSeconds: 1800 });
    await q.query(`
      CREATE TABLE customer_import_uploads (
        tenant_id           text NOT NULL REFERENCES tenants (id),
        id                  uuid NOT NULL DEFAULT gen_random_uuid(),
        file_name           text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
        format              text NOT NULL CHECK (format IN ('CSV', 'XLSX')),
        detected_encoding   text CHECK (detected_encoding IN ('UTF8', 'CP949')),
        byte_size           integer NOT NULL CHECK (byte_size > 0),
        row_count           integer NOT NULL CHECK (row_count >= 0),
        content             bytea NOT NULL,
        uploaded_by         text NOT NULL,
        uploaded_by_subject text NOT NULL,
        created_at          timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id)
      )`);
    // ALTER TABLE customer_import_uploads ENABLE / FORCE ROW LEVEL SECURITY + the tenant policy.
    await enableTenantRls(q, 'customer_import_uploads', ['SELECT', 'INSERT']);

    await q.query(`
      CREATE TABLE customer_import_sources (
        tenant_id  text NOT NULL REFERENCES tenants (id),
        source     text NOT NULL CHECK (length(source) BETWEEN 1 AND 100),
        mapping    jsonb NOT NULL CHECK (jsonb_typeof(mapping) = 'array'),
        updated_by text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, source)
      )`);
    // ALTER TABLE customer_import_sources ENABLE / FORCE ROW LEVEL SECURITY + the tenant policy.
    await enableTenantRls(q, 'customer_import_sources', ['SELECT', 'INSERT', 'UPDATE']);

    await q.query(`
      CREATE TABLE customer_import_batches (
        tenant_id            text NOT NULL REFERENCES tenants (id),
        id                   uuid NOT NULL,
        job_id               uuid NOT NULL,
        upload_id            uuid NOT NULL,
        source               text NOT NULL,
        file_name            text NOT NULL,
        format               text NOT NULL,
        encoding             text,
        mapping              jsonb NOT NULL,
        total_rows           integer,
        created_count        integer NOT NULL DEFAULT 0,
        merged_count         integer NOT NULL DEFAULT 0,
        review_count         integer NOT NULL DEFAULT 0,
        error_count          integer NOT NULL DEFAULT 0,
        completed_at         timestamptz,
        undone_at            timestamptz,
        undone_by            text,
        requested_by         text NOT NULL,
        requested_by_subject text NOT NULL,
        created_at           timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        FOREIGN KEY (tenant_id, upload_id) REFERENCES customer_import_uploads (tenant_id, id),
        FOREIGN KEY (tenant_id, job_id) REFERENCES jobs (tenant_id, id)
      )`);
    await q.query(
      `CREATE INDEX customer_import_batches_page_idx ON customer_import_batches (tenant_id, created_at DESC, id DESC)`,
    );
    // ALTER TABLE customer_import_batches ENABLE / FORCE ROW LEVEL SECURITY + the tenant policy.
    await enableTenantRls(q, 'customer_import_batches', ['SELECT', 'INSERT', 'UPDATE']);

    await q.query(`
      CREATE TABLE customer_import_errors (
        tenant_id  text NOT NULL REFERENCES tenants (id),
        batch_id   uuid NOT NULL,
        seq        integer NOT NULL,
        line       integer NOT NULL,
        column_name text,
        field      text,
        code       text NOT NULL,
        message    text NOT NULL,
        message_en text NOT NULL,
        PRIMARY KEY (tenant_id, batch_id, seq),
        FOREIGN KEY (tenant_id, batch_id) REFERENCES customer_import_batches (tenant_id, id)
      )`);
    // ALTER TABLE customer_import_errors ENABLE / FORCE ROW LEVEL SECURITY + the tenant policy.
    await enableTenantRls(q, 'customer_import_errors', ['SELECT', 'INSERT']);

    await q.query(`
      CREATE TABLE customer_import_review_items (
        tenant_id            text NOT NULL REFERENCES tenants (id),
        id                   uuid NOT NULL DEFAULT gen_random_uuid(),
        batch_id             uuid NOT NULL,
        line                 integer NOT NULL,
        record               jsonb NOT NULL,
        candidate_id         uuid NOT NULL,
        score                real NOT NULL CHECK (score BETWEEN 0 AND 1),
        reasons              text[] NOT NULL,
        state                text NOT NULL DEFAULT 'PENDING'
                             CHECK (state IN ('PENDING', 'MERGED', 'CREATED', 'SKIPPED', 'UNDONE')),
        result_customer_id   uuid,
        decided_by           text,
        decided_at           timestamptz,
        PRIMARY KEY (tenant_id, id),
        FOREIGN KEY (tenant_id, batch_id) REFERENCES customer_import_batches (tenant_id, id),
        FOREIGN KEY (tenant_id, candidate_id) REFERENCES customers (tenant_id, id) ON DELETE CASCADE
      )`);
    await q.query(
      `CREATE INDEX customer_import_review_items_batch_idx ON customer_import_review_items (tenant_id, batch_id, line, id)`,
    );
    // ALTER TABLE customer_import_review_items ENABLE / FORCE ROW LEVEL SECURITY + the tenant policy.
    await enableTenantRls(q, 'customer_import_review_items', ['SELECT', 'INSERT', 'UPDATE']);

    await q.query(`
      CREATE TABLE customer_merges (
        tenant_id   text NOT NULL REFERENCES tenants (id),
        id          uuid NOT NULL DEFAULT gen_random_uuid(),
        survivor_id uuid NOT NULL,
        merged_id   uuid NOT NULL,
        batch_id    uuid,
        reason      text NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
        moved       jsonb NOT NULL CHECK (jsonb_typeof(moved) = 'object'),
        merged_by   text NOT NULL,
        created_at  timestamptz NOT NULL DEFAULT now(),
        undone_at   timestamptz,
        PRIMARY KEY (tenant_id, id),
        CHECK (survivor_id <> merged_id)
      )`);
    await q.query(`CREATE INDEX customer_merges_survivor_idx ON customer_merges (tenant_id, survivor_id)`);
    await q.query(`CREATE INDEX customer_merges_merged_idx ON customer_merges (tenant_id, merged_id)`);
    await q.query(`CREATE INDEX customer_merges_batch_idx ON customer_merges (tenant_id, batch_id)`);
    // ALTER TABLE customer_merges ENABLE / FORCE ROW LEVEL SECURITY + the tenant policy.
    await enableTenantRls(q, 'customer_merges', ['SELECT', 'INSERT', 'UPDATE']);

    // A merge re-points records merged into the merged one earlier; undo checks nothing outside points in.
    await q.query(
      `CREATE INDEX customers_merged_into_idx ON customers (tenant_id, merged_into_id) WHERE merged_into_id IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await deleteJobQueue(q, 'customer-import');
    await q.query(`DROP INDEX customers_merged_into_idx`);
    for (const table of [
      'customer_merges',
      'customer_import_review_items',
      'customer_import_errors',
      'customer_import_batches',
      'customer_import_sources',
      'customer_import_uploads',
    ])
      await q.query(`DROP TABLE ${table}`);
  }
}
