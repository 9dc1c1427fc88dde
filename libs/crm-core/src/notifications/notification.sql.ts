import { sql, type Generated } from 'kysely';
import { queryBuilder, type StatementExamples } from '@pcrm/tenancy';

/** Tenant scoping is RLS's job: no statement names a tenant. */
export interface NotificationTemplatesTable {
  tenant_id: Generated<string>;
  template_key: string;
  channel: string;
  subject: string | null;
  body: string;
  updated_at: Generated<Date>;
  updated_by: string;
}

export interface NotificationSettingsTable {
  tenant_id: Generated<string>;
  sms_sender: string;
  email_from: string;
  updated_at: Generated<Date>;
  updated_by: string;
}

export interface NotificationOutboxTable {
  tenant_id: Generated<string>;
  id: Generated<string>;
  subject_type: string;
  subject_id: string;
  customer_id: string | null;
  purpose: string;
  channel: string;
  sms_kind: string | null;
  recipient: string;
  template_key: string;
  title: string | null;
  body: string;
  state: string;
  skip_reason: string | null;
  attempts: Generated<number>;
  next_attempt_at: Generated<Date>;
  locked_until: Date | null;
  last_error: string | null;
  last_error_en: string | null;
  sent_at: Date | null;
  created_at: Generated<Date>;
}

/** The columns of `customer_consents` the outbox reads (consents belong to their own capability). */
interface ConsentsTable {
  customer_id: string;
  purpose: string;
  withdrawn_at: Date | null;
}

/** The columns of `voc_items` and `departments` a resident's notice is filled from (petitions own them). */
interface VocContactTable {
  id: string;
  receipt_no: string;
  customer_id: string | null;
  contact_phone: string | null;
  contact_email: string | null;
  reply_channel: string;
  status: string;
  department_id: string | null;
  due_at: Date;
  extension_reason: string | null;
  answer: string | null;
  outcome_reason: string | null;
  transfer_agency: string | null;
}
interface DepartmentNameTable {
  id: string;
  name: string;
}

const db = queryBuilder<{
  voc_items: VocContactTable;
  departments: DepartmentNameTable;
  notification_templates: NotificationTemplatesTable;
  notification_settings: NotificationSettingsTable;
  notification_outbox: NotificationOutboxTable;
  customer_consents: ConsentsTable;
}>();

const TENANT = sql<string>`current_setting('app.tenant_id', true)`;
const ACTOR = sql<string>`current_setting('app.actor', true)`;

const TEMPLATE_COLUMNS = ['template_key', 'channel', 'subject', 'body', 'updated_at', 'updated_by'] as const;
const DELIVERY_COLUMNS = [
  'id',
  'channel',
  'sms_kind',
  'recipient',
  'template_key',
  'purpose',
  'state',
  'skip_reason',
  'attempts',
  'last_error',
  'last_error_en',
  'sent_at',
  'created_at',
] as const;
const SEND_COLUMNS = ['id', 'channel', 'sms_kind', 'recipient', 'title', 'body', 'attempts'] as const;

export interface OutboxInsert {
  subjectType: string;
  subjectId: string;
  customerId: string | null;
  purpose: string;
  channel: string;
  smsKind: string | null;
  recipient: string;
  templateKey: string;
  title: string | null;
  body: string;
  state: 'PENDING' | 'SKIPPED';
  skipReason: string | null;
}

export interface TemplateWrite {
  key: string;
  channel: string;
  subject: string | null;
  body: string;
}

/** A send attempt's outcome, written in its own short transaction after the network call. */
export interface AttemptFailure {
  id: string;
  error: string;
  errorEn: string;
  /** No retry can help (the gateway refused the number, say): FAILED at once. */
  permanent: boolean;
}

