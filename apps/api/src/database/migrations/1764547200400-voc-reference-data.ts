import type { MigrationInterface, QueryRunner } from 'typeorm';
import {
  STANDARD_VOC_CATEGORIES,
  STANDARD_VOC_PERIODS,
} from '../../../../../libs/crm-core/src/petitions/reference-data';

/** The standard categories as rows: parents first, so one INSERT satisfies the parent key. */
const categoryRows = () =>
  [...STANDARD_VOC_CATEGORIES]
    .map((c, i) => ({ ...c, sortOrder: i * 10 }))
    .sort((a, b) => Number(Boolean(a.parentCode)) - Number(Boolean(b.parentCode)))
    .map((c) => ({
      code: c.code,
      name_ko: c.nameKo,
      name_en: c.nameEn,
      parent_code: c.parentCode ?? null,
      keywords: c.keywords,
      sort_order: c.sortOrder,
    }));

const periodRows = () =>
  STANDARD_VOC_PERIODS.map((p) => ({
    kind: p.kind,
    category_code: p.categoryCode,
    variant: p.variant,
    period_value: p.value,
    period_unit: p.unit,
    label_ko: p.labelKo,
    basis: p.basis,
  }));

/** A dollar-quoted literal whose tag cannot occur in the text. */
const literal = (value: unknown) => `$ref$${JSON.stringify(value)}$ref$::jsonb`;

/**
 * Every tenant starts with the standard petition reference data (docs/domain.md "Petitions (VOC)"): the
 * categories, the Civil Petitions Act periods and its `voc_settings` row. A trigger on `tenants` gives them
 * to each tenant as it is created (however it is created: onboarding, seed, tests), so that reads never
 * have to write them; existing tenants get them here. The data is the reference data of this release: a
 * later change to the standard list is a new migration, and tenants edit their own copy.
 *
 * Also: receipt numbers take the tenant code as prefix (codes may hold digits and hyphens), the tenant's
 * routing rules are seeded once from its departments (`routing_seeded_at`), and an integrator's intake may
 * carry a client key that makes a retry return the first case instead of a second one.
 */
export class VocReferenceData1764547200400 implements MigrationInterface {
  name = 'VocReferenceData1764547200400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE voc_items DROP CONSTRAINT voc_items_receipt_no_check`);
    await q.query(`ALTER TABLE voc_items ADD CONSTRAINT voc_items_receipt_no_check
                     CHECK (receipt_no ~ '^[A-Z][A-Z0-9-]{1,30}-[0-9]{4}-[0-9]{6,}$')`);
    await q.query(
      `ALTER TABLE voc_items ADD COLUMN client_key text CHECK (length(client_key) BETWEEN 1 AND 100)`,
    );
    await q.query(`CREATE UNIQUE INDEX voc_items_client_key_idx ON voc_items (tenant_id, client_key)
                     WHERE client_key IS NOT NULL`);
    await q.query(`ALTER TABLE voc_settings ADD COLUMN routing_seeded_at timestamptz`);
    // A tenant's reference data goes with the tenant (a tenant with cases still cannot be deleted).
    for (const table of ['voc_settings', 'voc_categories', 'voc_periods']) {
      await q.query(`ALTER TABLE ${table} DROP CONSTRAINT ${table}_tenant_id_fkey`);
      await q.query(`ALTER TABLE ${table} ADD CONSTRAINT ${table}_tenant_id_fkey
                       FOREIGN KEY (tenant_id) REFERENCES tenants (id) ON DELETE CASCADE`);
    }

    // The rows are written under the new tenant's own app.tenant_id (the tables force row-level security),
    // and the caller's setting is put back afterwards.
    await q.query(`
      CREATE FUNCTION voc_seed_tenant(tenant text) RETURNS void LANGUAGE plpgsql AS $fn$
      DECLARE
        caller text := current_setting('app.tenant_id', true);
      BEGIN
        PERFORM set_config('app.tenant_id', tenant, true);
        INSERT INTO voc_settings (tenant_id) VALUES (tenant) ON CONFLICT DO NOTHING;
        INSERT INTO voc_categories (tenant_id, code, name_ko, name_en, parent_code, keywords, sort_order)
          SELECT tenant, c.code, c.name_ko, c.name_en, c.parent_code,
                 ARRAY(SELECT jsonb_array_elements_text(c.keywords)), c.sort_order
          FROM jsonb_to_recordset(${literal(categoryRows())})
               AS c(code text, name_ko text, name_en text, parent_code text, keywords jsonb, sort_order int)
          ON CONFLICT DO NOTHING;
        INSERT INTO voc_periods (tenant_id, kind, category_code, variant, period_value, period_unit, label_ko, basis)
          SELECT tenant, p.kind, p.category_code, p.variant, p.period_value, p.period_unit, p.label_ko, p.basis
          FROM jsonb_to_recordset(${literal(periodRows())})
               AS p(kind text, category_code text, variant text, period_value int, period_unit text,
                    label_ko text, basis text)
          ON CONFLICT DO NOTHING;
        PERFORM set_config('app.tenant_id', coalesce(caller, ''), true);
      END
      $fn$`);
    await q.query(`
      CREATE FUNCTION voc_seed_new_tenant() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        PERFORM voc_seed_tenant(NEW.id);
        RETURN NULL;
      END
      $fn$`);
    await q.query(`CREATE TRIGGER tenants_voc_reference_data AFTER INSERT ON tenants
                     FOR EACH ROW EXECUTE FUNCTION voc_seed_new_tenant()`);
    await q.query(`SELECT voc_seed_tenant(id) FROM tenants`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER tenants_voc_reference_data ON tenants`);
    await q.query(`DROP FUNCTION voc_seed_new_tenant()`);
    await q.query(`DROP FUNCTION voc_seed_tenant(text)`);
    for (const table of ['voc_settings', 'voc_categories', 'voc_periods']) {
      await q.query(`ALTER TABLE ${table} DROP CONSTRAINT ${table}_tenant_id_fkey`);
      await q.query(`ALTER TABLE ${table} ADD CONSTRAINT ${table}_tenant_id_fkey
                       FOREIGN KEY (tenant_id) REFERENCES tenants (id)`);
    }
    await q.query(`ALTER TABLE voc_settings DROP COLUMN routing_seeded_at`);
    await q.query(`DROP INDEX voc_items_client_key_idx`);
    await q.query(`ALTER TABLE voc_items DROP COLUMN client_key`);
    await q.query(`ALTER TABLE voc_items DROP CONSTRAINT voc_items_receipt_no_check`);
    await q.query(`ALTER TABLE voc_items ADD CONSTRAINT voc_items_receipt_no_check
                     CHECK (receipt_no ~ '^[A-Z]{2,20}-[0-9]{4}-[0-9]{6,}$')`);
  }
}
