import { sql, type Compilable, type Generated, type RawBuilder, type Selectable } from 'kysely';
import { queryBuilder, type StatementExamples } from '@pcrm/tenancy';
import type { CustomFieldSpec } from './custom-field.types';

/** The custom-field tables as their statements see them. Tenant scoping is RLS's job: no statement names a tenant. */
interface DefinitionsTable {
  tenant_id: string;
  id: Generated<string>;
  entity: string;
  key: string;
  label_ko: string;
  label_en: string;
  type: string;
  required: boolean;
  default_value: unknown;
  rules: Record<string, unknown>;
  options: { value: string; labelKo: string; labelEn: string }[];
  help_ko: string | null;
  help_en: string | null;
  position: number;
  group_name: string | null;
  archived: Generated<boolean>;
  read_roles: string[];
  edit_roles: string[];
  personal_data: boolean;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  updated_by: string;
}

interface SchemasTable {
  tenant_id: string;
  entity: string;
  version: number;
  updated_at: Generated<Date>;
}

interface ChangesTable {
  tenant_id: string;
  seq: Generated<string>;
  entity: string;
  key: string;
  definition_id: string;
  action: string;
  schema_version: number;
  definition_version: number;
  changed_by: string;
  changed_by_subject: string;
  changed_by_staff: string | null;
  changed_at: Generated<Date>;
  before: unknown;
  after: unknown;
}

interface StaffTable {
  id: string;
  keycloak_subject: string | null;
}

const db = queryBuilder<{
  custom_field_definitions: DefinitionsTable;
  custom_field_schemas: SchemasTable;
  custom_field_changes: ChangesTable;
  staff: StaffTable;
}>();

/** A raw statement (a table named at run time) as a statement `run` takes. */
const raw = <R>(statement: RawBuilder<R>): Compilable<R> => ({ compile: () => statement.compile(db) });

const TENANT = sql<string>`current_setting('app.tenant_id', true)`;
const json = (value: unknown) => sql<never>`${JSON.stringify(value)}::jsonb`;
const textArray = (values: readonly string[]) => sql<string[]>`${[...values]}::text[]`;

/** A definition as the statements read it: every column but the tenant and the creation time. */
export type DefinitionRow = Omit<Selectable<DefinitionsTable>, 'tenant_id' | 'created_at'>;

const DEFINITION = db
  .selectFrom('custom_field_definitions')
  .select([
    'id',
    'entity',
    'key',
    'label_ko',
    'label_en',
    'type',
    'required',
    'default_value',
    'rules',
    'options',
    'help_ko',
    'help_en',
    'position',
    'group_name',
    'archived',
    'read_roles',
    'edit_roles',
    'personal_data',
    'version',
    'updated_at',
    'updated_by',
  ]);

const specColumns = (spec: CustomFieldSpec) => ({
  label_ko: spec.labelKo,
  label_en: spec.labelEn,
  type: spec.type,
  required: spec.required,
  default_value: spec.defaultValue === null ? null : json(spec.defaultValue),
  rules: json(spec.rules),
  options: json(spec.options),
  help_ko: spec.helpKo,
  help_en: spec.helpEn,
  position: spec.position,
  group_name: spec.group,
  read_roles: textArray(spec.readRoles),
  edit_roles: textArray(spec.editRoles),
  personal_data: spec.personalData,
});

export interface ChangeWrite {
  entity: string;
  key: string;
  definitionId: string;
  action: 'DEFINE' | 'UPDATE' | 'ARCHIVE' | 'RESTORE';
  schemaVersion: number;
  definitionVersion: number;
  changedBy: string;
  changedBySubject: string;
  changedByStaff: string | null;
  before: unknown;
  after: unknown;
}

/** A record of a customizable entity's table, as a conflict report names it. */
export interface RecordValueRow {
  id: string;
  label: string;
  value: unknown;
}

/** A customizable entity's table and the column that names one of its records to an administrator. */
export interface RecordTable {
  table: string;
  labelColumn: string;
}

