import { Inject, Injectable } from '@nestjs/common';
import { Role } from '@pcrm/access';
import { TenantDatabase, badInput, run } from '@pcrm/tenancy';
import { CustomizableEntities } from '../entities/customizable-entities';
import { CustomFieldDefinitionsService } from './custom-field-definitions.service';
import { mayEdit, type CustomFieldDefinitionData } from './custom-field.types';
import { CustomFieldQueries as Q } from './custom-fields.sql';
import { REFERENCED_ENTITY } from './field-conflicts';
import { problemOf } from './value-schema';

export type CustomValues = Record<string, unknown>;

/** Who writes: the roles decide which fields the caller may edit. */
export interface CustomFieldsCaller {
  readonly roles: readonly string[];
}

/** The most a patch of custom values may weigh as JSON: values are capped per type, this caps the whole. */
export const CUSTOM_VALUES_MAX_BYTES = 256 * 1024;

const field = (key: string) => `customFields.${key}`;

/** The roles of the office's own staff: the channels a required field binds (ADR 0022). */
const STAFF_ROLES: readonly string[] = [Role.Agent, Role.Officer, Role.Manager, Role.TenantAdmin];

/**
 * The required fields `caller` must fill: a staff member is held to those they may edit; a resident (the
 * resident pages write with no role) or a connected system forwarding what residents filed elsewhere
 * (integrator) cannot see the tenant's fields, so none is required of them — staff fill it later.
 */
export function requiredOf(
  active: readonly CustomFieldDefinitionData[],
  caller: CustomFieldsCaller,
): CustomFieldDefinitionData[] {
  if (!caller.roles.some((r) => STAFF_ROLES.includes(r))) return [];
  return active.filter((d) => d.required && mayEdit(d, caller.roles));
}

const isPlainObject = (v: unknown): v is CustomValues =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;

/**
 * Checks the custom values a write sends, against the tenant's current definitions (compiled once per
 * definitions version): a PATCH — keys present are set, `null` clears, absent keys keep their value; unknown,
 * archived or not-editable keys are refused; defaults fill a new record; required fields bind the callers
 * `requiredOf` names; references must name a record of the same tenant. Returns the record's values to store.
 */
@Injectable()
export class CustomFieldValuesValidator {
  constructor(
    @Inject(TenantDatabase) private readonly db: TenantDatabase,
    @Inject(CustomFieldDefinitionsService) private readonly definitions: CustomFieldDefinitionsService,
    @Inject(CustomizableEntities) private readonly entities: CustomizableEntities,
  ) {}

  /**
   * `previous` is the stored values of the record, or null when it is being created. Every problem is
   * BAD_USER_INPUT on `customFields.<key>`.
   */
  async validate(
    entityId: string,
    patch: CustomValues | null | undefined,
    previous: CustomValues | null,
    caller: CustomFieldsCaller,
  ): Promise<CustomValues> {
    if (patch != null && !isPlainObject(patch))
      throw badInput(
        'customFields',
        '사용자 정의 항목은 JSON 객체여야 합니다.',
        'customFields must be a JSON object.',
      );
    if (patch != null && JSON.stringify(patch).length > CUSTOM_VALUES_MAX_BYTES)
      throw badInput(
        'customFields',
        `사용자 정의 항목 값이 너무 큽니다 (${CUSTOM_VALUES_MAX_BYTES / 1024}KB 이하).`,
        `customFields is too large (at most ${CUSTOM_VALUES_MAX_BYTES / 1024} KB).`,
      );
    const sent = patch ?? {};
    if (previous !== null && Object.keys(sent).length === 0) return previous;
    const compiled = await this.definitions.compiled(entityId);
    if (previous === null && compiled.active.length === 0 && Object.keys(sent).length === 0) return {};
    for (const key of Object.keys(sent)) {
      const def = compiled.byKey.get(key);
      if (!def || def.archived)
        throw badInput(
          field(key),
          `'${key}' 은(는) 이 시·도에 없는 사용자 정의 항목입니다${def ? ' (보관됨)' : ''}.`,
          `'${key}' is not a custom field of this tenant${def ? ' (archived)' : ''}.`,
        );
      if (!mayEdit(def, caller.roles))
        throw badInput(
          field(key),
          `'${def.labelKo}' 항목은 고칠 권한이 없습니다.`,
          `You may not edit the custom field '${key}'.`,
        );
    }
    const values: CustomValues = { ...(previous ?? {}) };
    if (previous === null)
      for (const def of compiled.active)
        if (def.defaultValue !== null && !(def.key in sent))
          values[def.key] = structuredClone(def.defaultValue);
    for (const [key, value] of Object.entries(sent)) {
      if (value === null) delete values[key];
      else values[key] = value;
    }
    const missing = requiredOf(compiled.active, caller).find((d) => values[d.key] === undefined);
    if (missing)
      throw badInput(
        field(missing.key),
        `'${missing.labelKo}': 필수 항목입니다.`,
        `'${missing.key}': a value is required.`,
      );
    if (!compiled.validate(values)) {
      const problem = problemOf(compiled.validate.errors![0], (k) => compiled.byKey.get(k)?.labelKo ?? k);
      throw badInput(field(problem.key), problem.ko, problem.en);
    }
    await this.checkReferences(entityId, sent, compiled.byKey);
    return values;
  }

  private async checkReferences(
    entityId: string,
    sent: CustomValues,
    byKey: ReadonlyMap<string, { type: string; labelKo: string }>,
  ): Promise<void> {
    for (const [key, value] of Object.entries(sent)) {
      const referenced = value === null ? undefined : REFERENCED_ENTITY[byKey.get(key)!.type];
      const table = referenced && this.entities.get(referenced)?.table;
      if (!table) continue;
      const found = await run(this.db.request(), Q.existingIds(table, [String(value)]));
      if (!found.length)
        throw badInput(
          field(key),
          `'${byKey.get(key)!.labelKo}': 이 시·도에 그런 ${referenced === 'crm-core.customers' ? '고객' : '부서'}이(가) 없습니다.`,
          `'${key}': no such ${referenced === 'crm-core.customers' ? 'customer' : 'department'} in this tenant (${entityId}).`,
        );
    }
  }
}