/** Every statement of notifications; `notifications.queries.sql` holds what each compiles to. */
export const NotificationQueries = {
  templates: () => db.selectFrom('notification_templates').select(TEMPLATE_COLUMNS),

  template: (key: string, channel: string) =>
    db
      .selectFrom('notification_templates')
      .select(TEMPLATE_COLUMNS)
      .where('template_key', '=', key)
      .where('channel', '=', channel),

  templateForUpdate: (key: string, channel: string) => NotificationQueries.template(key, channel).forUpdate(),

  upsertTemplate: (t: TemplateWrite) =>
    db
      .insertInto('notification_templates')
      .values({
        tenant_id: TENANT,
        template_key: t.key,
        channel: t.channel,
        subject: t.subject,
        body: t.body,
        updated_by: ACTOR,
      })
      .onConflict((oc) =>
        oc.columns(['tenant_id', 'template_key', 'channel']).doUpdateSet({
          subject: t.subject,
          body: t.body,
          updated_at: sql<Date>`now()`,
          updated_by: ACTOR,
        }),
      )
      .returning(TEMPLATE_COLUMNS),

  settings: () => db.selectFrom('notification_settings').select(['sms_sender', 'email_from']),

  upsertSettings: (smsSender: string, emailFrom: string) =>
    db
      .insertInto('notification_settings')
      .values({ tenant_id: TENANT, sms_sender: smsSender, email_from: emailFrom, updated_by: ACTOR })
      .onConflict((oc) =>
        oc.column('tenant_id').doUpdateSet({
          sms_sender: smsSender,
          email_from: emailFrom,
          updated_at: sql<Date>`now()`,
          updated_by: ACTOR,
        }),
      )
      .returning(['sms_sender', 'email_from']),

  /** The customer's consent to `purpose` that is in force (granted and not withdrawn). */
  activeConsent: (customerId: string, purpose: string) =>
    db
      .selectFrom('customer_consents')
      .select(sql<number>`1`.as('found'))
      .where('customer_id', '=', customerId)
      .where('purpose', '=', purpose)
      .where('withdrawn_at', 'is', null)
      .limit(1),

  /** A case as its resident's notices need it: the reply channel and contact, and what to tell. */
  petition: (vocId: string) =>
    db
      .selectFrom('voc_items as v')
      .leftJoin('departments as d', 'd.id', 'v.department_id')
      .select([
        'v.id',
        'v.receipt_no',
        'v.customer_id',
        'v.contact_phone',
        'v.contact_email',
        'v.reply_channel',
        'v.status',
        'v.due_at',
        'v.extension_reason',
        'v.answer',
        'v.outcome_reason',
        'v.transfer_agency',
        'd.name as department_name',
      ])
      .where('v.id', '=', vocId),

  insert: (m: OutboxInsert) =>
    db
      .insertInto('notification_outbox')
      .values({
        tenant_id: TENANT,
        subject_type: m.subjectType,
        subject_id: m.subjectId,
        customer_id: m.customerId,
        purpose: m.purpose,
        channel: m.channel,
        sms_kind: m.smsKind,
        recipient: m.recipient,
        template_key: m.templateKey,
        title: m.title,
        body: m.body,
        state: m.state,
        skip_reason: m.skipReason,
      })
      .returning(['id', 'state']),

  bySubject: (subjectType: string, subjectId: string) =>
    db
      .selectFrom('notification_outbox')
      .select(DELIVERY_COLUMNS)
      .where('subject_type', '=', subjectType)
      .where('subject_id', '=', subjectId)
      .orderBy('created_at')
      .orderBy('id')
      .limit(500),

  /**
   * Claims up to `limit` due messages for one send attempt: a PENDING one whose retry time has come, or a
   * SENDING one whose lease ran out (its sender died between claim and mark). Rows another dispatcher holds
   * are skipped, not waited for; the lease is committed before any network call.
   */
  claim: (limit: number, leaseSeconds: number, maxAttempts: number) =>
    db
      .updateTable('notification_outbox')
      .set({
        state: 'SENDING',
        attempts: sql<number>`attempts + 1`,
        locked_until: sql<Date>`now() + make_interval(secs => ${leaseSeconds})`,
      })
      .where('id', 'in', (eb) =>
        eb
          .selectFrom('notification_outbox')
          .select('id')
          .where('state', 'in', ['PENDING', 'SENDING'])
          .where('next_attempt_at', '<=', sql<Date>`now()`)
          .where((w) => w.or([w('locked_until', 'is', null), w('locked_until', '<', sql<Date>`now()`)]))
          .where('attempts', '<', maxAttempts)
          .orderBy('next_attempt_at')
          .limit(limit)
          .forUpdate()
          .skipLocked(),
      )
      .returning(SEND_COLUMNS),

  /** A message whose sender died during its last allowed attempt: no attempt is left to resolve it. */
  abandonExhausted: (maxAttempts: number, error: string, errorEn: string) =>
    db
      .updateTable('notification_outbox')
      .set({ state: 'FAILED', locked_until: null, last_error: error, last_error_en: errorEn })
      .where('state', '=', 'SENDING')
      .where('locked_until', '<', sql<Date>`now()`)
      .where('attempts', '>=', maxAttempts),

  markSent: (id: string) =>
    db
      .updateTable('notification_outbox')
      .set({ state: 'SENT', sent_at: sql<Date>`now()`, locked_until: null })
      .where('id', '=', id)
      .where('state', '=', 'SENDING'),

  /** PENDING again after a backoff of `retrySeconds · 2^(attempts-1)`, or FAILED once attempts are used up. */
  markFailed: (f: AttemptFailure, maxAttempts: number, retrySeconds: number) =>
    db
      .updateTable('notification_outbox')
      .set({
        state: sql<string>`CASE WHEN ${f.permanent} OR attempts >= ${maxAttempts} THEN 'FAILED' ELSE 'PENDING' END`,
        next_attempt_at: sql<Date>`now() + make_interval(secs => ${retrySeconds} * power(2, attempts - 1))`,
        locked_until: null,
        last_error: f.error,
        last_error_en: f.errorEn,
      })
      .where('id', '=', f.id)
      .where('state', '=', 'SENDING'),
};

