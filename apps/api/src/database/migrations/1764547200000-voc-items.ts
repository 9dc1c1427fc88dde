import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantRls } from './tenant-table-sql';

const SOURCES = `'PETITION', 'COUNCIL', 'MEETING', 'FIELD_DIALOGUE', 'PRESS', 'INSTRUCTION', 'PLEDGE', 'AGENCY_SUGGESTION', 'EPEOPLE_TRANSFER'`;
const CHANNELS = `'VISIT', 'PHONE', 'WEB', 'MOBILE', 'EMAIL', 'MAIL', 'KIOSK', 'SMS'`;
const KINDS = `'STATUTORY', 'INQUIRY', 'PROPOSAL', 'GRIEVANCE', 'OTHER', 'PRAISE', 'COMPLAINT'`;
const CLASSES = `'SIMPLE_FORM', 'SIMPLE_CONSULT', 'COMPLEX', 'PERIODIC', 'LONG_TERM'`;
const UNITS = `'HOURS', 'DAYS', 'WEEKS', 'MONTHS', 'YEARS'`;

/**
 * Voice of the customer (issue 8, docs/domain.md "Petitions"): one `voc_items` row per petition, council
 * question, press report, call…, whatever its source and channel, handled to a statutory deadline.
 *
 * - Receipt numbers are gap-free per tenant and year: `voc_receipt_counters` is bumped with
 *   `UPDATE … RETURNING` in the intake's own transaction, so a rolled-back intake gives its number back.
 * - The lifecycle is data: a case keeps the (`workflow_key`, `workflow_version`) it started with, a version of
 *   the tenant's `voc_workflows` (the standard definition, later overlaid by the customization layer).
 * - Cooperating departments are child cases (`parent_id`) with their own status and deadline.
 * - `voc_survey_responses` holds the satisfaction survey's answers (one per case) so that analytics and the
 *   ministry comparison read one shape; the survey links themselves belong to the survey capability.
 */
export class VocItems1764547200000 implements MigrationInterface {
  name = 'VocItems1764547200000';

