import { sql, type Generated } from 'kysely';
import { queryBuilder, type StatementExamples } from '@pcrm/tenancy';

/** The tables of this capability and the columns it reads of the petitions' tables. RLS scopes every statement. */
interface InvitationsTable {
  tenant_id: Generated<string>;
  id: Generated<string>;
  voc_id: string;
  token_hash: Buffer;
  expires_at: Date;
  used_at: Date | null;
  created_at: Generated<Date>;
}

interface FollowupsTable {
  tenant_id: Generated<string>;
  id: Generated<string>;
  voc_id: string;
  mean_score: string;
  status: Generated<string>;
  note: string | null;
  resolved_by: string | null;
  resolved_at: Date | null;
  created_at: Generated<Date>;
}

interface ResponsesTable {
  tenant_id: Generated<string>;
  voc_id: string;
  department_id: string | null;
  officer_id: string | null;
  speed: number;
  kindness: number;
  fairness: number;
  convenience: number;
  comment: string | null;
  submitted_at: Generated<Date>;
}

interface VocItemsColumns {
  id: string;
  receipt_no: string;
  status: string;
  handling_class: string;
  department_id: string | null;
  officer_id: string | null;
  quality_score: number | null;
  quality_rated_by: string | null;
  updated_at: Date;
  version: number;
}

interface VocSettingsColumns {
  survey_threshold: string;
  survey_valid_days: number;
}

interface StaffColumns {
  id: string;
  name: string;
  keycloak_subject: string | null;
  active: boolean;
}

const db = queryBuilder<{
  voc_survey_invitations: InvitationsTable;
  voc_survey_followups: FollowupsTable;
  voc_survey_responses: ResponsesTable;
  voc_items: VocItemsColumns;
  voc_settings: VocSettingsColumns;
  staff: StaffColumns;
}>();

/** The handling classes (복합, 장기) whose processing quality a supervisor rates. */
export const QUALITY_RATED_CLASSES = ['COMPLEX', 'LONG_TERM'] as const;

const TENANT = sql<string>`current_setting('app.tenant_id', true)`;

export interface SurveyAnswerWrite {
  vocId: string;
  departmentId: string | null;
  officerId: string | null;
  speed: number;
  kindness: number;
  fairness: number;
  convenience: number;
  comment: string | null;
}

/** A half-open time range [from, to). */
export interface SurveyPeriod {
  from: Date;
  to: Date;
}

/** Whose answers a result covers: one case, one officer, one department, or the whole tenant; optionally a period. */
export interface SurveyScope {
  vocId?: string | null;
  officerId?: string | null;
  departmentId?: string | null;
  period?: SurveyPeriod | null;
}

/** A builder over `voc_survey_responses as r` that can be narrowed to one case, officer, department and period. */
interface ResponseFilterable<Q> {
  where(column: 'r.voc_id' | 'r.officer_id' | 'r.department_id', op: '=', value: string): Q;
  where(column: 'r.submitted_at', op: '>=' | '<', value: Date): Q;
}

const scoped = <Q extends ResponseFilterable<Q>>(q: Q, s: SurveyScope): Q => {
  let out = q;
  if (s.vocId) out = out.where('r.voc_id', '=', s.vocId);
  if (s.officerId) out = out.where('r.officer_id', '=', s.officerId);
  if (s.departmentId) out = out.where('r.department_id', '=', s.departmentId);
  if (s.period)
    out = out.where('r.submitted_at', '>=', s.period.from).where('r.submitted_at', '<', s.period.to);
  return out;
};

const ANSWER_COLUMNS = [
  'r.voc_id',
  'v.receipt_no',
  'r.department_id',
  'r.officer_id',
  'r.speed',
  'r.kindness',
  'r.fairness',
  'r.convenience',
  'r.comment',
  'r.submitted_at',
  sql<string>`(extract(epoch from r.submitted_at) * 1000000)::bigint::text`.as('at_us'),
] as const;

const FOLLOWUP_COLUMNS = [
  'f.id',
  'f.voc_id',
  'v.receipt_no',
  'f.mean_score',
  'f.status',
  'f.note',
  'f.resolved_by',
  'f.resolved_at',
  'f.created_at',
  sql<string>`(extract(epoch from f.created_at) * 1000000)::bigint::text`.as('at_us'),
] as const;

/** Which follow-ups a page lists: by status and/or one case; nothing set lists all. */
export interface FollowupFilter {
  status?: string | null;
  vocId?: string | null;
}

