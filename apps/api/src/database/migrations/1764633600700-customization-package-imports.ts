import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantRls } from './tenant-table-sql';

/**
 * Customization packages imported into a tenant (docs/adr/0027): one append-only row per import, numbered
 * per tenant, naming the tenant the package came from, its checksum and what was applied or skipped. The
 * areas' own change rows (custom fields, terminology, reference values) record the individual changes.
 */
export class CustomizationPackageImports1764633600700 implements MigrationInterface {
  name = 'CustomizationPackageImports1764633600700';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE customization_package_imports (
        tenant_id            text NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
        version              integer NOT NULL CHECK (version >= 1),
        source_tenant        text NOT NULL CHECK (source_tenant ~ '^[a-z][a-z0-9-]{1,30}$'),
        checksum             text NOT NULL CHECK (checksum ~ '^sha256:[0-9a-f]{64}$'),
        standard_version     integer NOT NULL CHECK (standard_version > 0),
        exported_at          timestamptz NOT NULL,
        imported_by_staff_id uuid,
        imported_by          text NOT NULL CHECK (length(imported_by) BETWEEN 1 AND 200),
        imported_at          timestamptz NOT NULL DEFAULT now(),
        items                jsonb NOT NULL,
        PRIMARY KEY (tenant_id, version)
      )`);
    // ALTER TABLE customization_package_imports ENABLE / FORCE ROW LEVEL SECURITY + the tenant policy.
    await enableTenantRls(q, 'customization_package_imports', ['SELECT', 'INSERT']);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE customization_package_imports`);
  }
}
