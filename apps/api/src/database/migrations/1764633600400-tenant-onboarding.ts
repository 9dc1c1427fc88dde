import type { MigrationInterface, QueryRunner } from 'typeorm';
import { RUNTIME_ROLE } from './tenant-table-sql';

/**
 * Onboarding tenants at run time (ADR 0024): the platform operator's requests insert a tenant and switch it
 * on and off as the runtime role, so the role may insert a tenant's code and names and change `active` (column
 * grants: nothing else of the registry). Every committed change to `tenants` is announced on the
 * `pcrm_tenants` channel (NOTIFY is delivered at commit only), so every server process's registry learns of
 * it at once. `platform_audit_events` records who did what to which tenant: append-only for the runtime role,
 * not a tenant table (the operator's actions belong to no tenant), and no tenant role has an operation on it.
 */
export class TenantOnboarding1764633600400 implements MigrationInterface {
  name = 'TenantOnboarding1764633600400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE tenants ADD COLUMN deactivated_at timestamptz`);
    await q.query(`GRANT INSERT (id, name_ko, name_en) ON tenants TO ${RUNTIME_ROLE}`);
    await q.query(`GRANT UPDATE (active, deactivated_at) ON tenants TO ${RUNTIME_ROLE}`);
    await q.query(`
      CREATE FUNCTION tenants_notify() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        PERFORM pg_notify('pcrm_tenants', NEW.id);
        RETURN NULL;
      END
      $fn$`);
    await q.query(`CREATE TRIGGER tenants_changed AFTER INSERT OR UPDATE ON tenants
                     FOR EACH ROW EXECUTE FUNCTION tenants_notify()`);
    // No row-level security, on purpose: platform_audit_events is not tenant-scoped. It records the platform
    // operator's actions, which belong to no tenant (its tenant_code names the tenant acted on, not an owner);
    // only the platform:operate operations read or write it, and the runtime role may only SELECT and INSERT.
    await q.query(`
      CREATE TABLE platform_audit_events (
        id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        occurred_at  timestamptz NOT NULL DEFAULT now(),
        actor        text NOT NULL CHECK (length(actor) BETWEEN 1 AND 200),
        action       text NOT NULL CHECK (action ~ '^[a-z]+(\\.[a-z]+)+$'),
        tenant_code  text NOT NULL REFERENCES tenants (id),
        detail       jsonb NOT NULL DEFAULT '{}'
      )`);
    await q.query(`CREATE INDEX platform_audit_events_tenant_idx ON platform_audit_events (tenant_code, id)`);
    await q.query(
      `GRANT SELECT, INSERT (actor, action, tenant_code, detail) ON platform_audit_events TO ${RUNTIME_ROLE}`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE platform_audit_events`);
    await q.query(`DROP TRIGGER tenants_changed ON tenants`);
    await q.query(`DROP FUNCTION tenants_notify()`);
    await q.query(`REVOKE INSERT, UPDATE ON tenants FROM ${RUNTIME_ROLE}`);
    await q.query(`ALTER TABLE tenants DROP COLUMN deactivated_at`);
  }
}
