/** The jsonb column, on the entity's own table, that holds a row's custom values (`{}` when it has none). */
export const CUSTOM_VALUES_COLUMN = 'custom_fields';

/**
 * A core entity that tenants may extend with custom fields. Custom-field definitions will refer to `id`,
 * so it is stable: renaming a class or a table never changes it.
 */
export interface CustomizableEntity {
  /** `<library>.<entity>`, lower case, e.g. `crm-core.department`. */
  readonly id: string;
  /** The tenant table (RLS, `tenant_id` leading its key) that holds the entity's rows. */
  readonly table: string;
  /** Where the custom values live: a `jsonb NOT NULL DEFAULT '{}'` column of `table`. */
  readonly customValuesColumn: typeof CUSTOM_VALUES_COLUMN;
  readonly labelKo: string;
  readonly labelEn: string;
  /** The column that names a record to an administrator (e.g. a customer number), never personal data. */
  readonly labelColumn?: string;
}

const ENTITY_ID = /^[a-z][a-z0-9-]*\.[a-z][a-z0-9-]*$/;
const TABLE = /^[a-z][a-z0-9_]*$/;

/** Declares a core entity as customizable; checked once, when the declaring module loads. */
export function customizableEntity(
  entity: Omit<CustomizableEntity, 'customValuesColumn'>,
): CustomizableEntity {
  if (!ENTITY_ID.test(entity.id)) {
    throw new Error(
      `Customizable entity id '${entity.id}' must look like '<library>.<entity>' in lower case`,
    );
  }
  if (!TABLE.test(entity.table))
    throw new Error(`Customizable entity table '${entity.table}' is not a plain name`);
  if (entity.labelColumn !== undefined && !TABLE.test(entity.labelColumn))
    throw new Error(`Customizable entity label column '${entity.labelColumn}' is not a plain name`);
  return Object.freeze({ ...entity, customValuesColumn: CUSTOM_VALUES_COLUMN });
}
