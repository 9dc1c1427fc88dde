import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantRls } from './tenant-table-sql';

/** Groups under this many cases are published as NULL (docs/adr/0019). */
const K = 5;

/** The national codes (libs/crm-core/src/customer-vulnerability/vulnerable-groups.ts lists the same). */
const CODES = [
  'DISABLED',
  'BASIC_LIVELIHOOD',
  'NEAR_POVERTY',
  'SINGLE_PARENT',
  'MULTICULTURAL',
  'ELDERLY_ALONE',
  'NORTH_KOREAN_DEFECTOR',
  'GRANDPARENT_FAMILY',
  'NATIONAL_MERIT',
];
const codeList = CODES.map((c) => `'${c}'`).join(', ');

/**
 * Vulnerable groups (취약계층) of customers, sensitive information (개인정보 보호법 제23조; docs/adr/0019
 * "Vulnerable groups"): `customer_sensitive_consents` is the separate consent to process it (one per
 * customer, with its date, evidence and who recorded it; `version` for optimistic concurrency), and
 * `customer_vulnerable_groups` the customer's groups with their basis. A group cannot exist without the
 * consent (foreign key); withdrawing the consent deletes the row and the groups go with it (cascade), a merge
 * moving the consent carries them (on update cascade).
 *
 * The equity roll-up gains the dimension VULNERABLE: VULNERABLE (a customer with any group now) against
 * NOT_VULNERABLE (a customer without), and one group per code; cases without a customer in neither. Every
 * other dimension is computed exactly as in 1764720000510.
 */
