import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Petitions take tenants' custom values like the other customizable entities (libs/customization). */
export class VocCustomFields1764633600000 implements MigrationInterface {
  name = 'VocCustomFields1764633600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE voc_items ADD COLUMN custom_fields jsonb NOT NULL DEFAULT '{}'
         CHECK (jsonb_typeof(custom_fields) = 'object')`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE voc_items DROP COLUMN custom_fields`);
  }
}
