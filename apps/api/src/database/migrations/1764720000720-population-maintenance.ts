import type { MigrationInterface, QueryRunner } from 'typeorm';
import {
  MINISTRY_ROLE,
  MINISTRY_SCOPE_PREDICATE,
  PLATFORM_OPERATOR_PREDICATE,
  RUNTIME_ROLE,
  TENANT_PREDICATE,
} from './tenant-table-sql';

/** The largest list of districts one call writes (경기도 has 44 시·군·구). */
export const MAX_DISTRICTS_PER_CALL = 100;

/**
 * The platform operator maintains the population figures (issue 11 #1/#2, docs/adr/0019 "Population"):
 *
 * - `district_population`: per tenant, year and 시·군·구 (the `customers.sigungu` spelling the equity roll-up
 *   groups by), the registered population and its source. Read like `tenant_population`: a tenant scope its
 *   own rows, a ministry analyst's scope every row, and the platform operator's scope every row.
 * - Neither table is writable by the runtime role. `set_tenant_population` and `set_district_population`
 *   (SECURITY DEFINER) are the only write path: they refuse any scope but the platform operator's, refuse an
 *   unknown tenant, write the rows pinned to their tenant (`app.tenant_id` set for the statement, then
 *   cleared), refuse a stale `expected` time (NULL = the figure must not exist yet) and record a
 *   platform audit event with the figures before and after, all in the caller's transaction.
 * - The year may go back to 1990 and a population is at most 20,000,000 (no 시·도 comes near it).
 */
