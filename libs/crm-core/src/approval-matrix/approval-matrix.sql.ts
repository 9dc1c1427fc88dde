import { sql, type Generated } from 'kysely';
import { queryBuilder, type StatementExamples } from '@pcrm/tenancy';

export interface ApprovalMatrixRulesTable {
  tenant_id: Generated<string>;
  id: Generated<string>;
  subject_kind: string;
  subject_type: string;
  condition: string;
  level: string;
  position: number;
}

export interface ApprovalLevelTitlesTable {
  tenant_id: Generated<string>;
  title: string;
  level: string;
}

/** The columns of other capabilities' tables that record who approved (read only). */
interface VocApprovalsTable {
  approved_by: string | null;
  approved_at: Date | null;
}
interface TaskApprovalsTable {
  plan_approved_by: string | null;
  plan_approved_at: Date | null;
}
interface StaffTitlesTable {
  id: string;
  position: string | null;
}

const db = queryBuilder<{
  approval_matrix_rules: ApprovalMatrixRulesTable;
  approval_level_titles: ApprovalLevelTitlesTable;
  voc_items: VocApprovalsTable;
  tasks: TaskApprovalsTable;
  staff: StaffTitlesTable;
}>();

const tenant = sql<string>`current_setting('app.tenant_id', true)`;

export interface RuleWrite {
  subjectKind: string;
  subjectType: string;
  condition: string;
  level: string;
}

export interface TitleWrite {
  title: string;
  level: string;
}

/** A month range, both ends `YYYY-MM-01`, inclusive; months are Korean calendar months. */
export interface ApprovalMonths {
  from: string;
  to: string;
  subjectKind: 'PETITION' | 'TASK' | null;
}

const startOf = (day: string) => sql<Date>`(${day}::date::timestamp AT TIME ZONE 'Asia/Seoul')`;
const endOf = (day: string) =>
  sql<Date>`((${day}::date + interval '1 month')::timestamp AT TIME ZONE 'Asia/Seoul')`;

export const ApprovalMatrixQueries = {
  rules: () =>
    db
      .selectFrom('approval_matrix_rules')
      .select(['subject_kind', 'subject_type', 'condition', 'level', 'position'])
      .orderBy('position'),

  titles: () => db.selectFrom('approval_level_titles').select(['title', 'level']).orderBy('title'),

  deleteRules: () => db.deleteFrom('approval_matrix_rules'),
  deleteTitles: () => db.deleteFrom('approval_level_titles'),

  insertRules: (rules: readonly RuleWrite[]) =>
    db.insertInto('approval_matrix_rules').values(
      rules.map((r, i) => ({
        tenant_id: tenant,
        subject_kind: r.subjectKind,
        subject_type: r.subjectType,
        condition: r.condition,
        level: r.level,
        position: i + 1,
      })),
    ),

  insertTitles: (titles: readonly TitleWrite[]) =>
    db
      .insertInto('approval_level_titles')
      .values(titles.map((t) => ({ tenant_id: tenant, title: t.title, level: t.level }))),

  /**
   * Decisions per Korean month and level: petitions by their approver (`voc_items.approved_by`), tasks by who
   * approved the plan, the approver's job title (`staff.position`) mapped to a level by the tenant's titles;
   * `UNMAPPED` where the title has no level. `total` is the month's decisions.
   */
  levelShares: (m: ApprovalMonths) => {
    const petitions = db
      .selectFrom('voc_items')
      .select(['approved_by as staff_id', 'approved_at as decided_at'])
      .where('approved_at', '>=', startOf(m.from))
      .where('approved_at', '<', endOf(m.to));
    const tasks = db
      .selectFrom('tasks')
      .select(['plan_approved_by as staff_id', 'plan_approved_at as decided_at'])
      .where('plan_approved_at', '>=', startOf(m.from))
      .where('plan_approved_at', '<', endOf(m.to));
    const decisions =
      m.subjectKind === 'PETITION' ? petitions : m.subjectKind === 'TASK' ? tasks : petitions.unionAll(tasks);
    const month = sql<string>`to_char(d.decided_at AT TIME ZONE 'Asia/Seoul', 'YYYY-MM')`;
    const level = sql<string>`coalesce(l.level, 'UNMAPPED')`;
    return db
      .selectFrom(decisions.as('d'))
      .leftJoin('staff as s', 's.id', 'd.staff_id')
      .leftJoin('approval_level_titles as l', (j) => j.on('l.title', '=', sql<string>`btrim(s.position)`))
      .select([
        month.as('month'),
        level.as('level'),
        sql<number>`count(*)::int`.as('decisions'),
        sql<number>`(sum(count(*)) OVER (PARTITION BY ${month}))::int`.as('total'),
      ])
      .groupBy([month, level])
      .orderBy(month)
      .orderBy(level);
  },
};

const RULE: RuleWrite = {
  subjectKind: 'PETITION',
  subjectType: 'COMPLEX',
  condition: '',
  level: 'SECTION_HEAD',
};

export const APPROVAL_MATRIX_STATEMENTS: {
  [K in keyof typeof ApprovalMatrixQueries]: StatementExamples[string];
} = {
  rules: ApprovalMatrixQueries.rules(),
  titles: ApprovalMatrixQueries.titles(),
  deleteRules: ApprovalMatrixQueries.deleteRules(),
  deleteTitles: ApprovalMatrixQueries.deleteTitles(),
  insertRules: ApprovalMatrixQueries.insertRules([
    RULE,
    { ...RULE, condition: '예산 1억 이상', level: 'MAYOR' },
  ]),
  insertTitles: ApprovalMatrixQueries.insertTitles([{ title: '과장', level: 'SECTION_HEAD' }]),
  levelShares: {
    'petitions and tasks': ApprovalMatrixQueries.levelShares({
      from: '2026-01-01',
      to: '2026-12-01',
      subjectKind: null,
    }),
    petitions: ApprovalMatrixQueries.levelShares({
      from: '2026-01-01',
      to: '2026-12-01',
      subjectKind: 'PETITION',
    }),
    tasks: ApprovalMatrixQueries.levelShares({ from: '2026-01-01', to: '2026-12-01', subjectKind: 'TASK' }),
  },
};
