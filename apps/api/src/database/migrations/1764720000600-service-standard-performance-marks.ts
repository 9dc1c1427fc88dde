import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The service-standard result tables and the date column whose month a record counts in. */
const SOURCES = [
  { table: 'service_standard_measurements', day: 'month' },
  { table: 'csi_rounds', day: 'surveyed_on' },
  { table: 'phone_courtesy_checks', day: 'checked_on' },
] as const;

/**
 * Service-standard figures as performance measures (issue 10 #5, #6a; docs/adr/0031 "Measures in the
 * catalogue"): recording a measurement, a CSI round or a courtesy check marks its month in
 * `performance_dirty_months` for the touched-months roll-up, like migration 1764720000300's triggers on
 * `voc_items` and `tasks` (one mark per month and writing transaction; writes outside a tenant scope mark
 * nothing and are counted by the full recomputation). The records are only ever inserted, but an update or a
 * delete by the owner marks both its old and new months too.
 */
export class ServiceStandardPerformanceMarks1764720000600 implements MigrationInterface {
  name = 'ServiceStandardPerformanceMarks1764720000600';

  async up(q: QueryRunner): Promise<void> {
    for (const { table, day } of SOURCES) {
      const marks = (rows: string) => `
        INSERT INTO performance_dirty_months (tenant_id, month, xact)
        SELECT DISTINCT t, date_trunc('month', r.${day})::date, txid_current() FROM ${rows} r
        WHERE r.tenant_id = t
        ON CONFLICT DO NOTHING;`;
      await q.query(`
        CREATE FUNCTION mark_performance_months_${table}() RETURNS trigger
        LANGUAGE plpgsql AS $fn$
        DECLARE
          t text := nullif(current_setting('app.tenant_id', true), '');
        BEGIN
          IF t IS NULL THEN
            RETURN NULL;
          END IF;
          IF TG_OP IN ('INSERT', 'UPDATE') THEN ${marks('new_rows')}
          END IF;
          IF TG_OP IN ('UPDATE', 'DELETE') THEN ${marks('old_rows')}
          END IF;
          RETURN NULL;
        END
        $fn$`);
      await q.query(`
        CREATE TRIGGER ${table}_performance_insert AFTER INSERT ON ${table}
        REFERENCING NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION mark_performance_months_${table}()`);
      await q.query(`
        CREATE TRIGGER ${table}_performance_update AFTER UPDATE ON ${table}
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION mark_performance_months_${table}()`);
      await q.query(`
        CREATE TRIGGER ${table}_performance_delete AFTER DELETE ON ${table}
        REFERENCING OLD TABLE AS old_rows
        FOR EACH STATEMENT EXECUTE FUNCTION mark_performance_months_${table}()`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const { table } of SOURCES) {
      for (const op of ['insert', 'update', 'delete'])
        await q.query(`DROP TRIGGER ${table}_performance_${op} ON ${table}`);
      await q.query(`DROP FUNCTION mark_performance_months_${table}()`);
    }
  }
}
