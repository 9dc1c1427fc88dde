import type { RoutingRuleWrite } from './voc.sql';

interface SeedCategory {
  code: string;
  name_ko: string;
  parent_code: string | null;
  keywords: readonly string[];
}

interface SeedDepartment {
  id: string;
  name: string;
  parent_id: string | null;
}

/** The routing rules a tenant has at most (the rule list is read whole). */
export const ROUTING_RULE_LIMIT = 500;
/** The keywords one rule has at most (the table checks it too). */
export const ROUTING_KEYWORD_LIMIT = 30;

/**
 * The routing rules a tenant starts with: each category goes to the department whose name holds the
 * category's name or one of its keywords (a division — 과·담당관 — before a team, a team before a bureau),
 * else to its parent category's department. A category no department matches gets no rule. After the
 * category rules come keyword rules (the category's keywords to the same department), so that a case filed
 * under a category without a rule (일반, 기타) still reaches a department by its text.
 */
export function seedRoutingRules(
  categories: readonly SeedCategory[],
  departments: readonly SeedDepartment[],
): RoutingRuleWrite[] {
  const byId = new Map(departments.map((d) => [d.id, d]));
  const depth = (d: SeedDepartment): number => {
    let n = 0;
    for (let p = d.parent_id; p && n < 20; p = byId.get(p)?.parent_id ?? null) n++;
    return n;
  };
  // Depth 1 (과·담당관) first, then teams (2), then bureaus (0), then anything deeper.
  const rank = (d: SeedDepartment) => ({ 1: 0, 2: 1, 0: 2 })[depth(d)] ?? 3;
  const ordered = [...departments].sort((a, b) => rank(a) - rank(b));
  const own = new Map<string, string>();
  for (const c of categories) {
    const hints = [...c.name_ko.split('·'), ...c.keywords].filter((h) => h.length >= 2);
    const hit = ordered.find((d) => hints.some((h) => d.name.includes(h)));
    if (hit) own.set(c.code, hit.id);
  }
  const byCategory: RoutingRuleWrite[] = [];
  const byKeywords: RoutingRuleWrite[] = [];
  for (const c of categories) {
    const departmentId = own.get(c.code) ?? (c.parent_code ? own.get(c.parent_code) : undefined);
    if (!departmentId) continue;
    byCategory.push({ categoryCode: c.code, keywords: [], departmentId, priority: 0 });
    const keywords = c.keywords.slice(0, ROUTING_KEYWORD_LIMIT);
    if (keywords.length) byKeywords.push({ categoryCode: null, keywords, departmentId, priority: 0 });
  }
  return [...byCategory, ...byKeywords]
    .slice(0, ROUTING_RULE_LIMIT)
    .map((rule, i) => ({ ...rule, priority: (i + 1) * 10 }));
}
