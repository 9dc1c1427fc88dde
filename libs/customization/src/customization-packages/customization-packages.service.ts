import { Inject, Injectable } from '@nestjs/common';
import {
  AppError,
  ErrorCode,
  RequestContexts,
  TenantDatabase,
  badInput,
  conflict,
  recordAudit,
  type Sql,
} from '@pcrm/tenancy';
import { CustomizableEntities } from '../entities/customizable-entities';
import { CustomFieldDefinitionsService } from '../custom-fields/custom-field-definitions.service';
import { specOf, type CustomFieldSpec } from '../custom-fields/custom-field.types';
import { checkKey, checkSpec } from '../custom-fields/definition-checks';
import { TerminologyService } from '../terminology/terminology.service';
import { termLabelProblem } from '../terminology/term-label';
import { VocSettingsService } from '../reference-data/voc-settings.service';
import { checkVocSettings, type VocSettingsValues } from '../reference-data/voc-settings-rules';
import { StandardVersions } from '../standard-model/standard-versions';
import {
  PACKAGE_FORMAT,
  PACKAGE_FORMAT_VERSION,
  PACKAGE_SECTIONS,
  canonicalJson,
  packageChecksum,
  readPackage,
  type CustomizationPackage,
  type PackageField,
  type PackageSection,
  type PackageSections,
  type PackageTerm,
} from './package-format';
import {
  PackageItemKind as Kind,
  PackageSectionName,
  type CustomizationPackageImport,
  type CustomizationPackageImportResult,
  type CustomizationPackageItem,
  type CustomizationPackagePreview,
} from './customization-packages.model';

const AUDIT_ENTITY = 'customization_package';
/** The role every export names as its author: the package carries no person's name or login (ADR 0027). */
const EXPORTED_BY = 'tenant-admin';

/** What a field's definition decides, without its place in the form (an import keeps the tenant's order). */
type ComparableSpec = Omit<CustomFieldSpec, 'position'>;
const comparable = ({ position: _position, ...rest }: CustomFieldSpec): ComparableSpec => rest;

/** An item of the plan with what applying it takes. */
interface PlannedItem extends CustomizationPackageItem {
  apply?: () => Promise<unknown>;
}

const item = (
  section: PackageSectionName,
  entity: string | null,
  key: string,
  labels: { ko: string; en: string },
  kind: Kind,
  reason: { ko: string; en: string },
): PlannedItem => ({
  id: [section, entity, key].filter((p) => p !== null).join(':'),
  section,
  entity,
  key,
  labelKo: labels.ko,
  labelEn: labels.en,
  kind,
  reasonKo: reason.ko,
  reasonEn: reason.en,
});

/** Runs a check of another area and moves its BAD_USER_INPUT onto the item's path inside the package. */
function within<T>(prefix: string, check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (error instanceof AppError && error.extensions.code === ErrorCode.BadUserInput) {
      const field = String(error.extensions.field ?? '').replace(/^input\.?/, '');
      throw badInput(
        field ? `${prefix}.${field}` : prefix,
        `${prefix}: ${error.message}`,
        `${prefix}: ${String(error.extensions.messageEn)}`,
      );
    }
    throw error;
  }
}

const sectionChoice = (sections: readonly string[]): PackageSection[] => {
  const unique = [...new Set(sections)];
  if (!unique.length || unique.length !== sections.length)
    throw badInput(
      'sections',
      '내보낼 영역을 하나 이상, 겹치지 않게 골라 주세요.',
      'Choose one or more sections to export, each once.',
    );
  return unique.filter((s): s is PackageSection => (PACKAGE_SECTIONS as readonly string[]).includes(s));
};

/**
 * Customization packages (docs/adr/0027): a tenant's custom field definitions, renamed terms and petition
 * reference values exported as one checksummed JSON document that another tenant of the same standard version
 * previews item by item and imports all-or-nothing, through the areas' own services (their checks, versions,
 * change rows and audit entries) plus one import row naming the source tenant.
 */
@Injectable()
export class CustomizationPackagesService {
  constructor(
    @Inject(TenantDatabase) private readonly db: TenantDatabase,
    @Inject(CustomizableEntities) private readonly entities: CustomizableEntities,
    @Inject(CustomFieldDefinitionsService) private readonly fields: CustomFieldDefinitionsService,
    @Inject(TerminologyService) private readonly terms: TerminologyService,
    @Inject(VocSettingsService) private readonly vocSettings: VocSettingsService,
    @Inject(StandardVersions) private readonly standard: StandardVersions,
  ) {}

