import { Inject, Injectable } from '@nestjs/common';
import {
  CustomFieldDefinitionsService,
  overrideOf,
  overrideOver,
  recordSettingChange,
  settingVersion,
  standardVersionOf,
  termRows,
  wordsOf,
  writeTermOverrides,
  type TermOverride,
} from '@pcrm/customization';
import { badInput, conflict, recordAudit, type Actor, type Sql } from '@pcrm/tenancy';
import {
  LATEST_STANDARD_VERSION,
  standardModelVersion,
  type StandardModelVersion,
} from './standard-catalogue';
import {
  StandardArea,
  collect,
  fieldKey,
  periodKey,
  termElement,
  versionElements,
} from './standard-elements';
import { SETTING_COLUMNS, StandardSql as Q, type FieldRow, type SettingsRow } from './standard-model.sql';
import {
  StandardResolutionChoice,
  checkUpgradeTarget,
  upgradePlan,
  type PlannedChange,
} from './standard-upgrade';
import { readTenantElements, settingsOf } from './tenant-elements';

export interface StandardResolution {
  id: string;
  choice: StandardResolutionChoice;
}

export interface StandardUpgradeDryRun {
  fromVersion: number;
  toVersion: number;
  changes: PlannedChange[];
  conflictCount: number;
}

/** Where an upgrade runs: a transaction of the tenant (`app.tenant_id` set) and who the records name. */
export interface UpgradeScope {
  sql: Sql;
  actor: Actor;
}

/**
 * Planning and applying the next standard edition in a transaction the caller gives, as the actor it names:
 * the screen's apply (the request's transaction, the signed-in administrator) and onboarding (its own
 * transaction, the platform operator) run the same steps (docs/adr/0026).
 */
@Injectable()
export class StandardUpgrades {
  constructor(
    @Inject(CustomFieldDefinitionsService) private readonly fields: CustomFieldDefinitionsService,
  ) {}

  /** Every change from `fromVersion` to `toVersion` against what the tenant has; writes nothing. */
  async plan(sql: Sql, fromVersion: number, toVersion: number): Promise<StandardUpgradeDryRun> {
    checkUpgradeTarget(fromVersion, toVersion);
    const from = standardModelVersion(fromVersion)!;
    const [elements, terms] = await Promise.all([readTenantElements(sql), termRows(sql)]);
    const tenant = collect([
      ...elements.values(),
      ...from.terms.map((t) => termElement(t, overrideOf(terms.get(t.key)))),
    ]);
    const changes = upgradePlan(
      versionElements(from),
      versionElements(standardModelVersion(toVersion)!),
      tenant,
    );
    return { fromVersion, toVersion, changes, conflictCount: changes.filter((c) => c.conflict).length };
  }

