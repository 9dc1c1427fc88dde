import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantRls } from './tenant-table-sql';

/**
 * What a tenant may see of its background jobs: pg-boss's tables are not tenant-scoped, so each job is
 * mirrored here (state, attempts, last error, progress) under RLS, and its result file kept beside it.
 */
export class BackgroundJobs1764374400001 implements MigrationInterface {
  name = 'BackgroundJobs1764374400001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE jobs (
        tenant_id           text NOT NULL REFERENCES tenants (id),
        id                  uuid NOT NULL,
        kind                text NOT NULL,
        params              jsonb NOT NULL DEFAULT '{}',
        state               text NOT NULL DEFAULT 'queued'
                            CHECK (state IN ('queued', 'running', 'retrying', 'completed', 'failed')),
        requested_by        text NOT NULL,
        requested_by_subject text NOT NULL,
        attempts            integer NOT NULL DEFAULT 0,
        max_attempts        integer NOT NULL,
        last_error          text,
        last_error_en       text,
        processed_rows      integer NOT NULL DEFAULT 0,
        total_rows          integer,
        created_at          timestamptz NOT NULL DEFAULT now(),
        started_at          timestamptz,
        finished_at         timestamptz,
        updated_at          timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id)
      )`);
    await q.query(`CREATE INDEX jobs_created_idx ON jobs (tenant_id, created_at DESC, id DESC)`);

    await q.query(`
      CREATE TABLE job_files (
        tenant_id     text NOT NULL REFERENCES tenants (id),
        job_id        uuid NOT NULL,
        file_name     text NOT NULL,
        content_type  text NOT NULL,
        content       bytea NOT NULL,
        created_at    timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, job_id),
        FOREIGN KEY (tenant_id, job_id) REFERENCES jobs (tenant_id, id)
      )`);

    await enableTenantRls(q, 'jobs', ['SELECT', 'INSERT', 'UPDATE']);
    // One file per job, written once by the job's own transaction: a retried job cannot add a second.
    await enableTenantRls(q, 'job_files', ['SELECT', 'INSERT']);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE job_files, jobs`);
  }
}
