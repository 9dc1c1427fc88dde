import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantRls } from './tenant-table-sql';

const TOUCHPOINTS = `'VISIT', 'PHONE', 'INTERNET', 'FIELD', 'MAIL'`;
const UNITS = `'MINUTES', 'DAYS', 'WORKING_DAYS', 'RINGS', 'PERCENT'`;
const LEVELS = `'STAFF', 'SECTION_HEAD', 'BUREAU_HEAD', 'DEPUTY_MAYOR', 'MAYOR'`;
const SETTING_AREAS = `'terminology', 'voc_settings', 'service_standards', 'approval_matrix'`;

/**
 * Service standards, CSI surveys, phone courtesy, recognition and the delegated-approval matrix (issue 10 #6a,
 * docs/adr/0031).
 *
 * - `service_standards` (이행표준) are tenant reference data: their changes are numbered in
 *   `tenant_setting_changes` under the area `service_standards`, like terminology (ADR 0025).
 * - `service_standard_measurements`: a record counts `sample_size` checks of which `met_count` met the target, or
 *   holds one measured value (e.g. the month's average wait) that is one check, met or not; `checks`/`checks_met`
 *   hold that so attainment is one sum. They copy the standard's department at recording time, so a later move of the
 *   standard does not rewrite whose month it was.
 * - `csi_rounds` keep the questionnaire design version they were answered on; years compare only on one version.
 *   `csi_index` is derived from the item means at save (never input).
 * - `approval_matrix_rules` (위임전결) and `approval_level_titles` (직위 → 전결 단계) are reference data under the
 *   area `approval_matrix`; a save replaces both lists.
 */
export class ServiceStandards1764720000400 implements MigrationInterface {
  name = 'ServiceStandards1764720000400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE tenant_setting_changes DROP CONSTRAINT tenant_setting_changes_area_check`);
    await q.query(`ALTER TABLE tenant_setting_changes ADD CONSTRAINT tenant_setting_changes_area_check
                     CHECK (area IN (${SETTING_AREAS}))`);

    await q.query(`
      CREATE TABLE service_standards (
        tenant_id     text NOT NULL REFERENCES tenants (id),
        id            uuid NOT NULL DEFAULT gen_random_uuid(),
        touchpoint    text CHECK (touchpoint IN (${TOUCHPOINTS})),
        core_service  text CHECK (length(core_service) BETWEEN 1 AND 100),
        name          text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        commitment    text NOT NULL CHECK (length(commitment) BETWEEN 1 AND 1000),
        target_value  numeric(10, 2) NOT NULL CHECK (target_value >= 0),
        unit          text NOT NULL CHECK (unit IN (${UNITS})),
        direction     text NOT NULL CHECK (direction IN ('AT_MOST', 'AT_LEAST')),
        department_id uuid NOT NULL,
        active        boolean NOT NULL DEFAULT true,
        created_at    timestamptz NOT NULL DEFAULT now(),
        updated_at    timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        CHECK ((touchpoint IS NULL) <> (core_service IS NULL)),
        CHECK (unit <> 'PERCENT' OR target_value <= 100),
        FOREIGN KEY (tenant_id, department_id) REFERENCES departments (tenant_id, id)
      )`);
    await q.query(
      `CREATE UNIQUE INDEX service_standards_name_key ON service_standards (tenant_id, lower(regexp_replace(name, '\\s', '', 'g')))`,
    );
    // ALTER TABLE service_standards ENABLE / FORCE ROW LEVEL SECURITY + the tenant policy.
    await enableTenantRls(q, 'service_standards', ['SELECT', 'INSERT', 'UPDATE']);

