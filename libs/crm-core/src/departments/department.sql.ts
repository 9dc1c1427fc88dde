import { sql, type Generated } from 'kysely';
import { queryBuilder, type StatementExamples } from '@pcrm/tenancy';

/** `departments` as its statements see it. Tenant scoping is RLS's job: no statement names a tenant. */
export interface DepartmentsTable {
  tenant_id: Generated<string>;
  id: Generated<string>;
  code: string;
  name: string;
  parent_id: string | null;
  sort_order: number;
  active: Generated<boolean>;
  custom_fields: Generated<Record<string, unknown>>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

/** The columns of `staff` the department tree counts (staff belongs to its own capability). */
interface StaffMembershipTable {
  department_id: string | null;
  active: boolean;
}

const db = queryBuilder<{ departments: DepartmentsTable; staff: StaffMembershipTable }>();

const COLUMNS = ['id', 'code', 'name', 'parent_id', 'sort_order', 'active', 'custom_fields'] as const;

/**
 * A name as sibling uniqueness compares it: lower case without white space (names are stored NFC). The unique
 * index `departments_sibling_name_key` uses this same expression.
 */
const siblingKey = (name: string) => sql<string>`lower(regexp_replace(${name}::text, '\\s', '', 'g'))`;
const SIBLING_KEY_COLUMN = sql<string>`lower(regexp_replace(name, '\\s', '', 'g'))`;

export interface DepartmentWrite {
  code: string;
  name: string;
  parentId: string | null;
  sortOrder: number;
  /** The custom values to store (checked by the customization library); absent keeps them. */
  customFields?: Record<string, unknown>;
}

const customValues = (d: DepartmentWrite) =>
  d.customFields === undefined
    ? {}
    : { custom_fields: sql<Record<string, unknown>>`${JSON.stringify(d.customFields)}::jsonb` };

/** The whole tree: built once, so `run` compiles it once. */
const LIST = db.selectFrom('departments').select(COLUMNS).orderBy('sort_order').orderBy('code');

/** Every statement of the department tree; `department.queries.sql` holds what each compiles to. */
export const DepartmentQueries = {
  list: () => LIST,

  byIds: (ids: readonly string[]) =>
    db
      .selectFrom('departments')
      .select(COLUMNS)
      .where('id', '=', sql<string>`any(${[...ids]}::uuid[])`),

  byIdForUpdate: (id: string) =>
    db.selectFrom('departments').select(COLUMNS).where('id', '=', id).forUpdate(),

  codeTaken: (code: string, exceptId: string | null) =>
    db
      .selectFrom('departments')
      .select('id')
      .where('code', '=', code)
      .where('id', 'is distinct from', exceptId),

  siblingNameTaken: (parentId: string | null, name: string, exceptId: string | null) =>
    db
      .selectFrom('departments')
      .select('id')
      .where('parent_id', 'is not distinct from', parentId)
      .where(SIBLING_KEY_COLUMN, '=', siblingKey(name))
      .where('id', 'is distinct from', exceptId),

  nextSortOrder: (parentId: string | null) =>
    db
      .selectFrom('departments')
      .select(sql<number>`coalesce(max(sort_order) + 1, 0)`.as('next'))
      .where('parent_id', 'is not distinct from', parentId),

  insert: (d: DepartmentWrite) =>
    db
      .insertInto('departments')
      .values({
        tenant_id: sql<string>`current_setting('app.tenant_id', true)`,
        code: d.code,
        name: d.name,
        parent_id: d.parentId,
        sort_order: d.sortOrder,
        ...customValues(d),
      })
      .returning(COLUMNS),

  update: (id: string, d: DepartmentWrite) =>
    db
      .updateTable('departments')
      .set({
        code: d.code,
        name: d.name,
        parent_id: d.parentId,
        sort_order: d.sortOrder,
        ...customValues(d),
        updated_at: sql<Date>`now()`,
      })
      .where('id', '=', id)
      .returning(COLUMNS),

  setActive: (id: string, active: boolean) =>
    db
      .updateTable('departments')
      .set({ active, updated_at: sql<Date>`now()` })
      .where('id', '=', id)
      .returning(COLUMNS),

  /** Active sub-units directly below `id` (a department with any cannot be deactivated). */
  activeChildren: (id: string) =>
    db.selectFrom('departments').select('id').where('parent_id', '=', id).where('active', '=', true).limit(1),

  /** True when `parentId` is `id` or lies below it: making it the parent of `id` would close a cycle. */
  wouldCycle: (id: string, parentId: string) =>
    db
      .withRecursive('below(id)', (below) =>
        below
          .selectNoFrom(sql<string>`${id}::uuid`.as('id'))
          .union(
            below
              .selectFrom('departments')
              .innerJoin('below', 'below.id', 'departments.parent_id')
              .select('departments.id'),
          ),
      )
      .selectNoFrom((eb) =>
        eb
          .exists(
            eb
              .selectFrom('below')
              .select('id')
              .where('id', '=', sql<string>`${parentId}::uuid`),
          )
          .as('cycle'),
      ),

  staffCounts: (ids: readonly string[]) =>
    db
      .selectFrom('staff')
      .select(['department_id', sql<number>`count(*)::int`.as('n')])
      .where('active', '=', true)
      .where('department_id', '=', sql<string>`any(${[...ids]}::uuid[])`)
      .groupBy('department_id'),

  /**
   * Serializes the tenant's tree writes (create, move, (de)activate) until the transaction ends: two concurrent
   * moves cannot together close a cycle, siblings never get the same sort_order and a parent is never
   * deactivated while a child is created under it.
   */
  lockTree: () =>
    db.selectNoFrom(
      sql<string>`pg_advisory_xact_lock(hashtext('departments:' || current_setting('app.tenant_id', true)))::text`.as(
        'locked',
      ),
    ),
};

const ID = '00000000-0000-4000-8000-000000000001';
const PARENT = '00000000-0000-4000-8000-000000000002';
const WRITE: DepartmentWrite = { code: 'CODE-1', name: '부서명', parentId: PARENT, sortOrder: 3 };

/** One example of each statement (all of them are static but for their bound values). */
export const DEPARTMENT_STATEMENTS: { [K in keyof typeof DepartmentQueries]: StatementExamples[string] } = {
  list: DepartmentQueries.list(),
  byIds: DepartmentQueries.byIds([ID, PARENT]),
  byIdForUpdate: DepartmentQueries.byIdForUpdate(ID),
  codeTaken: DepartmentQueries.codeTaken('CODE-1', ID),
  siblingNameTaken: DepartmentQueries.siblingNameTaken(PARENT, '부서명', ID),
  nextSortOrder: DepartmentQueries.nextSortOrder(PARENT),
  insert: DepartmentQueries.insert({ ...WRITE, customFields: {} }),
  update: {
    'custom values kept': DepartmentQueries.update(ID, WRITE),
    'custom values set': DepartmentQueries.update(ID, { ...WRITE, customFields: { floor: 3 } }),
  },
  setActive: DepartmentQueries.setActive(ID, false),
  activeChildren: DepartmentQueries.activeChildren(ID),
  wouldCycle: DepartmentQueries.wouldCycle(ID, PARENT),
  staffCounts: DepartmentQueries.staffCounts([ID, PARENT]),
  lockTree: DepartmentQueries.lockTree(),
};

/** The tree in display order, as a string for the bench's floor server, which runs the same statement. */
export const DepartmentSql = { list: DepartmentQueries.list().compile().sql };
