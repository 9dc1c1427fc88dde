import { sql, type Expression, type ExpressionBuilder, type Generated, type SqlBool } from 'kysely';
import { queryBuilder, type StatementExamples } from '@pcrm/tenancy';

/** The VOC tables as the petitions statements see them. Tenant scoping is RLS's job: no statement names a tenant. */
interface VocItemsTable {
  tenant_id: string;
  id: Generated<string>;
  receipt_year: number;
  receipt_seq: number;
  receipt_no: string;
  parent_id: string | null;
  source: string;
  channel: string;
  kind: string;
  period_variant: string;
  handling_class: string;
  category_code: string;
  title: string;
  body: string;
  location_address: string | null;
  latitude: number | null;
  longitude: number | null;
  customer_id: string | null;
  contact_name: string | null;
  contact_phone: string | null;
  contact_email: string | null;
  reply_channel: string;
  contact_history_id: string | null;
  status: string;
  workflow_key: string;
  workflow_version: number;
  department_id: string | null;
  officer_id: string | null;
  received_at: Date;
  period_value: number;
  period_unit: string;
  due_at: Date;
  target_due_at: Date;
  extended: Generated<boolean>;
  client_key: string | null;
  closed_at: Date | null;
  created_by: string;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  version: Generated<number>;
  custom_fields: Generated<Record<string, unknown>>;
}

interface VocTransitionsTable {
  tenant_id: string;
  id: Generated<string>;
  voc_id: string;
  seq: number;
  event: string;
  from_status: string | null;
  to_status: string;
  actor: string;
  actor_staff_id: string | null;
  comment: string | null;
  data: Record<string, unknown>;
  occurred_at: Date;
}

interface VocCategoriesTable {
  tenant_id: string;
  code: string;
  name_ko: string;
  name_en: string;
  parent_code: string | null;
  keywords: string[];
  sort_order: number;
  active: Generated<boolean>;
  updated_at: Generated<Date>;
}

interface VocPeriodsTable {
  tenant_id: string;
  kind: string;
  category_code: string;
  variant: string;
  period_value: number;
  period_unit: string;
  label_ko: string;
  basis: string | null;
  updated_at: Generated<Date>;
}

interface VocSettingsTable {
  tenant_id: string;
  target_share: string;
  routing_seeded_at: Date | null;
}

interface VocWorkflowsTable {
  tenant_id: string;
  key: string;
  version: number;
  standard_version: number;
  definition: string;
  created_by: string;
}

interface VocReceiptCountersTable {
  tenant_id: string;
  year: number;
  next_seq: number;
}

