import type { ValidateFunction } from 'ajv';
import type { CustomFieldDefinitionData } from './custom-field.types';
import { entitySchema, valueAjv } from './value-schema';

/** One tenant's custom fields of one entity at one version of its definitions, with the compiled validator. */
export interface CompiledCustomFields {
  readonly entity: string;
  /** `<version>:<row stamp>`: which committed definitions these are (0 when the tenant has none). */
  readonly stamp: string;
  readonly all: readonly CustomFieldDefinitionData[];
  readonly active: readonly CustomFieldDefinitionData[];
  readonly byKey: ReadonlyMap<string, CustomFieldDefinitionData>;
  /** Checks a whole record's values against the active definitions. */
  readonly validate: ValidateFunction;
}

/**
 * The compiled value schemas of every tenant, each compiled once and kept under its `$id`
 * (`pcrm:custom-fields:<tenant>:<entity>:<stamp>`) until a newer version of the same tenant's entity replaces
 * it. Requests never compile: only the first request after a definition change does, once per process.
 */
export class CompiledSchemas {
  private readonly ajv = valueAjv();
  private readonly current = new Map<string, CompiledCustomFields & { id: string }>();
  private compiles = 0;

  /** How many schemas this process has compiled (a test proves writes do not recompile). */
  get compileCount(): number {
    return this.compiles;
  }

  get(tenant: string, entity: string, stamp: string): CompiledCustomFields | undefined {
    const entry = this.current.get(`${tenant}\u0000${entity}`);
    return entry?.stamp === stamp ? entry : undefined;
  }

  put(
    tenant: string,
    entity: string,
    stamp: string,
    all: readonly CustomFieldDefinitionData[],
  ): CompiledCustomFields {
    const slot = `${tenant}\u0000${entity}`;
    const existing = this.current.get(slot);
    if (existing?.stamp === stamp) return existing;
    const id = `pcrm:custom-fields:${tenant}:${entity}:${stamp}`;
    const active = all.filter((d) => !d.archived);
    const validate = this.ajv.getSchema(id) ?? this.compile(id, active);
    const entry = {
      id,
      entity,
      stamp,
      all,
      active,
      byKey: new Map(all.map((d) => [d.key, d])),
      validate,
    };
    if (existing && existing.id !== id) this.ajv.removeSchema(existing.id);
    this.current.set(slot, entry);
    return entry;
  }

  private compile(id: string, active: readonly CustomFieldDefinitionData[]): ValidateFunction {
    this.compiles += 1;
    return this.ajv.compile(entitySchema(id, active));
  }
}
