import type { MigrationInterface, QueryRunner } from 'typeorm';
import { MINISTRY_ROLE, MINISTRY_SCOPE_PREDICATE, RUNTIME_ROLE, TENANT_PREDICATE } from './tenant-table-sql';

/** Groups under this many cases are published as NULL (docs/adr/0019). */
const K = 5;

/**
 * The measures the standard indicators (STANDARD_INDICATORS, docs/adr/0030) read: the only ones published.
 * A new standard indicator on another measure needs a migration (publishing is a reviewed decision); the
 * e2e spec `ministry-indicators.spec.ts` fails when this list and the code disagree.
 */
export const PUBLISHED_INDICATOR_MEASURES = [
  'PETITION_CLOSED_WITHIN_TARGET',
  'PETITION_CLOSED_WITHIN_STATUTORY',
  'SURVEY_OVERALL',
  'TASK_DEADLINE_COMPLIANCE',
  'REPEAT_PETITION_SHARE',
  'CONTACTS_LOGGED',
] as const;

/** The codes of the standard indicators: a tenant's version of one of them is an override, not its own. */
export const STANDARD_INDICATOR_CODES = [
  'DEPT_TARGET_CLOSURE',
  'DEPT_STATUTORY_CLOSURE',
  'DEPT_SATISFACTION',
  'DEPT_TASK_COMPLIANCE',
  'DEPT_REPEAT_REDUCTION',
  'OFFICER_TARGET_CLOSURE',
  'OFFICER_SATISFACTION',
  'OFFICER_CONTACTS_LOGGED',
] as const;

const list = (codes: readonly string[]) => `ARRAY[${codes.map((c) => `'${c}'`).join(', ')}]::text[]`;

/**
 * Standard indicators for the ministry (issue 11 #1, docs/adr/0019 "Standard indicators"):
 *
 * - `performance_rollups` gains the scope kind TENANT (nil scope id): every fact of a measure and month, with
 *   or without a department — summing the DEPARTMENT rows would miss the petitions that never had one
 *   (`voc_items.department_id` is nullable: closed or transferred before assignment).
 * - `performance_ministry_monthly`: per tenant, month and published measure, the TENANT roll-up's numerator
 *   and denominator. Every fact of these measures has denominator 1, so the denominator is the case count:
 *   under k = 5 both are stored NULL (CHECKs keep them together).
 * - `performance_indicators_published`: per tenant the latest version of each of its own indicator rows
 *   (configuration: code, names, measure, scope, active, version; `standard` = an override of a standard
 *   code). No person, no figure.
 *
 * Both are written only by `refresh_performance_ministry()` (SECURITY DEFINER, the calling scope's tenant,
 * EXECUTE for the runtime role only), readable by the tenant itself and by a ministry analyst's scope, and
 * by the ministry role (SELECT).
 */
export class PerformanceMinistry1764720000700 implements MigrationInterface {
  name = 'PerformanceMinistry1764720000700';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE performance_rollups DROP CONSTRAINT performance_rollups_scope_kind_check`);
    await q.query(`ALTER TABLE performance_rollups ADD CONSTRAINT performance_rollups_scope_kind_check
      CHECK (scope_kind IN ('DEPARTMENT', 'OFFICER', 'TENANT'))`);
    await q.query(`
      CREATE TABLE performance_ministry_monthly (
        tenant_id    text NOT NULL REFERENCES tenants (id),
        month        date NOT NULL CHECK (extract(day FROM month) = 1),
        measure_code text NOT NULL CHECK (measure_code = ANY (${list(PUBLISHED_INDICATOR_MEASURES)})),
        numerator    numeric,
        denominator  numeric CHECK (denominator >= ${K}),
        refreshed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, month, measure_code),
        CHECK ((numerator IS NULL) = (denominator IS NULL))
      )`);
    await q.query(`
      CREATE TABLE performance_indicators_published (
        tenant_id    text NOT NULL REFERENCES tenants (id),
        code         text NOT NULL,
        version      integer NOT NULL,
        measure_code text NOT NULL,
        name_ko      text NOT NULL,
        name_en      text NOT NULL,
        scope        text NOT NULL,
        active       boolean NOT NULL,
        standard     boolean NOT NULL,
        refreshed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, code)
      )`);
    for (const table of ['performance_ministry_monthly', 'performance_indicators_published']) {
      // ALTER TABLE performance_ministry_monthly, performance_indicators_published ENABLE / FORCE ROW LEVEL
      // SECURITY + the tenant policy, widened to a ministry analyst's scope like the other published roll-ups.
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
      await q.query(`
        CREATE POLICY tenant_isolation ON ${table}
          USING (${TENANT_PREDICATE} OR ${MINISTRY_SCOPE_PREDICATE})
          WITH CHECK (${TENANT_PREDICATE})`);
      await q.query(`GRANT SELECT ON ${table} TO ${RUNTIME_ROLE}, ${MINISTRY_ROLE}`);
    }

    await q.query(`
      CREATE FUNCTION refresh_performance_ministry() RETURNS integer
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
      DECLARE
        t text := nullif(current_setting('app.tenant_id', true), '');
        written integer;
        listed integer;
      BEGIN
        IF t IS NULL THEN
          RAISE EXCEPTION 'refresh_performance_ministry needs a tenant scope' USING ERRCODE = '42501';
        END IF;
        DELETE FROM performance_ministry_monthly WHERE tenant_id = t;
        INSERT INTO performance_ministry_monthly (tenant_id, month, measure_code, numerator, denominator)
        SELECT t, r.month, r.measure_code,
               CASE WHEN r.denominator >= ${K} THEN r.numerator END,
               CASE WHEN r.denominator >= ${K} THEN r.denominator END
        FROM performance_rollups r
        WHERE r.tenant_id = t AND r.scope_kind = 'TENANT' AND r.denominator > 0
          AND r.measure_code = ANY (${list(PUBLISHED_INDICATOR_MEASURES)});
        GET DIAGNOSTICS written = ROW_COUNT;

        DELETE FROM performance_indicators_published WHERE tenant_id = t;
        INSERT INTO performance_indicators_published (tenant_id, code, version, measure_code, name_ko, name_en,
          scope, active, standard)
        SELECT DISTINCT ON (i.code) t, i.code, i.version, i.measure_code, i.name_ko, i.name_en, i.scope, i.active,
               i.code = ANY (${list(STANDARD_INDICATOR_CODES)})
        FROM performance_indicators i
        WHERE i.tenant_id = t
        ORDER BY i.code, i.version DESC;
        GET DIAGNOSTICS listed = ROW_COUNT;
        RETURN written + listed;
      END
      $fn$`);
    await q.query(`REVOKE ALL ON FUNCTION refresh_performance_ministry() FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION refresh_performance_ministry() TO ${RUNTIME_ROLE}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION refresh_performance_ministry()`);
    await q.query(`DROP TABLE performance_indicators_published`);
    await q.query(`DROP TABLE performance_ministry_monthly`);
    await q.query(`DELETE FROM performance_rollups WHERE scope_kind = 'TENANT'`);
    await q.query(`ALTER TABLE performance_rollups DROP CONSTRAINT performance_rollups_scope_kind_check`);
    await q.query(`ALTER TABLE performance_rollups ADD CONSTRAINT performance_rollups_scope_kind_check
      CHECK (scope_kind IN ('DEPARTMENT', 'OFFICER'))`);
  }
}