const ID = '00000000-0000-4000-8000-000000000001';
const INSERT: OutboxInsert = {
  subjectType: 'voc',
  subjectId: 'BUSAN-2026-000123',
  customerId: ID,
  purpose: 'ADMIN_NOTICE',
  channel: 'SMS',
  smsKind: 'SMS',
  recipient: '01012345678',
  templateKey: 'voc.received',
  title: null,
  body: '본문',
  state: 'PENDING',
  skipReason: null,
};

export const NOTIFICATION_STATEMENTS: {
  [K in keyof typeof NotificationQueries]: StatementExamples[string];
} = {
  templates: NotificationQueries.templates(),
  template: NotificationQueries.template('voc.received', 'SMS'),
  templateForUpdate: NotificationQueries.templateForUpdate('voc.received', 'SMS'),
  upsertTemplate: NotificationQueries.upsertTemplate({
    key: 'voc.received',
    channel: 'EMAIL',
    subject: '제목',
    body: '본문',
  }),
  settings: NotificationQueries.settings(),
  upsertSettings: NotificationQueries.upsertSettings('0511200000', 'noreply@busan.example.go.kr'),
  activeConsent: NotificationQueries.activeConsent(ID, 'SATISFACTION_SURVEY'),
  petition: NotificationQueries.petition(ID),
  insert: NotificationQueries.insert(INSERT),
  bySubject: NotificationQueries.bySubject('voc', 'BUSAN-2026-000123'),
  claim: NotificationQueries.claim(10, 60, 5),
  abandonExhausted: NotificationQueries.abandonExhausted(5, '오류', 'error'),
  markSent: NotificationQueries.markSent(ID),
  markFailed: NotificationQueries.markFailed(
    { id: ID, error: '오류', errorEn: 'error', permanent: false },
    5,
    30,
  ),
};
