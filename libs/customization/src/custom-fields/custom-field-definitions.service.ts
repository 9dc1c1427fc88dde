import { Inject, Injectable } from '@nestjs/common';
import {
  AppError,
  Cursor,
  ErrorCode,
  RequestContexts,
  TenantDatabase,
  badInput,
  conflict,
  notFound,
  recordAudit,
  run,
  runOne,
  type Actor,
  type Sql,
} from '@pcrm/tenancy';
import { CustomizableEntities } from '../entities/customizable-entities';
import type { CustomizableEntity } from '../entities/customizable-entity';
import { CompiledSchemas, type CompiledCustomFields } from './compiled-schemas';
import {
  CUSTOM_FIELD_LIMITS,
  mayRead,
  specOf,
  type CustomFieldDefinitionData,
  type CustomFieldSpec,
  type CustomFieldType,
} from './custom-field.types';
import { checkKey, checkSpec } from './definition-checks';
import { findConflicts, type ConflictReport } from './field-conflicts';
import { fieldSchema } from './value-schema';
import { CustomFieldQueries as Q, type DefinitionRow } from './custom-fields.sql';

const VERSIONS_MEMO = 'custom-field-versions';
const AUDIT_ENTITY = 'custom_field';

/** A definition as an administrator writes it; absent (undefined) keeps, null clears, on update. */
export type CustomFieldSpecPatch = { [K in keyof CustomFieldSpec]?: CustomFieldSpec[K] | null };

export interface CustomFieldChangeData {
  seq: string;
  entity: string;
  key: string;
  action: string;
  schemaVersion: number;
  definitionVersion: number;
  changedBy: string;
  changedByStaffId: string | null;
  changedAt: Date;
  before: unknown;
  after: unknown;
}

export const toDefinition = (r: DefinitionRow): CustomFieldDefinitionData => ({
  id: r.id,
  entity: r.entity,
  key: r.key,
  labelKo: r.label_ko,
  labelEn: r.label_en,
  type: r.type as CustomFieldType,
  required: r.required,
  defaultValue: r.default_value ?? null,
  rules: r.rules,
  options: r.options,
  helpKo: r.help_ko,
  helpEn: r.help_en,
  position: r.position,
  group: r.group_name,
  archived: r.archived,
  readRoles: r.read_roles,
  editRoles: r.edit_roles,
  personalData: r.personal_data,
  version: r.version,
  updatedAt: r.updated_at,
  updatedBy: r.updated_by,
});

/** What the history and the audit trail keep of a definition: the spec and whether it is archived. */
const snapshot = (d: CustomFieldDefinitionData) => ({ key: d.key, ...specOf(d), archived: d.archived });

/** The spec with the patch applied: absent keeps, null clears (required/personalData/roles fall back to their defaults). */
function patched(before: CustomFieldSpec, patch: CustomFieldSpecPatch): CustomFieldSpec {
  const pick = <K extends keyof CustomFieldSpec>(k: K, cleared: CustomFieldSpec[K]): CustomFieldSpec[K] =>
    patch[k] === undefined ? before[k] : ((patch[k] ?? cleared) as CustomFieldSpec[K]);
  return {
    labelKo: pick('labelKo', ''),
    labelEn: pick('labelEn', ''),
    type: pick('type', before.type),
    required: pick('required', false),
    defaultValue: pick('defaultValue', null),
    rules: pick('rules', {}),
    options: pick('options', []),
    helpKo: pick('helpKo', null),
    helpEn: pick('helpEn', null),
    position: pick('position', before.position),
    group: pick('group', null),
    readRoles: pick('readRoles', []),
    editRoles: pick('editRoles', []),
    personalData: pick('personalData', false),
  };
}

const conflictError = (report: ConflictReport) =>
  new AppError(
    ErrorCode.Conflict,
    `이 변경과 맞지 않는 기존 레코드가 ${report.conflictCount.toLocaleString('ko-KR')}건 있습니다. 먼저 값을 고친 뒤 다시 시도해 주세요 (변경 검사로 목록을 볼 수 있습니다).`,
    `${report.conflictCount} existing records conflict with this change. Fix their values first (checkCustomFieldChange lists them).`,
    { field: 'input', conflictCount: report.conflictCount },
  );

/**
 * The tenant's custom-field definitions per customizable entity: read (cached compiled per version), defined,
 * changed (checked against existing values first), archived and restored. Every change bumps the entity's
 * definitions version, appends a change row (who, when, before/after) and an audit entry.
 */
@Injectable()
export class CustomFieldDefinitionsService {
  constructor(
    @Inject(TenantDatabase) private readonly db: TenantDatabase,
    @Inject(CustomizableEntities) private readonly entities: CustomizableEntities,
    @Inject(CompiledSchemas) private readonly schemas: CompiledSchemas,
  ) {}

  /** A transaction the caller holds and who acts in it, instead of the request's (see `within`). */
  #own: { sql: Sql; actor: Actor } | null = null;