  private get sql(): Sql {
    return this.db.request();
  }

  /** The caller tenant's customization of the chosen sections (custom fields of the chosen entities, or all). */
  async export(
    sections: readonly string[],
    entityIds: readonly string[] | null,
  ): Promise<CustomizationPackage> {
    const chosen = sectionChoice(sections);
    const { principal } = RequestContexts.require();
    const out: PackageSections = {};
    if (chosen.includes('customFields')) out.customFields = await this.exportFields(entityIds);
    if (chosen.includes('terminology')) out.terminology = await this.exportTerms();
    if (chosen.includes('referenceData')) {
      const s = await this.vocSettings.settings();
      out.referenceData = {
        vocSettings: {
          targetShare: s.targetShare,
          surveyThreshold: s.surveyThreshold,
          surveyValidDays: s.surveyValidDays,
          progressNoticeDays: s.progressNoticeDays,
        },
      };
    }
    const body = {
      format: PACKAGE_FORMAT,
      formatVersion: PACKAGE_FORMAT_VERSION,
      standardVersion: await this.standard.ofCurrentTenant(),
      sourceTenant: principal.tenantId ?? '',
      exportedAt: new Date().toISOString(),
      exportedBy: EXPORTED_BY,
      sections: out,
    } as const;
    // What leaves must be importable: the same checks an importer runs (size, ids, invisible characters).
    const pkg = readPackage({ ...body, checksum: packageChecksum(body) });
    await recordAudit(this.sql, {
      action: 'export',
      entity: AUDIT_ENTITY,
      entityId: pkg.checksum,
      after: {
        sections: chosen,
        customFields: pkg.sections.customFields?.length ?? null,
        terminology: pkg.sections.terminology?.length ?? null,
        referenceData: pkg.sections.referenceData ? Object.keys(pkg.sections.referenceData) : null,
      },
    });
    return pkg;
  }

  /** What importing `input` would do here, item by item; nothing is written. */
  async preview(input: unknown): Promise<CustomizationPackagePreview> {
    const pkg = await this.checked(input);
    const items = await this.plan(pkg);
    const count = (kind: Kind) => items.filter((i) => i.kind === kind).length;
    return {
      sourceTenant: pkg.sourceTenant,
      standardVersion: pkg.standardVersion,
      exportedAt: new Date(pkg.exportedAt),
      checksum: pkg.checksum,
      items: items.map(({ apply: _apply, ...rest }) => rest),
      newCount: count(Kind.NEW),
      sameCount: count(Kind.SAME),
      changedCount: count(Kind.CHANGED),
      conflictCount: count(Kind.CONFLICT),
    };
  }

  /**
   * Applies the NEW and CHANGED items not in `skip`, in this request's one transaction: any refusal rolls all
   * of it back. Imports into one tenant take turns (a transaction-scoped advisory lock), so a second import of
   * the same package finds every item SAME and writes nothing.
   */
  async import(
    input: unknown,
    expectedChecksum: string,
    skip: readonly string[],
  ): Promise<CustomizationPackageImportResult> {
    const pkg = await this.checked(input);
    if (expectedChecksum !== pkg.checksum)
      throw conflict(
        'expectedChecksum',
        '미리 본 꾸러미와 가져오려는 꾸러미가 다릅니다. 다시 미리 본 뒤 가져와 주세요.',
        'The package differs from the one previewed. Preview it again, then import.',
      );
    const sql = this.sql;
    await sql.query(
      `SELECT pg_advisory_xact_lock(hashtext('pcrm.customization-package:' || current_setting('app.tenant_id', true)))`,
    );
    const items = await this.plan(pkg);
    const skipped = new Set(skip);
    const ids = new Set(items.map((i) => i.id));
    skip.forEach((id, i) => {
      if (!ids.has(id))
        throw badInput(
          `choices.skip.${i}`,
          `꾸러미에 없는 항목입니다: ${id.slice(0, 120)}`,
          `The package has no item ${id.slice(0, 120)}.`,
        );
    });
    const blocked = items.filter((i) => i.kind === Kind.CONFLICT && !skipped.has(i.id));
    if (blocked.length)
      throw new AppError(
        ErrorCode.Conflict,
        `이 시·도와 충돌하는 항목 ${blocked.length}개를 건너뛰도록 고르지 않아 아무것도 가져오지 않았습니다: ${blocked
          .slice(0, 5)
          .map((i) => i.id)
          .join(', ')}. 미리 보기를 다시 확인해 주세요.`,
        `Nothing was imported: ${blocked.length} items conflict with this tenant and were not chosen to be skipped (${blocked
          .slice(0, 5)
          .map((i) => i.id)
          .join(', ')}). Check the preview again.`,
        { field: 'choices.skip', items: blocked.map((i) => i.id) },
      );
    const toApply = items.filter(
      (i) => (i.kind === Kind.NEW || i.kind === Kind.CHANGED) && !skipped.has(i.id),
    );
    for (const i of toApply.filter((x) => x.section === PackageSectionName.CUSTOM_FIELDS)) await i.apply!();
    await this.applyTerms(
      toApply.filter((x) => x.section === PackageSectionName.TERMINOLOGY),
      pkg,
    );
    for (const i of toApply.filter((x) => x.section === PackageSectionName.REFERENCE_DATA)) await i.apply!();

    const result: CustomizationPackageImportResult = {
      version: null,
      sourceTenant: pkg.sourceTenant,
      checksum: pkg.checksum,
      applied: toApply.map((i) => i.id),
      skipped: items.filter((i) => skipped.has(i.id)).map((i) => i.id),
      unchanged: items.filter((i) => i.kind === Kind.SAME && !skipped.has(i.id)).map((i) => i.id),
    };
    if (toApply.length) result.version = await this.record(pkg, result);
    return result;
  }

