import type { MigrationInterface, QueryRunner } from 'typeorm';
import { MINISTRY_ROLE, MINISTRY_SCOPE_PREDICATE, RUNTIME_ROLE, TENANT_PREDICATE } from './tenant-table-sql';

/**
 * The ministry's own database role and the population its per-1,000-residents figures divide by (issue 11
 * #1 and #4, docs/adr/0019 "The ministry's own role", "Population"):
 *
 * - `pcrm_ministry` (made by provisioning like `pcrm_app`, read-only by default) may SELECT the published
 *   roll-ups, the tenant registry and the population, and nothing else: no case, resident or staff table, no
 *   write, no refresh function.
 * - `tenant_population`: per tenant and year, the registered population (주민등록인구) and where the figure
 *   comes from. Platform reference data: a tenant scope sees its own rows, a ministry analyst's scope every
 *   row; the platform's seed writes it (docs/adr/0019).
 */
export class MinistryRole1764720000500 implements MigrationInterface {
  name = 'MinistryRole1764720000500';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE tenant_population (
        tenant_id  text NOT NULL REFERENCES tenants (id),
        year       integer NOT NULL CHECK (year BETWEEN 2000 AND 2999),
        population integer NOT NULL CHECK (population > 0),
        source     text NOT NULL CHECK (length(btrim(source)) BETWEEN 1 AND 200),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, year)
      )`);
    // ALTER TABLE tenant_population ENABLE / FORCE ROW LEVEL SECURITY + the tenant policy.
    await q.query(`ALTER TABLE tenant_population ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE tenant_population FORCE ROW LEVEL SECURITY`);
    await q.query(`
      CREATE POLICY tenant_isolation ON tenant_population
        USING (${TENANT_PREDICATE} OR ${MINISTRY_SCOPE_PREDICATE})
        WITH CHECK (${TENANT_PREDICATE})`);
    await q.query(`GRANT SELECT ON tenant_population TO ${RUNTIME_ROLE}`);

    await q.query(`GRANT SELECT ON voc_ministry_monthly, tenants, tenant_population TO ${MINISTRY_ROLE}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`REVOKE SELECT ON voc_ministry_monthly, tenants FROM ${MINISTRY_ROLE}`);
    await q.query(`DROP TABLE tenant_population`);
  }
}
