import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantRls } from './tenant-table-sql';

/**
 * Who read which personal data of which record, when and why (docs/adr/0006). Append-only for the
 * runtime role: it may insert and search, never change or delete an entry. A tenant table: row-level security
 * is enabled and forced on it (`enableTenantRls`, ENABLE + FORCE ROW LEVEL SECURITY with the tenant policy).
 */
export class AccessLog1764172812345 implements MigrationInterface {
  name = 'AccessLog1764172812345';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE access_log (
        tenant_id      text NOT NULL REFERENCES tenants (id),
        id             bigint GENERATED ALWAYS AS IDENTITY,
        occurred_at    timestamptz NOT NULL DEFAULT now(),
        actor          text NOT NULL,
        actor_subject  text NOT NULL,
        actor_roles    text[] NOT NULL DEFAULT '{}',
        entity         text NOT NULL,
        record_id      text NOT NULL,
        fields         text[] NOT NULL CHECK (cardinality(fields) > 0),
        masked         boolean NOT NULL,
        purpose        text NOT NULL CHECK (length(purpose) BETWEEN 1 AND 200),
        operation      text NOT NULL,
        PRIMARY KEY (tenant_id, id)
      )`);
    await q.query(`CREATE INDEX access_log_actor_idx ON access_log (tenant_id, actor, id)`);
    await q.query(`CREATE INDEX access_log_record_idx ON access_log (tenant_id, record_id, id)`);
    await q.query(`CREATE INDEX access_log_time_idx ON access_log (tenant_id, occurred_at)`);
    // ALTER TABLE access_log ENABLE / FORCE ROW LEVEL SECURITY + the tenant policy, granted SELECT and INSERT only.
    await enableTenantRls(q, 'access_log', ['SELECT', 'INSERT']);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE access_log`);
  }
}
