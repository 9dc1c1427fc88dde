import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantRls } from './tenant-table-sql';
import { createJobQueue, deleteJobQueue } from './job-queue-sql';

/** A timestamp's month in Korean time, as the first day of that month. */
const SEOUL_MONTH = (column: string) => `date_trunc('month', ${column} AT TIME ZONE 'Asia/Seoul')::date`;

/** The source tables whose changes move a performance measure, with the columns the measures read. */
const SOURCES = [
  {
    table: 'voc_items',
    months: (r: string) => [`${r}.received_at`, `${r}.closed_at`],
    // A petitioner's later petitions count as repeats for twelve months after one of theirs.
    repeatMonths: (r: string) => `${r}.received_at`,
    columns: [
      'received_at',
      'closed_at',
      'due_at',
      'target_due_at',
      'department_id',
      'officer_id',
      'customer_id',
      'parent_id',
      'contact_history_id',
      'contact_phone',
      'contact_email',
      'reply_channel',
    ],
  },
  {
    table: 'tasks',
    months: (r: string) => [`${r}.closed_at`],
    repeatMonths: null,
    columns: ['closed_at', 'status', 'department_id', 'owner_id', 'progress', 'compliance'],
  },
  {
    table: 'voc_survey_responses',
    months: (r: string) => [`${r}.submitted_at`],
    repeatMonths: null,
    columns: ['submitted_at', 'department_id', 'officer_id'],
  },
] as const;

/** The months one side (`o` old or `n` new rows) of a statement touched; the repeat window when it has one. */
function touchedMonths(source: (typeof SOURCES)[number], r: string): string {
  const direct = source.months(r).map((c) => `SELECT ${SEOUL_MONTH(c)} AS month WHERE ${c} IS NOT NULL`);
  const repeat = source.repeatMonths
    ? [
        `SELECT (${SEOUL_MONTH(source.repeatMonths(r))} + make_interval(months => k))::date
           FROM generate_series(1, 12) AS k`,
      ]
    : [];
  return [...direct, ...repeat].join(' UNION ALL ');
}

/** The trigger function of one source table: marks the months its rows' changes touched, for the scope's tenant. */
function markFunction(source: (typeof SOURCES)[number]): string {
  const changed = source.columns.map((c) => `o.${c} IS DISTINCT FROM n.${c}`).join(' OR ');
  const keyJoin = source.table === 'voc_survey_responses' ? 'o.voc_id = n.voc_id' : 'o.id = n.id';
  return `
    CREATE FUNCTION mark_performance_months_${source.table}() RETURNS trigger
    LANGUAGE plpgsql AS $fn$
    DECLARE
      t text := nullif(current_setting('app.tenant_id', true), '');
    BEGIN
      IF t IS NULL THEN
        RETURN NULL;
      END IF;
      IF TG_OP = 'INSERT' THEN
        INSERT INTO performance_dirty_months (tenant_id, month, xact)
        SELECT DISTINCT t, m.month, txid_current() FROM new_rows n, LATERAL (${touchedMonths(source, 'n')}) m
        WHERE n.tenant_id = t
        ON CONFLICT DO NOTHING;
      ELSE
        INSERT INTO performance_dirty_months (tenant_id, month, xact)
        SELECT DISTINCT t, m.month, txid_current()
        FROM old_rows o JOIN new_rows n ON o.tenant_id = n.tenant_id AND ${keyJoin},
             LATERAL (${touchedMonths(source, 'o')} UNION ALL ${touchedMonths(source, 'n')}) m
        WHERE n.tenant_id = t AND (${changed})
        ON CONFLICT DO NOTHING;
      END IF;
      RETURN NULL;
    END
    $fn$`;
}

/**
 * Performance indicators and scorecards (issue 10 #5–#7, docs/adr/0030):
 *
 * - `performance_indicators`: a tenant's indicator definitions, versioned (a save inserts the next version of
 *   its code; the standard set lives in code and a tenant row for a standard code is that tenant's override).
 * - `performance_rollups`: per tenant, measure, scope (department or officer) and month the measure's
 *   numerator and denominator, written only by the roll-up jobs; scorecards read nothing else.
 * - `performance_dirty_months`: the months a write touched since the last roll-up, marked by statement
 *   triggers on the source tables in the writing transaction (old and new months, so a reopened case clears
 *   the month it had been closed in), one row per month and writing transaction so writers never wait on
 *   each other. The job deletes the committed marks first and recomputes their months with later statements,
 *   which see those writers' rows; a mark still uncommitted stays for the next run. Writes outside a tenant
 *   scope (the seed, the bench loader as owner) mark nothing: the full recomputation covers them.
 * - queues `performance-rollup` (touched months) and `performance-rollup-full` (from scratch) with crons, and
 *   `performance-scorecard-export` (a scorecard to XLSX or CSV).
 */
