import type { VocSettingsValues } from '@pcrm/customization';
import type { Sql } from '@pcrm/tenancy';
import {
  StandardArea,
  categoryValue,
  collect,
  fieldKey,
  fieldValue,
  periodKey,
  periodValue,
  type Element,
} from './standard-elements';
import {
  StandardSql as Q,
  type CategoryRow,
  type FieldRow,
  type PeriodRow,
  type SettingsRow,
} from './standard-model.sql';

export const settingsOf = (r: SettingsRow): VocSettingsValues => ({
  targetShare: Number(r.target_share),
  surveyThreshold: Number(r.survey_threshold),
  surveyValidDays: r.survey_valid_days,
  progressNoticeDays: r.progress_notice_days,
});

/** The tenant's reference data and custom fields in the catalogue's comparable form. */
export async function readTenantElements(sql: Sql): Promise<Map<string, Element>> {
  const [categories, periods, [settings], fields] = await Promise.all([
    sql.query<CategoryRow>(Q.categories),
    sql.query<PeriodRow>(Q.periods),
    sql.query<SettingsRow>(Q.settings),
    sql.query<FieldRow>(Q.fields),
  ]);
  return collect([
    ...fields.map((f) => ({
      area: StandardArea.CUSTOM_FIELD,
      key: fieldKey(f),
      value: fieldValue({
        labelKo: f.label_ko,
        labelEn: f.label_en,
        type: f.type as never,
        required: f.required,
        options: f.options,
        helpKo: f.help_ko,
        helpEn: f.help_en,
        personalData: f.personal_data,
      }),
      disabled: f.archived,
    })),
    ...categories.map((c) => ({
      area: StandardArea.CATEGORY,
      key: c.code,
      value: categoryValue({
        code: c.code,
        nameKo: c.name_ko,
        nameEn: c.name_en,
        parentCode: c.parent_code ?? undefined,
        keywords: c.keywords,
      }),
      disabled: !c.active,
    })),
    ...periods.map((p) => ({
      area: StandardArea.PERIOD,
      key: periodKey({ kind: p.kind, categoryCode: p.category_code, variant: p.variant }),
      value: periodValue({ value: p.period_value, unit: p.period_unit as never }),
    })),
    ...Object.entries(settings ? settingsOf(settings) : {}).map(([key, value]) => ({
      area: StandardArea.SETTING,
      key,
      value,
    })),
  ]);
}
