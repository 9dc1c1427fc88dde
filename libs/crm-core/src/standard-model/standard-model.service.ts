import { Inject, Injectable } from '@nestjs/common';
import {
  CustomFieldDefinitionsService,
  CustomizableEntities,
  StandardVersions,
  recordSettingChange,
  settingVersion,
  termCatalog,
  type VocSettingsValues,
} from '@pcrm/customization';
import { RequestContexts, TenantDatabase, badInput, conflict, recordAudit, type Sql } from '@pcrm/tenancy';
import { STANDARD_PETITION_WORKFLOW } from '../petitions';
import type { WorkflowOverlay } from '../workflow-overlays';
import {
  LATEST_STANDARD_VERSION,
  STANDARD_MODEL_VERSIONS,
  standardModelVersion,
  type StandardModelVersion,
} from './standard-catalogue';
import { conformanceReport, type ConformanceReport } from './standard-conformance';
import {
  StandardArea,
  categoryValue,
  collect,
  fieldKey,
  fieldValue,
  periodKey,
  periodValue,
  versionElements,
  type Element,
} from './standard-elements';
import {
  SETTING_COLUMNS,
  StandardSql as Q,
  type CategoryRow,
  type FieldRow,
  type HistoryRow,
  type PeriodRow,
  type SettingsRow,
} from './standard-model.sql';
import {
  StandardResolutionChoice,
  checkUpgradeTarget,
  upgradePlan,
  type PlannedChange,
} from './standard-upgrade';

export interface StandardResolution {
  id: string;
  choice: StandardResolutionChoice;
}

export interface StandardModelOverview {
  currentVersion: number;
  latestVersion: number;
  versions: readonly StandardModelVersion[];
  history: HistoryRow[];
}

export interface StandardUpgradeDryRun {
  fromVersion: number;
  toVersion: number;
  changes: PlannedChange[];
  conflictCount: number;
}

const settingsOf = (r: SettingsRow): VocSettingsValues => ({
  targetShare: Number(r.target_share),
  surveyThreshold: Number(r.survey_threshold),
  surveyValidDays: r.survey_valid_days,
  progressNoticeDays: r.progress_notice_days,
});

/**
 * The tenant's standard-model version: the catalogue, the dry run of the next version against the tenant's
 * customization, applying it all-or-nothing, and the conformance report (docs/adr/0026).
 */
@Injectable()
export class StandardModelService {
  constructor(
    @Inject(TenantDatabase) private readonly db: TenantDatabase,
    @Inject(StandardVersions) private readonly standardVersions: StandardVersions,
    @Inject(CustomFieldDefinitionsService) private readonly fields: CustomFieldDefinitionsService,
    @Inject(CustomizableEntities) private readonly entities: CustomizableEntities,
  ) {}

  private get sql(): Sql {
    return this.db.request();
  }

  async overview(): Promise<StandardModelOverview> {
    const [currentVersion, history] = await Promise.all([
      this.standardVersions.ofCurrentTenant(),
      this.sql.query<HistoryRow>(Q.history),
    ]);
    return {
      currentVersion,
      latestVersion: LATEST_STANDARD_VERSION,
      versions: STANDARD_MODEL_VERSIONS,
      history,
    };
  }

  async dryRun(toVersion: number): Promise<StandardUpgradeDryRun> {
    const fromVersion = await this.standardVersions.ofCurrentTenant();
    return this.plan(fromVersion, toVersion);
  }