export class PerformanceIndicators1764720000300 implements MigrationInterface {
  name = 'PerformanceIndicators1764720000300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE performance_indicators (
        tenant_id    text NOT NULL REFERENCES tenants (id),
        code         text NOT NULL CHECK (code ~ '^[A-Z][A-Z0-9_]{0,39}$'),
        version      integer NOT NULL CHECK (version > 0),
        measure_code text NOT NULL CHECK (measure_code ~ '^[A-Z][A-Z0-9_]{0,59}$'),
        name_ko      text NOT NULL CHECK (length(name_ko) BETWEEN 1 AND 100),
        name_en      text NOT NULL CHECK (length(name_en) BETWEEN 1 AND 100),
        type_tag     text NOT NULL CHECK (type_tag IN ('EFFICIENCY', 'PUBLIC_INTEREST', 'SATISFACTION', 'ADOPTION')),
        scope        text NOT NULL CHECK (scope IN ('DEPARTMENT', 'OFFICER')),
        period       text NOT NULL CHECK (period IN ('MONTH', 'QUARTER', 'YEAR')),
        weight       numeric(5, 2) NOT NULL CHECK (weight BETWEEN 0 AND 100),
        target       numeric(12, 4) NOT NULL,
        direction    text NOT NULL CHECK (direction IN ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER')),
        bands        jsonb NOT NULL CHECK (jsonb_typeof(bands) = 'array'),
        active       boolean NOT NULL,
        created_by   text NOT NULL,
        created_at   timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, code, version)
      )`);
    // ALTER TABLE performance_indicators ENABLE / FORCE ROW LEVEL SECURITY + the tenant policy. Versions never change.
    await enableTenantRls(q, 'performance_indicators', ['SELECT', 'INSERT']);

    await q.query(`
      CREATE TABLE performance_rollups (
        tenant_id    text NOT NULL REFERENCES tenants (id),
        measure_code text NOT NULL,
        scope_kind   text NOT NULL CHECK (scope_kind IN ('DEPARTMENT', 'OFFICER')),
        scope_id     uuid NOT NULL,
        month        date NOT NULL CHECK (extract(day FROM month) = 1),
        numerator    numeric NOT NULL,
        denominator  numeric NOT NULL CHECK (denominator >= 0),
        refreshed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, scope_kind, scope_id, measure_code, month)
      )`);
    await q.query(`CREATE INDEX performance_rollups_month_idx ON performance_rollups (tenant_id, month)`);
    // ALTER TABLE performance_rollups ENABLE / FORCE ROW LEVEL SECURITY + the tenant policy.
    await enableTenantRls(q, 'performance_rollups');

    await q.query(`
      CREATE TABLE performance_dirty_months (
        tenant_id text NOT NULL REFERENCES tenants (id),
        month     date NOT NULL CHECK (extract(day FROM month) = 1),
        xact      bigint NOT NULL,
        PRIMARY KEY (tenant_id, month, xact)
      )`);
    // ALTER TABLE performance_dirty_months ENABLE / FORCE ROW LEVEL SECURITY + the tenant policy.
    await enableTenantRls(q, 'performance_dirty_months');

    for (const source of SOURCES) {
      await q.query(markFunction(source));
      await q.query(`
        CREATE TRIGGER ${source.table}_performance_insert AFTER INSERT ON ${source.table}
        REFERENCING NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION mark_performance_months_${source.table}()`);
      if (source.table !== 'voc_survey_responses')
        await q.query(`
          CREATE TRIGGER ${source.table}_performance_update AFTER UPDATE ON ${source.table}
          REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
          FOR EACH STATEMENT EXECUTE FUNCTION mark_performance_months_${source.table}()`);
    }

    // Drill-down and the measures over closed tasks read tasks by closing time.
    await q.query(
      `CREATE INDEX tasks_closed_idx ON tasks (tenant_id, closed_at) WHERE closed_at IS NOT NULL`,
    );
    await q.query(
      `CREATE INDEX voc_items_closed_idx ON voc_items (tenant_id, closed_at) WHERE closed_at IS NOT NULL`,
    );

    for (const queue of ['performance-rollup', 'performance-rollup-full']) {
      await createJobQueue(q, queue);
      await createJobQueue(q, `${queue}-schedule`, { retryLimit: 1 });
    }
    await createJobQueue(q, 'performance-scorecard-export');
  }

  async down(q: QueryRunner): Promise<void> {
    await deleteJobQueue(q, 'performance-scorecard-export');
    for (const queue of ['performance-rollup', 'performance-rollup-full']) {
      await q.query(`DELETE FROM pgboss.schedule WHERE name = $1`, [`${queue}-schedule`]);
      await deleteJobQueue(q, `${queue}-schedule`);
      await deleteJobQueue(q, queue);
    }
    await q.query(`DROP INDEX voc_items_closed_idx`);
    await q.query(`DROP INDEX tasks_closed_idx`);
    for (const source of SOURCES) {
      await q.query(`DROP TRIGGER IF EXISTS ${source.table}_performance_update ON ${source.table}`);
      await q.query(`DROP TRIGGER ${source.table}_performance_insert ON ${source.table}`);
      await q.query(`DROP FUNCTION mark_performance_months_${source.table}()`);
    }
    for (const table of ['performance_dirty_months', 'performance_rollups', 'performance_indicators'])
      await q.query(`DROP TABLE ${table}`);
  }
}
