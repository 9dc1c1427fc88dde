import type { MigrationInterface, QueryRunner } from 'typeorm';
import { RUNTIME_ROLE, enableTenantRls } from './tenant-table-sql';

/**
 * Applying a standard version (docs/adr/0026): the runtime role may move a tenant's `standard_version`, but only
 * its own tenant's (`tenants` is the platform's registry, without row-level security, so a trigger holds the
 * update to the request's tenant), and every application is an append-only row of `standard_version_changes`.
 */
export class StandardVersionChanges1764633600610 implements MigrationInterface {
  name = 'StandardVersionChanges1764633600610';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`GRANT UPDATE (standard_version) ON tenants TO ${RUNTIME_ROLE}`);
    await q.query(`
      CREATE FUNCTION tenants_standard_version_own() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        IF current_user = '${RUNTIME_ROLE}' AND NEW.id IS DISTINCT FROM current_setting('app.tenant_id', true) THEN
          RAISE EXCEPTION 'standard_version of tenant % changed outside its own tenant scope', NEW.id
            USING ERRCODE = '42501';
        END IF;
        RETURN NEW;
      END
      $fn$`);
    await q.query(`CREATE TRIGGER tenants_standard_version_own BEFORE UPDATE OF standard_version ON tenants
                     FOR EACH ROW EXECUTE FUNCTION tenants_standard_version_own()`);
    await q.query(`
      CREATE TABLE standard_version_changes (
        tenant_id           text NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
        to_version          integer NOT NULL CHECK (to_version > 1),
        from_version        integer NOT NULL CHECK (from_version = to_version - 1),
        applied_by_staff_id uuid,
        applied_by          text NOT NULL CHECK (length(applied_by) BETWEEN 1 AND 200),
        applied_at          timestamptz NOT NULL DEFAULT now(),
        changes             jsonb NOT NULL CHECK (jsonb_typeof(changes) = 'array'),
        resolutions         jsonb NOT NULL CHECK (jsonb_typeof(resolutions) = 'object'),
        PRIMARY KEY (tenant_id, to_version)
      )`);
    // ALTER TABLE standard_version_changes ENABLE / FORCE ROW LEVEL SECURITY + the tenant policy.
    await enableTenantRls(q, 'standard_version_changes', ['SELECT', 'INSERT']);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE standard_version_changes`);
    await q.query(`DROP TRIGGER tenants_standard_version_own ON tenants`);
    await q.query(`DROP FUNCTION tenants_standard_version_own()`);
    await q.query(`REVOKE UPDATE (standard_version) ON tenants FROM ${RUNTIME_ROLE}`);
  }
}