export const CustomFieldQueries = {
  /** Every definition of an entity, archived ones too, in form order. */
  definitions: (entity: string) =>
    DEFINITION.where('entity', '=', entity)
      .orderBy(sql`group_name nulls first`)
      .orderBy('position')
      .orderBy('key'),

  /** One definition, locked for a change. */
  lockDefinition: (entity: string, key: string) =>
    DEFINITION.where('entity', '=', entity).where('key', '=', key).forUpdate(),

  countDefinitions: (entity: string) =>
    db
      .selectFrom('custom_field_definitions')
      .select([
        sql<number>`count(*)::int`.as('n'),
        sql<number>`(coalesce(max(position), 0) + 10)::int`.as('next_position'),
      ])
      .where('entity', '=', entity),

  /**
   * The version of each entity's definitions: one short read per request tells whether a cached schema is
   * current. `xmin` tells a committed version from one a rolled-back change had taken (and a later one reuses).
   */
  schemaVersions: () =>
    db.selectFrom('custom_field_schemas').select(['entity', 'version', sql<string>`xmin::text`.as('stamp')]),

  /** The next version of an entity's definitions; the row lock serializes changes of one entity. */
  bumpSchemaVersion: (entity: string) =>
    db
      .insertInto('custom_field_schemas')
      .values({ tenant_id: TENANT, entity, version: 1 })
      .onConflict((oc) =>
        oc.columns(['tenant_id', 'entity']).doUpdateSet({
          version: sql<number>`custom_field_schemas.version + 1`,
          updated_at: sql<Date>`now()`,
        }),
      )
      .returning('version'),

  insertDefinition: (entity: string, key: string, spec: CustomFieldSpec, by: string) =>
    db
      .insertInto('custom_field_definitions')
      .values({ tenant_id: TENANT, entity, key, ...specColumns(spec), updated_by: by })
      .returning('id'),

  updateDefinition: (id: string, spec: CustomFieldSpec, archived: boolean, by: string) =>
    db
      .updateTable('custom_field_definitions')
      .set({
        ...specColumns(spec),
        archived,
        version: sql<number>`version + 1`,
        updated_at: sql<Date>`now()`,
        updated_by: by,
      })
      .where('id', '=', id)
      .returning('version'),

  insertChange: (c: ChangeWrite) =>
    db.insertInto('custom_field_changes').values({
      tenant_id: TENANT,
      entity: c.entity,
      key: c.key,
      definition_id: c.definitionId,
      action: c.action,
      schema_version: c.schemaVersion,
      definition_version: c.definitionVersion,
      changed_by: c.changedBy,
      changed_by_subject: c.changedBySubject,
      changed_by_staff: c.changedByStaff,
      before: c.before === null ? null : json(c.before),
      after: json(c.after),
    }),

  /** A page of an entity's (or one key's) changes, newest first, after the change `afterSeq`. */
  changes: (entity: string, key: string | null, afterSeq: string | null, limit: number) => {
    let q = db
      .selectFrom('custom_field_changes')
      .select([
        'seq',
        'entity',
        'key',
        'action',
        'schema_version',
        'definition_version',
        'changed_by',
        'changed_by_staff',
        'changed_at',
        'before',
        'after',
      ])
      .where('entity', '=', entity);
    if (key !== null) q = q.where('key', '=', key);
    if (afterSeq !== null) q = q.where('seq', '<', afterSeq);
    return q.orderBy('seq', 'desc').limit(limit);
  },

  staffBySubject: (subject: string) =>
    db.selectFrom('staff').select('id').where('keycloak_subject', '=', subject).limit(1),

  /** Which of `ids` name a record of `table` in the tenant (RLS hides every other tenant's rows). */
  existingIds: (table: string, ids: readonly string[]) =>
    raw(sql<{ id: string }>`select id from ${sql.table(table)} where id = any(${[...ids]}::uuid[])`),

  /** A page of the records holding a value for `key`, in id order after `afterId`. */
  recordsWithValue: (t: RecordTable, key: string, afterId: string | null, limit: number) =>
    raw(
      sql<RecordValueRow>`select id, ${sql.ref(t.labelColumn)}::text as label, custom_fields -> ${key} as value from ${sql.table(t.table)} where custom_fields ? ${key}${afterId === null ? sql`` : sql` and id > ${afterId}::uuid`} order by id limit ${limit}`,
    ),

  /** How many records have no value for `key`, and the first few of them. */
  recordsWithoutValue: (t: RecordTable, key: string, limit: number) =>
    raw(
      sql<
        RecordValueRow & { total: number }
      >`select id, ${sql.ref(t.labelColumn)}::text as label, null as value, count(*) over ()::int as total from ${sql.table(t.table)} where not (custom_fields ? ${key}) order by id limit ${limit}`,
    ),
};

const ID = '00000000-0000-4000-8000-000000000001';
const SPEC: CustomFieldSpec = {
  labelKo: '관심 분야',
  labelEn: 'Interest',
  type: 'SELECT',
  required: false,
  defaultValue: 'welfare',
  rules: {},
  options: [{ value: 'welfare', labelKo: '복지', labelEn: 'Welfare' }],
  helpKo: null,
  helpEn: null,
  position: 10,
  group: null,
  readRoles: [],
  editRoles: ['tenant-admin'],
  personalData: false,
};
const CUSTOMERS: RecordTable = { table: 'customers', labelColumn: 'customer_no' };

export const CUSTOM_FIELD_STATEMENTS: { [K in keyof typeof CustomFieldQueries]: StatementExamples[string] } =
  {
    definitions: CustomFieldQueries.definitions('crm-core.customers'),
    lockDefinition: CustomFieldQueries.lockDefinition('crm-core.customers', 'interest'),
    countDefinitions: CustomFieldQueries.countDefinitions('crm-core.customers'),
    schemaVersions: CustomFieldQueries.schemaVersions(),
    bumpSchemaVersion: CustomFieldQueries.bumpSchemaVersion('crm-core.customers'),
    insertDefinition: CustomFieldQueries.insertDefinition('crm-core.customers', 'interest', SPEC, 'admin'),
    updateDefinition: CustomFieldQueries.updateDefinition(ID, SPEC, false, 'admin'),
    insertChange: CustomFieldQueries.insertChange({
      entity: 'crm-core.customers',
      key: 'interest',
      definitionId: ID,
      action: 'DEFINE',
      schemaVersion: 1,
      definitionVersion: 1,
      changedBy: 'admin',
      changedBySubject: 'subject',
      changedByStaff: ID,
      before: null,
      after: { type: 'SELECT' },
    }),
    changes: {
      entity: CustomFieldQueries.changes('crm-core.customers', null, null, 51),
      'key, after': CustomFieldQueries.changes('crm-core.customers', 'interest', '42', 51),
    },
    staffBySubject: CustomFieldQueries.staffBySubject('subject'),
    existingIds: CustomFieldQueries.existingIds('customers', [ID]),
    recordsWithValue: {
      first: CustomFieldQueries.recordsWithValue(CUSTOMERS, 'interest', null, 1000),
      after: CustomFieldQueries.recordsWithValue(CUSTOMERS, 'interest', ID, 1000),
    },
    recordsWithoutValue: CustomFieldQueries.recordsWithoutValue(CUSTOMERS, 'interest', 20),
  };