    await q.query(`
      CREATE TABLE service_standard_measurements (
        tenant_id        text NOT NULL REFERENCES tenants (id),
        id               uuid NOT NULL DEFAULT gen_random_uuid(),
        standard_id      uuid NOT NULL,
        department_id    uuid NOT NULL,
        month            date NOT NULL CHECK (extract(day FROM month) = 1),
        sample_size      integer NOT NULL CHECK (sample_size BETWEEN 1 AND 1000000),
        met_count        integer CHECK (met_count BETWEEN 0 AND sample_size),
        measured_value   numeric(12, 2) CHECK (measured_value >= 0),
        checks           integer NOT NULL,
        checks_met       integer NOT NULL CHECK (checks_met BETWEEN 0 AND checks),
        note             text CHECK (length(note) <= 1000),
        recorded_by      text NOT NULL,
        recorded_at      timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        CHECK ((met_count IS NULL) <> (measured_value IS NULL)),
        CHECK (CASE WHEN met_count IS NOT NULL THEN checks = sample_size AND checks_met = met_count ELSE checks = 1 END),
        FOREIGN KEY (tenant_id, standard_id) REFERENCES service_standards (tenant_id, id),
        FOREIGN KEY (tenant_id, department_id) REFERENCES departments (tenant_id, id)
      )`);
    await q.query(`CREATE INDEX service_standard_measurements_standard_idx
                     ON service_standard_measurements (tenant_id, standard_id, month DESC, recorded_at DESC, id DESC)`);
    await q.query(`CREATE INDEX service_standard_measurements_month_idx
                     ON service_standard_measurements (tenant_id, month, department_id)`);
    // ALTER TABLE service_standard_measurements ENABLE / FORCE ROW LEVEL SECURITY + the tenant policy.
    await enableTenantRls(q, 'service_standard_measurements', ['SELECT', 'INSERT']);

    await q.query(`
      CREATE TABLE csi_rounds (
        tenant_id      text NOT NULL REFERENCES tenants (id),
        id             uuid NOT NULL DEFAULT gen_random_uuid(),
        department_id  uuid NOT NULL,
        year           integer NOT NULL CHECK (year BETWEEN 2000 AND 2999),
        half           smallint NOT NULL CHECK (half BETWEEN 0 AND 2),
        design_version integer NOT NULL CHECK (design_version >= 1),
        surveyed_on    date NOT NULL,
        respondents    integer NOT NULL CHECK (respondents BETWEEN 1 AND 1000000),
        csi_index      numeric(4, 1) NOT NULL CHECK (csi_index BETWEEN 0 AND 100),
        note           text CHECK (length(note) <= 1000),
        recorded_by    text NOT NULL,
        recorded_at    timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        CONSTRAINT csi_rounds_period_key UNIQUE (tenant_id, department_id, year, half),
        CHECK (extract(year FROM surveyed_on) = year),
        FOREIGN KEY (tenant_id, department_id) REFERENCES departments (tenant_id, id)
      )`);
    await q.query(
      `CREATE INDEX csi_rounds_surveyed_idx ON csi_rounds (tenant_id, surveyed_on, department_id)`,
    );
    // ALTER TABLE csi_rounds ENABLE / FORCE ROW LEVEL SECURITY + the tenant policy.
    await enableTenantRls(q, 'csi_rounds', ['SELECT', 'INSERT']);

    await q.query(`
      CREATE TABLE csi_round_items (
        tenant_id   text NOT NULL REFERENCES tenants (id),
        round_id    uuid NOT NULL,
        item_code   text NOT NULL CHECK (item_code ~ '^[A-Z_]{1,40}$'),
        mean        numeric(4, 2) NOT NULL CHECK (mean >= 1 AND mean <= 7),
        respondents integer NOT NULL CHECK (respondents BETWEEN 1 AND 1000000),
        PRIMARY KEY (tenant_id, round_id, item_code),
        FOREIGN KEY (tenant_id, round_id) REFERENCES csi_rounds (tenant_id, id)
      )`);
    // ALTER TABLE csi_round_items ENABLE / FORCE ROW LEVEL SECURITY + the tenant policy.
    await enableTenantRls(q, 'csi_round_items', ['SELECT', 'INSERT']);

    await q.query(`
      CREATE TABLE phone_courtesy_checks (
        tenant_id     text NOT NULL REFERENCES tenants (id),
        id            uuid NOT NULL DEFAULT gen_random_uuid(),
        department_id uuid NOT NULL,
        checked_on    date NOT NULL,
        calls_checked integer NOT NULL CHECK (calls_checked BETWEEN 1 AND 10000),
        greeting      numeric(4, 1) NOT NULL CHECK (greeting BETWEEN 0 AND 20),
        promptness    numeric(4, 1) NOT NULL CHECK (promptness BETWEEN 0 AND 20),
        kindness      numeric(4, 1) NOT NULL CHECK (kindness BETWEEN 0 AND 20),
        accuracy      numeric(4, 1) NOT NULL CHECK (accuracy BETWEEN 0 AND 20),
        closing       numeric(4, 1) NOT NULL CHECK (closing BETWEEN 0 AND 20),
        total         numeric(4, 1) GENERATED ALWAYS AS (greeting + promptness + kindness + accuracy + closing) STORED,
        note          text CHECK (length(note) <= 1000),
        recorded_by   text NOT NULL,
        recorded_at   timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        FOREIGN KEY (tenant_id, department_id) REFERENCES departments (tenant_id, id)
      )`);
    await q.query(`CREATE INDEX phone_courtesy_checks_day_idx
                     ON phone_courtesy_checks (tenant_id, checked_on DESC, id DESC)`);
    await q.query(`CREATE INDEX phone_courtesy_checks_department_idx
                     ON phone_courtesy_checks (tenant_id, department_id, checked_on)`);
    // ALTER TABLE phone_courtesy_checks ENABLE / FORCE ROW LEVEL SECURITY + the tenant policy.
    await enableTenantRls(q, 'phone_courtesy_checks', ['SELECT', 'INSERT']);

