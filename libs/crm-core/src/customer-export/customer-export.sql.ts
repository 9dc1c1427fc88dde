import { sql, type ExpressionBuilder, type SqlBool } from 'kysely';
import { queryBuilder, type StatementExamples } from '@pcrm/tenancy';
import {
  EVERY_ACTIVE_CUSTOMER,
  customerSearchStatement,
  type CustomerKey,
  type CustomerSearch,
} from '../customers';

/** The columns of the customers capability's tables an export reads. */
interface CustomersTable {
  id: string;
  customer_no: string;
  party_type: string;
  kind: string;
  name: string;
  birth_date: string | null;
  sex: string | null;
  sido: string | null;
  sigungu: string | null;
  eupmyeondong: string | null;
  road_address: string | null;
  address_detail: string | null;
  postal_code: string | null;
  tags: string[];
  source: string;
  last_contact_at: Date | null;
  created_at: Date;
  custom_fields: Record<string, unknown>;
}

interface PhonesTable {
  customer_id: string;
  kind: string;
  digits: string;
  is_primary: boolean;
  created_at: Date;
}

interface EmailsTable {
  customer_id: string;
  address: string;
  is_primary: boolean;
  created_at: Date;
}

interface AccessLogTable {
  tenant_id: string;
  actor: string;
  actor_subject: string;
  actor_roles: string[];
  purpose: string;
  operation: string;
  entity: string;
  record_id: string;
  fields: string[];
  masked: boolean;
  record_count: number | null;
}

type ExportDatabase = {
  customers: CustomersTable;
  customer_phones: PhonesTable;
  customer_emails: EmailsTable;
  access_log: AccessLogTable;
};
const db = queryBuilder<ExportDatabase>();

/** A customer as an export row needs it: the first mobile, the first landline, the first e-mail. */
export interface ExportCustomerRow extends CustomersTable {
  mobile: string | null;
  phone: string | null;
  email: string | null;
}

export interface ExportAccessEntry {
  actor: string;
  actorSubject: string;
  actorRoles: readonly string[];
  reason: string;
  jobId: string;
  fields: string[];
  masked: boolean;
  records: number;
}

/** The primary (else the oldest) phone of a kind, by an index probe on (tenant, customer). */
type Customer = ExpressionBuilder<ExportDatabase & { c: CustomersTable }, 'c'>;

const firstPhone = (eb: Customer, mobile: boolean) =>
  eb
    .selectFrom('customer_phones as p')
    .select('p.digits')
    .whereRef('p.customer_id', '=', 'c.id')
    .where('p.kind', mobile ? '=' : '<>', 'MOBILE')
    .orderBy('p.is_primary', 'desc')
    .orderBy('p.created_at')
    .limit(1);

export const CustomerExportQueries = {
  /** A page of the customers a list filter selects, in the list's (name, id) order. */
  filterPage: (search: CustomerSearch, after: CustomerKey | null, limit: number) =>
    customerSearchStatement(search, after, limit),

  /** How many customers a list filter selects, counting no further than `cap`. */
  filterCount: (search: CustomerSearch, cap: number) =>
    db
      .selectFrom(customerSearchStatement(search, null, cap).as('hit'))
      .select(sql<number>`count(*)::int`.as('n')),

  /** The export rows of the given customers, in customer-number order. */
  rows: (ids: readonly string[]) =>
    db
      .selectFrom('customers as c')
      .select((eb) => [
        'c.id',
        'c.customer_no',
        'c.party_type',
        'c.kind',
        'c.name',
        sql<string | null>`to_char(c.birth_date, 'YYYY-MM-DD')`.as('birth_date'),
        'c.sex',
        'c.sido',
        'c.sigungu',
        'c.eupmyeondong',
        'c.road_address',
        'c.address_detail',
        'c.postal_code',
        'c.tags',
        'c.source',
        'c.last_contact_at',
        'c.created_at',
        'c.custom_fields',
        firstPhone(eb, true).as('mobile'),
        firstPhone(eb, false).as('phone'),
        eb
          .selectFrom('customer_emails as e')
          .select('e.address')
          .whereRef('e.customer_id', '=', 'c.id')
          .orderBy('e.is_primary', 'desc')
          .orderBy('e.created_at')
          .limit(1)
          .as('email'),
      ])
      .where(sql<SqlBool>`c.id = ANY(${[...ids]}::uuid[])`)
      .orderBy('c.customer_no'),

  /**
   * One access-log entry for the whole export: who, why (the stated reason), which personal fields, masked or
   * not, and how many customers; written in the job's transaction, so it exists exactly when the file does.
   */
  logAccess: (e: ExportAccessEntry) =>
    db.insertInto('access_log').values({
      tenant_id: sql<string>`current_setting('app.tenant_id', true)`,
      actor: e.actor,
      actor_subject: e.actorSubject,
      actor_roles: sql<string[]>`${[...e.actorRoles]}::text[]`,
      purpose: e.reason,
      operation: 'startCustomerExport',
      entity: 'CustomerExport',
      record_id: e.jobId,
      fields: sql<string[]>`${e.fields}::text[]`,
      masked: e.masked,
      record_count: e.records,
    }),
};

const EVERYONE = EVERY_ACTIVE_CUSTOMER;

export const CUSTOMER_EXPORT_STATEMENTS: {
  [K in keyof typeof CustomerExportQueries]: StatementExamples[string];
} = {
  filterPage: {
    'first page': CustomerExportQueries.filterPage({ ...EVERYONE, tags: ['어르신'] }, null, 1000),
    'after a cursor': CustomerExportQueries.filterPage(
      { ...EVERYONE, tags: ['어르신'] },
      { name: '홍길동', id: '00000000-0000-4000-8000-000000000001' },
      1000,
    ),
  },
  filterCount: CustomerExportQueries.filterCount({ ...EVERYONE, sigungu: '연제구' }, 100_001),
  rows: CustomerExportQueries.rows([
    '00000000-0000-4000-8000-000000000001',
    '00000000-0000-4000-8000-000000000002',
  ]),
  logAccess: CustomerExportQueries.logAccess({
    actor: 'manager',
    actorSubject: 'subject',
    actorRoles: ['manager'],
    reason: '어르신 돌봄 안내문 발송 대상 확인',
    jobId: '00000000-0000-4000-8000-000000000003',
    fields: ['name', 'birthDate', 'phones', 'emails', 'address'],
    masked: false,
    records: 2,
  }),
};
