import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantRls } from './tenant-table-sql';

/**
 * Saved customer segments (issue 7 #5): a segment is a rule over the tenant's customers; a snapshot fixes
 * its membership on a date. Members of a snapshot are stored compactly, one (tenant, snapshot, customer) row
 * each. Snapshots are never edited: the runtime role may read and add them, and they go with their segment.
 */
export class CustomerSegments1764460800300 implements MigrationInterface {
  name = 'CustomerSegments1764460800300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE customer_segments (
        tenant_id   text NOT NULL REFERENCES tenants (id),
        id          uuid NOT NULL DEFAULT gen_random_uuid(),
        name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        description text CHECK (length(description) <= 1000),
        rules       jsonb NOT NULL CHECK (jsonb_typeof(rules) = 'object'),
        created_by  text NOT NULL,
        created_at  timestamptz NOT NULL DEFAULT now(),
        updated_at  timestamptz NOT NULL DEFAULT now(),
        version     integer NOT NULL DEFAULT 1,
        PRIMARY KEY (tenant_id, id)
      )`);
    await q.query(`CREATE UNIQUE INDEX customer_segments_name_key ON customer_segments (tenant_id, name)`);
    // ALTER TABLE customer_segments ENABLE / FORCE ROW LEVEL SECURITY + the tenant policy.
    await enableTenantRls(q, 'customer_segments');

    await q.query(`
      CREATE TABLE customer_segment_snapshots (
        tenant_id    text NOT NULL REFERENCES tenants (id),
        id           uuid NOT NULL DEFAULT gen_random_uuid(),
        segment_id   uuid NOT NULL,
        taken_at     timestamptz NOT NULL DEFAULT now(),
        member_count integer NOT NULL CHECK (member_count >= 0),
        rules        jsonb NOT NULL,
        taken_by     text NOT NULL,
        PRIMARY KEY (tenant_id, id),
        FOREIGN KEY (tenant_id, segment_id) REFERENCES customer_segments (tenant_id, id) ON DELETE CASCADE
      )`);
    await q.query(
      `CREATE INDEX customer_segment_snapshots_segment_idx
         ON customer_segment_snapshots (tenant_id, segment_id, taken_at DESC, id DESC)`,
    );
    // ALTER TABLE customer_segment_snapshots ENABLE / FORCE ROW LEVEL SECURITY + the tenant policy.
    await enableTenantRls(q, 'customer_segment_snapshots', ['SELECT', 'INSERT']);

    await q.query(`
      CREATE TABLE customer_segment_members (
        tenant_id   text NOT NULL REFERENCES tenants (id),
        snapshot_id uuid NOT NULL,
        customer_id uuid NOT NULL,
        PRIMARY KEY (tenant_id, snapshot_id, customer_id),
        FOREIGN KEY (tenant_id, snapshot_id)
          REFERENCES customer_segment_snapshots (tenant_id, id) ON DELETE CASCADE,
        FOREIGN KEY (tenant_id, customer_id) REFERENCES customers (tenant_id, id) ON DELETE CASCADE
      )`);
    await q.query(
      `CREATE INDEX customer_segment_members_customer_idx ON customer_segment_members (tenant_id, customer_id)`,
    );
    // ALTER TABLE customer_segment_members ENABLE / FORCE ROW LEVEL SECURITY + the tenant policy.
    await enableTenantRls(q, 'customer_segment_members', ['SELECT', 'INSERT']);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['customer_segment_members', 'customer_segment_snapshots', 'customer_segments'])
      await q.query(`DROP TABLE ${table}`);
  }
}
