import type { QueryRunner } from 'typeorm';

/** The role the API runs as: it owns nothing, has NOBYPASSRLS, and gets only the grants given here. */
export const RUNTIME_ROLE = 'pcrm_app';

/**
 * The role the ministry's requests run as (docs/adr/0019, "The ministry's own role"): NOBYPASSRLS, read-only,
 * with SELECT on the published roll-ups and the tenant registry only; no case, resident or staff table.
 */
export const MINISTRY_ROLE = 'pcrm_ministry';

/** Rows every tenant may not see but a ministry analyst's scope (no tenant) may: the published roll-ups. */
export const MINISTRY_SCOPE_PREDICATE = `(coalesce(current_setting('app.tenant_id', true), '') = ''
  AND current_setting('app.actor', true) LIKE 'ministry/%'
  AND 'ministry-analyst' = ANY (string_to_array(current_setting('app.actor_roles', true), ',')))`;

/** The predicate of every tenant policy: no `app.tenant_id` set means no row at all. */
export const TENANT_PREDICATE = `tenant_id = current_setting('app.tenant_id', true)`;

/** Row level security, enabled and forced, with one policy that pins reads and writes to the request's tenant. */
export async function enableTenantRls(
  q: QueryRunner,
  table: string,
  privileges: readonly string[] = ['SELECT', 'INSERT', 'UPDATE', 'DELETE'],
): Promise<void> {
  await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
  await q.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
  await q.query(
    `CREATE POLICY tenant_isolation ON ${table} USING (${TENANT_PREDICATE}) WITH CHECK (${TENANT_PREDICATE})`,
  );
  await q.query(`GRANT ${privileges.join(', ')} ON ${table} TO ${RUNTIME_ROLE}`);
}

/**
 * The platform operator's scope (ADR 0024): no tenant, a `platform/…` actor holding `platform-operator`. It may
 * read the population reference data and, through SECURITY DEFINER functions only, maintain it.
 */
export const PLATFORM_OPERATOR_PREDICATE = `(coalesce(current_setting('app.tenant_id', true), '') = ''
  AND current_setting('app.actor', true) LIKE 'platform/%'
  AND 'platform-operator' = ANY (string_to_array(current_setting('app.actor_roles', true), ',')))`;
