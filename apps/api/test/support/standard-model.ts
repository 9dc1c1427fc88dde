import type { Client } from 'pg';

/** Version 1's values of what version 2 changes (libs/crm-core/src/standard-model/standard-catalogue.ts). */
const V1 = {
  parkingKeywords: ['불법주차', '주차', '견인', '과태료'],
  complaint: { value: 7, unit: 'DAYS' },
  settings: { surveyValidDays: 14, progressNoticeDays: 30 },
};
const FIELD_KEYS = ['preferred_contact', 'repeat_petition'];
/** The terms version 2 rewords (TERM_REVISIONS in libs/customization/src/terminology/term-catalog.ts). */
export const REWORDED_TERMS = ['term.channel', 'menu.petition-backlog'];

/**
 * Puts a tenant back on standard version 1 as the owner (a version is never rolled back through the API):
 * what version 2 adds is removed, what it changes is back at version 1's value, and so are the customizations
 * the standard-model specs make to create conflicts (renamed terms included: version 1's words are the
 * catalogue's, so the terms it rewords lose any override). Specs share one database, so they leave it as found.
 */
export async function resetToStandardV1(owner: Client, tenant: string): Promise<void> {
  await owner.query('BEGIN');
  try {
    const q = (text: string, params: unknown[] = []) => owner.query(text, [tenant, ...params]);
    await q(`UPDATE tenants SET standard_version = 1 WHERE id = $1`);
    await q(`DELETE FROM standard_version_changes WHERE tenant_id = $1`);
    await q(`DELETE FROM voc_periods WHERE tenant_id = $1 AND category_code = 'ANIMAL'`);
    await q(
      `UPDATE voc_periods SET period_value = $2, period_unit = $3 WHERE tenant_id = $1 AND kind = 'COMPLAINT'`,
      [V1.complaint.value, V1.complaint.unit],
    );
    await q(`DELETE FROM voc_categories WHERE tenant_id = $1 AND code = 'ANIMAL'`);
    await q(
      `UPDATE voc_categories SET keywords = $2, active = true WHERE tenant_id = $1 AND code = 'PARKING'`,
      [V1.parkingKeywords],
    );
    await q(
      `UPDATE voc_settings SET survey_valid_days = $2, progress_notice_days = $3 WHERE tenant_id = $1`,
      [V1.settings.surveyValidDays, V1.settings.progressNoticeDays],
    );
    for (const table of ['customers', 'voc_items'])
      await q(`UPDATE ${table} SET custom_fields = custom_fields - $2::text[] WHERE tenant_id = $1`, [
        FIELD_KEYS,
      ]);
    await q(`DELETE FROM custom_field_changes WHERE tenant_id = $1 AND key = ANY ($2)`, [FIELD_KEYS]);
    await q(`DELETE FROM custom_field_definitions WHERE tenant_id = $1 AND key = ANY ($2)`, [FIELD_KEYS]);
    await q(`DELETE FROM tenant_terms WHERE tenant_id = $1 AND term_key = ANY ($2)`, [REWORDED_TERMS]);
    // A new definitions version, so no server keeps the removed fields' compiled schema.
    await q(`UPDATE custom_field_schemas SET version = version + 1, updated_at = now() WHERE tenant_id = $1`);
    await owner.query('COMMIT');
  } catch (error) {
    await owner.query('ROLLBACK');
    throw error;
  }
}