  /** The imports into the caller's tenant, newest first. */
  async imports(first: number): Promise<CustomizationPackageImport[]> {
    const rows = await this.sql.query<{
      version: number;
      source_tenant: string;
      checksum: string;
      standard_version: number;
      exported_at: Date;
      imported_by: string;
      imported_at: Date;
      applied: number;
    }>(
      `SELECT version, source_tenant, checksum, standard_version, exported_at, imported_by, imported_at,
              jsonb_array_length(items -> 'applied') AS applied
       FROM customization_package_imports ORDER BY version DESC LIMIT $1`,
      [Math.min(Math.max(first, 1), 100)],
    );
    return rows.map((r) => ({
      version: r.version,
      sourceTenant: r.source_tenant,
      checksum: r.checksum,
      standardVersion: r.standard_version,
      exportedAt: r.exported_at,
      importedBy: r.imported_by,
      importedAt: r.imported_at,
      appliedCount: r.applied,
    }));
  }

  /** The package after its own checks and the one that needs this tenant: the same standard version. */
  private async checked(input: unknown): Promise<CustomizationPackage> {
    const pkg = readPackage(input);
    const mine = await this.standard.ofCurrentTenant();
    if (pkg.standardVersion !== mine)
      throw badInput(
        'package.standardVersion',
        `이 꾸러미는 표준 모델 버전 ${pkg.standardVersion}에서 만들어졌고 이 시·도는 버전 ${mine}을(를) 씁니다. 같은 표준 버전의 꾸러미만 가져올 수 있습니다.`,
        `This package was made on standard model version ${pkg.standardVersion}; this tenant runs version ${mine}. Only packages of the same standard version can be imported.`,
      );
    return pkg;
  }

  private async exportFields(entityIds: readonly string[] | null): Promise<PackageField[]> {
    const ids = entityIds ?? this.entities.list().map((e) => e.id);
    if (new Set(ids).size !== ids.length || !ids.length)
      throw badInput(
        'entities',
        '내보낼 대상을 하나 이상, 겹치지 않게 골라 주세요.',
        'Choose one or more entities, each once.',
      );
    const out: PackageField[] = [];
    for (const [i, id] of ids.entries()) {
      if (!this.entities.get(id))
        throw badInput(
          `entities.${i}`,
          `'${id.slice(0, 80)}' 은(는) 사용자 정의 항목을 둘 수 있는 대상이 아닙니다.`,
          `'${id.slice(0, 80)}' is not a customizable entity.`,
        );
      for (const d of await this.fields.list(id)) out.push({ entity: id, key: d.key, ...specOf(d) });
    }
    return out;
  }

  private async exportTerms(): Promise<PackageTerm[]> {
    const { terms } = await this.terms.terminology();
    return terms.filter((t) => t.customized).map((t) => ({ key: t.key, ko: t.ko, en: t.en }));
  }

  private async plan(pkg: CustomizationPackage): Promise<PlannedItem[]> {
    return [
      ...(await this.planFields(pkg.sections.customFields ?? [])),
      ...(await this.planTerms(pkg.sections.terminology ?? [])),
      ...(await this.planReferenceData(pkg)),
    ];
  }

