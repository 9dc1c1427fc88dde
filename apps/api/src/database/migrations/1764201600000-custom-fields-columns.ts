import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Where tenants' custom values of the customizable core entities live (libs/customization, CustomizableEntity). */
export class CustomFieldsColumns1764201600000 implements MigrationInterface {
  name = 'CustomFieldsColumns1764201600000';

  async up(q: QueryRunner): Promise<void> {
    for (const table of ['departments', 'staff']) {
      await q.query(
        `ALTER TABLE ${table} ADD COLUMN custom_fields jsonb NOT NULL DEFAULT '{}'
           CHECK (jsonb_typeof(custom_fields) = 'object')`,
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['departments', 'staff'])
      await q.query(`ALTER TABLE ${table} DROP COLUMN custom_fields`);
  }
}