  /**
   * Applies the next version in the scope's transaction: the tenant row moves first (so a concurrent apply
   * waits and then finds the version moved: CONFLICT), then every change the plan takes; any refusal on the way
   * rolls the whole transaction back.
   */
  async apply(
    scope: UpgradeScope,
    toVersion: number,
    expectedCurrentVersion: number,
    resolutions: readonly StandardResolution[],
  ): Promise<void> {
    const { sql, actor } = scope;
    const current = await standardVersionOf(sql);
    if (current !== expectedCurrentVersion) throw staleVersion(expectedCurrentVersion, current);
    checkUpgradeTarget(current, toVersion);
    const chosen = checkResolutionList(resolutions);
    const moved = await sql.query(Q.moveVersion, [expectedCurrentVersion, toVersion]);
    if (!moved.length) throw staleVersion(expectedCurrentVersion, await standardVersionOf(sql));
    const { changes } = await this.plan(sql, current, toVersion);
    checkResolutions(changes, chosen, resolutions);
    const taken = changes.filter(
      (c) => !c.conflict || chosen.get(c.id) === StandardResolutionChoice.TAKE_STANDARD,
    );
    const previous = standardModelVersion(current)!;
    const next = standardModelVersion(toVersion)!;
    await this.writeCategories(sql, next, taken);
    await this.writePeriods(sql, next, taken);
    await this.writeSettings(scope, next, taken);
    await this.writeFields(scope, next, taken);
    await this.writeTerms(scope, previous, next, taken);
    const record = changes.map((c) => ({ id: c.id, taken: taken.includes(c) }));
    await sql.query(Q.insertHistory, [
      toVersion,
      current,
      actor.subject,
      actor.username,
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
  }

  /**
   * Brings a tenant that has no customization yet (onboarding) to the latest edition, one edition at a time;
   * a conflict would need a resolution nobody can give here, so it refuses and the caller rolls back.
   */
  async toLatest(scope: UpgradeScope): Promise<number> {
    for (let v = (await standardVersionOf(scope.sql)) + 1; v <= LATEST_STANDARD_VERSION; v++)
      await this.apply(scope, v, v - 1, []);
    return LATEST_STANDARD_VERSION;
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

  private async writeSettings({ sql, actor }: UpgradeScope, v: StandardModelVersion, taken: PlannedChange[]) {
    const keys = keysOf(taken, StandardArea.SETTING) as Set<keyof typeof SETTING_COLUMNS>;
    if (!keys.size) return;
    const area = 'voc_settings';
    const version = await settingVersion(sql, area);
    const [row] = await sql.query<SettingsRow>(Q.settingsForUpdate);
    const before = settingsOf(row);
    const after = { ...before };
    for (const k of keys) after[k] = v.settings[k];
    await sql.query(Q.updateSettings, [
      after.targetShare,
      after.surveyThreshold,
      after.surveyValidDays,
      after.progressNoticeDays,
      actor.username,
    ]);
    await recordSettingChange(sql, area, version, { before, after }, actor);
  }

  private async writeFields({ sql, actor }: UpgradeScope, v: StandardModelVersion, taken: PlannedChange[]) {
    const keys = keysOf(taken, StandardArea.CUSTOM_FIELD);
    if (!keys.size) return;
    const fields = this.fields.within(sql, actor);
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
        await fields.define(f.entity, f.key, {
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
      await fields.update(f.entity, f.key, spec, mine.version);
      if (mine.archived) await fields.restore(f.entity, f.key);
    }
  }

  /**
   * The terms the edition rewords, through the terminology area's versioning (docs/adr/0025): the standard
   * words move with the edition, so a tenant's override stays only where it still differs from the new
   * standard — dropped when the standard is taken, kept (in every language it had, now stored where it
   * differs) when the tenant keeps its words. One terminology change records the effective words before/after.
   */
  private async writeTerms(
    { sql, actor }: UpgradeScope,
    previous: StandardModelVersion,
    next: StandardModelVersion,
    taken: PlannedChange[],
  ) {
    const before = new Map(previous.terms.map((t) => [t.key, t]));
    const revised = next.terms.filter((t) => {
      const was = before.get(t.key);
      return !was || was.ko !== t.ko || was.en !== t.en;
    });
    if (!revised.length) return;
    const takenKeys = keysOf(taken, StandardArea.TERMINOLOGY);
    const rows = await termRows(sql);
    const writes = new Map<string, TermOverride | null>();
    const was: Record<string, unknown> = {};
    const now: Record<string, unknown> = {};
    for (const t of revised) {
      const row = rows.get(t.key);
      const mine = wordsOf(before.get(t.key) ?? t, overrideOf(row));
      const wanted = takenKeys.has(t.key) ? { ko: t.ko, en: t.en } : mine;
      was[t.key] = mine;
      now[t.key] = wanted;
      const override = overrideOver(t, wanted);
      if (JSON.stringify(overrideOf(row)) !== JSON.stringify(override)) writes.set(t.key, override);
    }
    await writeTermOverrides(sql, actor, writes);
    await recordSettingChange(
      sql,
      'terminology',
      await settingVersion(sql, 'terminology'),
      {
        before: { standardVersion: previous.version, terms: was },
        after: { standardVersion: next.version, terms: now },
      },
      actor,
    );
  }
}

const keysOf = (changes: PlannedChange[], area: StandardArea) =>
  new Set(changes.filter((c) => c.area === area).map((c) => c.key));

export const staleVersion = (expected: number, current: number) =>
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
