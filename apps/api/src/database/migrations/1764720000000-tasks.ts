import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantRls } from './tenant-table-sql';

const SOURCES = `'PETITION', 'COUNCIL', 'MEETING', 'FIELD_DIALOGUE', 'PRESS', 'INSTRUCTION', 'PLEDGE', 'AGENCY_SUGGESTION', 'EPEOPLE_TRANSFER', 'SELF'`;

/**
 * Tasks (과업, issue 10 #1–#2, docs/adr/0028): what residents keep asking for, taken on "until they are
 * satisfied" — one task gathers many VOC items and is solved by a weighted action plan.
 *
 * - Management numbers are gap-free per tenant and year (`task_number_counters`, bumped in the creating
 *   transaction like `voc_receipt_counters`).
 * - The lifecycle is data: a task keeps the (`workflow_key`, `workflow_version`) it started with, a version of
 *   the tenant's `voc_workflows` under the key `task` (the one versioned workflow table, overlaid by the
 *   customization layer like the petition workflow).
 * - `progress`, `compliance` and `weight_total` are the action plan's derived figures (action-plan.ts), stored at
 *   each plan save so lists sort and roll-ups sum without reading every step; they are never input.
 * - `task_steps` is the plan in order (순위); a save replaces the task's steps as a whole.
 * - `task_voc_links`: a VOC item may feed several tasks, a task many VOC items.
 * - `task_transitions`: every lifecycle event in order, append-only.
 */
