/** Every statement of the standard-model upgrade and report; tenant scoping is RLS's job. */
import type { VocCategoryRow, VocPeriodRow } from '../petitions';

/** A petition category as the standard compares it (its order is the tenant's own). */
export type CategoryRow = Omit<VocCategoryRow, 'sort_order'>;

/** A statutory period as the standard compares it. */
export type PeriodRow = Pick<
  VocPeriodRow,
  'kind' | 'category_code' | 'variant' | 'period_value' | 'period_unit'
>;

export interface SettingsRow {
  target_share: string;
  survey_threshold: string;
  survey_valid_days: number;
  progress_notice_days: number;
}

export interface FieldRow {
  entity: string;
  key: string;
  label_ko: string;
  label_en: string;
  type: string;
  required: boolean;
  options: { value: string; labelKo: string; labelEn: string }[];
  help_ko: string | null;
  help_en: string | null;
  personal_data: boolean;
  archived: boolean;
  version: number;
}

export interface HistoryRow {
  from_version: number;
  to_version: number;
  applied_by: string;
  applied_at: Date;
  changes: { id: string; taken: boolean }[];
  resolutions: Record<string, string>;
}

/** The `voc_settings` column of each settings key of the catalogue. */
export const SETTING_COLUMNS = {
  targetShare: 'target_share',
  surveyThreshold: 'survey_threshold',
  surveyValidDays: 'survey_valid_days',
  progressNoticeDays: 'progress_notice_days',
} as const;

const TENANT = `current_setting('app.tenant_id', true)`;

export const StandardSql = {
  categories: `SELECT code, name_ko, name_en, parent_code, keywords, active FROM voc_categories`,
  periods: `SELECT kind, category_code, variant, period_value, period_unit FROM voc_periods`,
  settings: `SELECT target_share, survey_threshold, survey_valid_days, progress_notice_days FROM voc_settings`,
  settingsForUpdate: `SELECT target_share, survey_threshold, survey_valid_days, progress_notice_days
    FROM voc_settings FOR UPDATE`,
  fields: `SELECT entity, key, label_ko, label_en, type, required, options, help_ko, help_en, personal_data,
    archived, version FROM custom_field_definitions`,
  terms: `SELECT term_key, label_ko, label_en FROM tenant_terms`,
  overlay: `SELECT overlay FROM voc_workflows WHERE key = $1 ORDER BY version DESC LIMIT 1`,
  history: `SELECT from_version, to_version, applied_by, applied_at, changes, resolutions
    FROM standard_version_changes ORDER BY to_version DESC LIMIT 20`,
  /** Moves the tenant on only from the version the caller saw; a concurrent apply waits here, then finds none. */
  moveVersion: `UPDATE tenants SET standard_version = $2 WHERE id = ${TENANT} AND standard_version = $1
    RETURNING standard_version`,
  upsertCategory: `INSERT INTO voc_categories (tenant_id, code, name_ko, name_en, parent_code, keywords, sort_order)
    SELECT ${TENANT}, $1, $2, $3, $4, $5::text[], coalesce(max(sort_order), 0) + 10 FROM voc_categories
    ON CONFLICT (tenant_id, code) DO UPDATE SET name_ko = EXCLUDED.name_ko, name_en = EXCLUDED.name_en,
      parent_code = EXCLUDED.parent_code, keywords = EXCLUDED.keywords, active = true, updated_at = now()`,
  upsertPeriod: `INSERT INTO voc_periods (tenant_id, kind, category_code, variant, period_value, period_unit, label_ko, basis)
    VALUES (${TENANT}, $1, $2, $3, $4, $5, $6, $7)
    ON CONFLICT (tenant_id, kind, category_code, variant) DO UPDATE SET period_value = EXCLUDED.period_value,
      period_unit = EXCLUDED.period_unit, label_ko = EXCLUDED.label_ko, basis = EXCLUDED.basis, updated_at = now()`,
  updateSettings: `UPDATE voc_settings SET target_share = $1, survey_threshold = $2, survey_valid_days = $3,
    progress_notice_days = $4, updated_by = $5, updated_at = now()`,
  insertHistory: `INSERT INTO standard_version_changes (tenant_id, to_version, from_version, applied_by_staff_id,
      applied_by, changes, resolutions)
    VALUES (${TENANT}, $1, $2, (SELECT id FROM staff WHERE keycloak_subject = $3 AND active), $4, $5, $6)`,
} as const;