  /**
   * The same definitions work in `sql`, a transaction the caller holds, recorded for `actor`: for onboarding,
   * which writes a new tenant's standard fields in its own transaction and has no tenant request.
   */
  within(sql: Sql, actor: Actor): CustomFieldDefinitionsService {
    const bound = new CustomFieldDefinitionsService(this.db, this.entities, this.schemas);
    bound.#own = { sql, actor };
    return bound;
  }

  private get sql(): Sql {
    return this.#own?.sql ?? this.db.request();
  }

  /** The registered entity `id` names; BAD_USER_INPUT on `entity` otherwise. */
  entity(id: string): CustomizableEntity {
    const entity = this.entities.get(id);
    if (!entity)
      throw badInput(
        'entity',
        `'${id}' 은(는) 사용자 정의 항목을 둘 수 있는 대상이 아닙니다.`,
        `'${id}' is not a customizable entity.`,
      );
    return entity;
  }

  /** The tenant's definitions of `entityId` with their compiled validator, current as of this request. */
  async compiled(entityId: string): Promise<CompiledCustomFields> {
    const { principal } = RequestContexts.require();
    const versions = await RequestContexts.memo(VERSIONS_MEMO, async () => {
      const rows = await run(this.sql, Q.schemaVersions());
      return new Map(rows.map((r) => [r.entity, `${r.version}:${r.stamp}`]));
    });
    const tenant = principal.tenantId ?? '';
    const stamp = versions.get(entityId) ?? '0';
    const cached = this.schemas.get(tenant, entityId, stamp);
    if (cached) return cached;
    const rows = stamp === '0' ? [] : await run(this.sql, Q.definitions(entityId));
    return this.schemas.put(tenant, entityId, stamp, rows.map(toDefinition));
  }

  /** The tenant's active definitions of `entityId`, in form order (for other slices: forms, overlays). */
  async list(entityId: string): Promise<readonly CustomFieldDefinitionData[]> {
    this.entity(entityId);
    return (await this.compiled(entityId)).active;
  }

  /** The definitions `roles` may read, archived ones too when asked, in form order. */
  async readable(
    entityId: string,
    includeArchived: boolean,
    roles: readonly string[],
  ): Promise<CustomFieldDefinitionData[]> {
    this.entity(entityId);
    const { all } = await this.compiled(entityId);
    return all.filter((d) => (includeArchived || !d.archived) && mayRead(d, roles));
  }

  /** A new field (a `position` of null puts it last); instant: no record is rewritten. */
  async define(
    entityId: string,
    key: string,
    spec: Omit<CustomFieldSpec, 'position'> & { position: number | null },
  ): Promise<CustomFieldDefinitionData> {
    this.entity(entityId);
    checkKey(key);
    const version = await this.nextVersion(entityId);
    // After the version row's lock: a define of the same key that committed meanwhile is seen here.
    if ((await run(this.sql, Q.lockDefinition(entityId, key))).length)
      throw conflict(
        'input.key',
        `항목 키 '${key}' 은(는) 이미 있습니다 (보관된 항목의 키도 다시 쓸 수 없습니다).`,
        `Field key '${key}' already exists (an archived field's key is not reused either).`,
      );
    const { n, next_position } = await runOne(this.sql, Q.countDefinitions(entityId));
    if (n >= CUSTOM_FIELD_LIMITS.fieldsPerEntity)
      throw badInput(
        'input.key',
        `사용자 정의 항목은 대상마다 ${CUSTOM_FIELD_LIMITS.fieldsPerEntity}개까지입니다 (보관된 항목 포함).`,
        `At most ${CUSTOM_FIELD_LIMITS.fieldsPerEntity} custom fields per entity (archived ones included).`,
      );
    const checked = checkSpec({ ...spec, position: spec.position ?? Math.min(next_position, 100_000) });
    await runOne(this.sql, Q.insertDefinition(entityId, key, checked, this.actor().username));
    const after = await this.locked(entityId, key);
    await this.record('DEFINE', version, null, after);
    return after;
  }

  /** What `patch` would change and which existing records conflict with it; nothing is written. */
  async check(entityId: string, key: string, patch: CustomFieldSpecPatch): Promise<ConflictReport> {
    this.entity(entityId);
    const before = await this.locked(entityId, key);
    return this.conflicts(before, checkSpec(patched(specOf(before), patch)));
  }

  async update(
    entityId: string,
    key: string,
    patch: CustomFieldSpecPatch,
    expectedVersion: number,
  ): Promise<CustomFieldDefinitionData> {
    this.entity(entityId);
    const before = await this.locked(entityId, key);
    this.expectVersion(before, expectedVersion);
    const spec = checkSpec(patched(specOf(before), patch));
    const report = await this.conflicts(before, spec);
    if (report.conflictCount > 0) throw conflictError(report);
    return this.write('UPDATE', before, spec, before.archived);
  }

  async archive(entityId: string, key: string): Promise<CustomFieldDefinitionData> {
    this.entity(entityId);
    const before = await this.locked(entityId, key);
    if (before.archived) return before;
    return this.write('ARCHIVE', before, specOf(before), true);
  }

