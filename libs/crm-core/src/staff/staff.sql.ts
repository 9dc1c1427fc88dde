import { sql, type Generated, type SelectQueryBuilder } from 'kysely';
import { queryBuilder, type StatementExamples } from '@pcrm/tenancy';

/** `staff` as its statements see it. Tenant scoping is RLS's job: no statement names a tenant. */
export interface StaffTable {
  tenant_id: Generated<string>;
  id: Generated<string>;
  name: string;
  username: string | null;
  keycloak_subject: string | null;
  department_id: string | null;
  position: string | null;
  roles: Generated<string[]>;
  email: string | null;
  phone: string | null;
  active: Generated<boolean>;
  custom_fields: Generated<Record<string, unknown>>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

/** The columns of `departments` the staff filter walks (the tree belongs to the departments capability). */
interface DepartmentTreeTable {
  id: string;
  parent_id: string | null;
}

type StaffDatabase = { staff: StaffTable; departments: DepartmentTreeTable };
const db = queryBuilder<StaffDatabase>();

const COLUMNS = [
  'id',
  'name',
  'username',
  'position',
  'roles',
  'email',
  'phone',
  'keycloak_subject',
  'department_id',
  'custom_fields',
] as const;

export interface StaffFilter {
  departmentId: string | null;
  /** With `departmentId`: its staff and the staff of every department below it. */
  includeSubunits: boolean;
  /** A LIKE pattern (escaped by the caller). */
  namePattern: string | null;
}

/** The keyset of the staff order (name, id): the last row of the previous page. */
export interface StaffKey {
  name: string;
  id: string;
}

/** `departmentId` and every department below it (recursive over parent_id). */
const subunitsOf = (departmentId: string) =>
  db
    .withRecursive('subunits(id)', (tree) =>
      tree
        .selectFrom('departments')
        .select('id')
        .where('id', '=', departmentId)
        .unionAll(
          tree
            .selectFrom('departments')
            .innerJoin('subunits', 'subunits.id', 'departments.parent_id')
            .select('departments.id'),
        ),
    )
    .selectFrom('subunits')
    .select('id');

function filtered<O>(
  query: SelectQueryBuilder<StaffDatabase, 'staff', O>,
  f: StaffFilter,
): SelectQueryBuilder<StaffDatabase, 'staff', O> {
  let q = query.where('active', '=', true);
  if (f.departmentId) {
    q = f.includeSubunits
      ? q.where('department_id', 'in', subunitsOf(f.departmentId))
      : q.where('department_id', '=', f.departmentId);
  }
  if (f.namePattern !== null) q = q.where('name', 'like', f.namePattern);
  return q;
}

/** Every statement of staff; `staff.queries.sql` holds what each compiles to, in each of its shapes. */
export const StaffQueries = {
  /** A keyset page ordered by (name, id); `limit` is the page size + 1 (to tell whether more follow). */
  page: (f: StaffFilter, after: StaffKey | null, limit: number) => {
    let q = filtered(db.selectFrom('staff').select(COLUMNS), f);
    if (after) q = q.where((eb) => eb(eb.refTuple('name', 'id'), '>', eb.tuple(after.name, after.id)));
    return q.orderBy('name').orderBy('id').limit(limit);
  },

  count: (f: StaffFilter) => filtered(db.selectFrom('staff').select(sql<number>`count(*)::int`.as('n')), f),

  /** One staff member, locked for a write of their custom values. */
  byIdForUpdate: (id: string) => db.selectFrom('staff').select(COLUMNS).where('id', '=', id).forUpdate(),

  setCustomFields: (id: string, values: Record<string, unknown>) =>
    db
      .updateTable('staff')
      .set({
        custom_fields: sql<Record<string, unknown>>`${JSON.stringify(values)}::jsonb`,
        updated_at: sql`now()`,
      })
      .where('id', '=', id)
      .returning(COLUMNS),
};

const DEPARTMENT = '00000000-0000-4000-8000-000000000001';
const KEY: StaffKey = { name: '홍길동', id: '00000000-0000-4000-8000-000000000002' };

/** Each filter shape: no department, one department, a department with its sub-units; with and without a name. */
const FILTERS: Record<string, StaffFilter> = Object.fromEntries(
  (
    [
      ['all', null, false],
      ['department', DEPARTMENT, false],
      ['department and sub-units', DEPARTMENT, true],
    ] as const
  ).flatMap(([label, departmentId, includeSubunits]) => [
    [label, { departmentId, includeSubunits, namePattern: null }],
    [`${label}, name`, { departmentId, includeSubunits, namePattern: '%홍%' }],
  ]),
);

const shapes = <T>(make: (f: StaffFilter, label: string) => [string, T][]) =>
  Object.fromEntries(Object.entries(FILTERS).flatMap(([label, f]) => make(f, label)));

export const STAFF_STATEMENTS: { [K in keyof typeof StaffQueries]: StatementExamples[string] } = {
  page: shapes((f, label) => [
    [`${label}, first page`, StaffQueries.page(f, null, 51)],
    [`${label}, after a cursor`, StaffQueries.page(f, KEY, 51)],
  ]),
  count: shapes((f, label) => [[label, StaffQueries.count(f)]]),
  byIdForUpdate: { one: StaffQueries.byIdForUpdate(KEY.id) },
  setCustomFields: { values: StaffQueries.setCustomFields(KEY.id, { grade: 'A' }) },
};
