import { Inject, Injectable } from '@nestjs/common';
import { RequestContexts, TenantDatabase, badInput, type Sql } from '@pcrm/tenancy';
import { CustomizableEntities } from '../entities/customizable-entities';
import {
  checkSettingVersion,
  recordSettingChange,
  settingChanges,
  settingVersion,
} from '../change-history/setting-changes';
import { toChangeRecord } from '../change-history/setting-change.model';
import { StandardVersions } from '../standard-model/standard-versions';
import { builtInTerm, termCatalog, type StandardTerm } from './term-catalog';
import { termLabelProblem } from './term-label';
import {
  overrideOf,
  overrideOver,
  termRows,
  writeTermOverrides,
  type TermOverride,
  type TermRow,
} from './term-overrides';
import type { TermInput } from './terminology.inputs';
import type { Term, TermCatalogEntry, Terminology, TerminologyCatalog } from './terminology.model';

const MAX_ENTRIES = 200;
const HISTORY = 20;

const effective = (standard: StandardTerm, row: TermRow | undefined): Term => {
  const builtIn = builtInTerm(standard.key) ?? standard;
  return {
    key: standard.key,
    group: standard.group,
    ko: row?.label_ko ?? standard.ko,
    en: row?.label_en ?? standard.en,
    standardKo: standard.ko,
    standardEn: standard.en,
    builtInKo: builtIn.ko,
    builtInEn: builtIn.en,
    customized: !!row,
  };
};

/** The tenant's own words for the standard terms (docs/adr/0025): standard ones unless it changed them. */
@Injectable()
export class TerminologyService {
  constructor(
    @Inject(TenantDatabase) private readonly db: TenantDatabase,
    @Inject(CustomizableEntities) private readonly entities: CustomizableEntities,
    @Inject(StandardVersions) private readonly standard: StandardVersions,
  ) {}

  private get sql(): Sql {
    return this.db.request();
  }

  /** The terms as the tenant's edition of the standard model words them. */
  private async catalog(): Promise<StandardTerm[]> {
    return termCatalog(this.entities.list(), await this.standard.ofCurrentTenant());
  }

  async terminology(): Promise<Terminology> {
    const sql = this.sql;
    const [catalog, rows, version] = await Promise.all([
      this.catalog(),
      termRows(sql),
      settingVersion(sql, 'terminology'),
    ]);
    return { version, terms: catalog.map((t) => effective(t, rows.get(t.key))) };
  }

  async editorCatalog(): Promise<TerminologyCatalog> {
    const sql = this.sql;
    const [catalog, rows, version, changes] = await Promise.all([
      this.catalog(),
      termRows(sql),
      settingVersion(sql, 'terminology'),
      settingChanges(sql, 'terminology', HISTORY),
    ]);
    const entries = catalog.map((t): TermCatalogEntry => {
      const row = rows.get(t.key);
      return {
        ...effective(t, row),
        overrideKo: row?.label_ko ?? null,
        overrideEn: row?.label_en ?? null,
        updatedAt: row?.updated_at ?? null,
        updatedBy: row?.updated_by ?? null,
      };
    });
    return { version, entries, changes: changes.map(toChangeRecord) };
  }

  /** Sets the tenant's labels of the given terms; a label equal to the standard is not stored. */
  async set(entries: readonly TermInput[], expectedVersion: number): Promise<TerminologyCatalog> {
    const standard = await this.checkedTerms(entries.map((e) => e.key));
    const next = new Map<string, TermOverride | null>();
    entries.forEach((entry, i) => {
      const ko = this.checkedLabel(`entries.${i}.ko`, entry.ko);
      const en = this.checkedLabel(`entries.${i}.en`, entry.en);
      next.set(entry.key, overrideOver(standard.get(entry.key)!, { ko, en }));
    });
    return this.apply(next, expectedVersion);
  }

  /** Back to the standard labels for the given terms. */
  async reset(keys: readonly string[], expectedVersion: number | null): Promise<TerminologyCatalog> {
    await this.checkedTerms(keys);
    return this.apply(new Map(keys.map((k) => [k, null])), expectedVersion);
  }

  private async apply(
    next: ReadonlyMap<string, TermOverride | null>,
    expectedVersion: number | null,
  ): Promise<TerminologyCatalog> {
    const sql = this.sql;
    const expected = expectedVersion ?? (await settingVersion(sql, 'terminology'));
    await checkSettingVersion(sql, 'terminology', expected);
    const current = await termRows(sql);
    const before: Record<string, TermOverride | null> = {};
    const after: Record<string, TermOverride | null> = {};
    for (const [key, override] of next) {
      const was = overrideOf(current.get(key));
      if (JSON.stringify(was) === JSON.stringify(override)) continue;
      before[key] = was;
      after[key] = override;
    }
    const changed = Object.keys(after);
    if (!changed.length) return this.editorCatalog();

    await writeTermOverrides(
      sql,
      RequestContexts.require().principal,
      new Map(changed.map((k) => [k, after[k]])),
    );
    await recordSettingChange(sql, 'terminology', expected, { before, after });
    return this.editorCatalog();
  }

  /** The standard terms of `keys`; refuses an empty list, too many, duplicates and unknown keys. */
  private async checkedTerms(keys: readonly string[]): Promise<Map<string, StandardTerm>> {
    if (keys.length === 0 || keys.length > MAX_ENTRIES)
      throw badInput(
        'entries',
        `용어를 1개 이상 ${MAX_ENTRIES}개 이하로 보내 주세요.`,
        `Send from 1 to ${MAX_ENTRIES} terms.`,
      );
    const byKey = new Map((await this.catalog()).map((t) => [t.key, t]));
    const found = new Map<string, StandardTerm>();
    keys.forEach((key, i) => {
      const term = byKey.get(key);
      if (!term)
        throw badInput(
          `entries.${i}.key`,
          `알 수 없는 용어 키입니다: ${key.slice(0, 100)}`,
          `Unknown term key: ${key.slice(0, 100)}`,
        );
      if (found.has(key))
        throw badInput(
          `entries.${i}.key`,
          `같은 용어를 두 번 보냈습니다: ${key}`,
          `The same term was sent twice: ${key}`,
        );
      found.set(key, term);
    });
    return found;
  }

  private checkedLabel(field: string, label: string): string {
    const problem = termLabelProblem(label);
    if (problem) throw badInput(field, problem.ko, problem.en);
    return label.trim();
  }
}