    await q.query(`
      CREATE TABLE recognition_awards (
        tenant_id     text NOT NULL REFERENCES tenants (id),
        id            uuid NOT NULL DEFAULT gen_random_uuid(),
        department_id uuid NOT NULL,
        year          integer NOT NULL CHECK (year BETWEEN 2000 AND 2999),
        half          smallint NOT NULL CHECK (half BETWEEN 0 AND 2),
        kind          text NOT NULL CHECK (kind IN ('EXCELLENT_DEPARTMENT', 'COURTESY_DEPARTMENT', 'MOST_IMPROVED')),
        note          text CHECK (length(note) <= 1000),
        awarded_by    text NOT NULL,
        awarded_at    timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        CONSTRAINT recognition_awards_kind_key UNIQUE (tenant_id, year, half, kind, department_id),
        FOREIGN KEY (tenant_id, department_id) REFERENCES departments (tenant_id, id)
      )`);
    // ALTER TABLE recognition_awards ENABLE / FORCE ROW LEVEL SECURITY + the tenant policy.
    await enableTenantRls(q, 'recognition_awards', ['SELECT', 'INSERT']);

    await q.query(`
      CREATE TABLE approval_matrix_rules (
        tenant_id    text NOT NULL REFERENCES tenants (id),
        id           uuid NOT NULL DEFAULT gen_random_uuid(),
        subject_kind text NOT NULL CHECK (subject_kind IN ('PETITION', 'TASK')),
        subject_type text NOT NULL CHECK (subject_type ~ '^[A-Z_]{1,40}$'),
        condition    text NOT NULL DEFAULT '' CHECK (length(condition) <= 200),
        level        text NOT NULL CHECK (level IN (${LEVELS})),
        position     smallint NOT NULL CHECK (position BETWEEN 1 AND 200),
        PRIMARY KEY (tenant_id, id),
        UNIQUE (tenant_id, position)
      )`);
    await q.query(`CREATE UNIQUE INDEX approval_matrix_rules_subject_key ON approval_matrix_rules
                     (tenant_id, subject_kind, subject_type, lower(regexp_replace(condition, '\\s', '', 'g')))`);
    // ALTER TABLE approval_matrix_rules ENABLE / FORCE ROW LEVEL SECURITY + the tenant policy.
    await enableTenantRls(q, 'approval_matrix_rules', ['SELECT', 'INSERT', 'DELETE']);

    await q.query(`
      CREATE TABLE approval_level_titles (
        tenant_id text NOT NULL REFERENCES tenants (id),
        title     text NOT NULL CHECK (length(title) BETWEEN 1 AND 100),
        level     text NOT NULL CHECK (level IN (${LEVELS})),
        PRIMARY KEY (tenant_id, title)
      )`);
    // ALTER TABLE approval_level_titles ENABLE / FORCE ROW LEVEL SECURITY + the tenant policy.
    await enableTenantRls(q, 'approval_level_titles', ['SELECT', 'INSERT', 'DELETE']);

    await q.query(
      `CREATE INDEX voc_items_approved_idx ON voc_items (tenant_id, approved_at) WHERE approved_at IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX voc_items_approved_idx`);
    for (const table of [
      'approval_level_titles',
      'approval_matrix_rules',
      'recognition_awards',
      'phone_courtesy_checks',
      'csi_round_items',
      'csi_rounds',
      'service_standard_measurements',
      'service_standards',
    ])
      await q.query(`DROP TABLE ${table}`);
    await q.query(
      `DELETE FROM tenant_setting_changes WHERE area IN ('service_standards', 'approval_matrix')`,
    );
    await q.query(`ALTER TABLE tenant_setting_changes DROP CONSTRAINT tenant_setting_changes_area_check`);
    await q.query(`ALTER TABLE tenant_setting_changes ADD CONSTRAINT tenant_setting_changes_area_check
                     CHECK (area IN ('terminology', 'voc_settings'))`);
  }
}
