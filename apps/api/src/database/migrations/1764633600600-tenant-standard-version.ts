import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The version of the standard model each tenant runs (issue 9 #6): read through
 * `StandardVersions.ofCurrentTenant()`. Existing tenants stay at 1, the standard as they have it today.
 */
export class TenantStandardVersion1764633600600 implements MigrationInterface {
  name = 'TenantStandardVersion1764633600600';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE tenants ADD COLUMN standard_version integer NOT NULL DEFAULT 1 CHECK (standard_version > 0)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE tenants DROP COLUMN standard_version`);
  }
}
