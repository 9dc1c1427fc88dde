import { sql, type Generated } from 'kysely';
import { queryBuilder, type StatementExamples } from '@pcrm/tenancy';

/** The tables as the routing-rule statements see them. Tenant scoping is RLS's job: no statement names a tenant. */
interface RoutingRulesTable {
  tenant_id: string;
  id: Generated<string>;
  category_code: string | null;
  keywords: string[];
  department_id: string;
  priority: number;
  active: boolean;
  created_by: string;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

interface DepartmentsTable {
  id: string;
  name: string;
  active: boolean;
}

interface CategoriesTable {
  code: string;
  active: boolean;
}

const db = queryBuilder<{
  voc_routing_rules: RoutingRulesTable;
  departments: DepartmentsTable;
  voc_categories: CategoriesTable;
}>();

const TENANT = sql<string>`current_setting('app.tenant_id', true)`;

export interface RuleRow {
  id: string;
  category_code: string | null;
  keywords: string[];
  department_id: string;
  department_name: string;
  department_active: boolean;
  priority: number;
  active: boolean;
  created_by: string;
  created_at: Date;
  updated_at: Date;
}

/** A rule as the service writes it, checked. */
export interface RuleWrite {
  categoryCode: string | null;
  keywords: readonly string[];
  departmentId: string;
  priority: number;
  active: boolean;
}

const RULE = db
  .selectFrom('voc_routing_rules as r')
  .innerJoin('departments as d', 'd.id', 'r.department_id')
  .select([
    'r.id',
    'r.category_code',
    'r.keywords',
    'r.department_id',
    'd.name as department_name',
    'd.active as department_active',
    'r.priority',
    'r.active',
    'r.created_by',
    'r.created_at',
    'r.updated_at',
  ]);

const keywordArray = (keywords: readonly string[]) => sql<string[]>`${[...keywords]}::text[]`;

export const RoutingRuleQueries = {
  /** The tenant's rules in the order intake tries them. */
  rules: () => RULE.orderBy('r.priority').orderBy('r.created_at').orderBy('r.id'),

  rule: (id: string) => RULE.where('r.id', '=', id),

  /** Locks the rule for a change, so the audit's "before" is what the change replaced. */
  lockRule: (id: string) => db.selectFrom('voc_routing_rules').select('id').where('id', '=', id).forUpdate(),

  ruleIds: () => db.selectFrom('voc_routing_rules').select('id').forUpdate(),

  /** The priority a new rule without one gets: after every rule. */
  nextPriority: () =>
    db
      .selectFrom('voc_routing_rules')
      .select([
        sql<number>`(coalesce(max(priority), 0) + 10)::int`.as('priority'),
        sql<number>`count(*)::int`.as('count'),
      ]),

  activeDepartment: (id: string) =>
    db.selectFrom('departments').select(['id', 'name']).where('id', '=', id).where('active', '=', true),

  activeCategory: (code: string) =>
    db.selectFrom('voc_categories').select('code').where('code', '=', code).where('active', '=', true),

  insert: (rule: RuleWrite, createdBy: string) =>
    db
      .insertInto('voc_routing_rules')
      .values({
        tenant_id: TENANT,
        category_code: rule.categoryCode,
        keywords: keywordArray(rule.keywords),
        department_id: rule.departmentId,
        priority: rule.priority,
        active: rule.active,
        created_by: createdBy,
      })
      .returning('id'),

  update: (id: string, rule: RuleWrite) =>
    db
      .updateTable('voc_routing_rules')
      .set({
        category_code: rule.categoryCode,
        keywords: keywordArray(rule.keywords),
        department_id: rule.departmentId,
        priority: rule.priority,
        active: rule.active,
        updated_at: sql<Date>`now()`,
      })
      .where('id', '=', id)
      .returning('id'),

  delete: (id: string) => db.deleteFrom('voc_routing_rules').where('id', '=', id).returning('id'),

  /** Numbers the rules 10, 20, 30… in the order of `ids` (every rule of the tenant, each once). */
  reorder: (ids: readonly string[]) =>
    db
      .updateTable('voc_routing_rules')
      .set({
        priority: sql<number>`array_position(${[...ids]}::uuid[], id) * 10`,
        updated_at: sql<Date>`now()`,
      })
      .where('id', '=', sql<string>`any(${[...ids]}::uuid[])`),
};

const ID = '00000000-0000-4000-8000-000000000001';
const WRITE: RuleWrite = {
  categoryCode: 'TRAFFIC',
  keywords: ['불법주차', '주차'],
  departmentId: ID,
  priority: 10,
  active: true,
};

export const ROUTING_RULE_STATEMENTS: { [K in keyof typeof RoutingRuleQueries]: StatementExamples[string] } =
  {
    rules: RoutingRuleQueries.rules(),
    rule: RoutingRuleQueries.rule(ID),
    lockRule: RoutingRuleQueries.lockRule(ID),
    ruleIds: RoutingRuleQueries.ruleIds(),
    nextPriority: RoutingRuleQueries.nextPriority(),
    activeDepartment: RoutingRuleQueries.activeDepartment(ID),
    activeCategory: RoutingRuleQueries.activeCategory('TRAFFIC'),
    insert: RoutingRuleQueries.insert(WRITE, '홍길동'),
    update: RoutingRuleQueries.update(ID, WRITE),
    delete: RoutingRuleQueries.delete(ID),
    reorder: RoutingRuleQueries.reorder([ID, '00000000-0000-4000-8000-000000000002']),
  };
