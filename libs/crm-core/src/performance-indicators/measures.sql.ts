import { sql, type Expression, type SqlBool } from 'kysely';
import { queryBuilder } from '@pcrm/tenancy';
import type { TimeRange } from './measure';

/** The columns of the source tables the standard measures read (each table belongs to its own capability). */
interface VocItemsTable {
  id: string;
  parent_id: string | null;
  department_id: string | null;
  officer_id: string | null;
  customer_id: string | null;
  contact_history_id: string | null;
  contact_phone: string | null;
  contact_email: string | null;
  reply_channel: string;
  received_at: Date;
  due_at: Date;
  target_due_at: Date;
  closed_at: Date | null;
}
interface SurveyResponsesTable {
  voc_id: string;
  department_id: string | null;
  officer_id: string | null;
  speed: number;
  kindness: number;
  fairness: number;
  convenience: number;
  submitted_at: Date;
}
interface TasksTable {
  id: string;
  department_id: string;
  owner_id: string | null;
  status: string;
  progress: string;
  compliance: string | null;
  closed_at: Date | null;
}
export type MeasureDatabase = {
  voc_items: VocItemsTable;
  voc_survey_responses: SurveyResponsesTable;
  tasks: TasksTable;
};
const db = queryBuilder<MeasureDatabase>();

/** The first day of a timestamp's month in Korean time (the month a fact counts in). */
export const seoulMonth = (column: Expression<Date | null>) =>
  sql<string>`date_trunc('month', ${column} AT TIME ZONE 'Asia/Seoul')::date`;

const within = (column: Expression<Date | null>, r: TimeRange) =>
  sql<SqlBool>`${column} >= ${r.from} AND ${column} < ${r.to}`;

/** Petitions closed in the range: numerator 1 when closed by `deadline`. */
const closedBy = (deadline: 'target_due_at' | 'due_at') => (r: TimeRange) =>
  db
    .selectFrom('voc_items as v')
    .where(within(sql.ref('v.closed_at'), r))
    .select([
      'v.id as subject_id',
      'v.department_id',
      'v.officer_id',
      seoulMonth(sql.ref('v.closed_at')).as('month'),
      sql<number>`(v.closed_at <= ${sql.ref(`v.${deadline}`)})::int`.as('numerator'),
      sql<number>`1`.as('denominator'),
    ]);

type SurveyItem = 'speed' | 'kindness' | 'fairness' | 'convenience';

/** Survey answers submitted in the range: numerator the item's score (or the mean of the four). */
const surveyAverage = (item: SurveyItem | 'overall') => (r: TimeRange) =>
  db
    .selectFrom('voc_survey_responses as s')
    .where(within(sql.ref('s.submitted_at'), r))
    .select([
      's.voc_id as subject_id',
      's.department_id',
      's.officer_id',
      seoulMonth(sql.ref('s.submitted_at')).as('month'),
      (item === 'overall'
        ? sql<number>`(s.speed + s.kindness + s.fairness + s.convenience) / 4.0`
        : sql<number>`${sql.ref(`s.${item}`)}::numeric`
      ).as('numerator'),
      sql<number>`1`.as('denominator'),
    ]);

/** Tasks closed in the range (완료 or 처리불가 for progress; completed with a compliance figure for compliance). */
const closedTasks = (figure: 'progress' | 'compliance') => (r: TimeRange) => {
  let q = db.selectFrom('tasks as t').where(within(sql.ref('t.closed_at'), r));
  q =
    figure === 'compliance'
      ? q.where('t.status', '=', 'COMPLETED').where('t.compliance', 'is not', null)
      : q.where('t.status', 'in', ['COMPLETED', 'IMPOSSIBLE']);
  return q.select([
    't.id as subject_id',
    't.department_id',
    't.owner_id as officer_id',
    seoulMonth(sql.ref('t.closed_at')).as('month'),
    sql<number>`${sql.ref(`t.${figure}`)}::numeric`.as('numerator'),
    sql<number>`1`.as('denominator'),
  ]);
};

/** Petitions (not cooperation requests) received in the range, each counted once; `hit` is the numerator. */
const received = (hit: (v: 'v') => Expression<SqlBool>, extra?: 'with-customer') => (r: TimeRange) => {
  let q = db
    .selectFrom('voc_items as v')
    .where('v.parent_id', 'is', null)
    .where(within(sql.ref('v.received_at'), r));
  if (extra === 'with-customer') q = q.where('v.customer_id', 'is not', null);
  return q.select([
    'v.id as subject_id',
    'v.department_id',
    'v.officer_id',
    seoulMonth(sql.ref('v.received_at')).as('month'),
    sql<number>`(${hit('v')})::int`.as('numerator'),
    sql<number>`1`.as('denominator'),
  ]);
};

/** The petitioner filed another petition in the twelve months before this one. */
const repeated = () =>
  sql<SqlBool>`EXISTS (SELECT 1 FROM voc_items p
     WHERE p.customer_id = v.customer_id AND p.parent_id IS NULL AND p.id <> v.id
       AND p.received_at < v.received_at AND p.received_at >= v.received_at - interval '12 months')`;

/** Linked to a customer record, and reachable on the reply channel it asks for. */
const complete = () =>
  sql<SqlBool>`v.customer_id IS NOT NULL
     AND (v.reply_channel <> 'SMS' OR v.contact_phone IS NOT NULL)
     AND (v.reply_channel <> 'EMAIL' OR v.contact_email IS NOT NULL)`;

/** The contact was logged in the customer's contact history (이력 등록). */
const logged = () => sql<SqlBool>`v.contact_history_id IS NOT NULL`;

/** The facts of every standard measure, by code. */
export const StandardMeasureFacts = {
  PETITION_CLOSED_WITHIN_TARGET: closedBy('target_due_at'),
  PETITION_CLOSED_WITHIN_STATUTORY: closedBy('due_at'),
  SURVEY_SPEED: surveyAverage('speed'),
  SURVEY_KINDNESS: surveyAverage('kindness'),
  SURVEY_FAIRNESS: surveyAverage('fairness'),
  SURVEY_CONVENIENCE: surveyAverage('convenience'),
  SURVEY_OVERALL: surveyAverage('overall'),
  TASK_DEADLINE_COMPLIANCE: closedTasks('compliance'),
  TASK_PROGRESS: closedTasks('progress'),
  REPEAT_PETITION_SHARE: received(repeated, 'with-customer'),
  PETITION_DATA_COMPLETENESS: received(complete),
  CONTACTS_LOGGED: received(logged),
};
export type StandardMeasureCode = keyof typeof StandardMeasureFacts;
