import { Inject, Injectable } from '@nestjs/common';
import { TenantDatabase, notFound, recordAudit, run, type Sql } from '@pcrm/tenancy';
import { checkText, currentActor } from '../customers';
import { ROUTING_RULE_LIMIT, VOC_LIMITS, VocReferenceService, routingText } from '../petitions';
import {
  categoryCodeOf,
  checkKeywords,
  checkPriority,
  emptyRule,
  isCategoryCode,
  isUuid,
  reorderMismatch,
  tooManyRules,
  unknownCategory,
  unknownDepartment,
} from './routing-rule-checks';
import type { VocRoutingRuleInput } from './routing-rules.inputs';
import type { VocRoutingPreview, VocRoutingRule } from './routing-rules.model';
import { RoutingRuleQueries as Q, type RuleRow, type RuleWrite } from './routing-rules.sql';

const toRule = (r: RuleRow): VocRoutingRule => ({
  id: r.id,
  categoryCode: r.category_code,
  keywords: r.keywords,
  department: { id: r.department_id, name: r.department_name },
  departmentActive: r.department_active,
  priority: r.priority,
  active: r.active,
  createdBy: r.created_by,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** What the audit trail keeps of a rule: what it does, not who wrote it when. */
const audited = (rule: VocRoutingRule) => ({
  categoryCode: rule.categoryCode,
  keywords: rule.keywords,
  departmentId: rule.department.id,
  priority: rule.priority,
  active: rule.active,
});

const ENTITY = 'voc_routing_rule';
const ruleNotFound = () => notFound('배정 규칙', 'Routing rule');

/**
 * The tenant's petition routing rules (issue 8, routing): listed in the order intake tries them, written
 * by managers and tenant administrators (audited), and previewed through the very statement intake routes
 * with. Every write first lets the tenant's one-time starting rules be written, so that an administrator's
 * rules are never followed by a late seed.
 */
@Injectable()
export class RoutingRulesService {
  constructor(
    @Inject(TenantDatabase) private readonly db: TenantDatabase,
    @Inject(VocReferenceService) private readonly reference: VocReferenceService,
  ) {}

  private get sql(): Sql {
    return this.db.request();
  }

  async rules(): Promise<VocRoutingRule[]> {
    return (await run(this.sql, Q.rules())).map(toRule);
  }

  async create(input: VocRoutingRuleInput): Promise<VocRoutingRule> {
    await this.reference.ensureRoutingSeed();
    const next = (await run(this.sql, Q.nextPriority()))[0];
    if (next.count >= ROUTING_RULE_LIMIT) throw tooManyRules();
    const write = await this.checked(input, next.priority);
    const [{ id }] = await run(this.sql, Q.insert(write, currentActor()));
    const after = await this.rule(id);
    await recordAudit(this.sql, { action: 'create', entity: ENTITY, entityId: id, after: audited(after) });
    return after;
  }

  async update(id: string, input: VocRoutingRuleInput): Promise<VocRoutingRule> {
    await this.reference.ensureRoutingSeed();
    const before = await this.locked(id);
    const write = await this.checked(input, before.priority);
    await run(this.sql, Q.update(id, write));
    const after = await this.rule(id);
    await recordAudit(this.sql, {
      action: 'update',
      entity: ENTITY,
      entityId: id,
      before: audited(before),
      after: audited(after),
    });
    return after;
  }

  async delete(id: string): Promise<string> {
    await this.reference.ensureRoutingSeed();
    const before = await this.locked(id);
    await run(this.sql, Q.delete(id));
    await recordAudit(this.sql, { action: 'delete', entity: ENTITY, entityId: id, before: audited(before) });
    return id;
  }

  /** Puts the rules in the order of `ids` (every rule of the tenant, each once), numbered 10, 20, 30… */
  async reorder(ids: readonly string[]): Promise<VocRoutingRule[]> {
    await this.reference.ensureRoutingSeed();
    const existing = new Set((await run(this.sql, Q.ruleIds())).map((r) => r.id));
    const wanted = new Set(ids.map((id) => id.toLowerCase()));
    if (
      ids.length !== existing.size ||
      wanted.size !== ids.length ||
      [...wanted].some((id) => !existing.has(id))
    )
      throw reorderMismatch();
    const before = await this.rules();
    await run(this.sql, Q.reorder([...wanted]));
    const after = await this.rules();
    await recordAudit(this.sql, {
      action: 'update',
      entity: ENTITY,
      entityId: 'order',
      before: before.map((r) => ({ id: r.id, priority: r.priority })),
      after: after.map((r) => ({ id: r.id, priority: r.priority })),
    });
    return after;
  }

  /** The rule intake would route a case with this category, title and body by, as the rules stand now. */
  async preview(categoryCode: string, title: string, body: string): Promise<VocRoutingPreview> {
    const code = categoryCode.trim();
    if (!isCategoryCode(code) || !(await run(this.sql, Q.activeCategory(code))).length)
      throw unknownCategory(code);
    const text = routingText(
      checkText(title, 'title', '제목', VOC_LIMITS.title) ?? '',
      checkText(body, 'body', '내용', VOC_LIMITS.body) ?? '',
    );
    const route = await this.reference.matchRoute(code, text);
    if (!route) return { rule: null, matchedKeyword: null };
    return { rule: await this.rule(route.ruleId), matchedKeyword: route.matchedKeyword };
  }

  private async checked(input: VocRoutingRuleInput, defaultPriority: number): Promise<RuleWrite> {
    const categoryCode = categoryCodeOf(input.categoryCode);
    const keywords = checkKeywords(input.keywords ?? []);
    if (categoryCode === null && !keywords.length) throw emptyRule();
    if (
      categoryCode !== null &&
      (!isCategoryCode(categoryCode) || !(await run(this.sql, Q.activeCategory(categoryCode))).length)
    )
      throw unknownCategory(categoryCode);
    const departmentId = input.departmentId.trim().toLowerCase();
    if (!isUuid(departmentId) || !(await run(this.sql, Q.activeDepartment(departmentId))).length)
      throw unknownDepartment();
    const priority = checkPriority(input.priority ?? defaultPriority);
    return { categoryCode, keywords, departmentId, priority, active: input.active };
  }

  private async locked(id: string): Promise<VocRoutingRule> {
    if (!isUuid(id) || !(await run(this.sql, Q.lockRule(id))).length) throw ruleNotFound();
    return this.rule(id);
  }

  private async rule(id: string): Promise<VocRoutingRule> {
    const [row] = await run(this.sql, Q.rule(id));
    if (!row) throw ruleNotFound();
    return toRule(row);
  }
}