  /** Brings an archived field back with the values records kept; refused while records conflict with it. */
  async restore(entityId: string, key: string): Promise<CustomFieldDefinitionData> {
    this.entity(entityId);
    const before = await this.locked(entityId, key);
    if (!before.archived) return before;
    const report = await this.conflicts({ ...before, archived: true }, specOf(before));
    if (report.conflictCount > 0) throw conflictError(report);
    return this.write('RESTORE', before, specOf(before), false);
  }

  async changes(
    entityId: string,
    key: string | null,
    first: number,
    after: string | null,
  ): Promise<{ rows: CustomFieldChangeData[]; hasNextPage: boolean }> {
    this.entity(entityId);
    let afterSeq: string | null = null;
    if (after) {
      const [seq] = Cursor.decode(after, 1);
      if (typeof seq !== 'string' || !/^\d{1,18}$/.test(seq))
        throw badInput(
          'after',
          '페이지 커서(after)가 올바르지 않습니다.',
          'The page cursor (after) is invalid.',
        );
      afterSeq = seq;
    }
    const rows = await run(this.sql, Q.changes(entityId, key, afterSeq, first + 1));
    return {
      hasNextPage: rows.length > first,
      rows: rows.slice(0, first).map((r) => ({
        seq: String(r.seq),
        entity: r.entity,
        key: r.key,
        action: r.action,
        schemaVersion: r.schema_version,
        definitionVersion: r.definition_version,
        changedBy: r.changed_by,
        changedByStaffId: r.changed_by_staff,
        changedAt: r.changed_at,
        before: r.before,
        after: r.after,
      })),
    };
  }

  private expectVersion(before: CustomFieldDefinitionData, expectedVersion: number): void {
    if (before.version !== expectedVersion)
      throw conflict(
        'expectedVersion',
        `다른 사람이 먼저 이 항목을 바꾸었습니다 (현재 버전 ${before.version}). 새로 불러온 뒤 다시 고쳐 주세요.`,
        `Someone changed this field first (now version ${before.version}). Reload it and edit again.`,
      );
  }

  /** Existing records against the new spec, when it changes what a value may be (a new field has none). */
  private async conflicts(before: CustomFieldDefinitionData, spec: CustomFieldSpec): Promise<ConflictReport> {
    const sameValues =
      !before.archived &&
      JSON.stringify(fieldSchema(before)) === JSON.stringify(fieldSchema(spec)) &&
      (before.required || !spec.required);
    if (sameValues) return { conflictCount: 0, samples: [] };
    return findConflicts(this.sql, this.entity(before.entity), before.key, spec, (id) =>
      this.entities.get(id),
    );
  }

  private async write(
    action: 'UPDATE' | 'ARCHIVE' | 'RESTORE',
    before: CustomFieldDefinitionData,
    spec: CustomFieldSpec,
    archived: boolean,
  ): Promise<CustomFieldDefinitionData> {
    const version = await this.nextVersion(before.entity);
    await runOne(this.sql, Q.updateDefinition(before.id, spec, archived, this.actor().username));
    const after = await this.locked(before.entity, before.key);
    await this.record(action, version, before, after);
    return after;
  }

  private async nextVersion(entityId: string): Promise<number> {
    RequestContexts.current()?.memo.delete(VERSIONS_MEMO);
    return (await runOne(this.sql, Q.bumpSchemaVersion(entityId))).version;
  }

  private async locked(entityId: string, key: string): Promise<CustomFieldDefinitionData> {
    const [row] = await run(this.sql, Q.lockDefinition(entityId, key));
    if (!row) throw notFound(`사용자 정의 항목 '${key}'`, `Custom field '${key}'`);
    return toDefinition(row);
  }

  private actor(): Actor {
    return this.#own?.actor ?? RequestContexts.require().principal;
  }

  private async record(
    action: 'DEFINE' | 'UPDATE' | 'ARCHIVE' | 'RESTORE',
    schemaVersion: number,
    before: CustomFieldDefinitionData | null,
    after: CustomFieldDefinitionData,
  ): Promise<void> {
    const actor = this.actor();
    const [staff] = await run(this.sql, Q.staffBySubject(actor.subject));
    await run(
      this.sql,
      Q.insertChange({
        entity: after.entity,
        key: after.key,
        definitionId: after.id,
        action,
        schemaVersion,
        definitionVersion: after.version,
        changedBy: actor.username,
        changedBySubject: actor.subject,
        changedByStaff: staff?.id ?? null,
        before: before && snapshot(before),
        after: snapshot(after),
      }),
    );
    await recordAudit(this.sql, {
      action: action === 'DEFINE' ? 'create' : 'update',
      entity: AUDIT_ENTITY,
      entityId: after.id,
      before: before ? { entity: before.entity, ...snapshot(before), version: before.version } : undefined,
      after: { entity: after.entity, ...snapshot(after), version: after.version, change: action },
    });
  }
}