  /**
   * Applies the next version in the caller's transaction: the tenant row moves first (so a concurrent apply
   * waits and then finds the version moved: CONFLICT), then every change the plan takes; any refusal on the way
   * rolls the whole transaction back.
   */
  async apply(
    toVersion: number,
    expectedCurrentVersion: number,
    resolutions: readonly StandardResolution[],
  ): Promise<StandardModelOverview> {
    const current = await this.standardVersions.ofCurrentTenant();
    if (current !== expectedCurrentVersion) throw staleVersion(expectedCurrentVersion, current);
    checkUpgradeTarget(current, toVersion);
    const chosen = checkResolutionList(resolutions);
    const sql = this.sql;
    const moved = await sql.query(Q.moveVersion, [expectedCurrentVersion, toVersion]);
    if (!moved.length)
      throw staleVersion(expectedCurrentVersion, await this.standardVersions.ofCurrentTenant());
    const { changes } = await this.plan(current, toVersion);
    checkResolutions(changes, chosen, resolutions);
    const taken = changes.filter(
      (c) => !c.conflict || chosen.get(c.id) === StandardResolutionChoice.TAKE_STANDARD,
    );
    const next = standardModelVersion(toVersion)!;
    await this.writeCategories(sql, next, taken);
    await this.writePeriods(sql, next, taken);
    await this.writeSettings(sql, next, taken);
    await this.writeFields(sql, next, taken);
    const { principal } = RequestContexts.require();
    const record = changes.map((c) => ({ id: c.id, taken: taken.includes(c) }));
    await sql.query(Q.insertHistory, [
      toVersion,
      current,
      principal.subject,
      principal.username,
      JSON.stringify(record),
      JSON.stringify(Object.fromEntries(chosen)),
    ]);
    await recordAudit(sql, {
      action: 'update',
      entity: 'standard_version',
      entityId: `standard@${toVersion}`,
      before: { version: current },
      after: { version: toVersion, changes: record, resolutions: Object.fromEntries(chosen) },
    });
    return this.overview();
  }

  async conformance(): Promise<ConformanceReport> {
    const version = standardModelVersion(await this.standardVersions.ofCurrentTenant())!;
    const sql = this.sql;
    const [elements, overlayRows, terms] = await Promise.all([
      this.tenantElements(),
      sql.query<{ overlay: WorkflowOverlay | null }>(Q.overlay, [STANDARD_PETITION_WORKFLOW.key]),
      sql.query<{ term_key: string; label_ko: string | null; label_en: string | null }>(Q.terms),
    ]);
    return conformanceReport(version, termCatalog(this.entities.list()), {
      elements,
      overlay: overlayRows[0]?.overlay ?? null,
      termOverrides: new Map(terms.map((t) => [t.term_key, { ko: t.label_ko, en: t.label_en }])),
    });
  }

  private async plan(fromVersion: number, toVersion: number): Promise<StandardUpgradeDryRun> {
    checkUpgradeTarget(fromVersion, toVersion);
    const from = versionElements(standardModelVersion(fromVersion)!);
    const to = versionElements(standardModelVersion(toVersion)!);
    const changes = upgradePlan(from, to, await this.tenantElements());
    return { fromVersion, toVersion, changes, conflictCount: changes.filter((c) => c.conflict).length };
  }

