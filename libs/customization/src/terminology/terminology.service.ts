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
import { termCatalog, type StandardTerm } from './term-catalog';
import { termLabelProblem } from './term-label';
import type { TermInput } from './terminology.inputs';
import type { Term, TermCatalogEntry, Terminology, TerminologyCatalog } from './terminology.model';

interface TermRow {
  term_key: string;
  label_ko: string | null;
  label_en: string | null;
  updated_by: string;
  updated_at: Date;
}

/** What a tenant stored for one term: only the languages that differ from the standard. */
type Override = { ko: string | null; en: string | null };

const MAX_ENTRIES = 200;
const HISTORY = 20;

const effective = (standard: StandardTerm, row: TermRow | undefined): Term => ({
  key: standard.key,
  group: standard.group,
  ko: row?.label_ko ?? standard.ko,
  en: row?.label_en ?? standard.en,
  standardKo: standard.ko,
  standardEn: standard.en,
  customized: !!row,
});

const overrideOf = (row: TermRow | undefined): Override | null =>
  row ? { ko: row.label_ko, en: row.label_en } : null;

/** The tenant's own words for the standard terms (docs/adr/0025): standard ones unless it changed them. */
@Injectable()
export class TerminologyService {
  constructor(
    @Inject(TenantDatabase) private readonly db: TenantDatabase,
    @Inject(CustomizableEntities) private readonly entities: CustomizableEntities,
  ) {}

  private get sql(): Sql {
    return this.db.request();
  }

  private catalog(): StandardTerm[] {
    return termCatalog(this.entities.list());
  }

  private async rows(sql: Sql): Promise<Map<string, TermRow>> {
    const rows = await sql.query<TermRow>(
      `SELECT term_key, label_ko, label_en, updated_by, updated_at FROM tenant_terms`,
    );
    return new Map(rows.map((r) => [r.term_key, r]));
  }

  async terminology(): Promise<Terminology> {
    const sql = this.sql;
    const [rows, version] = await Promise.all([this.rows(sql), settingVersion(sql, 'terminology')]);
    return { version, terms: this.catalog().map((t) => effective(t, rows.get(t.key))) };
  }

  async editorCatalog(): Promise<TerminologyCatalog> {
    const sql = this.sql;
    const [rows, version, changes] = await Promise.all([
      this.rows(sql),
      settingVersion(sql, 'terminology'),
      settingChanges(sql, 'terminology', HISTORY),
    ]);
    const entries = this.catalog().map((t): TermCatalogEntry => {
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
    const standard = this.checkedTerms(entries.map((e) => e.key));
    const next = new Map<string, Override | null>();
    entries.forEach((entry, i) => {
      const term = standard.get(entry.key)!;
      const ko = this.checkedLabel(`entries.${i}.ko`, entry.ko);
      const en = this.checkedLabel(`entries.${i}.en`, entry.en);
      const override = { ko: ko === term.ko ? null : ko, en: en === term.en ? null : en };
      next.set(entry.key, override.ko === null && override.en === null ? null : override);
    });
    return this.apply(next, expectedVersion);
  }

  /** Back to the standard labels for the given terms. */
  async reset(keys: readonly string[], expectedVersion: number | null): Promise<TerminologyCatalog> {
    this.checkedTerms(keys);
    return this.apply(new Map(keys.map((k) => [k, null])), expectedVersion);
  }

  private async apply(
    next: ReadonlyMap<string, Override | null>,
    expectedVersion: number | null,
  ): Promise<TerminologyCatalog> {
    const sql = this.sql;
    const expected = expectedVersion ?? (await settingVersion(sql, 'terminology'));
    await checkSettingVersion(sql, 'terminology', expected);
    const current = await this.rows(sql);
    const before: Record<string, Override | null> = {};
    const after: Record<string, Override | null> = {};
    for (const [key, override] of next) {
      const was = overrideOf(current.get(key));
      if (JSON.stringify(was) === JSON.stringify(override)) continue;
      before[key] = was;
      after[key] = override;
    }
    const changed = Object.keys(after);
    if (!changed.length) return this.editorCatalog();

    const { username } = RequestContexts.require().principal;
    const removed = changed.filter((k) => after[k] === null);
    if (removed.length) await sql.query(`DELETE FROM tenant_terms WHERE term_key = ANY($1)`, [removed]);
    const kept = changed.filter((k) => after[k] !== null);
    if (kept.length)
      await sql.query(
        `INSERT INTO tenant_terms (tenant_id, term_key, label_ko, label_en, updated_by)
         SELECT current_setting('app.tenant_id', true), t.key, t.ko, t.en, $2
         FROM jsonb_to_recordset($1::jsonb) AS t(key text, ko text, en text)
         ON CONFLICT (tenant_id, term_key) DO UPDATE
           SET label_ko = excluded.label_ko, label_en = excluded.label_en,
               updated_by = excluded.updated_by, updated_at = now()`,
        [JSON.stringify(kept.map((key) => ({ key, ...after[key] }))), username],
      );
    await recordSettingChange(sql, 'terminology', expected, { before, after });
    return this.editorCatalog();
  }

  /** The standard terms of `keys`; refuses an empty list, too many, duplicates and unknown keys. */
  private checkedTerms(keys: readonly string[]): Map<string, StandardTerm> {
    if (keys.length === 0 || keys.length > MAX_ENTRIES)
      throw badInput(
        'entries',
        `용어를 1개 이상 ${MAX_ENTRIES}개 이하로 보내 주세요.`,
        `Send from 1 to ${MAX_ENTRIES} terms.`,
      );
    const byKey = new Map(this.catalog().map((t) => [t.key, t]));
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