export class CustomerVulnerableGroups1764720000710 implements MigrationInterface {
  name = 'CustomerVulnerableGroups1764720000710';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE customer_sensitive_consents (
        tenant_id    text NOT NULL REFERENCES tenants (id),
        customer_id  uuid NOT NULL,
        consented_at timestamptz NOT NULL,
        evidence     text NOT NULL CHECK (length(evidence) BETWEEN 1 AND 500),
        recorded_by  text NOT NULL,
        recorded_at  timestamptz NOT NULL DEFAULT now(),
        updated_by   text NOT NULL,
        updated_at   timestamptz NOT NULL DEFAULT now(),
        version      integer NOT NULL DEFAULT 1 CHECK (version >= 1),
        PRIMARY KEY (tenant_id, customer_id),
        FOREIGN KEY (tenant_id, customer_id) REFERENCES customers (tenant_id, id) ON DELETE CASCADE
      )`);
    // ALTER TABLE customer_sensitive_consents ENABLE / FORCE ROW LEVEL SECURITY + the tenant policy.
    await enableTenantRls(q, 'customer_sensitive_consents');

    await q.query(`
      CREATE TABLE customer_vulnerable_groups (
        tenant_id   text NOT NULL REFERENCES tenants (id),
        customer_id uuid NOT NULL,
        code        text NOT NULL CHECK (code IN (${codeList})),
        basis       text NOT NULL CHECK (basis IN ('SELF_REPORTED', 'DOCUMENT_VERIFIED')),
        recorded_by text NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, customer_id, code),
        FOREIGN KEY (tenant_id, customer_id) REFERENCES customer_sensitive_consents (tenant_id, customer_id)
          ON DELETE CASCADE ON UPDATE CASCADE
      )`);
    // ALTER TABLE customer_vulnerable_groups ENABLE / FORCE ROW LEVEL SECURITY + the tenant policy.
    await enableTenantRls(q, 'customer_vulnerable_groups');

    await q.query(
      `ALTER TABLE voc_ministry_equity_monthly DROP CONSTRAINT voc_ministry_equity_monthly_dimension_check`,
    );
    await q.query(`ALTER TABLE voc_ministry_equity_monthly ADD CONSTRAINT voc_ministry_equity_monthly_dimension_check
      CHECK (dimension IN ('CHANNEL', 'AGE_BAND', 'SENIOR', 'DISTRICT', 'VULNERABLE'))`);
    await q.query(refreshFunction(true));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(refreshFunction(false));
    await q.query(`DELETE FROM voc_ministry_equity_monthly WHERE dimension = 'VULNERABLE'`);
    await q.query(
      `ALTER TABLE voc_ministry_equity_monthly DROP CONSTRAINT voc_ministry_equity_monthly_dimension_check`,
    );
    await q.query(`ALTER TABLE voc_ministry_equity_monthly ADD CONSTRAINT voc_ministry_equity_monthly_dimension_check
      CHECK (dimension IN ('CHANNEL', 'AGE_BAND', 'SENIOR', 'DISTRICT'))`);
    await q.query(`DROP TABLE customer_vulnerable_groups`);
    await q.query(`DROP TABLE customer_sensitive_consents`);
  }
}

/** `refresh_voc_ministry_equity()` of 1764720000510, with the VULNERABLE dimension when `vulnerable`. */
function refreshFunction(vulnerable: boolean): string {
  const groupsColumn = vulnerable
    ? `,
                 (SELECT array_agg(g.code ORDER BY g.code) FROM customer_vulnerable_groups g
                   WHERE g.tenant_id = c.tenant_id AND g.customer_id = coalesce(c.merged_into_id, c.id)) AS codes,
                 coalesce(c.merged_into_id, c.id) AS resident`
    : '';
  const vulnerableRows = vulnerable
    ? `
          UNION ALL
          SELECT month, 'VULNERABLE', CASE WHEN codes IS NULL THEN 'NOT_VULNERABLE' ELSE 'VULNERABLE' END,
                 answered_at, due_at, days, score, resident
          FROM cases WHERE resident IS NOT NULL
          UNION ALL
          SELECT month, 'VULNERABLE', code, answered_at, due_at, days, score, resident
          FROM cases CROSS JOIN LATERAL unnest(codes) AS code`
    : '';
  return `
      CREATE OR REPLACE FUNCTION refresh_voc_ministry_equity() RETURNS integer
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
                 (s.speed + s.kindness + s.fairness + s.convenience) / 4.0 AS score${groupsColumn}
          FROM voc_items v
          LEFT JOIN customers c ON c.tenant_id = v.tenant_id AND c.id = v.customer_id
          LEFT JOIN voc_survey_responses s ON s.tenant_id = v.tenant_id AND s.voc_id = v.id
          WHERE v.tenant_id = t AND v.parent_id IS NULL
        ), divided AS (
          SELECT month, d.dimension, d.group_key, answered_at, due_at, days, score, NULL::uuid AS resident
          FROM cases
          CROSS JOIN LATERAL (VALUES
            ('CHANNEL', channel),
            ('AGE_BAND', CASE WHEN age IS NULL THEN 'UNKNOWN' WHEN age < 30 THEN '0-29' WHEN age < 50 THEN '30-49'
                              WHEN age < 65 THEN '50-64' ELSE '65+' END),
            ('SENIOR', CASE WHEN age >= 65 THEN '65+' WHEN age < 65 THEN 'UNDER_65' END),
            ('DISTRICT', district)
          ) AS d (dimension, group_key)
          WHERE d.group_key IS NOT NULL${vulnerableRows}
        ), grouped AS (
          SELECT month, dimension, group_key,
                 count(*)::int AS n,
                 count(answered_at)::int AS finished,
                 count(*) FILTER (WHERE answered_at <= due_at)::int AS within_statutory,
                 percentile_cont(0.5) WITHIN GROUP (ORDER BY days) FILTER (WHERE answered_at IS NOT NULL) AS median_days,
                 avg(days) FILTER (WHERE answered_at IS NOT NULL) AS avg_days,
                 count(score)::int AS surveys,
                 avg(score) AS satisfaction,
                 count(DISTINCT resident)::int AS residents
          FROM divided
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
        FROM (SELECT month, dimension, group_key,
                     -- A vulnerable group also needs k residents: one resident's many cases publish nothing.
                     CASE WHEN dimension = 'VULNERABLE' AND residents < ${K} THEN 0 ELSE n END AS n,
                     CASE WHEN dimension = 'VULNERABLE' AND residents < ${K} THEN 0 ELSE finished END AS finished,
                     within_statutory, median_days, avg_days,
                     CASE WHEN dimension = 'VULNERABLE' AND residents < ${K} THEN 0 ELSE surveys END AS surveys,
                     satisfaction
              FROM grouped) AS g;
        GET DIAGNOSTICS written = ROW_COUNT;
        RETURN written;
      END
      $fn$`;
}
