import type { MigrationInterface, QueryRunner } from 'typeorm';
import { TERM_KEY_PATTERN } from '../../../../../libs/customization/src/terminology/term-catalog';
import { enableTenantRls } from './tenant-table-sql';

/**
 * Tenant terminology (docs/adr/0025): a tenant's own words for the standard terms, stored only where they
 * differ from the standard, and the append-only change history (who, when, before/after) whose version
 * number per (tenant, area) is what editors send back as `expectedVersion`.
 */
export class TerminologyAndSettingChanges1764633600500 implements MigrationInterface {
  name = 'TerminologyAndSettingChanges1764633600500';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE tenant_terms (
        tenant_id  text NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
        term_key   text NOT NULL CHECK (term_key ~ '${TERM_KEY_PATTERN}'),
        label_ko   text CHECK (char_length(label_ko) BETWEEN 1 AND 40),
        label_en   text CHECK (char_length(label_en) BETWEEN 1 AND 40),
        updated_by text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, term_key),
        CHECK (label_ko IS NOT NULL OR label_en IS NOT NULL)
      )`);
    // ALTER TABLE tenant_terms ENABLE / FORCE ROW LEVEL SECURITY + the tenant policy.
    await enableTenantRls(q, 'tenant_terms', ['SELECT', 'INSERT', 'UPDATE', 'DELETE']);

    await q.query(`
      CREATE TABLE tenant_setting_changes (
        tenant_id           text NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
        area                text NOT NULL CHECK (area IN ('terminology', 'voc_settings')),
        version             integer NOT NULL CHECK (version >= 1),
        changed_by_staff_id uuid,
        changed_by          text NOT NULL CHECK (length(changed_by) BETWEEN 1 AND 200),
        changed_at          timestamptz NOT NULL DEFAULT now(),
        before              jsonb NOT NULL,
        after               jsonb NOT NULL,
        PRIMARY KEY (tenant_id, area, version)
      )`);
    // ALTER TABLE tenant_setting_changes ENABLE / FORCE ROW LEVEL SECURITY + the tenant policy.
    await enableTenantRls(q, 'tenant_setting_changes', ['SELECT', 'INSERT']);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE tenant_setting_changes`);
    await q.query(`DROP TABLE tenant_terms`);
  }
}