  private async planFields(fields: readonly PackageField[]): Promise<PlannedItem[]> {
    const out: PlannedItem[] = [];
    for (const [i, f] of fields.entries()) {
      const at = `package.sections.customFields.${i}`;
      within(at, () => checkKey(f.key));
      const spec = within(at, () => checkSpec(specOf(f)));
      const labels = { ko: spec.labelKo, en: spec.labelEn };
      const made = (kind: Kind, ko: string, en: string) =>
        item(PackageSectionName.CUSTOM_FIELDS, f.entity, f.key, labels, kind, { ko, en });
      const entity = this.entities.get(f.entity);
      if (!entity) {
        out.push(
          made(
            Kind.CONFLICT,
            `이 시·도에는 '${f.entity}' 대상이 없어 항목을 둘 수 없습니다.`,
            `This tenant has no entity '${f.entity}' to hold the field.`,
          ),
        );
        continue;
      }
      const existing = (await this.fields.compiled(f.entity)).all.find((d) => d.key === f.key);
      if (!existing) {
        const created = made(
          Kind.NEW,
          `${entity.labelKo}에 새 항목으로 추가합니다 (기존 레코드는 바뀌지 않음).`,
          `Added to ${entity.labelEn} as a new field (no record is rewritten).`,
        );
        out.push({
          ...created,
          apply: () => this.fields.define(f.entity, f.key, { ...comparable(spec), position: null }),
        });
        continue;
      }
      if (existing.archived) {
        out.push(
          made(
            Kind.CONFLICT,
            '이 시·도에서 같은 키의 항목이 보관되어 있습니다. 보관된 키는 다시 쓸 수 없으니 보관을 풀거나 이 항목을 건너뛰세요.',
            'This tenant has an archived field with this key; archived keys are not reused. Restore it or skip this item.',
          ),
        );
        continue;
      }
      if (existing.type !== spec.type) {
        out.push(
          made(
            Kind.CONFLICT,
            `이 시·도의 같은 키 항목은 유형이 ${existing.type}이고 꾸러미는 ${spec.type}입니다. 유형이 다른 항목은 가져올 수 없습니다.`,
            `This tenant's field with this key is of type ${existing.type}, the package's is ${spec.type}; a field of another type cannot be imported.`,
          ),
        );
        continue;
      }
      const mine = comparable(specOf(existing));
      const theirs = comparable(spec);
      const differing = (Object.keys(theirs) as (keyof ComparableSpec)[]).filter(
        (k) => canonicalJson(mine[k]) !== canonicalJson(theirs[k]),
      );
      if (!differing.length) {
        out.push(made(Kind.SAME, '이 시·도에 같은 항목이 있습니다.', 'This tenant has the same field.'));
        continue;
      }
      const report = await this.fields.check(f.entity, f.key, theirs);
      if (report.conflictCount > 0) {
        out.push(
          made(
            Kind.CONFLICT,
            `바뀐 정의(${differing.join(', ')})에 맞지 않는 기존 레코드가 ${report.conflictCount.toLocaleString('ko-KR')}건 있습니다.`,
            `${report.conflictCount} existing records do not fit the changed definition (${differing.join(', ')}).`,
          ),
        );
        continue;
      }
      const changed = made(
        Kind.CHANGED,
        `이 시·도의 항목 정의를 꾸러미의 것으로 바꿉니다: ${differing.join(', ')}.`,
        `This tenant's definition takes the package's: ${differing.join(', ')}.`,
      );
      out.push({
        ...changed,
        apply: () => this.fields.update(f.entity, f.key, theirs, existing.version),
      });
    }
    return out;
  }

