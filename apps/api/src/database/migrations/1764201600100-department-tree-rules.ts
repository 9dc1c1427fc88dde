import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Departments can be deactivated (staff stay attached); sibling names and sibling sort orders are unique, so
 * concurrent writes that slip past the service's checks are still refused by the database.
 */
export class DepartmentTreeRules1764201600100 implements MigrationInterface {
  name = 'DepartmentTreeRules1764201600100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE departments ADD COLUMN active boolean NOT NULL DEFAULT true`);
    // The owner sees every tenant's rows only while RLS is not forced on it (a non-superuser owner too).
    await q.query(`ALTER TABLE departments NO FORCE ROW LEVEL SECURITY`);
    // Concurrent creates used to give siblings the same sort_order: renumber those groups, keeping their order.
    await q.query(`
      UPDATE departments d SET sort_order = r.n
      FROM (
        SELECT tenant_id, id, row_number() OVER (PARTITION BY tenant_id, parent_id ORDER BY sort_order, code) - 1 AS n
        FROM departments
        WHERE (tenant_id, coalesce(parent_id::text, '')) IN (
          SELECT tenant_id, coalesce(parent_id::text, '') FROM departments
          GROUP BY tenant_id, parent_id HAVING count(*) <> count(DISTINCT sort_order))
      ) r
      WHERE d.tenant_id = r.tenant_id AND d.id = r.id`);
    await q.query(`ALTER TABLE departments FORCE ROW LEVEL SECURITY`);
    await q.query(
      `CREATE UNIQUE INDEX departments_sibling_order_key ON departments (tenant_id, parent_id, sort_order) NULLS NOT DISTINCT`,
    );
    // The same expression as the service's sibling check (DepartmentQueries.siblingNameTaken); names are stored NFC.
    await q.query(
      `CREATE UNIQUE INDEX departments_sibling_name_key
         ON departments (tenant_id, parent_id, lower(regexp_replace(name, '\\s', '', 'g'))) NULLS NOT DISTINCT`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX departments_sibling_name_key, departments_sibling_order_key`);
    await q.query(`ALTER TABLE departments DROP COLUMN active`);
  }
}
