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

/**
 * The routing rules a tenant starts with: each category goes to the department whose name holds the
 * category's name or one of its keywords (a division — 과·담당관 — before a team, a team before a bureau),
 * else to its parent category's department. A category no department matches gets no rule.
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
  const rules: RoutingRuleWrite[] = [];
  for (const c of categories) {
    const departmentId = own.get(c.code) ?? (c.parent_code ? own.get(c.parent_code) : undefined);
    if (departmentId) rules.push({ categoryCode: c.code, keywords: c.keywords, departmentId });
  }
  return rules;
}