  private async planTerms(terms: readonly PackageTerm[]): Promise<PlannedItem[]> {
    if (!terms.length) return [];
    const current = new Map((await this.terms.terminology()).terms.map((t) => [t.key, t]));
    return terms.map((t, i) => {
      for (const lang of ['ko', 'en'] as const) {
        const problem = termLabelProblem(t[lang]);
        if (problem)
          throw badInput(
            `package.sections.terminology.${i}.${lang}`,
            `package.sections.terminology.${i}.${lang}: ${problem.ko}`,
            `package.sections.terminology.${i}.${lang}: ${problem.en}`,
          );
      }
      const labels = { ko: t.ko.trim(), en: t.en.trim() };
      const made = (kind: Kind, ko: string, en: string) =>
        item(PackageSectionName.TERMINOLOGY, null, t.key, labels, kind, { ko, en });
      const here = current.get(t.key);
      if (!here)
        return made(
          Kind.CONFLICT,
          '이 시·도에는 없는 용어입니다 (등록되지 않은 대상이나 메뉴).',
          'This tenant has no such term (an entity or menu it does not have).',
        );
      if (here.ko === labels.ko && here.en === labels.en)
        return made(Kind.SAME, '이 시·도도 같은 용어를 씁니다.', 'This tenant uses the same words.');
      return here.customized
        ? made(
            Kind.CHANGED,
            `이 시·도가 바꾼 용어 '${here.ko}' / '${here.en}' 대신 꾸러미의 용어를 씁니다.`,
            `The package's words replace this tenant's own '${here.ko}' / '${here.en}'.`,
          )
        : made(
            Kind.NEW,
            `표준 용어 '${here.ko}' / '${here.en}' 대신 꾸러미의 용어를 씁니다.`,
            `The package's words replace the standard '${here.ko}' / '${here.en}'.`,
          );
    });
  }

  /** One `setTerminology` for every chosen term: one terminology version, its checks, change row and audit. */
  private async applyTerms(chosen: readonly PlannedItem[], pkg: CustomizationPackage): Promise<void> {
    if (!chosen.length) return;
    const keys = new Set(chosen.map((i) => i.key));
    const entries = (pkg.sections.terminology ?? []).filter((t) => keys.has(t.key));
    const { version } = await this.terms.terminology();
    await this.terms.set(entries, version);
  }

  private async planReferenceData(pkg: CustomizationPackage): Promise<PlannedItem[]> {
    const values = pkg.sections.referenceData?.vocSettings;
    if (!values) return [];
    within('package.sections.referenceData.vocSettings', () => checkVocSettings(values));
    const current = await this.vocSettings.settings();
    const mine: VocSettingsValues = {
      targetShare: current.targetShare,
      surveyThreshold: current.surveyThreshold,
      surveyValidDays: current.surveyValidDays,
      progressNoticeDays: current.progressNoticeDays,
    };
    const differing = (Object.keys(mine) as (keyof VocSettingsValues)[]).filter((k) => mine[k] !== values[k]);
    const labels = { ko: '민원 기준 정보', en: 'Petition reference values' };
    const made = (kind: Kind, ko: string, en: string) =>
      item(PackageSectionName.REFERENCE_DATA, null, 'vocSettings', labels, kind, { ko, en });
    if (!differing.length)
      return [made(Kind.SAME, '이 시·도의 기준 정보와 같습니다.', "Equal to this tenant's values.")];
    const changes = differing.map((k) => `${k} ${mine[k]} → ${values[k]}`).join(', ');
    return [
      {
        ...made(
          Kind.CHANGED,
          `기준 정보를 바꿉니다: ${changes}.`,
          `The reference values change: ${changes}.`,
        ),
        apply: () => this.vocSettings.update(values, current.version),
      },
    ];
  }

  /** The import row (numbered per tenant, naming the source tenant) and its audit entry. */
  private async record(pkg: CustomizationPackage, result: CustomizationPackageImportResult): Promise<number> {
    const { principal } = RequestContexts.require();
    const sql = this.sql;
    const [row] = await sql.query<{ version: number }>(
      `INSERT INTO customization_package_imports (tenant_id, version, source_tenant, checksum, standard_version,
         exported_at, imported_by_staff_id, imported_by, items)
       VALUES (current_setting('app.tenant_id', true),
               (SELECT coalesce(max(version), 0) + 1 FROM customization_package_imports),
               $1, $2, $3, $4, (SELECT id FROM staff WHERE keycloak_subject = $5 AND active), $6, $7)
       RETURNING version`,
      [
        pkg.sourceTenant,
        pkg.checksum,
        pkg.standardVersion,
        pkg.exportedAt,
        principal.subject,
        principal.username,
        JSON.stringify({ applied: result.applied, skipped: result.skipped, unchanged: result.unchanged }),
      ],
    );
    await recordAudit(sql, {
      action: 'create',
      entity: AUDIT_ENTITY,
      entityId: `import@${row.version}`,
      after: {
        sourceTenant: pkg.sourceTenant,
        checksum: pkg.checksum,
        standardVersion: pkg.standardVersion,
        applied: result.applied,
        skipped: result.skipped,
      },
    });
    return row.version;
  }
}
