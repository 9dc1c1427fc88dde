import { sql, type Generated } from 'kysely';
import { queryBuilder, type StatementExamples } from '@pcrm/tenancy';

/** The columns of `tasks` a public view or the publish check reads: never owner, department or creator. */
interface TasksColumns {
  tenant_id: string;
  id: string;
  management_no: string;
  title: string;
  summary: string | null;
  result: string | null;
  impossible_reason: string | null;
  status: string;
  weight_total: number;
  progress: string;
  compliance: string | null;
  is_public: boolean;
  published_at: Date | null;
  started_at: Date | null;
  closed_at: Date | null;
  updated_at: Date;
  version: number;
}

interface TaskStepsColumns {
  tenant_id: string;
  task_id: string;
  position: number;
  name: string;
  weight: number;
  planned_days: number;
  started_on: string | null;
  ended_on: string | null;
  progress: number;
  note: string | null;
}

interface TaskVocLinksColumns {
  tenant_id: string;
  task_id: string;
  voc_id: string;
}

interface VocItemsColumns {
  tenant_id: string;
  id: string;
  customer_id: string | null;
  contact_name: string | null;
}

interface CustomersColumns {
  tenant_id: string;
  id: string;
  name: string;
  representative_name: string | null;
  road_address: string | null;
  jibun_address: string | null;
  address_detail: string | null;
}

interface TaskFollowersColumns {
  tenant_id: string;
  id: Generated<string>;
  task_id: string;
  channel: string;
  address: string;
  consented_at: Date;
  consent_text: string;
  last_notified_version: number;
  last_notified_at: Generated<Date | null>;
}

interface TaskFollowerTokensColumns {
  tenant_id: string;
  token_hash: Buffer;
  follower_id: string;
}

const db = queryBuilder<{
  tasks: TasksColumns;
  task_steps: TaskStepsColumns;
  task_voc_links: TaskVocLinksColumns;
  voc_items: VocItemsColumns;
  customers: CustomersColumns;
  task_followers: TaskFollowersColumns;
  task_follower_tokens: TaskFollowerTokensColumns;
}>();

const TENANT = sql<string>`current_setting('app.tenant_id', true)`;

export const PUBLIC_TASK_COLUMNS = [
  't.id',
  't.management_no',
  't.title',
  't.summary',
  't.result',
  't.impossible_reason',
  't.status',
  't.progress',
  't.compliance',
  't.is_public',
  't.published_at',
  't.started_at',
  't.closed_at',
  't.updated_at',
  't.version',
] as const;

/** The key of the public list's order (newest publication first). */
export interface PublishedKey {
  /** `published_at` to the microsecond (ISO text from the database). */
  publishedAt: string;
  id: string;
}

