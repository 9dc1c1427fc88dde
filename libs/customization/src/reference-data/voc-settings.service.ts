import { Inject, Injectable } from '@nestjs/common';
import { RequestContexts, TenantDatabase, type Sql } from '@pcrm/tenancy';
import {
  checkSettingVersion,
  recordSettingChange,
  settingChanges,
  settingVersion,
} from '../change-history/setting-changes';
import { toChangeRecord } from '../change-history/setting-change.model';
import type { VocSettings, VocSettingsInput } from './voc-settings.model';
import { checkVocSettings, type VocSettingsValues } from './voc-settings-rules';

interface SettingsRow {
  target_share: string;
  survey_threshold: string;
  survey_valid_days: number;
  progress_notice_days: number;
  updated_at: Date;
  updated_by: string | null;
}

const SELECT = `SELECT target_share, survey_threshold, survey_valid_days, progress_notice_days, updated_at, updated_by
                FROM voc_settings`;

const valuesOf = (r: SettingsRow): VocSettingsValues => ({
  targetShare: Number(r.target_share),
  surveyThreshold: Number(r.survey_threshold),
  surveyValidDays: r.survey_valid_days,
  progressNoticeDays: r.progress_notice_days,
});

const HISTORY = 20;

/** The tenant's petition reference values (`voc_settings`; every tenant has its row from the start). */
@Injectable()
export class VocSettingsService {
  constructor(@Inject(TenantDatabase) private readonly db: TenantDatabase) {}

  private get sql(): Sql {
    return this.db.request();
  }

  async settings(): Promise<VocSettings> {
    const sql = this.sql;
    const [[row], version, changes] = await Promise.all([
      sql.query<SettingsRow>(SELECT),
      settingVersion(sql, 'voc_settings'),
      settingChanges(sql, 'voc_settings', HISTORY),
    ]);
    return {
      ...valuesOf(row),
      version,
      updatedAt: row.updated_at,
      updatedBy: row.updated_by,
      changes: changes.map(toChangeRecord),
    };
  }

  async update(input: VocSettingsInput, expectedVersion: number): Promise<VocSettings> {
    const after: VocSettingsValues = {
      targetShare: input.targetShare,
      surveyThreshold: input.surveyThreshold,
      surveyValidDays: input.surveyValidDays,
      progressNoticeDays: input.progressNoticeDays,
    };
    checkVocSettings(after);
    const sql = this.sql;
    await checkSettingVersion(sql, 'voc_settings', expectedVersion);
    const [row] = await sql.query<SettingsRow>(`${SELECT} FOR UPDATE`);
    const before = valuesOf(row);
    if (JSON.stringify(before) === JSON.stringify(after)) return this.settings();
    await sql.query(
      `UPDATE voc_settings SET target_share = $1, survey_threshold = $2, survey_valid_days = $3,
         progress_notice_days = $4, updated_by = $5, updated_at = now()`,
      [
        after.targetShare,
        after.surveyThreshold,
        after.surveyValidDays,
        after.progressNoticeDays,
        RequestContexts.require().principal.username,
      ],
    );
    await recordSettingChange(sql, 'voc_settings', expectedVersion, { before, after });
    return this.settings();
  }
}
