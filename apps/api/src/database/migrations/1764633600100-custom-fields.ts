import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantRls } from './tenant-table-sql';

const TYPES = [
  'TEXT',
  'LONG_TEXT',
  'INTEGER',
  'DECIMAL',
  'DATE',
  'DATETIME',
  'BOOLEAN',
  'SELECT',
  'MULTI_SELECT',
  'PHONE',
  'EMAIL',
  'URL',
  'ADDRESS',
  'CUSTOMER_REF',
  'DEPARTMENT_REF',
];

/**
 * Custom fields (issue 9 #1–#3, libs/customization/src/custom-fields, docs/adr/0022):
 *
 * - `custom_field_definitions`: one row per (tenant, entity, key), never deleted (an archived key is not reused).
 * - `custom_field_schemas`: the version of each (tenant, entity)'s set of definitions; every change bumps it, so
 *   the compiled value schema is cached by (tenant, entity, version).
 * - `custom_field_changes`: append-only history of every change (who, when, before/after): SELECT, INSERT only.
 * - A GIN `jsonb_path_ops` index on `customers.custom_fields` answers equality filters (`@>` containment).
 */
export class CustomFields1764633600100 implements MigrationInterface {
  name = 'CustomFields1764633600100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE custom_field_definitions (
        tenant_id     text NOT NULL REFERENCES tenants (id),
        id            uuid NOT NULL DEFAULT gen_random_uuid(),
        entity        text NOT NULL CHECK (entity ~ '^[a-z][a-z0-9-]*\\.[a-z][a-z0-9-]*$'),
        key           text NOT NULL CHECK (key ~ '^[a-z][a-z0-9_]{1,39}$'),
        label_ko      text NOT NULL CHECK (length(label_ko) BETWEEN 1 AND 100),
        label_en      text NOT NULL CHECK (length(label_en) BETWEEN 1 AND 100),
        type          text NOT NULL CHECK (type IN (${TYPES.map((t) => `'${t}'`).join(', ')})),
        required      boolean NOT NULL DEFAULT false,
        default_value jsonb,
        rules         jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(rules) = 'object'),
        options       jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(options) = 'array'),
        help_ko       text CHECK (length(help_ko) <= 500),
        help_en       text CHECK (length(help_en) <= 500),
        position      integer NOT NULL CHECK (position BETWEEN 0 AND 100000),
        group_name    text CHECK (length(group_name) BETWEEN 1 AND 50),
        archived      boolean NOT NULL DEFAULT false,
        read_roles    text[] NOT NULL DEFAULT '{}',
        edit_roles    text[] NOT NULL DEFAULT '{}',
        personal_data boolean NOT NULL DEFAULT false,
        version       integer NOT NULL DEFAULT 1 CHECK (version >= 1),
        created_at    timestamptz NOT NULL DEFAULT now(),
        updated_at    timestamptz NOT NULL DEFAULT now(),
        updated_by    text NOT NULL,
        PRIMARY KEY (tenant_id, id),
        UNIQUE (tenant_id, entity, key)
      )`);
    // ALTER TABLE custom_field_definitions ENABLE / FORCE ROW LEVEL SECURITY + the tenant policy.
    await enableTenantRls(q, 'custom_field_definitions', ['SELECT', 'INSERT', 'UPDATE']);

    await q.query(`
      CREATE TABLE custom_field_schemas (
        tenant_id  text NOT NULL REFERENCES tenants (id),
        entity     text NOT NULL,
        version    integer NOT NULL CHECK (version >= 1),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, entity)
      )`);
    // ALTER TABLE custom_field_schemas ENABLE / FORCE ROW LEVEL SECURITY + the tenant policy.
    await enableTenantRls(q, 'custom_field_schemas', ['SELECT', 'INSERT', 'UPDATE']);

    await q.query(`
      CREATE TABLE custom_field_changes (
        tenant_id          text NOT NULL REFERENCES tenants (id),
        seq                bigint GENERATED ALWAYS AS IDENTITY,
        entity             text NOT NULL,
        key                text NOT NULL,
        definition_id      uuid NOT NULL,
        action             text NOT NULL CHECK (action IN ('DEFINE', 'UPDATE', 'ARCHIVE', 'RESTORE')),
        schema_version     integer NOT NULL,
        definition_version integer NOT NULL,
        changed_by         text NOT NULL,
        changed_by_subject text NOT NULL,
        changed_by_staff   uuid,
        changed_at         timestamptz NOT NULL DEFAULT now(),
        before             jsonb,
        after              jsonb NOT NULL,
        PRIMARY KEY (tenant_id, seq),
        FOREIGN KEY (tenant_id, definition_id) REFERENCES custom_field_definitions (tenant_id, id)
      )`);
    await q.query(
      `CREATE INDEX custom_field_changes_key_idx ON custom_field_changes (tenant_id, entity, key, seq)`,
    );
    // ALTER TABLE custom_field_changes ENABLE / FORCE ROW LEVEL SECURITY + the tenant policy.
    await enableTenantRls(q, 'custom_field_changes', ['SELECT', 'INSERT']);

    await q.query(
      `CREATE INDEX customers_custom_fields_idx ON customers USING gin (custom_fields jsonb_path_ops)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX customers_custom_fields_idx`);
    await q.query(`DROP TABLE custom_field_changes`);
    await q.query(`DROP TABLE custom_field_schemas`);
    await q.query(`DROP TABLE custom_field_definitions`);
  }
}
