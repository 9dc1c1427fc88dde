import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantRls } from './tenant-table-sql';

/**
 * Dated results of the data-quality report (issue 7 #6, 충실도·정확도 per field): one row per day, grouping
 * (tenant, source, import batch), group and field. Re-taking a day's snapshot replaces that day's rows.
 */
export class CustomerQuality1764460800301 implements MigrationInterface {
  name = 'CustomerQuality1764460800301';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE customer_quality_snapshots (
        tenant_id text NOT NULL REFERENCES tenants (id),
        group_by  text NOT NULL CHECK (group_by IN ('TENANT', 'SOURCE', 'BATCH')),
        taken_on  date NOT NULL,
        group_key text NOT NULL,
        field     text NOT NULL
                  CHECK (field IN ('NAME', 'ADDRESS', 'PHONE', 'MOBILE', 'EMAIL', 'BIRTH_DATE')),
        total     integer NOT NULL CHECK (total >= 0),
        filled    integer NOT NULL CHECK (filled BETWEEN 0 AND total),
        valid     integer NOT NULL CHECK (valid BETWEEN 0 AND filled),
        taken_at  timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, group_by, group_key, taken_on, field)
      )`);
    await q.query(
      `CREATE INDEX customer_quality_snapshots_day_idx ON customer_quality_snapshots (tenant_id, group_by, taken_on)`,
    );
    // ALTER TABLE customer_quality_snapshots ENABLE / FORCE ROW LEVEL SECURITY + the tenant policy.
    await enableTenantRls(q, 'customer_quality_snapshots', ['SELECT', 'INSERT', 'DELETE']);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE customer_quality_snapshots`);
  }
}
