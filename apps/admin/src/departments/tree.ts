/** Client-side organization tree built from the flat `departments` list (pure, unit-tested). */

export interface FlatDepartment {
  id: string;
  name: string;
  code: string;
  parentId: string | null;
  sortOrder: number;
}

export type DepartmentNode<T extends FlatDepartment = FlatDepartment> = T & {
  depth: number;
  children: DepartmentNode<T>[];
};

function compare(a: FlatDepartment, b: FlatDepartment): number {
  return a.sortOrder - b.sortOrder || a.name.localeCompare(b.name, 'ko') || a.code.localeCompare(b.code);
}

/**
 * Nests departments under their parents, siblings ordered by sortOrder then name. A department whose
 * parent is not in the list is shown at the top level; a cycle (which the API should never produce) is
 * broken rather than looping.
 */
export function buildDepartmentTree<T extends FlatDepartment>(list: readonly T[]): DepartmentNode<T>[] {
  const byId = new Map(list.map((d) => [d.id, d]));
  const childrenOf = new Map<string | null, T[]>();
  for (const d of list) {
    const parent = d.parentId && byId.has(d.parentId) && d.parentId !== d.id ? d.parentId : null;
    const siblings = childrenOf.get(parent) ?? [];
    siblings.push(d);
    childrenOf.set(parent, siblings);
  }
  const visited = new Set<string>();
  const build = (d: T, depth: number): DepartmentNode<T> => {
    visited.add(d.id);
    const children = (childrenOf.get(d.id) ?? [])
      .filter((c) => !visited.has(c.id))
      .sort(compare)
      .map((c) => build(c, depth + 1));
    return { ...d, depth, children };
  };
  const roots = [...(childrenOf.get(null) ?? [])].sort(compare).map((d) => build(d, 0));
  // Departments only reachable through a cycle: surface them at the top level.
  for (const d of [...list].sort(compare)) {
    if (!visited.has(d.id)) roots.push(build(d, 0));
  }
  return roots;
}

/** Ancestors from the top level down to the direct parent. */
export function ancestorsOf<T extends FlatDepartment>(id: string, list: readonly T[]): T[] {
  const byId = new Map(list.map((d) => [d.id, d]));
  const out: T[] = [];
  const seen = new Set<string>([id]);
  let current = byId.get(id)?.parentId ?? null;
  while (current && !seen.has(current)) {
    const parent = byId.get(current);
    if (!parent) break;
    out.unshift(parent);
    seen.add(current);
    current = parent.parentId;
  }
  return out;
}

/** The department and every department below it (a move target inside it would make a cycle). */
export function subtreeIds<T extends FlatDepartment>(id: string, list: readonly T[]): Set<string> {
  const out = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const d of list) {
      if (d.parentId && out.has(d.parentId) && !out.has(d.id)) {
        out.add(d.id);
        grew = true;
      }
    }
  }
  return out;
}

/** Ids of nodes that have children (to expand the whole tree). */
export function branchIds<T extends FlatDepartment>(nodes: readonly DepartmentNode<T>[]): string[] {
  const out: string[] = [];
  const walk = (ns: readonly DepartmentNode<T>[]) => {
    for (const n of ns) {
      if (n.children.length) {
        out.push(n.id);
        walk(n.children);
      }
    }
  };
  walk(nodes);
  return out;
}

/** Keeps nodes that match and the ancestors leading to them. */
export function filterTree<T extends FlatDepartment>(
  nodes: readonly DepartmentNode<T>[],
  matches: (d: T) => boolean,
): DepartmentNode<T>[] {
  const out: DepartmentNode<T>[] = [];
  for (const n of nodes) {
    const children = filterTree(n.children, matches);
    if (matches(n) || children.length) out.push({ ...n, children: matches(n) ? n.children : children });
  }
  return out;
}