/** Every statement of the survey capability; `survey.queries.sql` holds what each compiles to. */
export const SurveyQueries = {
  settings: () => db.selectFrom('voc_settings').select(['survey_threshold', 'survey_valid_days']),

  caseById: (id: string) =>
    db
      .selectFrom('voc_items')
      .select(['id', 'receipt_no', 'status', 'handling_class', 'department_id', 'officer_id'])
      .where('id', '=', id),

  insertInvitation: (vocId: string, tokenHash: Buffer, validDays: number) =>
    db
      .insertInto('voc_survey_invitations')
      .values({
        tenant_id: TENANT,
        voc_id: vocId,
        token_hash: tokenHash,
        expires_at: sql<Date>`now() + make_interval(days => ${validDays}::int)`,
      })
      .returning(['id', 'expires_at']),

  invitationByHash: (tokenHash: Buffer) =>
    db
      .selectFrom('voc_survey_invitations as i')
      .innerJoin('voc_items as v', 'v.id', 'i.voc_id')
      .select([
        'i.voc_id',
        'v.receipt_no',
        'i.expires_at',
        'i.used_at',
        sql<boolean>`i.expires_at <= now()`.as('expired'),
      ])
      .where('i.token_hash', '=', tokenHash),

  /** Accepts the link once: the row lock makes a concurrent second use wait, then find it used. */
  consumeInvitation: (tokenHash: Buffer) =>
    db
      .updateTable('voc_survey_invitations')
      .set({ used_at: sql<Date>`now()` })
      .where('token_hash', '=', tokenHash)
      .where('used_at', 'is', null)
      .where(sql<boolean>`expires_at > now()`)
      .returning(['voc_id']),

  insertAnswer: (a: SurveyAnswerWrite) =>
    db
      .insertInto('voc_survey_responses')
      .values({
        tenant_id: TENANT,
        voc_id: a.vocId,
        department_id: a.departmentId,
        officer_id: a.officerId,
        speed: a.speed,
        kindness: a.kindness,
        fairness: a.fairness,
        convenience: a.convenience,
        comment: a.comment,
      })
      .onConflict((oc) => oc.columns(['tenant_id', 'voc_id']).doNothing())
      .returning(['voc_id']),

  openFollowup: (vocId: string, meanScore: number) =>
    db
      .insertInto('voc_survey_followups')
      .values({ tenant_id: TENANT, voc_id: vocId, mean_score: String(meanScore) })
      .onConflict((oc) => oc.columns(['tenant_id', 'voc_id']).doNothing())
      .returning(['id']),

  followupPage: (filter: FollowupFilter, after: { atUs: string; id: string } | null, limit: number) => {
    let q = db
      .selectFrom('voc_survey_followups as f')
      .innerJoin('voc_items as v', 'v.id', 'f.voc_id')
      .select(FOLLOWUP_COLUMNS);
    if (filter.status) q = q.where('f.status', '=', filter.status);
    if (filter.vocId) q = q.where('f.voc_id', '=', filter.vocId);
    if (after)
      q = q.where(
        sql<boolean>`((extract(epoch from f.created_at) * 1000000)::bigint, f.id) > (${after.atUs}::bigint, ${after.id}::uuid)`,
      );
    return q.orderBy('f.created_at').orderBy('f.id').limit(limit);
  },

  followupCount: (filter: FollowupFilter) => {
    let q = db.selectFrom('voc_survey_followups').select(sql<number>`count(*)::int`.as('n'));
    if (filter.status) q = q.where('status', '=', filter.status);
    if (filter.vocId) q = q.where('voc_id', '=', filter.vocId);
    return q;
  },

  followupById: (id: string) =>
    db
      .selectFrom('voc_survey_followups as f')
      .innerJoin('voc_items as v', 'v.id', 'f.voc_id')
      .select(FOLLOWUP_COLUMNS)
      .where('f.id', '=', id),

  resolveFollowup: (id: string, note: string, actor: string) =>
    db
      .updateTable('voc_survey_followups')
      .set({ status: 'DONE', note, resolved_by: actor, resolved_at: sql<Date>`now()` })
      .where('id', '=', id)
      .where('status', '=', 'OPEN')
      .returning(['id']),

  averages: (s: SurveyScope) =>
    scoped(
      db
        .selectFrom('voc_survey_responses as r')
        .select([
          sql<number>`count(*)::int`.as('n'),
          sql<string | null>`round(avg(r.speed), 2)`.as('speed'),
          sql<string | null>`round(avg(r.kindness), 2)`.as('kindness'),
          sql<string | null>`round(avg(r.fairness), 2)`.as('fairness'),
          sql<string | null>`round(avg(r.convenience), 2)`.as('convenience'),
          sql<string | null>`round(avg((r.speed + r.kindness + r.fairness + r.convenience) / 4.0), 2)`.as(
            'overall',
          ),
        ]),
      s,
    ),

  /**
   * The response rate's parts: cases whose link was issued in the scope (and period, by issue time), and how
   * many of them answered. The case's department and officer stand in for those at answer time: a case in
   * the survey step is no longer reassigned.
   */
  invitationStats: (s: SurveyScope) => {
    let q = db
      .selectFrom('voc_survey_invitations as i')
      .innerJoin('voc_items as v', 'v.id', 'i.voc_id')
      .leftJoin('voc_survey_responses as r', 'r.voc_id', 'i.voc_id')
      .select([
        sql<number>`count(distinct i.voc_id)::int`.as('invited'),
        sql<number>`count(distinct r.voc_id)::int`.as('responded'),
      ]);
    if (s.vocId) q = q.where('i.voc_id', '=', s.vocId);
    if (s.officerId) q = q.where('v.officer_id', '=', s.officerId);
    if (s.departmentId) q = q.where('v.department_id', '=', s.departmentId);
    if (s.period) q = q.where('i.created_at', '>=', s.period.from).where('i.created_at', '<', s.period.to);
    return q;
  },

  answerPage: (s: SurveyScope, after: { atUs: string; vocId: string } | null, limit: number) => {
    let q = scoped(
      db
        .selectFrom('voc_survey_responses as r')
        .innerJoin('voc_items as v', 'v.id', 'r.voc_id')
        .select(ANSWER_COLUMNS),
      s,
    );
    if (after)
      q = q.where(
        sql<boolean>`((extract(epoch from r.submitted_at) * 1000000)::bigint, r.voc_id) < (${after.atUs}::bigint, ${after.vocId}::uuid)`,
      );
    return q.orderBy('r.submitted_at', 'desc').orderBy('r.voc_id', 'desc').limit(limit);
  },

  staffBySubject: (subject: string) =>
    db.selectFrom('staff').select('id').where('keycloak_subject', '=', subject).where('active', '=', true),

  rateQuality: (vocId: string, score: number, staffId: string | null) =>
    db
      .updateTable('voc_items')
      .set({
        quality_score: score,
        quality_rated_by: staffId,
        updated_at: sql<Date>`now()`,
        version: sql<number>`version + 1`,
      })
      .where('id', '=', vocId)
      .where('handling_class', 'in', [...QUALITY_RATED_CLASSES])
      .returning(['id', 'quality_score', 'quality_rated_by']),

  qualityById: (vocId: string) =>
    db
      .selectFrom('voc_items as v')
      .leftJoin('staff as s', 's.id', 'v.quality_rated_by')
      .select([
        'v.id',
        'v.handling_class',
        'v.quality_score',
        'v.quality_rated_by',
        's.name as rated_by_name',
      ])
      .where('v.id', '=', vocId),
};