  /** The tenant's reference data and custom fields in the catalogue's comparable form. */
  private async tenantElements(): Promise<Map<string, Element>> {
    const sql = this.sql;
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

  private async writeCategories(sql: Sql, v: StandardModelVersion, taken: PlannedChange[]) {
    const codes = keysOf(taken, StandardArea.CATEGORY);
    // Parents first, so a new child finds its parent.
    const ordered = v.categories
      .filter((c) => codes.has(c.code))
      .sort((a, b) => Number(Boolean(a.parentCode)) - Number(Boolean(b.parentCode)));
    for (const c of ordered)
      await sql.query(Q.upsertCategory, [c.code, c.nameKo, c.nameEn, c.parentCode ?? null, [...c.keywords]]);
  }

  private async writePeriods(sql: Sql, v: StandardModelVersion, taken: PlannedChange[]) {
    const keys = keysOf(taken, StandardArea.PERIOD);
    for (const p of v.periods.filter((p) => keys.has(periodKey(p))))
      await sql.query(Q.upsertPeriod, [
        p.kind,
        p.categoryCode,
        p.variant,
        p.value,
        p.unit,
        p.labelKo,
        p.basis,
      ]);
  }

  private async writeSettings(sql: Sql, v: StandardModelVersion, taken: PlannedChange[]) {
    const keys = keysOf(taken, StandardArea.SETTING) as Set<keyof typeof SETTING_COLUMNS>;
    if (!keys.size) return;
    const area = 'voc_settings';
    const version = await settingVersion(sql, area);
    const [row] = await sql.query<SettingsRow>(Q.settingsForUpdate);
    const before = settingsOf(row);
    const after = { ...before };
    for (const k of keys) after[k] = v.settings[k];
    const { username } = RequestContexts.require().principal;
    await sql.query(Q.updateSettings, [
      after.targetShare,
      after.surveyThreshold,
      after.surveyValidDays,
      after.progressNoticeDays,
      username,
    ]);
    await recordSettingChange(sql, area, version, { before, after });
  }

  private async writeFields(sql: Sql, v: StandardModelVersion, taken: PlannedChange[]) {
    const keys = keysOf(taken, StandardArea.CUSTOM_FIELD);
    const existing = new Map((await sql.query<FieldRow>(Q.fields)).map((f) => [fieldKey(f), f]));
    for (const f of v.fields.filter((f) => keys.has(fieldKey(f)))) {
      const spec = {
        labelKo: f.labelKo,
        labelEn: f.labelEn,
        type: f.type,
        required: f.required,
        options: f.options.map((o) => ({ ...o })),
        helpKo: f.helpKo,
        helpEn: f.helpEn,
        personalData: f.personalData,
      };
      const mine = existing.get(fieldKey(f));
      if (!mine) {
        await this.fields.define(f.entity, f.key, {
          ...spec,
          defaultValue: null,
          rules: {},
          position: null,
          group: null,
          readRoles: [],
          editRoles: [],
        });
        continue;
      }
      // Checked against the records' values like any edit: a conflicting value refuses the whole apply.
      await this.fields.update(f.entity, f.key, spec, mine.version);
      if (mine.archived) await this.fields.restore(f.entity, f.key);
    }
  }
}

const keysOf = (changes: PlannedChange[], area: StandardArea) =>
  new Set(changes.filter((c) => c.area === area).map((c) => c.key));

const staleVersion = (expected: number, current: number) =>
  conflict(
    'expectedCurrentVersion',
    `표준 모델 버전이 이미 바뀌었습니다 (현재 ${current}판, 보낸 값 ${expected}판). 새로 불러온 뒤 다시 확인해 주세요.`,
    `The standard version has already changed (current ${current}, sent ${expected}). Reload and check again.`,
  );

function checkResolutionList(
  resolutions: readonly StandardResolution[],
): Map<string, StandardResolutionChoice> {
  const chosen = new Map<string, StandardResolutionChoice>();
  resolutions.forEach((r, i) => {
    if (chosen.has(r.id))
      throw badInput(
        `resolutions.${i}.id`,
        `'${r.id}' 충돌의 해결 방법이 두 번 있습니다.`,
        `The conflict '${r.id}' is resolved twice.`,
      );
    chosen.set(r.id, r.choice);
  });
  return chosen;
}

/** Every conflict needs a resolution, and every resolution must name a conflict of this plan. */
function checkResolutions(
  changes: PlannedChange[],
  chosen: Map<string, StandardResolutionChoice>,
  resolutions: readonly StandardResolution[],
): void {
  const conflicts = new Set(changes.filter((c) => c.conflict).map((c) => c.id));
  resolutions.forEach((r, i) => {
    if (!conflicts.has(r.id))
      throw badInput(
        `resolutions.${i}.id`,
        `'${r.id}'은(는) 이 적용의 충돌이 아닙니다. 사전 점검을 다시 실행해 주세요.`,
        `'${r.id}' is not a conflict of this upgrade. Run the dry run again.`,
      );
  });
  const open = [...conflicts].filter((id) => !chosen.has(id));
  if (open.length)
    throw badInput(
      'resolutions',
      `충돌 ${open.length}건의 해결 방법(기관 설정 유지 또는 표준 적용)을 정해야 적용할 수 있습니다: ${open.join(', ')}`,
      `${open.length} conflict(s) need a resolution (keep the tenant's or take the standard's): ${open.join(', ')}`,
    );
}
