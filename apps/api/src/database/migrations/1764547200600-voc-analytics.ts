import type { MigrationInterface, QueryRunner } from 'typeorm';
import { RUNTIME_ROLE, TENANT_PREDICATE } from './tenant-table-sql';
import { createJobQueue, deleteJobQueue } from './job-queue-sql';

/** Groups under this many cases are published as NULL (docs/adr/0019). */
const K = 5;

/**
 * Petition analytics (issue 8 #8) and the ministry comparison (#9, docs/adr/0019-ministry-aggregates.md):
 *
 * - `voc_ministry_monthly`: per tenant and month, the aggregates the ministry may compare, already
 *   suppressed (k = 5) and without any case, resident or staff. The runtime role may only SELECT it; rows
 *   are written only by `refresh_voc_ministry_monthly()`, a SECURITY DEFINER function that recomputes the
 *   calling tenant's months from its own cases (its scope's `app.tenant_id`). Its policy shows a tenant its
 *   own rows, and every row only to a scope without a tenant whose actor is a ministry analyst.
 * - queues `voc-ministry-rollup` (one tenant's refresh) and its cron job.
 * - indexes for the analytics: finished cases by answer time, open cases by due date (backlog), cases per
 *   customer (repeat petitioners) exist already (voc_items_customer_idx).
 */
export class VocAnalytics1764547200600 implements MigrationInterface {
  name = 'VocAnalytics1764547200600';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE voc_ministry_monthly (
        tenant_id                text NOT NULL REFERENCES tenants (id),
        month                    date NOT NULL CHECK (extract(day FROM month) = 1),
        received                 integer CHECK (received >= ${K}),
        finished                 integer CHECK (finished >= ${K}),
        finished_within_target   integer,
        finished_within_statutory integer,
        median_days              numeric(8, 2),
        surveys                  integer CHECK (surveys >= ${K}),
        speed_avg                numeric(3, 2),
        kindness_avg             numeric(3, 2),
        fairness_avg             numeric(3, 2),
        convenience_avg          numeric(3, 2),
        refreshed_at             timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, month),
        CHECK ((finished IS NULL) = (median_days IS NULL)),
        CHECK ((surveys IS NULL) = (speed_avg IS NULL))
      )`);
    await q.query(`ALTER TABLE voc_ministry_monthly ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE voc_ministry_monthly FORCE ROW LEVEL SECURITY`);
    await q.query(`
      CREATE POLICY tenant_isolation ON voc_ministry_monthly
        USING (${TENANT_PREDICATE}
               OR (coalesce(current_setting('app.tenant_id', true), '') = ''
                   AND current_setting('app.actor', true) LIKE 'ministry/%'
                   AND 'ministry-analyst' = ANY (string_to_array(current_setting('app.actor_roles', true), ','))))
        WITH CHECK (${TENANT_PREDICATE})`);
    await q.query(`GRANT SELECT ON voc_ministry_monthly TO ${RUNTIME_ROLE}`);

    // Months in Asia/Seoul; a month's received count is by receipt, finished measures by answer, survey
    // averages by submission. Cooperation child cases are part of their parent and not counted.
    await q.query(`
      CREATE FUNCTION refresh_voc_ministry_monthly() RETURNS integer
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
      DECLARE
        t text := nullif(current_setting('app.tenant_id', true), '');
        n integer;
      BEGIN
        IF t IS NULL THEN
          RAISE EXCEPTION 'refresh_voc_ministry_monthly needs a tenant scope' USING ERRCODE = '42501';
        END IF;
        DELETE FROM voc_ministry_monthly WHERE tenant_id = t;
        WITH received AS (
          SELECT date_trunc('month', received_at AT TIME ZONE 'Asia/Seoul')::date AS month, count(*)::int AS n
          FROM voc_items WHERE tenant_id = t AND parent_id IS NULL GROUP BY 1
        ), finished AS (
          SELECT date_trunc('month', answered_at AT TIME ZONE 'Asia/Seoul')::date AS month,
                 count(*)::int AS n,
                 count(*) FILTER (WHERE answered_at <= target_due_at)::int AS within_target,
                 count(*) FILTER (WHERE answered_at <= due_at)::int AS within_statutory,
                 percentile_cont(0.5) WITHIN GROUP (
                   ORDER BY extract(epoch FROM answered_at - received_at) / 86400) AS median_days
          FROM voc_items WHERE tenant_id = t AND parent_id IS NULL AND answered_at IS NOT NULL GROUP BY 1
        ), surveyed AS (
          SELECT date_trunc('month', submitted_at AT TIME ZONE 'Asia/Seoul')::date AS month, count(*)::int AS n,
                 avg(speed) AS speed, avg(kindness) AS kindness, avg(fairness) AS fairness,
                 avg(convenience) AS convenience
          FROM voc_survey_responses WHERE tenant_id = t GROUP BY 1
        ), months AS (
          SELECT month FROM received UNION SELECT month FROM finished UNION SELECT month FROM surveyed
        )
        INSERT INTO voc_ministry_monthly (tenant_id, month, received, finished, finished_within_target,
          finished_within_statutory, median_days, surveys, speed_avg, kindness_avg, fairness_avg, convenience_avg)
        SELECT t, m.month,
               CASE WHEN r.n >= ${K} THEN r.n END,
               CASE WHEN f.n >= ${K} THEN f.n END,
               CASE WHEN f.n >= ${K} THEN f.within_target END,
               CASE WHEN f.n >= ${K} THEN f.within_statutory END,
               CASE WHEN f.n >= ${K} THEN round(f.median_days::numeric, 2) END,
               CASE WHEN s.n >= ${K} THEN s.n END,
               CASE WHEN s.n >= ${K} THEN round(s.speed, 2) END,
               CASE WHEN s.n >= ${K} THEN round(s.kindness, 2) END,
               CASE WHEN s.n >= ${K} THEN round(s.fairness, 2) END,
               CASE WHEN s.n >= ${K} THEN round(s.convenience, 2) END
        FROM months m
        LEFT JOIN received r USING (month) LEFT JOIN finished f USING (month) LEFT JOIN surveyed s USING (month);
        GET DIAGNOSTICS n = ROW_COUNT;
        RETURN n;
      END
      $fn$`);
    await q.query(`REVOKE ALL ON FUNCTION refresh_voc_ministry_monthly() FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION refresh_voc_ministry_monthly() TO ${RUNTIME_ROLE}`);

    // Processing-time analytics read finished cases by answer time; the backlog reads open cases by due date.
    await q.query(`CREATE INDEX voc_items_answered_idx ON voc_items (tenant_id, answered_at)
                     WHERE answered_at IS NOT NULL`);
    await q.query(`CREATE INDEX voc_items_backlog_idx ON voc_items (tenant_id, due_at, id)
                     WHERE answered_at IS NULL AND closed_at IS NULL`);

    await createJobQueue(q, 'voc-ministry-rollup');
    await createJobQueue(q, 'voc-ministry-rollup-schedule', { retryLimit: 1 });
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM pgboss.schedule WHERE name = 'voc-ministry-rollup-schedule'`);
    for (const queue of ['voc-ministry-rollup-schedule', 'voc-ministry-rollup'])
      await deleteJobQueue(q, queue);
    await q.query(`DROP INDEX voc_items_backlog_idx`);
    await q.query(`DROP INDEX voc_items_answered_idx`);
    await q.query(`DROP FUNCTION refresh_voc_ministry_monthly()`);
    await q.query(`DROP TABLE voc_ministry_monthly`);
  }
}