export class PopulationMaintenance1764720000720 implements MigrationInterface {
  name = 'PopulationMaintenance1764720000720';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE tenant_population DROP CONSTRAINT tenant_population_year_check`);
    await q.query(`ALTER TABLE tenant_population ADD CONSTRAINT tenant_population_year_check
                     CHECK (year BETWEEN 1990 AND 2999)`);
    await q.query(`ALTER TABLE tenant_population ADD CONSTRAINT tenant_population_population_max
                     CHECK (population <= 20000000)`);
    await q.query(`CREATE POLICY platform_operator_read ON tenant_population FOR SELECT
                     USING (${PLATFORM_OPERATOR_PREDICATE})`);

    await q.query(`
      CREATE TABLE district_population (
        tenant_id  text NOT NULL REFERENCES tenants (id),
        year       integer NOT NULL CHECK (year BETWEEN 1990 AND 2999),
        sigungu    text NOT NULL CHECK (length(btrim(sigungu)) BETWEEN 1 AND 50),
        population integer NOT NULL CHECK (population BETWEEN 1 AND 20000000),
        source     text NOT NULL CHECK (length(btrim(source)) BETWEEN 1 AND 200),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, year, sigungu)
      )`);
    // ALTER TABLE district_population ENABLE / FORCE ROW LEVEL SECURITY + the tenant policy.
    await q.query(`ALTER TABLE district_population ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE district_population FORCE ROW LEVEL SECURITY`);
    await q.query(`
      CREATE POLICY tenant_isolation ON district_population
        USING (${TENANT_PREDICATE} OR ${MINISTRY_SCOPE_PREDICATE})
        WITH CHECK (${TENANT_PREDICATE})`);
    await q.query(`CREATE POLICY platform_operator_read ON district_population FOR SELECT
                     USING (${PLATFORM_OPERATOR_PREDICATE})`);
    await q.query(`GRANT SELECT ON district_population TO ${RUNTIME_ROLE}, ${MINISTRY_ROLE}`);

    await q.query(`
      CREATE FUNCTION require_platform_operator(p_tenant text) RETURNS void
      LANGUAGE plpgsql SET search_path = public, pg_temp AS $fn$
      BEGIN
        IF NOT ${PLATFORM_OPERATOR_PREDICATE} THEN
          RAISE EXCEPTION 'only the platform operator maintains population figures' USING ERRCODE = '42501';
        END IF;
        IF NOT EXISTS (SELECT 1 FROM tenants WHERE id = p_tenant) THEN
          RAISE EXCEPTION 'unknown tenant %', p_tenant USING ERRCODE = 'PP404';
        END IF;
      END
      $fn$`);
    await q.query(`REVOKE ALL ON FUNCTION require_platform_operator(text) FROM PUBLIC`);

    await q.query(`
      CREATE FUNCTION set_tenant_population(p_tenant text, p_year integer, p_population integer, p_source text,
                                            p_expected timestamptz)
      RETURNS SETOF tenant_population
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
      DECLARE
        actor text := current_setting('app.actor', true);
        prior tenant_population;
        saved tenant_population;
      BEGIN
        PERFORM require_platform_operator(p_tenant);
        PERFORM set_config('app.tenant_id', p_tenant, true);
        SELECT * INTO prior FROM tenant_population WHERE tenant_id = p_tenant AND year = p_year FOR UPDATE;
        IF prior.tenant_id IS NULL AND p_expected IS NULL THEN
          INSERT INTO tenant_population (tenant_id, year, population, source, updated_at)
          VALUES (p_tenant, p_year, p_population, p_source, date_trunc('milliseconds', clock_timestamp()))
          ON CONFLICT DO NOTHING RETURNING * INTO saved;
        ELSIF prior.tenant_id IS NOT NULL AND date_trunc('milliseconds', prior.updated_at) = p_expected THEN
          UPDATE tenant_population SET population = p_population, source = p_source,
                 updated_at = greatest(date_trunc('milliseconds', clock_timestamp()), date_trunc('milliseconds', prior.updated_at) + interval '1 millisecond')
          WHERE tenant_id = p_tenant AND year = p_year RETURNING * INTO saved;
        END IF;
        PERFORM set_config('app.tenant_id', '', true);
        IF saved.tenant_id IS NULL THEN
          RAISE EXCEPTION 'population % of % changed meanwhile', p_year, p_tenant USING ERRCODE = 'PP409';
        END IF;
        INSERT INTO platform_audit_events (actor, action, tenant_code, detail)
        VALUES (actor, 'population.set', p_tenant, jsonb_build_object(
          'year', p_year,
          'before', CASE WHEN prior.tenant_id IS NULL THEN NULL
                         ELSE jsonb_build_object('population', prior.population, 'source', prior.source) END,
          'after', jsonb_build_object('population', saved.population, 'source', saved.source)));
        RETURN NEXT saved;
      END
      $fn$`);

    await q.query(`
      CREATE FUNCTION set_district_population(p_tenant text, p_year integer, p_entries jsonb)
      RETURNS SETOF district_population
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
      DECLARE
        actor text := current_setting('app.actor', true);
        entry record;
        prior district_population;
        saved district_population;
        changes jsonb := '[]';
      BEGIN
        PERFORM require_platform_operator(p_tenant);
        IF jsonb_typeof(p_entries) <> 'array' OR jsonb_array_length(p_entries) NOT BETWEEN 1 AND ${MAX_DISTRICTS_PER_CALL} THEN
          RAISE EXCEPTION 'between 1 and ${MAX_DISTRICTS_PER_CALL} districts per call' USING ERRCODE = '22023';
        END IF;
        PERFORM set_config('app.tenant_id', p_tenant, true);
        -- In one order, so two bulk saves of overlapping districts lock them in the same order (no deadlock).
        FOR entry IN
          SELECT e.sigungu, e.population, e.source, e.expected
          FROM jsonb_to_recordset(p_entries) AS e (sigungu text, population integer, source text, expected timestamptz)
          ORDER BY e.sigungu
        LOOP
          prior := NULL;
          saved := NULL;
          SELECT * INTO prior FROM district_population
          WHERE tenant_id = p_tenant AND year = p_year AND sigungu = entry.sigungu FOR UPDATE;
          IF prior.tenant_id IS NULL AND entry.expected IS NULL THEN
            INSERT INTO district_population (tenant_id, year, sigungu, population, source, updated_at)
            VALUES (p_tenant, p_year, entry.sigungu, entry.population, entry.source,
                    date_trunc('milliseconds', clock_timestamp()))
            ON CONFLICT DO NOTHING RETURNING * INTO saved;
          ELSIF prior.tenant_id IS NOT NULL AND date_trunc('milliseconds', prior.updated_at) = entry.expected THEN
            UPDATE district_population SET population = entry.population, source = entry.source,
                   updated_at = greatest(date_trunc('milliseconds', clock_timestamp()), date_trunc('milliseconds', prior.updated_at) + interval '1 millisecond')
            WHERE tenant_id = p_tenant AND year = p_year AND sigungu = entry.sigungu RETURNING * INTO saved;
          END IF;
          IF saved.tenant_id IS NULL THEN
            RAISE EXCEPTION 'population of % changed meanwhile', entry.sigungu USING ERRCODE = 'PP409',
              DETAIL = entry.sigungu;
          END IF;
          changes := changes || jsonb_build_object('sigungu', saved.sigungu,
            'before', prior.population, 'after', saved.population, 'source', saved.source);
          RETURN NEXT saved;
        END LOOP;
        PERFORM set_config('app.tenant_id', '', true);
        INSERT INTO platform_audit_events (actor, action, tenant_code, detail)
        VALUES (actor, 'population.districts.set', p_tenant,
                jsonb_build_object('year', p_year, 'districts', changes));
      END
      $fn$`);
    for (const fn of [
      'set_tenant_population(text, integer, integer, text, timestamptz)',
      'set_district_population(text, integer, jsonb)',
    ]) {
      await q.query(`REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC`);
      await q.query(`GRANT EXECUTE ON FUNCTION ${fn} TO ${RUNTIME_ROLE}`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION set_district_population(text, integer, jsonb)`);
    await q.query(`DROP FUNCTION set_tenant_population(text, integer, integer, text, timestamptz)`);
    await q.query(`DROP FUNCTION require_platform_operator(text)`);
    await q.query(`DROP TABLE district_population`);
    await q.query(`DROP POLICY platform_operator_read ON tenant_population`);
    await q.query(`ALTER TABLE tenant_population DROP CONSTRAINT tenant_population_population_max`);
  }
}