  async up(q: QueryRunner): Promise<void> {
    // The tenant's petition workflow versions: version 1 is the standard definition as the platform ships it;
    // the customization layer adds the tenant's overlaid versions. A case references the version it started with.
    await q.query(`
      CREATE TABLE voc_workflows (
        tenant_id        text NOT NULL REFERENCES tenants (id),
        key              text NOT NULL CHECK (key ~ '^[a-z][a-z0-9-]{0,39}$'),
        version          integer NOT NULL CHECK (version > 0),
        standard_version integer NOT NULL CHECK (standard_version > 0),
        definition       jsonb NOT NULL CHECK (jsonb_typeof(definition) = 'object'),
        created_by       text NOT NULL,
        created_at       timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, key, version)
      )`);
    // ALTER TABLE voc_workflows ENABLE / FORCE ROW LEVEL SECURITY + the tenant policy. Versions never change.
    await enableTenantRls(q, 'voc_workflows', ['SELECT', 'INSERT']);

    await q.query(`
      CREATE TABLE voc_settings (
        tenant_id            text PRIMARY KEY REFERENCES tenants (id),
        target_share         numeric(3, 2) NOT NULL DEFAULT 0.50 CHECK (target_share > 0 AND target_share <= 1),
        survey_threshold     numeric(2, 1) NOT NULL DEFAULT 3.0 CHECK (survey_threshold BETWEEN 1 AND 5),
        survey_valid_days    integer NOT NULL DEFAULT 14 CHECK (survey_valid_days BETWEEN 1 AND 90),
        progress_notice_days integer NOT NULL DEFAULT 30 CHECK (progress_notice_days BETWEEN 1 AND 365),
        updated_by           text,
        updated_at           timestamptz NOT NULL DEFAULT now()
      )`);
    // ALTER TABLE voc_settings ENABLE / FORCE ROW LEVEL SECURITY + the tenant policy.
    await enableTenantRls(q, 'voc_settings', ['SELECT', 'INSERT', 'UPDATE']);

    await q.query(`
      CREATE TABLE voc_receipt_counters (
        tenant_id text NOT NULL REFERENCES tenants (id),
        year      integer NOT NULL CHECK (year BETWEEN 2000 AND 2999),
        next_seq  bigint NOT NULL DEFAULT 1 CHECK (next_seq BETWEEN 1 AND 1000000000),
        PRIMARY KEY (tenant_id, year)
      )`);
    // ALTER TABLE voc_receipt_counters ENABLE / FORCE ROW LEVEL SECURITY + the tenant policy.
    await enableTenantRls(q, 'voc_receipt_counters', ['SELECT', 'INSERT', 'UPDATE']);

    await q.query(`
      CREATE TABLE voc_categories (
        tenant_id   text NOT NULL REFERENCES tenants (id),
        code        text NOT NULL CHECK (code ~ '^[A-Z][A-Z0-9_]{0,39}$'),
        name_ko     text NOT NULL CHECK (length(name_ko) BETWEEN 1 AND 100),
        name_en     text NOT NULL CHECK (length(name_en) BETWEEN 1 AND 100),
        parent_code text,
        keywords    text[] NOT NULL DEFAULT '{}',
        sort_order  integer NOT NULL DEFAULT 0,
        active      boolean NOT NULL DEFAULT true,
        created_at  timestamptz NOT NULL DEFAULT now(),
        updated_at  timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, code),
        FOREIGN KEY (tenant_id, parent_code) REFERENCES voc_categories (tenant_id, code),
        CHECK (parent_code IS DISTINCT FROM code)
      )`);
    // ALTER TABLE voc_categories ENABLE / FORCE ROW LEVEL SECURITY + the tenant policy.
    await enableTenantRls(q, 'voc_categories', ['SELECT', 'INSERT', 'UPDATE']);

    // Statutory periods per kind and category ('*' = every category of the kind); `variant` tells apart the
    // periods one kind has by law (질의: 7 days for a procedure, 14 for a legal interpretation).
    await q.query(`
      CREATE TABLE voc_periods (
        tenant_id     text NOT NULL REFERENCES tenants (id),
        kind          text NOT NULL CHECK (kind IN (${KINDS})),
        category_code text NOT NULL DEFAULT '*',
        variant       text NOT NULL DEFAULT '' CHECK (length(variant) <= 40),
        period_value  integer NOT NULL CHECK (period_value BETWEEN 1 AND 3650),
        period_unit   text NOT NULL CHECK (period_unit IN (${UNITS})),
        label_ko      text NOT NULL CHECK (length(label_ko) BETWEEN 1 AND 200),
        basis         text CHECK (length(basis) <= 200),
        updated_at    timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, kind, category_code, variant)
      )`);
    // ALTER TABLE voc_periods ENABLE / FORCE ROW LEVEL SECURITY + the tenant policy.
    await enableTenantRls(q, 'voc_periods');

    await q.query(`
      CREATE TABLE voc_routing_rules (
        tenant_id     text NOT NULL REFERENCES tenants (id),
        id            uuid NOT NULL DEFAULT gen_random_uuid(),
        category_code text,
        keywords      text[] NOT NULL DEFAULT '{}',
        department_id uuid NOT NULL,
        priority      integer NOT NULL DEFAULT 100,
        active        boolean NOT NULL DEFAULT true,
        created_by    text NOT NULL,
        created_at    timestamptz NOT NULL DEFAULT now(),
        updated_at    timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        CHECK (category_code IS NOT NULL OR cardinality(keywords) > 0),
        CHECK (cardinality(keywords) <= 30),
        FOREIGN KEY (tenant_id, category_code) REFERENCES voc_categories (tenant_id, code),
        FOREIGN KEY (tenant_id, department_id) REFERENCES departments (tenant_id, id)
      )`);
    // ALTER TABLE voc_routing_rules ENABLE / FORCE ROW LEVEL SECURITY + the tenant policy.
    await enableTenantRls(q, 'voc_routing_rules');

    await q.query(`
      CREATE TABLE voc_items (
        tenant_id          text NOT NULL REFERENCES tenants (id),
        id                 uuid NOT NULL DEFAULT gen_random_uuid(),
        receipt_year       integer NOT NULL,
        receipt_seq        bigint NOT NULL CHECK (receipt_seq > 0),
        receipt_no         text NOT NULL CHECK (receipt_no ~ '^[A-Z]{2,20}-[0-9]{4}-[0-9]{6,}$'),
        parent_id          uuid,
        source             text NOT NULL CHECK (source IN (${SOURCES})),
        channel            text NOT NULL CHECK (channel IN (${CHANNELS})),
        kind               text NOT NULL CHECK (kind IN (${KINDS})),
        period_variant     text NOT NULL DEFAULT '',
        handling_class     text NOT NULL CHECK (handling_class IN (${CLASSES})),
        category_code      text NOT NULL,
        title              text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        body               text NOT NULL CHECK (length(body) BETWEEN 1 AND 20000),
        location_address   text CHECK (length(location_address) <= 300),
        latitude           numeric(9, 6) CHECK (latitude BETWEEN 33 AND 39),
        longitude          numeric(9, 6) CHECK (longitude BETWEEN 124 AND 132),
        customer_id        uuid,
        contact_name       text CHECK (length(contact_name) BETWEEN 1 AND 100),
        contact_phone      text CHECK (contact_phone ~ '^0[0-9]{8,10}$'),
        contact_email      text CHECK (length(contact_email) <= 254),
        reply_channel      text NOT NULL DEFAULT 'NONE' CHECK (reply_channel IN ('SMS', 'EMAIL', 'MAIL', 'NONE')),
        contact_history_id uuid,
        status             text NOT NULL,
        workflow_key       text NOT NULL,
        workflow_version   integer NOT NULL,
        department_id      uuid,
        officer_id         uuid,
        received_at        timestamptz NOT NULL,
        period_value       integer NOT NULL CHECK (period_value > 0),
        period_unit        text NOT NULL CHECK (period_unit IN (${UNITS})),
        due_at             timestamptz NOT NULL,
        target_due_at      timestamptz NOT NULL,
        paused_at          timestamptz,
        extended           boolean NOT NULL DEFAULT false,
        extension_reason   text CHECK (length(extension_reason) BETWEEN 1 AND 1000),
        approval_required  boolean NOT NULL DEFAULT false,
        approved_by        uuid,
        approved_at        timestamptz,
        answer             text CHECK (length(answer) <= 20000),
        outcome_reason     text CHECK (length(outcome_reason) <= 2000),
        transfer_agency    text CHECK (length(transfer_agency) <= 200),
        answered_at        timestamptz,
        closed_at          timestamptz,
        quality_score      smallint CHECK (quality_score BETWEEN 1 AND 5),
        quality_rated_by   uuid,
        custom_fields      jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(custom_fields) = 'object'),
        created_by         text NOT NULL,
        created_at         timestamptz NOT NULL DEFAULT now(),
        updated_at         timestamptz NOT NULL DEFAULT now(),
        version            integer NOT NULL DEFAULT 1,
        PRIMARY KEY (tenant_id, id),
        UNIQUE (tenant_id, receipt_year, receipt_seq),
        UNIQUE (tenant_id, receipt_no),
        CHECK (extended = (extension_reason IS NOT NULL)),
        CHECK (target_due_at <= due_at),
        FOREIGN KEY (tenant_id, parent_id) REFERENCES voc_items (tenant_id, id),
        FOREIGN KEY (tenant_id, category_code) REFERENCES voc_categories (tenant_id, code),
        FOREIGN KEY (tenant_id, customer_id) REFERENCES customers (tenant_id, id),
        FOREIGN KEY (tenant_id, contact_history_id) REFERENCES contact_history (tenant_id, id),
        FOREIGN KEY (tenant_id, department_id) REFERENCES departments (tenant_id, id),
        FOREIGN KEY (tenant_id, officer_id) REFERENCES staff (tenant_id, id),
        FOREIGN KEY (tenant_id, approved_by) REFERENCES staff (tenant_id, id),
        FOREIGN KEY (tenant_id, quality_rated_by) REFERENCES staff (tenant_id, id),
        FOREIGN KEY (tenant_id, workflow_key, workflow_version) REFERENCES voc_workflows (tenant_id, key, version)
      )`);
    // An officer's and a department's inbox: open cases by due date (the voc-inbox bench at 1M cases).
    await q.query(`CREATE INDEX voc_items_officer_inbox_idx ON voc_items (tenant_id, officer_id, due_at, id)
                     WHERE closed_at IS NULL`);
    await q.query(`CREATE INDEX voc_items_department_inbox_idx ON voc_items (tenant_id, department_id, due_at, id)
                     WHERE closed_at IS NULL`);
    await q.query(
      `CREATE INDEX voc_items_open_due_idx ON voc_items (tenant_id, due_at, id) WHERE closed_at IS NULL`,
    );
    await q.query(`CREATE INDEX voc_items_received_idx ON voc_items (tenant_id, received_at DESC, id DESC)`);
    await q.query(
      `CREATE INDEX voc_items_customer_idx ON voc_items (tenant_id, customer_id, received_at DESC)`,
    );
    await q.query(
      `CREATE INDEX voc_items_parent_idx ON voc_items (tenant_id, parent_id) WHERE parent_id IS NOT NULL`,
    );
    // ALTER TABLE voc_items ENABLE / FORCE ROW LEVEL SECURITY + the tenant policy.
    await enableTenantRls(q, 'voc_items', ['SELECT', 'INSERT', 'UPDATE']);

    // Every transition and reassignment of a case, in order: who, when, from, to, comment.
    await q.query(`
      CREATE TABLE voc_transitions (
        tenant_id      text NOT NULL REFERENCES tenants (id),
        id             uuid NOT NULL DEFAULT gen_random_uuid(),
        voc_id         uuid NOT NULL,
        seq            integer NOT NULL CHECK (seq > 0),
        event          text NOT NULL CHECK (length(event) BETWEEN 1 AND 60),
        from_status    text,
        to_status      text NOT NULL,
        actor          text NOT NULL,
        actor_staff_id uuid,
        comment        text CHECK (length(comment) <= 2000),
        data           jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(data) = 'object'),
        occurred_at    timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        UNIQUE (tenant_id, voc_id, seq),
        FOREIGN KEY (tenant_id, voc_id) REFERENCES voc_items (tenant_id, id),
        FOREIGN KEY (tenant_id, actor_staff_id) REFERENCES staff (tenant_id, id)
      )`);
    // ALTER TABLE voc_transitions ENABLE / FORCE ROW LEVEL SECURITY + the tenant policy. Append-only.
    await enableTenantRls(q, 'voc_transitions', ['SELECT', 'INSERT']);

    // 보완 (supplement request) periods: the clock stops from paused_at to resumed_at.
    await q.query(`
      CREATE TABLE voc_pauses (
        tenant_id  text NOT NULL REFERENCES tenants (id),
        id         uuid NOT NULL DEFAULT gen_random_uuid(),
        voc_id     uuid NOT NULL,
        paused_at  timestamptz NOT NULL,
        resumed_at timestamptz,
        reason     text NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
        PRIMARY KEY (tenant_id, id),
        CHECK (resumed_at IS NULL OR resumed_at >= paused_at),
        FOREIGN KEY (tenant_id, voc_id) REFERENCES voc_items (tenant_id, id)
      )`);
    await q.query(
      `CREATE UNIQUE INDEX voc_pauses_open_idx ON voc_pauses (tenant_id, voc_id) WHERE resumed_at IS NULL`,
    );
    // ALTER TABLE voc_pauses ENABLE / FORCE ROW LEVEL SECURITY + the tenant policy.
    await enableTenantRls(q, 'voc_pauses', ['SELECT', 'INSERT', 'UPDATE']);

    // The satisfaction survey's answers: 신속, 친절, 공정, 편이 on 1–5 and 서술형; the department and officer
    // are the case's at closure, so a later reassignment does not move the score.
    await q.query(`
      CREATE TABLE voc_survey_responses (
        tenant_id     text NOT NULL REFERENCES tenants (id),
        voc_id        uuid NOT NULL,
        department_id uuid,
        officer_id    uuid,
        speed         smallint NOT NULL CHECK (speed BETWEEN 1 AND 5),
        kindness      smallint NOT NULL CHECK (kindness BETWEEN 1 AND 5),
        fairness      smallint NOT NULL CHECK (fairness BETWEEN 1 AND 5),
        convenience   smallint NOT NULL CHECK (convenience BETWEEN 1 AND 5),
        comment       text CHECK (length(comment) <= 2000),
        submitted_at  timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, voc_id),
        FOREIGN KEY (tenant_id, voc_id) REFERENCES voc_items (tenant_id, id),
        FOREIGN KEY (tenant_id, department_id) REFERENCES departments (tenant_id, id),
        FOREIGN KEY (tenant_id, officer_id) REFERENCES staff (tenant_id, id)
      )`);
    await q.query(
      `CREATE INDEX voc_survey_responses_time_idx ON voc_survey_responses (tenant_id, submitted_at)`,
    );
    // ALTER TABLE voc_survey_responses ENABLE / FORCE ROW LEVEL SECURITY + the tenant policy. Answers are final.
    await enableTenantRls(q, 'voc_survey_responses', ['SELECT', 'INSERT']);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'voc_survey_responses',
      'voc_pauses',
      'voc_transitions',
      'voc_items',
      'voc_routing_rules',
      'voc_periods',
      'voc_categories',
      'voc_receipt_counters',
      'voc_settings',
      'voc_workflows',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
