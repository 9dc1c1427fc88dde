import { sql, type Generated } from 'kysely';
import { queryBuilder, type StatementExamples } from '@pcrm/tenancy';
import type { CustomersTable } from '../customers';

/** `contact_history` as its statements see it. Tenant scoping is RLS's job: no statement names a tenant. */
interface ContactHistoryTable {
  tenant_id: string;
  id: Generated<string>;
  customer_id: string;
  channel: string;
  direction: string;
  occurred_at: Date;
  staff_id: string | null;
  department_id: string | null;
  summary: string;
  subject_type: string | null;
  subject_id: string | null;
  origin_customer_id: string;
  created_by: string;
  created_at: Generated<Date>;
}

interface StaffTable {
  tenant_id: string;
  id: string;
  name: string;
  keycloak_subject: string | null;
  department_id: string | null;
  active: boolean;
}

interface DepartmentsTable {
  tenant_id: string;
  id: string;
  name: string;
}

type ContactsDatabase = {
  contact_history: ContactHistoryTable;
  staff: StaffTable;
  departments: DepartmentsTable;
  customers: CustomersTable;
};
const db = queryBuilder<ContactsDatabase>();

const TENANT = sql<string>`current_setting('app.tenant_id', true)`;

/**
 * The keyset of the timeline order (occurred_at DESC, id DESC). The time travels as text with microseconds
 * (a JavaScript Date keeps milliseconds only, which would skip or repeat rows at the page edge).
 */
export interface ContactKey {
  occurredAt: string;
  id: string;
}

/** A timeline row: the contact with its staff and department names. */
export interface ContactRow {
  id: string;
  customer_id: string;
  channel: string;
  direction: string;
  occurred_at: Date;
  occurred_key: string;
  staff_id: string | null;
  staff_name: string | null;
  department_id: string | null;
  department_name: string | null;
  summary: string;
  subject_type: string | null;
  subject_id: string | null;
  origin_customer_id: string;
  created_by: string;
  created_at: Date;
}

export interface ContactWrite {
  customerId: string;
  channel: string;
  direction: string;
  occurredAt: Date;
  staffId: string | null;
  departmentId: string | null;
  summary: string;
  subjectType: string | null;
  subjectId: string | null;
  createdBy: string;
}

const timelineRows = () =>
  db
    .selectFrom('contact_history as h')
    .leftJoin('staff as s', (j) =>
      j.onRef('s.tenant_id', '=', 'h.tenant_id').onRef('s.id', '=', 'h.staff_id'),
    )
    .leftJoin('departments as d', (j) =>
      j.onRef('d.tenant_id', '=', 'h.tenant_id').onRef('d.id', '=', 'h.department_id'),
    )
    .select([
      'h.id',
      'h.customer_id',
      'h.channel',
      'h.direction',
      'h.occurred_at',
      sql<string>`to_char(h.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`.as(
        'occurred_key',
      ),
      'h.staff_id',
      's.name as staff_name',
      'h.department_id',
      'd.name as department_name',
      'h.summary',
      'h.subject_type',
      'h.subject_id',
      'h.origin_customer_id',
      'h.created_by',
      'h.created_at',
    ]);

/** Every statement of contact history; `contacts.queries.sql` holds what each compiles to. */
export const ContactQueries = {
  /** One page of a customer's timeline, newest first across channels; `limit` is the page size + 1. */
  timeline: (customerId: string, after: ContactKey | null, limit: number) => {
    let q = timelineRows().where('h.customer_id', '=', customerId);
    if (after)
      q = q.where((eb) =>
        eb(
          eb.refTuple('h.occurred_at', 'h.id'),
          '<',
          eb.tuple(sql<Date>`${after.occurredAt}::timestamptz`, sql<string>`${after.id}::uuid`),
        ),
      );
    return q.orderBy('h.occurred_at', 'desc').orderBy('h.id', 'desc').limit(limit);
  },

  count: (customerId: string) =>
    db
      .selectFrom('contact_history')
      .select(sql<number>`count(*)::int`.as('n'))
      .where('customer_id', '=', customerId),

  byId: (id: string) => timelineRows().where('h.id', '=', id),

  /** The caller's own staff record (by the identity provider's subject) and its department. */
  staffBySubject: (subject: string) =>
    db
      .selectFrom('staff')
      .select(['id', 'department_id'])
      .where('keycloak_subject', '=', subject)
      .where('active', '=', true),

  staffById: (id: string) => db.selectFrom('staff').select(['id', 'department_id']).where('id', '=', id),

  departmentById: (id: string) => db.selectFrom('departments').select('id').where('id', '=', id),

  insert: (c: ContactWrite) =>
    db
      .insertInto('contact_history')
      .values({
        tenant_id: TENANT,
        customer_id: c.customerId,
        channel: c.channel,
        direction: c.direction,
        occurred_at: c.occurredAt,
        staff_id: c.staffId,
        department_id: c.departmentId,
        summary: c.summary,
        subject_type: c.subjectType,
        subject_id: c.subjectId,
        origin_customer_id: c.customerId,
        created_by: c.createdBy,
      })
      .returning('id'),

  /** The customer's last contact moves forward only (a contact recorded late does not move it back). */
  touchCustomer: (customerId: string, occurredAt: Date) =>
    db
      .updateTable('customers')
      .set({ last_contact_at: sql<Date>`GREATEST(last_contact_at, ${occurredAt}::timestamptz)` })
      .where('id', '=', customerId),
};

// ---- examples of every shape, for the snapshot ---------------------------------------------------------

const ID = '00000000-0000-4000-8000-000000000001';
const KEY: ContactKey = {
  occurredAt: '2026-11-20T09:30:00.123456Z',
  id: '00000000-0000-4000-8000-000000000002',
};
const AT = new Date('2026-11-20T09:30:00.000Z');

export const CONTACT_STATEMENTS: { [K in keyof typeof ContactQueries]: StatementExamples[string] } = {
  timeline: {
    'first page': ContactQueries.timeline(ID, null, 21),
    'after a cursor': ContactQueries.timeline(ID, KEY, 21),
  },
  count: { one: ContactQueries.count(ID) },
  byId: { one: ContactQueries.byId(ID) },
  staffBySubject: { one: ContactQueries.staffBySubject('f3a1c2d4-subject') },
  staffById: { one: ContactQueries.staffById(ID) },
  departmentById: { one: ContactQueries.departmentById(ID) },
  insert: {
    one: ContactQueries.insert({
      customerId: ID,
      channel: 'PHONE',
      direction: 'INBOUND',
      occurredAt: AT,
      staffId: KEY.id,
      departmentId: ID,
      summary: '주차 민원 문의',
      subjectType: 'petition',
      subjectId: '2026-000123',
      createdBy: '김민원',
    }),
  },
  touchCustomer: { one: ContactQueries.touchCustomer(ID, AT) },
};
