import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantRls } from './tenant-table-sql';

/**
 * Workflow overlays (issue 9 #4, docs/adr/0023): a tenant edits one draft of its changes to the standard
 * petition workflow; publishing writes a new immutable `voc_workflows` version (the merged definition) with
 * the overlay it came from.
 *
 * - `voc_workflow_drafts`: the one draft per (tenant, workflow key), with its own revision for
 *   `expectedVersion` (optimistic concurrency between two administrators).
 * - `voc_workflow_changes`: append-only history of every draft save and publication (who, when, before/after),
 *   numbered by a monotonically increasing `change_no` per (tenant, key).
 * - `voc_items.state_due_at` / `state_target_at`: a state's own deadline rule, set on entering it.
 * - `voc_alerts` kind 'WORKFLOW': the overlay's notify action.
 */
export class VocWorkflowOverlays1764633600300 implements MigrationInterface {
  name = 'VocWorkflowOverlays1764633600300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE voc_workflows ADD COLUMN overlay jsonb CHECK (jsonb_typeof(overlay) = 'object')`,
    );

    await q.query(`
      CREATE TABLE voc_workflow_drafts (
        tenant_id        text NOT NULL REFERENCES tenants (id),
        key              text NOT NULL CHECK (key ~ '^[a-z][a-z0-9-]{0,39}$'),
        overlay          jsonb NOT NULL CHECK (jsonb_typeof(overlay) = 'object'),
        revision         integer NOT NULL CHECK (revision > 0),
        updated_by       text NOT NULL,
        updated_by_staff uuid,
        updated_at       timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, key)
      )`);
    // ALTER TABLE voc_workflow_drafts ENABLE / FORCE ROW LEVEL SECURITY + the tenant policy.
    await enableTenantRls(q, 'voc_workflow_drafts', ['SELECT', 'INSERT', 'UPDATE']);

    await q.query(`
      CREATE TABLE voc_workflow_changes (
        tenant_id        text NOT NULL REFERENCES tenants (id),
        key              text NOT NULL,
        change_no        integer NOT NULL CHECK (change_no > 0),
        kind             text NOT NULL CHECK (kind IN ('DRAFT_SAVED', 'PUBLISHED')),
        workflow_version integer,
        before           jsonb,
        after            jsonb NOT NULL,
        staff_id         uuid,
        username         text NOT NULL,
        created_at       timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, key, change_no),
        FOREIGN KEY (tenant_id, key, workflow_version) REFERENCES voc_workflows (tenant_id, key, version)
      )`);
    // ALTER TABLE voc_workflow_changes ENABLE / FORCE ROW LEVEL SECURITY + the tenant policy. Append-only.
    await enableTenantRls(q, 'voc_workflow_changes', ['SELECT', 'INSERT']);

    await q.query(
      `ALTER TABLE voc_items ADD COLUMN state_due_at timestamptz, ADD COLUMN state_target_at timestamptz`,
    );
    await q.query(`ALTER TABLE voc_alerts DROP CONSTRAINT voc_alerts_kind_check`);
    await q.query(`ALTER TABLE voc_alerts ADD CONSTRAINT voc_alerts_kind_check
      CHECK (kind IN ('AT_RISK', 'OVERDUE', 'WORKFLOW'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM voc_alerts WHERE kind = 'WORKFLOW'`);
    await q.query(`ALTER TABLE voc_alerts DROP CONSTRAINT voc_alerts_kind_check`);
    await q.query(
      `ALTER TABLE voc_alerts ADD CONSTRAINT voc_alerts_kind_check CHECK (kind IN ('AT_RISK', 'OVERDUE'))`,
    );
    await q.query(`ALTER TABLE voc_items DROP COLUMN state_due_at, DROP COLUMN state_target_at`);
    await q.query(`DROP TABLE voc_workflow_changes`);
    await q.query(`DROP TABLE voc_workflow_drafts`);
    await q.query(`ALTER TABLE voc_workflows DROP COLUMN overlay`);
  }
}
