import { sql, type Generated, type Selectable } from 'kysely';
import { queryBuilder, type StatementExamples } from '@pcrm/tenancy';

/** `customer_consents` as its statements see it. Tenant scoping is RLS's job: no statement names a tenant. */
interface ConsentsTable {
  tenant_id: string;
  id: Generated<string>;
  customer_id: string;
  purpose: string;
  granted_at: Date;
  channel: string;
  evidence: string;
  recorded_by: string;
  withdrawn_at: Date | null;
  withdrawn_by: string | null;
  withdrawal_channel: string | null;
  created_at: Generated<Date>;
}

const db = queryBuilder<{ customer_consents: ConsentsTable }>();

const TENANT = sql<string>`current_setting('app.tenant_id', true)`;

const COLUMNS = [
  'id',
  'customer_id',
  'purpose',
  'granted_at',
  'channel',
  'evidence',
  'recorded_by',
  'withdrawn_at',
  'withdrawn_by',
  'withdrawal_channel',
] as const;

/** A consent as its statements return it. */
export type ConsentRow = Pick<Selectable<ConsentsTable>, (typeof COLUMNS)[number]>;

export interface ConsentWrite {
  customerId: string;
  purpose: string;
  grantedAt: Date;
  channel: string;
  evidence: string;
  recordedBy: string;
}

export interface Withdrawal {
  at: Date;
  by: string;
  channel: string;
}

/** Every statement of consents; `consents.queries.sql` holds what each compiles to. */
export const ConsentQueries = {
  /** A customer's consents: active first, then by purpose, newest grant first. */
  ofCustomer: (customerId: string) =>
    db
      .selectFrom('customer_consents')
      .select(COLUMNS)
      .where('customer_id', '=', customerId)
      .orderBy(sql`withdrawn_at IS NULL`, 'desc')
      .orderBy('purpose')
      .orderBy('granted_at', 'desc')
      .orderBy('id'),

  byId: (id: string) => db.selectFrom('customer_consents').select(COLUMNS).where('id', '=', id),

  /** Nothing when the customer already has an active consent for the purpose (one active per purpose). */
  grant: (c: ConsentWrite) =>
    db
      .insertInto('customer_consents')
      .values({
        tenant_id: TENANT,
        customer_id: c.customerId,
        purpose: c.purpose,
        granted_at: c.grantedAt,
        channel: c.channel,
        evidence: c.evidence,
        recorded_by: c.recordedBy,
      })
      .onConflict((oc) =>
        oc.columns(['tenant_id', 'customer_id', 'purpose']).where('withdrawn_at', 'is', null).doNothing(),
      )
      .returning(COLUMNS),

  /** Withdraws an active consent, at or after its grant; nothing when already withdrawn. */
  withdraw: (id: string, w: Withdrawal) =>
    db
      .updateTable('customer_consents')
      .set({ withdrawn_at: w.at, withdrawn_by: w.by, withdrawal_channel: w.channel })
      .where('id', '=', id)
      .where('withdrawn_at', 'is', null)
      .where('granted_at', '<=', w.at)
      .returning(COLUMNS),
};

// ---- examples of every shape, for the snapshot ---------------------------------------------------------

const ID = '00000000-0000-4000-8000-000000000001';
const AT = new Date('2026-11-20T09:30:00.000Z');

export const CONSENT_STATEMENTS: { [K in keyof typeof ConsentQueries]: StatementExamples[string] } = {
  ofCustomer: { one: ConsentQueries.ofCustomer(ID) },
  byId: { one: ConsentQueries.byId(ID) },
  grant: {
    one: ConsentQueries.grant({
      customerId: ID,
      purpose: 'PROMOTION',
      grantedAt: AT,
      channel: 'VISIT',
      evidence: '서면 동의서 2026-0113',
      recordedBy: '김민원',
    }),
  },
  withdraw: { one: ConsentQueries.withdraw(ID, { at: AT, by: '김민원', channel: 'PHONE' }) },
};
