import type { MigrationInterface, QueryRunner } from 'typeorm';
import { RUNTIME_ROLE } from './tenant-table-sql';

/**
 * The audit trail's who and when come from the database, not from the runtime role: the tenant, actor and
 * roles from the scope's transaction settings (`app.tenant_id`, `app.actor`, `app.actor_roles`, set by
 * TenantDatabase when the scope begins), the time from `now()`. The runtime role may insert only what
 * happened (action, entity, before, after).
 */
export class RuntimeRoleHardening1764180000000 implements MigrationInterface {
  name = 'RuntimeRoleHardening1764180000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION app_actor_roles() RETURNS text[] LANGUAGE sql STABLE
      SET search_path = pg_catalog AS
      $$ SELECT coalesce(string_to_array(nullif(current_setting('app.actor_roles', true), ''), ','), '{}') $$`);
    await q.query(`
      ALTER TABLE audit_events
        ALTER COLUMN tenant_id SET DEFAULT current_setting('app.tenant_id', true),
        ALTER COLUMN actor SET DEFAULT nullif(current_setting('app.actor', true), ''),
        ALTER COLUMN actor_roles SET DEFAULT app_actor_roles()`);
    await q.query(`REVOKE INSERT ON audit_events FROM ${RUNTIME_ROLE}`);
    await q.query(
      `GRANT INSERT (action, entity, entity_id, before, after) ON audit_events TO ${RUNTIME_ROLE}`,
    );
    await q.query(`REVOKE ALL ON FUNCTION app_actor_roles() FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION app_actor_roles() TO ${RUNTIME_ROLE}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `REVOKE INSERT (action, entity, entity_id, before, after) ON audit_events FROM ${RUNTIME_ROLE}`,
    );
    await q.query(`GRANT INSERT ON audit_events TO ${RUNTIME_ROLE}`);
    await q.query(`
      ALTER TABLE audit_events
        ALTER COLUMN tenant_id DROP DEFAULT, ALTER COLUMN actor DROP DEFAULT,
        ALTER COLUMN actor_roles SET DEFAULT '{}'`);
    await q.query(`DROP FUNCTION app_actor_roles()`);
  }
}
