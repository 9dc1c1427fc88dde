import type { WorkflowGraph } from './queries';

export const NODE_W = 150;
export const NODE_H = 48;
const COL_GAP = 70;
const ROW_GAP = 26;
const PAD = 16;

export interface NodeBox {
  key: string;
  x: number;
  y: number;
}

export interface EdgePath {
  id: string;
  from: string;
  to: string;
  d: string;
  labelKo: string;
  labelEn: string;
  standard: boolean;
}

/**
 * Lays the states out in columns by their distance from intake (breadth first), so the standard reads left to
 * right from 접수 to 종결; states nobody reaches go last. Forward edges are straight, backward ones arc below.
 */
export function layoutGraph(graph: WorkflowGraph): {
  nodes: NodeBox[];
  edges: EdgePath[];
  width: number;
  height: number;
} {
  const depth = new Map<string, number>([[graph.initial, 0]]);
  for (const queue = [graph.initial]; queue.length;) {
    const s = queue.shift()!;
    for (const t of graph.transitions)
      if (t.to && t.from.includes(s) && !depth.has(t.to)) {
        depth.set(t.to, depth.get(s)! + 1);
        queue.push(t.to);
      }
  }
  const last = Math.max(0, ...depth.values()) + 1;
  const columns = new Map<number, string[]>();
  for (const s of graph.states) {
    const d = depth.get(s.key) ?? last;
    columns.set(d, [...(columns.get(d) ?? []), s.key]);
  }
  const nodes: NodeBox[] = [];
  const maxRows = Math.max(1, ...[...columns.values()].map((c) => c.length));
  const height = PAD * 2 + maxRows * NODE_H + (maxRows - 1) * ROW_GAP + 40;
  for (const [d, keys] of [...columns.entries()].sort(([a], [b]) => a - b)) {
    const colHeight = keys.length * NODE_H + (keys.length - 1) * ROW_GAP;
    const top = (height - 40 - colHeight) / 2;
    keys.forEach((key, i) =>
      nodes.push({ key, x: PAD + d * (NODE_W + COL_GAP), y: top + i * (NODE_H + ROW_GAP) }),
    );
  }
  const at = new Map(nodes.map((n) => [n.key, n]));
  const width = PAD * 2 + Math.max(1, columns.size) * (NODE_W + COL_GAP) - COL_GAP;
  const edges: EdgePath[] = [];
  graph.transitions.forEach((t, ti) => {
    if (!t.to) return;
    for (const from of t.from) {
      const a = at.get(from);
      const b = at.get(t.to);
      if (!a || !b || a === b) continue;
      let d: string;
      if (b.x > a.x) {
        const [x1, y1, x2, y2] = [a.x + NODE_W, a.y + NODE_H / 2, b.x, b.y + NODE_H / 2];
        const mx = (x1 + x2) / 2;
        d = `M${x1},${y1} C${mx},${y1} ${mx},${y2} ${x2 - 4},${y2}`;
      } else if (b.x === a.x) {
        const [x1, y1, x2, y2] = [a.x + NODE_W, a.y + NODE_H / 2, b.x + NODE_W, b.y + NODE_H / 2];
        d = `M${x1},${y1} C${x1 + 40},${y1} ${x2 + 40},${y2} ${x2 + 4},${y2}`;
      } else {
        const [x1, y1, x2, y2] = [a.x + NODE_W / 2, a.y + NODE_H, b.x + NODE_W / 2, b.y + NODE_H];
        const dip = Math.max(y1, y2) + 30;
        d = `M${x1},${y1} C${x1},${dip} ${x2},${dip} ${x2},${y2 + 4}`;
      }
      edges.push({
        id: `${ti}-${from}`,
        from,
        to: t.to,
        d,
        labelKo: t.labelKo,
        labelEn: t.labelEn,
        standard: t.standard,
      });
    }
  });
  return { nodes, edges, width, height };
}
