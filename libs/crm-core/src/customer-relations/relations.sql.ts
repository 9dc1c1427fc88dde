import { sql, type Generated } from 'kysely';
import { queryBuilder, type StatementExamples } from '@pcrm/tenancy';
import { SUMMARY_COLUMNS, type CustomerSummaryRow, type CustomersTable } from '../customers';

/** `customer_relations` as its statements see it. Tenant scoping is RLS's job: no statement names a tenant. */
interface RelationsTable {
  tenant_id: string;
  id: Generated<string>;
  customer_id: string;
  related_customer_id: string;
  kind: string;
  note: string | null;
  created_by: string;
  created_at: Generated<Date>;
}

type RelationsDatabase = { customer_relations: RelationsTable; customers: CustomersTable };
const db = queryBuilder<RelationsDatabase>();

const TENANT = sql<string>`current_setting('app.tenant_id', true)`;

/** A relation as seen from one customer, with the other customer's list columns. */
export interface RelationRow extends CustomerSummaryRow {
  relation_id: string;
  relation_kind: string;
  direction: 'OUTGOING' | 'INCOMING';
  note: string | null;
  created_by: string;
  created_at: Date;
}

export interface RelationWrite {
  customerId: string;
  relatedCustomerId: string;
  kind: string;
  note: string | null;
  createdBy: string;
}

const RELATION_COLUMNS = [
  'customer_relations.id as relation_id',
  'customer_relations.kind as relation_kind',
  'customer_relations.note',
  'customer_relations.created_by',
  'customer_relations.created_at',
] as const;

/** The relations where the customer is at `end`, joined to the customer at the other end. */
const seenFrom = (customerId: string, direction: 'OUTGOING' | 'INCOMING') => {
  const [own, other] =
    direction === 'OUTGOING'
      ? (['customer_relations.customer_id', 'customer_relations.related_customer_id'] as const)
      : (['customer_relations.related_customer_id', 'customer_relations.customer_id'] as const);
  return db
    .selectFrom('customer_relations')
    .innerJoin('customers', (j) =>
      j.onRef('customers.tenant_id', '=', 'customer_relations.tenant_id').onRef('customers.id', '=', other),
    )
    .select([
      ...RELATION_COLUMNS,
      sql<'OUTGOING' | 'INCOMING'>`${direction}::text`.as('direction'),
      ...SUMMARY_COLUMNS,
    ])
    .where(own, '=', customerId);
};

/** Every statement of relations; `relations.queries.sql` holds what each compiles to. */
export const RelationQueries = {
  /** Both ends of the customer's relations, by kind, oldest first. */
  ofCustomer: (customerId: string) =>
    seenFrom(customerId, 'OUTGOING')
      .unionAll(seenFrom(customerId, 'INCOMING'))
      .orderBy('relation_kind')
      .orderBy('created_at')
      .orderBy('relation_id'),

  /**
   * Locks both customers (in id order, so two writers on the same pair cannot deadlock) until the
   * transaction ends: two staff adding the same pair in opposite directions do so one after the other.
   */
  lockPair: (a: string, b: string) =>
    db.selectFrom('customers').select('id').where('id', 'in', [a, b]).orderBy('id').forNoKeyUpdate(),

  /** The same kind between the pair in either direction (family is one relation, whichever way recorded). */
  betweenEitherWay: (a: string, b: string, kind: string) =>
    db
      .selectFrom('customer_relations')
      .select('id')
      .where('kind', '=', kind)
      .where((eb) =>
        eb.or([
          eb.and([eb('customer_id', '=', a), eb('related_customer_id', '=', b)]),
          eb.and([eb('customer_id', '=', b), eb('related_customer_id', '=', a)]),
        ]),
      ),

  /** Nothing when the pair already has this relation in this direction. */
  insert: (r: RelationWrite) =>
    db
      .insertInto('customer_relations')
      .values({
        tenant_id: TENANT,
        customer_id: r.customerId,
        related_customer_id: r.relatedCustomerId,
        kind: r.kind,
        note: r.note,
        created_by: r.createdBy,
      })
      .onConflict((oc) => oc.columns(['tenant_id', 'customer_id', 'related_customer_id', 'kind']).doNothing())
      .returning(['id', 'created_by', 'created_at']),

  delete: (id: string) =>
    db
      .deleteFrom('customer_relations')
      .where('id', '=', id)
      .returning(['id', 'customer_id', 'related_customer_id', 'kind']),

  /**
   * The other active customers of the customer's household (same household key), by name; `limit` caps a
   * large one. Keyed by the customer's id: the key itself holds the address and is masked for most roles.
   */
  household: (customerId: string, limit: number) =>
    db
      .selectFrom('customers')
      .select(SUMMARY_COLUMNS)
      .where('customers.household_key', '=', (eb) =>
        eb.selectFrom('customers as own').select('own.household_key').where('own.id', '=', customerId),
      )
      .where('customers.id', '<>', customerId)
      .where('customers.status', '=', 'ACTIVE')
      .orderBy('customers.name')
      .orderBy('customers.id')
      .limit(limit),
};

// ---- examples of every shape, for the snapshot ---------------------------------------------------------

const ID = '00000000-0000-4000-8000-000000000001';
const OTHER = '00000000-0000-4000-8000-000000000002';

export const RELATION_STATEMENTS: { [K in keyof typeof RelationQueries]: StatementExamples[string] } = {
  ofCustomer: { one: RelationQueries.ofCustomer(ID) },
  lockPair: { one: RelationQueries.lockPair(ID, OTHER) },
  betweenEitherWay: { one: RelationQueries.betweenEitherWay(ID, OTHER, 'FAMILY') },
  insert: {
    one: RelationQueries.insert({
      customerId: ID,
      relatedCustomerId: OTHER,
      kind: 'REPRESENTATIVE',
      note: '2026년 정기총회에서 선임',
      createdBy: '김민원',
    }),
  },
  delete: { one: RelationQueries.delete(ID) },
  household: { one: RelationQueries.household(ID, 50) },
};