interface VocRoutingRulesTable {
  tenant_id: string;
  id: Generated<string>;
  category_code: string | null;
  keywords: string[];
  department_id: string;
  priority: Generated<number>;
  active: Generated<boolean>;
  created_by: string;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

interface DepartmentsTable {
  id: string;
  name: string;
  parent_id: string | null;
  sort_order: number;
  active: boolean;
}

interface ContactHistoryTable {
  id: string;
  customer_id: string;
}

interface StaffTable {
  id: string;
  name: string;
  keycloak_subject: string | null;
  department_id: string | null;
  active: boolean;
}

type VocDatabase = {
  voc_items: VocItemsTable;
  voc_transitions: VocTransitionsTable;
  voc_categories: VocCategoriesTable;
  voc_periods: VocPeriodsTable;
  voc_settings: VocSettingsTable;
  voc_workflows: VocWorkflowsTable;
  voc_receipt_counters: VocReceiptCountersTable;
  voc_routing_rules: VocRoutingRulesTable;
  departments: DepartmentsTable;
  staff: StaffTable;
  contact_history: ContactHistoryTable;
};
const db = queryBuilder<VocDatabase>();

const TENANT = sql<string>`current_setting('app.tenant_id', true)`;

export interface CategoryRow {
  code: string;
  name_ko: string;
  name_en: string;
  parent_code: string | null;
  keywords: string[];
  sort_order: number;
  active: boolean;
}

export interface CategoryWrite {
  code: string;
  nameKo: string;
  nameEn: string;
  parentCode: string | null;
  keywords: readonly string[];
  active: boolean;
}

export interface PeriodRow {
  kind: string;
  category_code: string;
  variant: string;
  period_value: number;
  period_unit: string;
  label_ko: string;
  basis: string | null;
}

/** A case as reads show it: the row with its category, department and officer names. */
export interface VocRow {
  id: string;
  receipt_no: string;
  parent_id: string | null;
  source: string;
  channel: string;
  kind: string;
  period_variant: string;
  handling_class: string;
  category_code: string;
  category_name: string;
  title: string;
  body: string;
  location_address: string | null;
  latitude: string | null;
  longitude: string | null;
  customer_id: string | null;
  contact_name: string | null;
  contact_phone: string | null;
  contact_email: string | null;
  reply_channel: string;
  contact_history_id: string | null;
  status: string;
  workflow_key: string;
  workflow_version: number;
  department_id: string | null;
  department_name: string | null;
  officer_id: string | null;
  officer_name: string | null;
  received_at: Date;
  period_value: number;
  period_unit: string;
  due_at: Date;
  due_key: string;
  target_due_at: Date;
  extended: boolean;
  closed_at: Date | null;
  created_by: string;
  created_at: Date;
  updated_at: Date;
  version: number;
  custom_fields: Record<string, unknown>;
}

export interface TransitionRow {
  seq: number;
  event: string;
  from_status: string | null;
  to_status: string;
  actor: string;
  actor_staff_id: string | null;
  actor_name: string | null;
  comment: string | null;
  occurred_at: Date;
}

export interface VocWrite {
  receiptYear: number;
  receiptSeq: number;
  receiptNo: string;
  source: string;
  channel: string;
  kind: string;
  periodVariant: string;
  handlingClass: string;
  categoryCode: string;
  title: string;
  body: string;
  locationAddress: string | null;
  latitude: number | null;
  longitude: number | null;
  customerId: string | null;
  contactName: string | null;
  contactPhone: string | null;
  contactEmail: string | null;
  replyChannel: string;
  contactHistoryId: string | null;
  status: string;
  workflowKey: string;
  workflowVersion: number;
  departmentId: string | null;
  receivedAt: Date;
  periodValue: number;
  periodUnit: string;
  dueAt: Date;
  targetDueAt: Date;
  clientKey: string | null;
  createdBy: string;
  /** The checked custom values (the customization library's validator). */
  customFields: Record<string, unknown>;
}

export interface TransitionWrite {
  vocId: string;
  seq: number;
  event: string;
  fromStatus: string | null;
  toStatus: string;
  actor: string;
  actorStaffId: string | null;
  data: Record<string, unknown>;
  occurredAt: Date;
}

/** A routing rule as written: a category, keywords or both (never neither), to a department. */
export interface RoutingRuleWrite {
  categoryCode: string | null;
  keywords: readonly string[];
  departmentId: string;
  priority: number;
}

/** Where a case stands against its deadlines, as the inbox filters on it. */
export type DueStateFilter = 'ON_TRACK' | 'AT_RISK' | 'OVERDUE' | 'DONE';

export interface InboxFilter {
  scope: 'MINE' | 'DEPARTMENT' | 'ALL';
  /** The caller's staff row (MINE) or department (DEPARTMENT). */
  ownerId: string | null;
  statuses: readonly string[];
  kinds: readonly string[];
  categoryCode: string | null;
  dueState: DueStateFilter | null;
  /** The statuses whose clock has stopped (DONE). */
  stoppedStatuses: readonly string[];
  receivedFrom: Date | null;
  receivedTo: Date | null;
  /** A LIKE pattern (wildcards escaped) on the title. */
  titlePattern: string | null;
}

/** The keyset of the inbox order (due_at, id); the time travels as text with microseconds. */
export interface InboxKey {
  dueAt: string;
  id: string;
}

const ITEM = db
  .selectFrom('voc_items as v')
  .innerJoin('voc_categories as c', 'c.code', 'v.category_code')
  .leftJoin('departments as d', 'd.id', 'v.department_id')
  .leftJoin('staff as s', 's.id', 'v.officer_id')
  .select([
    'v.id',
    'v.receipt_no',
    'v.parent_id',
    'v.source',
    'v.channel',
    'v.kind',
    'v.period_variant',
    'v.handling_class',
    'v.category_code',
    'c.name_ko as category_name',
    'v.title',
    'v.body',
    'v.location_address',
    sql<string | null>`v.latitude::text`.as('latitude'),
    sql<string | null>`v.longitude::text`.as('longitude'),
    'v.customer_id',
    'v.contact_name',
    'v.contact_phone',
    'v.contact_email',
    'v.reply_channel',
    'v.contact_history_id',
    'v.status',
    'v.workflow_key',
    'v.workflow_version',
    'v.department_id',
    'd.name as department_name',
    'v.officer_id',
    's.name as officer_name',
    'v.received_at',
    'v.period_value',
    'v.period_unit',
    'v.due_at',
    sql<string>`to_char(v.due_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`.as('due_key'),
    'v.target_due_at',
    'v.extended',
    'v.closed_at',
    'v.created_by',
    'v.created_at',
    'v.updated_at',
    'v.version',
    'v.custom_fields',
  ]);

/** The inbox's WHERE: the scope's partial index (open cases) and the filters, all bound. */
function inboxWhere(f: InboxFilter) {
  return (eb: ExpressionBuilder<VocDatabase & { v: VocItemsTable }, 'v'>) => {
    const all: Expression<SqlBool>[] = [eb('v.closed_at', 'is', null)];
    if (f.scope === 'MINE') all.push(eb('v.officer_id', '=', f.ownerId));
    if (f.scope === 'DEPARTMENT') all.push(eb('v.department_id', '=', f.ownerId));
    if (f.statuses.length) all.push(eb('v.status', '=', sql<string>`any(${[...f.statuses]}::text[])`));
    if (f.kinds.length) all.push(eb('v.kind', '=', sql<string>`any(${[...f.kinds]}::text[])`));
    if (f.categoryCode) all.push(eb('v.category_code', '=', f.categoryCode));
    if (f.receivedFrom) all.push(eb('v.received_at', '>=', f.receivedFrom));
    if (f.receivedTo) all.push(eb('v.received_at', '<', f.receivedTo));
    if (f.titlePattern) all.push(eb('v.title', 'ilike', f.titlePattern));
    const stopped = sql<string>`any(${[...f.stoppedStatuses]}::text[])`;
    const running = eb('v.status', '<>', sql<string>`all(${[...f.stoppedStatuses]}::text[])`);
    if (f.dueState === 'DONE') all.push(eb('v.status', '=', stopped));
    if (f.dueState === 'OVERDUE') all.push(eb.and([running, eb('v.due_at', '<', sql<Date>`now()`)]));
    if (f.dueState === 'AT_RISK')
      all.push(
        eb.and([
          running,
          eb('v.target_due_at', '<', sql<Date>`now()`),
          eb('v.due_at', '>=', sql<Date>`now()`),
        ]),
      );
    if (f.dueState === 'ON_TRACK') all.push(eb.and([running, eb('v.target_due_at', '>=', sql<Date>`now()`)]));
    return eb.and(all);
  };
}

/** Every statement of petitions (VOC); `voc.queries.sql` holds what each compiles to. */
export const VocQueries = {
  categories: () =>
    db
      .selectFrom('voc_categories')
      .select(['code', 'name_ko', 'name_en', 'parent_code', 'keywords', 'sort_order', 'active'])
      .orderBy('sort_order')
      .orderBy('code'),

  category: (code: string) =>
    db
      .selectFrom('voc_categories')
      .select(['code', 'name_ko', 'name_en', 'parent_code', 'keywords', 'sort_order', 'active'])
      .where('code', '=', code),

  /** Creates or changes one category of the tenant. */
  saveCategory: (c: CategoryWrite) =>
    db
      .insertInto('voc_categories')
      .values({
        tenant_id: TENANT,
        code: c.code,
        name_ko: c.nameKo,
        name_en: c.nameEn,
        parent_code: c.parentCode,
        keywords: sql<string[]>`${[...c.keywords]}::text[]`,
        sort_order: sql<number>`(select coalesce(max(sort_order), 0) + 10 from voc_categories)`,
        active: c.active,
      })
      .onConflict((oc) =>
        oc.columns(['tenant_id', 'code']).doUpdateSet({
          name_ko: c.nameKo,
          name_en: c.nameEn,
          parent_code: c.parentCode,
          keywords: sql<string[]>`${[...c.keywords]}::text[]`,
          active: c.active,
          updated_at: sql<Date>`now()`,
        }),
      )
      .returning(['code', 'name_ko', 'name_en', 'parent_code', 'keywords', 'sort_order', 'active']),

  /** Active categories directly below `code` (a category with any cannot be deactivated). */
  activeChildren: (code: string) =>
    db
      .selectFrom('voc_categories')
      .select('code')
      .where('parent_code', '=', code)
      .where('active', '=', true)
      .limit(1),

  updatePeriod: (kind: string, categoryCode: string, variant: string, value: number, unit: string) =>
    db
      .updateTable('voc_periods')
      .set({ period_value: value, period_unit: unit, updated_at: sql<Date>`now()` })
      .where('kind', '=', kind)
      .where('category_code', '=', categoryCode)
      .where('variant', '=', variant)
      .returning(['kind', 'category_code', 'variant', 'period_value', 'period_unit', 'label_ko', 'basis']),

  periodRow: (kind: string, categoryCode: string, variant: string) =>
    db
      .selectFrom('voc_periods')
      .select(['kind', 'category_code', 'variant', 'period_value', 'period_unit', 'label_ko', 'basis'])
      .where('kind', '=', kind)
      .where('category_code', '=', categoryCode)
      .where('variant', '=', variant)
      .forUpdate(),

  periods: () =>
    db
      .selectFrom('voc_periods')
      .select(['kind', 'category_code', 'variant', 'period_value', 'period_unit', 'label_ko', 'basis'])
      .orderBy('kind')
      .orderBy('category_code')
      .orderBy('variant'),

  /** The statutory period of a kind (and variant) for a category, else the kind's '*' period. */
  period: (kind: string, categoryCode: string, variant: string) =>
    db
      .selectFrom('voc_periods')
      .select(['kind', 'category_code', 'variant', 'period_value', 'period_unit', 'label_ko', 'basis'])
      .where('kind', '=', kind)
      .where('variant', '=', variant)
      .where('category_code', 'in', [categoryCode, '*'])
      .orderBy(sql`category_code = '*'`)
      .limit(1),

  targetShare: () => db.selectFrom('voc_settings').select(sql<string>`target_share::text`.as('share')),

  /** Version 1 of the tenant's workflow is the standard definition; a no-op once it is there. */
  ensureWorkflow: (key: string, standardVersion: number, definition: unknown) =>
    db
      .insertInto('voc_workflows')
      .values({
        tenant_id: TENANT,
        key,
        version: 1,
        standard_version: standardVersion,
        definition: JSON.stringify(definition),
        created_by: 'system',
      })
      .onConflict((oc) => oc.doNothing()),

  /** The tenant's latest version of the workflow (null before its first use). */
  currentWorkflowVersion: (key: string) =>
    db
      .selectFrom('voc_workflows')
      .select(sql<number | null>`max(version)`.as('version'))
      .where('key', '=', key),

  contactOwner: (contactId: string) =>
    db.selectFrom('contact_history').select('customer_id').where('id', '=', contactId),

  /** Takes the tenant's one-time routing seed: a row only for the first caller once departments exist. */
  claimRoutingSeed: () =>
    db
      .updateTable('voc_settings')
      .set({ routing_seeded_at: sql<Date>`now()` })
      .where('routing_seeded_at', 'is', null)
      .where((eb) => eb.exists(eb.selectFrom('departments').select('id').where('active', '=', true)))
      .returning('tenant_id'),

  activeDepartments: () =>
    db
      .selectFrom('departments')
      .select(['id', 'name', 'parent_id', 'sort_order'])
      .where('active', '=', true)
      .orderBy('sort_order')
      .orderBy('name'),

  insertRules: (rules: readonly RoutingRuleWrite[]) =>
    db.insertInto('voc_routing_rules').values(
      rules.map((r) => ({
        tenant_id: TENANT,
        category_code: r.categoryCode,
        keywords: sql<string[]>`${[...r.keywords]}::text[]`,
        department_id: r.departmentId,
        priority: r.priority,
        created_by: 'system:routing',
      })),
    ),

  /**
   * The rule that routes a case, with the keyword that matched (null for a category-only rule). A rule
   * matches when its category (if it has one) is the case's AND one of its keywords (if it has any) occurs
   * in the text, case-insensitively; the lowest priority number wins, then the oldest rule. Intake and the
   * administrators' preview both route through this one statement.
   */
  route: (categoryCode: string, text: string) =>
    db
      .selectFrom('voc_routing_rules as r')
      .innerJoin('departments as d', 'd.id', 'r.department_id')
      .select([
        'r.id',
        'r.department_id',
        sql<
          string | null
        >`(select k from unnest(r.keywords) k where strpos(lower(${text}::text), lower(k)) > 0 limit 1)`.as(
          'matched_keyword',
        ),
      ])
      .where('r.active', '=', true)
      .where('d.active', '=', true)
      .where((eb) => eb.or([eb('r.category_code', 'is', null), eb('r.category_code', '=', categoryCode)]))
      .where(
        sql<boolean>`(cardinality(r.keywords) = 0 or exists (select 1 from unnest(r.keywords) k where strpos(lower(${text}::text), lower(k)) > 0))`,
      )
      .orderBy('r.priority')
      .orderBy('r.created_at')
      .orderBy('r.id')
      .limit(1),

  /** The next receipt number of the year, in the intake's transaction: a rollback gives it back. */
  nextReceiptSeq: (year: number) =>
    db
      .insertInto('voc_receipt_counters')
      .values({ tenant_id: TENANT, year, next_seq: 2 })
      .onConflict((oc) =>
        oc.columns(['tenant_id', 'year']).doUpdateSet({
          next_seq: sql<number>`voc_receipt_counters.next_seq + 1`,
        }),
      )
      .returning(sql<string>`next_seq - 1`.as('seq')),

  staffBySubject: (subject: string) =>
    db
      .selectFrom('staff')
      .select(['id', 'department_id'])
      .where('keycloak_subject', '=', subject)
      .where('active', '=', true),

  idByClientKey: (clientKey: string) =>
    db.selectFrom('voc_items').select('id').where('client_key', '=', clientKey),

  /**
   * Serializes intakes carrying the same client key until the transaction ends, so concurrent retries find the
   * first one's case instead of racing it into the unique index.
   */
  lockClientKey: (clientKey: string) =>
    db.selectNoFrom(
      sql<string>`pg_advisory_xact_lock(hashtext('voc-client-key:' || current_setting('app.tenant_id', true) || ':' || ${clientKey}))::text`.as(
        'locked',
      ),
    ),

  exists: (id: string) => db.selectFrom('voc_items').select('id').where('id', '=', id),

  /** A case's custom values, its row locked for their update. */
  customFieldsForUpdate: (id: string) =>
    db.selectFrom('voc_items').select(['id', 'custom_fields']).where('id', '=', id).forUpdate(),

  setCustomFields: (id: string, values: Record<string, unknown>) =>
    db
      .updateTable('voc_items')
      .set({
        custom_fields: sql<Record<string, unknown>>`${JSON.stringify(values)}::jsonb`,
        updated_at: sql`now()`,
        version: sql`version + 1`,
      })
      .where('id', '=', id),

  insert: (v: VocWrite) =>
    db
      .insertInto('voc_items')
      .values({
        tenant_id: TENANT,
        receipt_year: v.receiptYear,
        receipt_seq: v.receiptSeq,
        receipt_no: v.receiptNo,
        parent_id: null,
        source: v.source,
        channel: v.channel,
        kind: v.kind,
        period_variant: v.periodVariant,
        handling_class: v.handlingClass,
        category_code: v.categoryCode,
        title: v.title,
        body: v.body,
        location_address: v.locationAddress,
        latitude: v.latitude,
        longitude: v.longitude,
        customer_id: v.customerId,
        contact_name: v.contactName,
        contact_phone: v.contactPhone,
        contact_email: v.contactEmail,
        reply_channel: v.replyChannel,
        contact_history_id: v.contactHistoryId,
        status: v.status,
        workflow_key: v.workflowKey,
        workflow_version: v.workflowVersion,
        department_id: v.departmentId,
        officer_id: null,
        received_at: v.receivedAt,
        period_value: v.periodValue,
        period_unit: v.periodUnit,
        due_at: v.dueAt,
        target_due_at: v.targetDueAt,
        client_key: v.clientKey,
        closed_at: null,
        created_by: v.createdBy,
        custom_fields: sql<Record<string, unknown>>`${JSON.stringify(v.customFields)}::jsonb`,
      })
      .returning('id'),

  insertTransition: (t: TransitionWrite) =>
    db.insertInto('voc_transitions').values({
      tenant_id: TENANT,
      voc_id: t.vocId,
      seq: t.seq,
      event: t.event,
      from_status: t.fromStatus,
      to_status: t.toStatus,
      actor: t.actor,
      actor_staff_id: t.actorStaffId,
      comment: null,
      data: sql<Record<string, unknown>>`${JSON.stringify(t.data)}::jsonb`,
      occurred_at: t.occurredAt,
    }),

  byId: (id: string) => ITEM.where('v.id', '=', id),

  byReceiptNo: (receiptNo: string) => ITEM.where('v.receipt_no', '=', receiptNo),

  children: (parentId: string) =>
    ITEM.where('v.parent_id', '=', parentId).orderBy('v.received_at').orderBy('v.id'),

  transitions: (vocId: string) =>
    db
      .selectFrom('voc_transitions as t')
      .leftJoin('staff as s', 's.id', 't.actor_staff_id')
      .select([
        't.seq',
        't.event',
        't.from_status',
        't.to_status',
        't.actor',
        't.actor_staff_id',
        's.name as actor_name',
        't.comment',
        't.occurred_at',
      ])
      .where('t.voc_id', '=', vocId)
      .orderBy('t.seq'),

  /** One inbox page in (due_at, id) order, walked on the scope's partial index of open cases. */
  inbox: (f: InboxFilter, after: InboxKey | null, limit: number) =>
    ITEM.where(inboxWhere(f))
      .$if(after !== null, (q) =>
        q.where(
          sql<boolean>`(v.due_at, v.id) > (${after?.dueAt ?? null}::timestamptz, ${after?.id ?? null}::uuid)`,
        ),
      )
      .orderBy('v.due_at')
      .orderBy('v.id')
      .limit(limit),

  /** How many cases the inbox holds, counting no further than `cap`. */
  inboxCount: (f: InboxFilter, cap: number) =>
    db
      .selectFrom(db.selectFrom('voc_items as v').select('v.id').where(inboxWhere(f)).limit(cap).as('capped'))
      .select(sql<number>`count(*)::int`.as('n')),
};

const ID = '00000000-0000-4000-8000-000000000001';
const WHEN = new Date('2026-03-02T01:00:00Z');
const FILTER: InboxFilter = {
  scope: 'MINE',
  ownerId: ID,
  statuses: [],
  kinds: [],
  categoryCode: null,
  dueState: null,
  stoppedStatuses: ['ANSWERED', 'CLOSED'],
  receivedFrom: null,
  receivedTo: null,
  titlePattern: null,
};
const EVERY_FILTER: InboxFilter = {
  ...FILTER,
  scope: 'ALL',
  ownerId: null,
  statuses: ['RECEIVED'],
  kinds: ['PROPOSAL'],
  categoryCode: 'TRAFFIC',
  dueState: 'AT_RISK',
  receivedFrom: WHEN,
  receivedTo: WHEN,
  titlePattern: '%신호등%',
};
const WRITE: VocWrite = {
  customFields: { priority_note: '긴급' },
  receiptYear: 2026,
  receiptSeq: 123,
  receiptNo: 'BUSAN-2026-000123',
  source: 'PETITION',
  channel: 'WEB',
  kind: 'PROPOSAL',
  periodVariant: '',
  handlingClass: 'COMPLEX',
  categoryCode: 'TRAFFIC',
  title: '신호등 고장',
  body: '교차로 신호등이 꺼져 있습니다.',
  locationAddress: null,
  latitude: null,
  longitude: null,
  customerId: ID,
  contactName: null,
  contactPhone: null,
  contactEmail: null,
  replyChannel: 'SMS',
  contactHistoryId: null,
  status: 'ASSIGNED',
  workflowKey: 'petition',
  workflowVersion: 1,
  departmentId: ID,
  receivedAt: WHEN,
  periodValue: 14,
  periodUnit: 'DAYS',
  dueAt: WHEN,
  targetDueAt: WHEN,
  clientKey: null,
  createdBy: '홍길동',
};

export const VOC_STATEMENTS: { [K in keyof typeof VocQueries]: StatementExamples[string] } = {
  categories: VocQueries.categories(),
  category: VocQueries.category('TRAFFIC'),
  saveCategory: VocQueries.saveCategory({
    code: 'NIGHT_NOISE',
    nameKo: '야간 소음',
    nameEn: 'Night noise',
    parentCode: 'NOISE',
    keywords: ['야간', '공사 소음'],
    active: true,
  }),
  activeChildren: VocQueries.activeChildren('NOISE'),
  updatePeriod: VocQueries.updatePeriod('GRIEVANCE', '*', '', 10, 'DAYS'),
  periodRow: VocQueries.periodRow('GRIEVANCE', '*', ''),
  periods: VocQueries.periods(),
  period: VocQueries.period('INQUIRY', 'TRAFFIC', 'PROCEDURE'),
  targetShare: VocQueries.targetShare(),
  ensureWorkflow: VocQueries.ensureWorkflow('petition', 1, { key: 'petition' }),
  currentWorkflowVersion: VocQueries.currentWorkflowVersion('petition'),
  contactOwner: VocQueries.contactOwner(ID),
  claimRoutingSeed: VocQueries.claimRoutingSeed(),
  activeDepartments: VocQueries.activeDepartments(),
  insertRules: VocQueries.insertRules([
    { categoryCode: 'TRAFFIC', keywords: [], departmentId: ID, priority: 10 },
    { categoryCode: null, keywords: ['교통', '주차'], departmentId: ID, priority: 20 },
  ]),
  route: VocQueries.route('TRAFFIC', '신호등 고장'),
  nextReceiptSeq: VocQueries.nextReceiptSeq(2026),
  staffBySubject: VocQueries.staffBySubject('f3a1c2d4-subject'),
  idByClientKey: VocQueries.idByClientKey('epeople-1'),
  lockClientKey: VocQueries.lockClientKey('epeople-1'),
  exists: VocQueries.exists('00000000-0000-4000-8000-000000000001'),
  customFieldsForUpdate: VocQueries.customFieldsForUpdate('00000000-0000-4000-8000-000000000001'),
  setCustomFields: VocQueries.setCustomFields('00000000-0000-4000-8000-000000000001', { grade: 'A' }),
  insert: VocQueries.insert(WRITE),
  insertTransition: VocQueries.insertTransition({
    vocId: ID,
    seq: 1,
    event: 'RECEIVE',
    fromStatus: null,
    toStatus: 'RECEIVED',
    actor: '홍길동',
    actorStaffId: ID,
    data: {},
    occurredAt: WHEN,
  }),
  byId: VocQueries.byId(ID),
  byReceiptNo: VocQueries.byReceiptNo('BUSAN-2026-000123'),
  children: VocQueries.children(ID),
  transitions: VocQueries.transitions(ID),
  inbox: {
    'mine, first page': VocQueries.inbox(FILTER, null, 51),
    'every filter, next page': VocQueries.inbox(
      EVERY_FILTER,
      { dueAt: '2026-03-02T01:00:00.000000Z', id: ID },
      51,
    ),
  },
  inboxCount: {
    mine: VocQueries.inboxCount(FILTER, 10_000),
    'every filter': VocQueries.inboxCount(EVERY_FILTER, 10_000),
  },
};
