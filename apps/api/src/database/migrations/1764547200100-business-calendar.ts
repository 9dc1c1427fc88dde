import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantRls } from './tenant-table-sql';

/**
 * The business calendar (issue 8 #2): a tenant's own holidays (LOCAL: 시·도 기념일 and the like; TEMPORARY:
 * 임시공휴일 announced after the national data was published) and its office hours. `version` changes on
 * every change of either, to a value never used before, so every API process keeps its compiled calendar
 * until one cheap primary-key read shows a different version (docs/adr/0014).
 */
export class BusinessCalendar1764547200100 implements MigrationInterface {
  name = 'BusinessCalendar1764547200100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE business_calendar_settings (
        tenant_id    text PRIMARY KEY REFERENCES tenants (id),
        work_start   smallint NOT NULL DEFAULT 540,
        lunch_start  smallint NOT NULL DEFAULT 720,
        lunch_end    smallint NOT NULL DEFAULT 780,
        work_end     smallint NOT NULL DEFAULT 1080,
        version      uuid NOT NULL DEFAULT gen_random_uuid(),
        updated_by   text NOT NULL,
        updated_at   timestamptz NOT NULL DEFAULT now(),
        CHECK (0 <= work_start AND work_start < lunch_start AND lunch_start <= lunch_end
               AND lunch_end < work_end AND work_end <= 1440),
        CHECK ((lunch_start - work_start) + (work_end - lunch_end) = 480)
      )`);
    // ALTER TABLE business_calendar_settings ENABLE / FORCE ROW LEVEL SECURITY + the tenant policy.
    await enableTenantRls(q, 'business_calendar_settings', ['SELECT', 'INSERT', 'UPDATE']);

    await q.query(`
      CREATE TABLE business_holidays (
        tenant_id  text NOT NULL REFERENCES tenants (id),
        day        date NOT NULL,
        name       text NOT NULL CHECK (length(name) BETWEEN 1 AND 50),
        kind       text NOT NULL CHECK (kind IN ('LOCAL', 'TEMPORARY')),
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, day)
      )`);
    // ALTER TABLE business_holidays ENABLE / FORCE ROW LEVEL SECURITY + the tenant policy.
    await enableTenantRls(q, 'business_holidays', ['SELECT', 'INSERT', 'DELETE']);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE business_holidays`);
    await q.query(`DROP TABLE business_calendar_settings`);
  }
}
