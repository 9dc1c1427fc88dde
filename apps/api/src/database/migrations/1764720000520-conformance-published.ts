import type { MigrationInterface, QueryRunner } from 'typeorm';
import { MINISTRY_ROLE, MINISTRY_SCOPE_PREDICATE, RUNTIME_ROLE, TENANT_PREDICATE } from './tenant-table-sql';
import { createJobQueue, deleteJobQueue } from './job-queue-sql';

/**
 * Each tenant's standard conformance, published for the ministry (issue 11 #3, docs/adr/0019
 * "Conformance"): the standard version it runs, its score and per area the counts of unchanged, changed,
 * disabled and added elements — no element's content. Written by the tenant's own scope (the report is
 * computed in the standard-model capability); the ministry role may only SELECT it.
 *
 * - queues `standard-conformance-publish` (one tenant's publication) and its cron job.
 */
export class ConformancePublished1764720000520 implements MigrationInterface {
  name = 'ConformancePublished1764720000520';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE standard_conformance_published (
        tenant_id          text NOT NULL REFERENCES tenants (id),
        standard_version   integer NOT NULL CHECK (standard_version >= 1),
        score              numeric(5, 4) NOT NULL CHECK (score BETWEEN 0 AND 1),
        standard_elements  integer NOT NULL CHECK (standard_elements >= 0),
        unchanged_elements integer NOT NULL CHECK (unchanged_elements BETWEEN 0 AND standard_elements),
        areas              jsonb NOT NULL CHECK (jsonb_typeof(areas) = 'array'),
        refreshed_at       timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id)
      )`);
    // ALTER TABLE standard_conformance_published ENABLE / FORCE ROW LEVEL SECURITY + the tenant policy.
    await q.query(`ALTER TABLE standard_conformance_published ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE standard_conformance_published FORCE ROW LEVEL SECURITY`);
    await q.query(`
      CREATE POLICY tenant_isolation ON standard_conformance_published
        USING (${TENANT_PREDICATE} OR ${MINISTRY_SCOPE_PREDICATE})
        WITH CHECK (${TENANT_PREDICATE})`);
    await q.query(`GRANT SELECT, INSERT, UPDATE ON standard_conformance_published TO ${RUNTIME_ROLE}`);
    await q.query(`GRANT SELECT ON standard_conformance_published TO ${MINISTRY_ROLE}`);
    await createJobQueue(q, 'standard-conformance-publish');
    await createJobQueue(q, 'standard-conformance-publish-schedule', { retryLimit: 1 });
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM pgboss.schedule WHERE name = 'standard-conformance-publish-schedule'`);
    for (const queue of ['standard-conformance-publish-schedule', 'standard-conformance-publish'])
      await deleteJobQueue(q, queue);
    await q.query(`DROP TABLE standard_conformance_published`);
  }
}