export class Tasks1764720000000 implements MigrationInterface {
  name = 'Tasks1764720000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE task_number_counters (
        tenant_id text NOT NULL REFERENCES tenants (id),
        year      integer NOT NULL CHECK (year BETWEEN 2000 AND 2999),
        next_seq  bigint NOT NULL DEFAULT 1 CHECK (next_seq BETWEEN 1 AND 1000000000),
        PRIMARY KEY (tenant_id, year)
      )`);
    // ALTER TABLE task_number_counters ENABLE / FORCE ROW LEVEL SECURITY + the tenant policy.
    await enableTenantRls(q, 'task_number_counters', ['SELECT', 'INSERT', 'UPDATE']);

    await q.query(`
      CREATE TABLE tasks (
        tenant_id          text NOT NULL REFERENCES tenants (id),
        id                 uuid NOT NULL DEFAULT gen_random_uuid(),
        management_year    integer NOT NULL,
        management_seq     bigint NOT NULL CHECK (management_seq > 0),
        management_no      text NOT NULL CHECK (length(management_no) BETWEEN 1 AND 40),
        title              text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        source             text NOT NULL CHECK (source IN (${SOURCES})),
        kind               text NOT NULL CHECK (kind IN ('SHORT_TERM', 'LONG_TERM')),
        department_id      uuid NOT NULL,
        owner_id           uuid,
        resolution_method  text CHECK (length(resolution_method) <= 1000),
        summary            text CHECK (length(summary) <= 4000),
        expected_effect    text CHECK (length(expected_effect) <= 4000),
        current_state      text CHECK (length(current_state) <= 4000),
        improvement_plan   text CHECK (length(improvement_plan) <= 4000),
        result             text CHECK (length(result) <= 4000),
        impossible_reason  text CHECK (length(impossible_reason) BETWEEN 1 AND 2000),
        status             text NOT NULL,
        workflow_key       text NOT NULL,
        workflow_version   integer NOT NULL,
        weight_total       smallint NOT NULL DEFAULT 0 CHECK (weight_total BETWEEN 0 AND 100),
        progress           numeric(4, 1) NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
        compliance         numeric(4, 1) CHECK (compliance BETWEEN 0 AND 100),
        plan_approved_at   timestamptz,
        plan_approved_by   uuid,
        is_public          boolean NOT NULL DEFAULT false,
        published_at       timestamptz,
        started_at         timestamptz,
        closed_at          timestamptz,
        custom_fields      jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(custom_fields) = 'object'),
        created_by         text NOT NULL,
        created_at         timestamptz NOT NULL DEFAULT now(),
        updated_at         timestamptz NOT NULL DEFAULT now(),
        version            integer NOT NULL DEFAULT 1,
        PRIMARY KEY (tenant_id, id),
        UNIQUE (tenant_id, management_year, management_seq),
        UNIQUE (tenant_id, management_no),
        CHECK ((plan_approved_at IS NULL) = (plan_approved_by IS NULL)),
        CHECK (is_public = (published_at IS NOT NULL)),
        FOREIGN KEY (tenant_id, department_id) REFERENCES departments (tenant_id, id),
        FOREIGN KEY (tenant_id, owner_id) REFERENCES staff (tenant_id, id),
        FOREIGN KEY (tenant_id, plan_approved_by) REFERENCES staff (tenant_id, id),
        FOREIGN KEY (tenant_id, workflow_key, workflow_version) REFERENCES voc_workflows (tenant_id, key, version)
      )`);
    await q.query(
      `CREATE INDEX tasks_department_idx ON tasks (tenant_id, department_id, created_at DESC, id DESC)`,
    );
    await q.query(
      `CREATE INDEX tasks_owner_idx ON tasks (tenant_id, owner_id, created_at DESC, id DESC) WHERE owner_id IS NOT NULL`,
    );
    await q.query(`CREATE INDEX tasks_created_idx ON tasks (tenant_id, created_at DESC, id DESC)`);
    await q.query(
      `CREATE INDEX tasks_public_idx ON tasks (tenant_id, published_at DESC, id DESC) WHERE is_public`,
    );
    // ALTER TABLE tasks ENABLE / FORCE ROW LEVEL SECURITY + the tenant policy.
    await enableTenantRls(q, 'tasks', ['SELECT', 'INSERT', 'UPDATE']);

    await q.query(`
      CREATE TABLE task_steps (
        tenant_id    text NOT NULL REFERENCES tenants (id),
        id           uuid NOT NULL DEFAULT gen_random_uuid(),
        task_id      uuid NOT NULL,
        position     smallint NOT NULL CHECK (position BETWEEN 1 AND 30),
        name         text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        weight       smallint NOT NULL CHECK (weight BETWEEN 1 AND 100),
        planned_days integer NOT NULL CHECK (planned_days BETWEEN 1 AND 3650),
        started_on   date,
        ended_on     date,
        progress     smallint NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
        note         text CHECK (length(note) <= 1000),
        PRIMARY KEY (tenant_id, id),
        UNIQUE (tenant_id, task_id, position),
        CHECK (ended_on IS NULL OR (started_on IS NOT NULL AND ended_on >= started_on AND progress = 100)),
        CHECK (started_on IS NOT NULL OR progress = 0),
        FOREIGN KEY (tenant_id, task_id) REFERENCES tasks (tenant_id, id)
      )`);
    // ALTER TABLE task_steps ENABLE / FORCE ROW LEVEL SECURITY + the tenant policy. A plan save replaces steps.
    await enableTenantRls(q, 'task_steps');

    await q.query(`
      CREATE TABLE task_voc_links (
        tenant_id text NOT NULL REFERENCES tenants (id),
        task_id   uuid NOT NULL,
        voc_id    uuid NOT NULL,
        linked_by text NOT NULL,
        linked_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, task_id, voc_id),
        FOREIGN KEY (tenant_id, task_id) REFERENCES tasks (tenant_id, id),
        FOREIGN KEY (tenant_id, voc_id) REFERENCES voc_items (tenant_id, id)
      )`);
    await q.query(`CREATE INDEX task_voc_links_voc_idx ON task_voc_links (tenant_id, voc_id)`);
    // ALTER TABLE task_voc_links ENABLE / FORCE ROW LEVEL SECURITY + the tenant policy.
    await enableTenantRls(q, 'task_voc_links', ['SELECT', 'INSERT', 'DELETE']);

    await q.query(`
      CREATE TABLE task_transitions (
        tenant_id      text NOT NULL REFERENCES tenants (id),
        id             uuid NOT NULL DEFAULT gen_random_uuid(),
        task_id        uuid NOT NULL,
        seq            integer NOT NULL CHECK (seq > 0),
        event          text NOT NULL CHECK (length(event) BETWEEN 1 AND 60),
        from_status    text,
        to_status      text NOT NULL,
        actor          text NOT NULL,
        actor_staff_id uuid,
        comment        text CHECK (length(comment) <= 2000),
        occurred_at    timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        UNIQUE (tenant_id, task_id, seq),
        FOREIGN KEY (tenant_id, task_id) REFERENCES tasks (tenant_id, id),
        FOREIGN KEY (tenant_id, actor_staff_id) REFERENCES staff (tenant_id, id)
      )`);
    // ALTER TABLE task_transitions ENABLE / FORCE ROW LEVEL SECURITY + the tenant policy. Append-only.
    await enableTenantRls(q, 'task_transitions', ['SELECT', 'INSERT']);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['task_transitions', 'task_voc_links', 'task_steps', 'tasks', 'task_number_counters'])
      await q.query(`DROP TABLE ${table}`);
  }
}
