import type { MigrationInterface, QueryRunner } from 'typeorm';
import { MINISTRY_ROLE, MINISTRY_SCOPE_PREDICATE, RUNTIME_ROLE, TENANT_PREDICATE } from './tenant-table-sql';

/** Groups under this many cases are published as NULL (docs/adr/0019). */
const K = 5;

/**
 * Equity roll-up (issue 11 #2, docs/adr/0019 "Equity"): per tenant, month of receipt and group of a
 * dimension, the outcomes of the cases received — how many, how many answered, within the statutory
 * period, median and mean processing days, survey count and mean satisfaction (the four items' mean).
 *
 * Dimensions: CHANNEL (the case's channel), AGE_BAND (the resident's age at receipt: 0-29, 30-49, 50-64,
 * 65+, UNKNOWN), SENIOR (65+ against UNDER_65; residents of unknown age in neither), DISTRICT (the resident's
 * 시·군·구, UNKNOWN without one). Groups under k = 5 are stored as NULL with every measure derived from them,
 * as in `voc_ministry_monthly`; written only by `refresh_voc_ministry_equity()` (SECURITY DEFINER) for the
 * calling scope's tenant. The ministry role may SELECT it; nothing in it names a case, resident or staff.
 */
export class MinistryEquity1764720000510 implements MigrationInterface {
  name = 'MinistryEquity1764720000510';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE voc_ministry_equity_monthly (
        tenant_id          text NOT NULL REFERENCES tenants (id),
        month              date NOT NULL CHECK (extract(day FROM month) = 1),
        dimension          text NOT NULL CHECK (dimension IN ('CHANNEL', 'AGE_BAND', 'SENIOR', 'DISTRICT')),
        group_key          text NOT NULL CHECK (length(group_key) BETWEEN 1 AND 100),
        received           integer CHECK (received >= ${K}),
        finished           integer CHECK (finished >= ${K}),
        finished_within_statutory integer,
        median_days        numeric(8, 2),
        avg_days           numeric(8, 2),
        surveys            integer CHECK (surveys >= ${K}),
        satisfaction_avg   numeric(3, 2),
        refreshed_at       timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, month, dimension, group_key),
        CHECK ((finished IS NULL) = (median_days IS NULL) AND (finished IS NULL) = (avg_days IS NULL)
               AND (finished IS NULL) = (finished_within_statutory IS NULL)),
        CHECK ((surveys IS NULL) = (satisfaction_avg IS NULL))
      )`);
    // ALTER TABLE voc_ministry_equity_monthly ENABLE / FORCE ROW LEVEL SECURITY + the tenant policy.
    await q.query(`ALTER TABLE voc_ministry_equity_monthly ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE voc_ministry_equity_monthly FORCE ROW LEVEL SECURITY`);
    await q.query(`
      CREATE POLICY tenant_isolation ON voc_ministry_equity_monthly
        USING (${TENANT_PREDICATE} OR ${MINISTRY_SCOPE_PREDICATE})
        WITH CHECK (${TENANT_PREDICATE})`);
    await q.query(`GRANT SELECT ON voc_ministry_equity_monthly TO ${RUNTIME_ROLE}, ${MINISTRY_ROLE}`);

    await q.query(`
      CREATE FUNCTION refresh_voc_ministry_equity() RETURNS integer
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
      DECLARE
        t text := nullif(current_setting('app.tenant_id', true), '');
        written integer;
      BEGIN
        IF t IS NULL THEN
          RAISE EXCEPTION 'refresh_voc_ministry_equity needs a tenant scope' USING ERRCODE = '42501';
        END IF;
        DELETE FROM voc_ministry_equity_monthly WHERE tenant_id = t;
        WITH cases AS (
          SELECT date_trunc('month', v.received_at AT TIME ZONE 'Asia/Seoul')::date AS month,
                 v.channel,
                 extract(year FROM age((v.received_at AT TIME ZONE 'Asia/Seoul')::date, c.birth_date)) AS age,
                 coalesce(nullif(btrim(c.sigungu), ''), 'UNKNOWN') AS district,
                 v.answered_at, v.due_at,
                 extract(epoch FROM v.answered_at - v.received_at) / 86400 AS days,
                 (s.speed + s.kindness + s.fairness + s.convenience) / 4.0 AS score
          FROM voc_items v
          LEFT JOIN customers c ON c.tenant_id = v.tenant_id AND c.id = v.customer_id
          LEFT JOIN voc_survey_responses s ON s.tenant_id = v.tenant_id AND s.voc_id = v.id
          WHERE v.tenant_id = t AND v.parent_id IS NULL
        ), grouped AS (
          SELECT month, d.dimension, d.group_key,
                 count(*)::int AS n,
                 count(answered_at)::int AS finished,
                 count(*) FILTER (WHERE answered_at <= due_at)::int AS within_statutory,
                 percentile_cont(0.5) WITHIN GROUP (ORDER BY days) FILTER (WHERE answered_at IS NOT NULL) AS median_days,
                 avg(days) FILTER (WHERE answered_at IS NOT NULL) AS avg_days,
                 count(score)::int AS surveys,
                 avg(score) AS satisfaction
          FROM cases
          CROSS JOIN LATERAL (VALUES
            ('CHANNEL', channel),
            ('AGE_BAND', CASE WHEN age IS NULL THEN 'UNKNOWN' WHEN age < 30 THEN '0-29' WHEN age < 50 THEN '30-49'
                              WHEN age < 65 THEN '50-64' ELSE '65+' END),
            ('SENIOR', CASE WHEN age >= 65 THEN '65+' WHEN age < 65 THEN 'UNDER_65' END),
            ('DISTRICT', district)
          ) AS d (dimension, group_key)
          WHERE d.group_key IS NOT NULL
          GROUP BY 1, 2, 3
        )
        INSERT INTO voc_ministry_equity_monthly (tenant_id, month, dimension, group_key, received, finished,
          finished_within_statutory, median_days, avg_days, surveys, satisfaction_avg)
        SELECT t, month, dimension, left(group_key, 100),
               CASE WHEN n >= ${K} THEN n END,
               CASE WHEN finished >= ${K} THEN finished END,
               CASE WHEN finished >= ${K} THEN within_statutory END,
               CASE WHEN finished >= ${K} THEN round(median_days::numeric, 2) END,
               CASE WHEN finished >= ${K} THEN round(avg_days::numeric, 2) END,
               CASE WHEN surveys >= ${K} THEN surveys END,
               CASE WHEN surveys >= ${K} THEN round(satisfaction, 2) END
        FROM grouped;
        GET DIAGNOSTICS written = ROW_COUNT;
        RETURN written;
      END
      $fn$`);
    await q.query(`REVOKE ALL ON FUNCTION refresh_voc_ministry_equity() FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION refresh_voc_ministry_equity() TO ${RUNTIME_ROLE}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION refresh_voc_ministry_equity()`);
    await q.query(`DROP TABLE voc_ministry_equity_monthly`);
  }
}
