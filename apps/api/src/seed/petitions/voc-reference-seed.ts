import {
  STANDARD_PETITION_WORKFLOW,
  STANDARD_TASK_WORKFLOW,
  STANDARD_VOC_CATEGORIES,
  STANDARD_VOC_PERIODS,
} from '@pcrm/crm-core';
import type { SqlRunner } from '../customers/customer-writer';

/** Who created the platform's own rows (the standard workflow version); not a person. */
export const VOC_SYSTEM_ACTOR = 'system';

/**
 * The tenant's petition reference data as every tenant starts: the standard categories (parents first), the
 * Civil Petitions Act periods, the settings row and workflow version 1 = the standard definition. Idempotent
 * and identical to what intake creates lazily (`INSERT … ON CONFLICT DO NOTHING`): a tenant's own changes
 * are never overwritten.
 */
export async function seedVocReferenceData(sql: SqlRunner): Promise<void> {
  const categories = [...STANDARD_VOC_CATEGORIES].sort(
    (a, b) => Number(Boolean(a.parentCode)) - Number(Boolean(b.parentCode)),
  );
  await sql.query(
    `INSERT INTO voc_categories (tenant_id, code, name_ko, name_en, parent_code, keywords, sort_order)
     SELECT current_setting('app.tenant_id', true), c.code, c.name_ko, c.name_en, c.parent_code,
            string_to_array(c.keywords, chr(31)), c.sort_order
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[])
          WITH ORDINALITY AS c(code, name_ko, name_en, parent_code, keywords, sort_order, n)
     ORDER BY c.n
     ON CONFLICT DO NOTHING`,
    [
      categories.map((c) => c.code),
      categories.map((c) => c.nameKo),
      categories.map((c) => c.nameEn),
      categories.map((c) => c.parentCode ?? null),
      categories.map((c) => c.keywords.join('\u001f')),
      categories.map((c) => STANDARD_VOC_CATEGORIES.indexOf(c)),
    ],
  );
  await sql.query(
    `INSERT INTO voc_periods (tenant_id, kind, category_code, variant, period_value, period_unit, label_ko, basis)
     SELECT current_setting('app.tenant_id', true), p.*
     FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::text[], $6::text[], $7::text[])
          AS p(kind, category_code, variant, period_value, period_unit, label_ko, basis)
     ON CONFLICT DO NOTHING`,
    [
      STANDARD_VOC_PERIODS.map((p) => p.kind),
      STANDARD_VOC_PERIODS.map((p) => p.categoryCode),
      STANDARD_VOC_PERIODS.map((p) => p.variant),
      STANDARD_VOC_PERIODS.map((p) => p.value),
      STANDARD_VOC_PERIODS.map((p) => p.unit),
      STANDARD_VOC_PERIODS.map((p) => p.labelKo),
      STANDARD_VOC_PERIODS.map((p) => p.basis),
    ],
  );
  await sql.query(
    `INSERT INTO voc_settings (tenant_id) VALUES (current_setting('app.tenant_id', true)) ON CONFLICT DO NOTHING`,
  );
  // The standard petition and task workflows (tasks: issue 10, ADR 0028) as each tenant's version 1.
  for (const w of [STANDARD_PETITION_WORKFLOW, STANDARD_TASK_WORKFLOW])
    await sql.query(
      `INSERT INTO voc_workflows (tenant_id, key, version, standard_version, definition, created_by)
       VALUES (current_setting('app.tenant_id', true), $1, 1, $2, $3::jsonb, $4)
       ON CONFLICT DO NOTHING`,
      [w.key, w.standardVersion, JSON.stringify(w), VOC_SYSTEM_ACTOR],
    );
}