/** A public task's list order and filter: `tasks_public_idx` serves it. */
export const TaskDisclosureQueries = {
  publicPage: (status: string | null, after: PublishedKey | null, limit: number) => {
    let q = db
      .selectFrom('tasks as t')
      .select(PUBLIC_TASK_COLUMNS)
      .select(
        sql<string>`to_char(t.published_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`.as(
          'published_key',
        ),
      )
      .where('t.is_public', '=', true)
      .orderBy('t.published_at', 'desc')
      .orderBy('t.id', 'desc')
      .limit(limit);
    if (status) q = q.where('t.status', '=', status);
    if (after)
      q = q.where(
        sql<boolean>`(t.published_at, t.id) < (${after.publishedAt}::timestamptz, ${after.id}::uuid)`,
      );
    return q;
  },

  /** A public task by its management number; never a non-public one. */
  publicByNo: (managementNo: string) =>
    db
      .selectFrom('tasks as t')
      .select(PUBLIC_TASK_COLUMNS)
      .where('t.management_no', '=', managementNo)
      .where('t.is_public', '=', true),

  publicById: (id: string) =>
    db
      .selectFrom('tasks as t')
      .select(PUBLIC_TASK_COLUMNS)
      .where('t.id', '=', id)
      .where('t.is_public', '=', true),

  /** Any task of the tenant, public or not (the admin preview), locked when it is about to change. */
  byId: (id: string) => db.selectFrom('tasks as t').select(PUBLIC_TASK_COLUMNS).where('t.id', '=', id),
  lockById: (id: string) =>
    db.selectFrom('tasks as t').select(PUBLIC_TASK_COLUMNS).where('t.id', '=', id).forUpdate(),

  steps: (taskIds: readonly string[]) =>
    db
      .selectFrom('task_steps as s')
      .select([
        's.task_id',
        's.position',
        's.name',
        's.weight',
        's.planned_days',
        sql<string | null>`to_char(s.started_on, 'YYYY-MM-DD')`.as('started_on'),
        sql<string | null>`to_char(s.ended_on, 'YYYY-MM-DD')`.as('ended_on'),
        's.progress',
        's.note',
      ])
      .where('s.task_id', 'in', taskIds)
      .orderBy('s.task_id')
      .orderBy('s.position'),

  /** Who the task's linked VOC items came from: matched against the public text, never shown. */
  linkedResidents: (taskId: string) =>
    db
      .selectFrom('task_voc_links as l')
      .innerJoin('voc_items as v', (j) =>
        j.onRef('v.tenant_id', '=', 'l.tenant_id').onRef('v.id', '=', 'l.voc_id'),
      )
      .leftJoin('customers as c', (j) =>
        j.onRef('c.tenant_id', '=', 'v.tenant_id').onRef('c.id', '=', 'v.customer_id'),
      )
      .select([
        'v.contact_name',
        'c.name',
        'c.representative_name',
        'c.road_address',
        'c.jibun_address',
        'c.address_detail',
      ])
      .where('l.task_id', '=', taskId),

  setPublic: (id: string, isPublic: boolean) =>
    db
      .updateTable('tasks')
      .set({
        is_public: isPublic,
        published_at: isPublic ? sql<Date>`now()` : null,
        updated_at: sql<Date>`now()`,
        version: sql<number>`version + 1`,
      })
      .where('id', '=', id)
      .returning(['version', 'published_at', 'updated_at']),

  /** A follow; an existing (task, channel, address) stays as it is and returns nothing. */
  follow: (taskId: string, address: string, consentText: string, version: number) =>
    db
      .insertInto('task_followers')
      .values({
        tenant_id: TENANT,
        task_id: taskId,
        channel: 'EMAIL',
        address,
        consented_at: sql<Date>`now()`,
        consent_text: consentText,
        last_notified_version: version,
      })
      .onConflict((c) => c.columns(['tenant_id', 'task_id', 'channel', 'address']).doNothing())
      .returning(['id']),

  issueToken: (followerId: string, tokenHash: Buffer) =>
    db.insertInto('task_follower_tokens').values({
      tenant_id: TENANT,
      token_hash: tokenHash,
      follower_id: followerId,
    }),

  /** Deletes the follower a token was issued to (and with it every token and the address). */
  unfollow: (tokenHash: Buffer) =>
    db
      .deleteFrom('task_followers')
      .where('id', '=', (s) =>
        s.selectFrom('task_follower_tokens').select('follower_id').where('token_hash', '=', tokenHash),
      )
      .returning(['id', 'task_id']),

  /**
   * Claims the followers of public tasks whose version moved past what they last heard, marking them as
   * told in the same statement: a concurrent run skips the rows this one holds and, once they commit, no
   * longer finds them behind, so each change reaches each follower once.
   */
  claimDue: (limit: number) =>
    db
      .updateTable('task_followers as f')
      .from('tasks as t')
      .set({ last_notified_version: sql<number>`t.version`, last_notified_at: sql<Date>`now()` })
      .whereRef('t.tenant_id', '=', 'f.tenant_id')
      .whereRef('t.id', '=', 'f.task_id')
      .where('f.id', 'in', (s) =>
        s
          .selectFrom('task_followers as d')
          .innerJoin('tasks as p', (j) =>
            j.onRef('p.tenant_id', '=', 'd.tenant_id').onRef('p.id', '=', 'd.task_id'),
          )
          .select('d.id')
          .where('p.is_public', '=', true)
          .whereRef('d.last_notified_version', '<', 'p.version')
          .orderBy('d.id')
          .limit(limit)
          .forUpdate('d')
          .skipLocked(),
      )
      .where('t.is_public', '=', true)
      .whereRef('f.last_notified_version', '<', 't.version')
      .returning([
        'f.id',
        'f.channel',
        'f.address',
        't.id as task_id',
        't.management_no',
        't.title',
        't.status',
        't.progress',
      ]),
};

const ID = '00000000-0000-4000-8000-000000000001';
const HASH = Buffer.alloc(32);
const AT = '2026-11-27T00:00:00.123456Z';

export const TASK_DISCLOSURE_STATEMENTS: {
  [K in keyof typeof TaskDisclosureQueries]: StatementExamples[string];
} = {
  publicPage: {
    first: TaskDisclosureQueries.publicPage(null, null, 21),
    'status, after': TaskDisclosureQueries.publicPage('IN_PROGRESS', { publishedAt: AT, id: ID }, 21),
  },
  publicByNo: TaskDisclosureQueries.publicByNo('TASK-2026-0001'),
  publicById: TaskDisclosureQueries.publicById(ID),
  byId: TaskDisclosureQueries.byId(ID),
  lockById: TaskDisclosureQueries.lockById(ID),
  steps: TaskDisclosureQueries.steps([ID]),
  linkedResidents: TaskDisclosureQueries.linkedResidents(ID),
  setPublic: {
    publish: TaskDisclosureQueries.setPublic(ID, true),
    unpublish: TaskDisclosureQueries.setPublic(ID, false),
  },
  follow: TaskDisclosureQueries.follow(ID, 'resident@example.com', '동의 문구', 3),
  issueToken: TaskDisclosureQueries.issueToken(ID, HASH),
  unfollow: TaskDisclosureQueries.unfollow(HASH),
  claimDue: TaskDisclosureQueries.claimDue(200),
};