const ID = '00000000-0000-4000-8000-000000000001';
const HASH = Buffer.alloc(32);
const PERIOD = { from: new Date('2025-12-31T15:00:00Z'), to: new Date('2026-03-31T15:00:00Z') };

export const SURVEY_STATEMENTS: { [K in keyof typeof SurveyQueries]: StatementExamples[string] } = {
  settings: { all: SurveyQueries.settings() },
  caseById: { one: SurveyQueries.caseById(ID) },
  insertInvitation: { one: SurveyQueries.insertInvitation(ID, HASH, 14) },
  invitationByHash: { one: SurveyQueries.invitationByHash(HASH) },
  consumeInvitation: { one: SurveyQueries.consumeInvitation(HASH) },
  insertAnswer: {
    one: SurveyQueries.insertAnswer({
      vocId: ID,
      departmentId: ID,
      officerId: ID,
      speed: 5,
      kindness: 4,
      fairness: 3,
      convenience: 2,
      comment: '친절했습니다',
    }),
  },
  openFollowup: { one: SurveyQueries.openFollowup(ID, 2.25) },
  followupPage: {
    'first page, every status': SurveyQueries.followupPage({}, null, 51),
    'next page of open ones': SurveyQueries.followupPage(
      { status: 'OPEN' },
      { atUs: '1767225600000000', id: ID },
      51,
    ),
    'one case': SurveyQueries.followupPage({ vocId: ID }, null, 51),
  },
  followupCount: {
    all: SurveyQueries.followupCount({}),
    open: SurveyQueries.followupCount({ status: 'OPEN' }),
    'one case': SurveyQueries.followupCount({ vocId: ID }),
  },
  followupById: { one: SurveyQueries.followupById(ID) },
  resolveFollowup: { one: SurveyQueries.resolveFollowup(ID, '전화로 사과드림', '부서장') },
  averages: {
    tenant: SurveyQueries.averages({}),
    case: SurveyQueries.averages({ vocId: ID }),
    'officer in department': SurveyQueries.averages({ officerId: ID, departmentId: ID }),
    'department in a period': SurveyQueries.averages({ departmentId: ID, period: PERIOD }),
  },
  invitationStats: {
    tenant: SurveyQueries.invitationStats({}),
    'officer in department in a period': SurveyQueries.invitationStats({
      officerId: ID,
      departmentId: ID,
      period: PERIOD,
    }),
  },
  answerPage: {
    'first page': SurveyQueries.answerPage({}, null, 51),
    'department, next page': SurveyQueries.answerPage(
      { departmentId: ID },
      { atUs: '1767225600000000', vocId: ID },
      51,
    ),
  },
  staffBySubject: { one: SurveyQueries.staffBySubject('sub') },
  rateQuality: { one: SurveyQueries.rateQuality(ID, 4, ID) },
  qualityById: { one: SurveyQueries.qualityById(ID) },
};
