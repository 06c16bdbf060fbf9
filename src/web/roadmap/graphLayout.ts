import dagre from '@dagrejs/dagre';

/** What the layout needs of a skill: its id and the skills it builds on. */
export interface GraphSkill {
  id: string;
  prerequisites: readonly string[];
}

export interface NodeBox {
  id: string;
  /** Left edge, in px from the graph's left. */
  x: number;
  /** Top edge, in px from the graph's top. */
  y: number;
  width: number;
  height: number;
}

export interface EdgePath {
  from: string;
  to: string;
  /** An SVG path from the prerequisite to the skill that builds on it. */
  d: string;
}

export interface SkillLayout {
  width: number;
  height: number;
  nodes: NodeBox[];
  edges: EdgePath[];
}

export const NODE_WIDTH = 200;
export const NODE_HEIGHT = 64;

/**
 * The prerequisite edges a reader needs to see: an edge a → c is left out when c also needs some
 * b that itself (directly or not) needs a, because the path through b already shows it. Unknown
 * prerequisites (not among the skills) are dropped. The detail panel still lists every one.
 */
export function directEdges(skills: readonly GraphSkill[]): [string, string][] {
  const prerequisites = new Map(skills.map((skill) => [skill.id, skill.prerequisites]));
  const ancestors = new Map<string, Set<string>>();
  const ancestorsOf = (id: string, visiting = new Set<string>()): Set<string> => {
    const known = ancestors.get(id);
    if (known) return known;
    const found = new Set<string>();
    if (visiting.has(id)) return found; // a cycle in bad data: stop rather than recurse forever
    visiting.add(id);
    for (const parent of prerequisites.get(id) ?? []) {
      if (!prerequisites.has(parent)) continue;
      found.add(parent);
      for (const further of ancestorsOf(parent, visiting)) found.add(further);
    }
    visiting.delete(id);
    ancestors.set(id, found);
    return found;
  };

  const edges: [string, string][] = [];
  for (const skill of skills) {
    const direct = [...new Set(skill.prerequisites)].filter((id) => prerequisites.has(id));
    for (const parent of direct) {
      const implied = direct.some((other) => other !== parent && ancestorsOf(other).has(parent));
      if (!implied) edges.push([parent, skill.id]);
    }
  }
  return edges;
}

interface Point {
  x: number;
  y: number;
}

const round = (value: number) => Math.round(value * 10) / 10;

/** A smooth path through the points (a uniform cubic B-spline, like d3's curveBasis). */
export function smoothPath(points: readonly Point[]): string {
  const [first] = points;
  if (!first) return '';
  if (points.length < 3) {
    return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${round(p.x)},${round(p.y)}`).join(' ');
  }
  const at = (i: number) => points[Math.max(0, Math.min(points.length - 1, i))] as Point;
  let d = `M${round(first.x)},${round(first.y)}`;
  const second = at(1);
  d += ` L${round((5 * first.x + second.x) / 6)},${round((5 * first.y + second.y) / 6)}`;
  for (let i = 1; i < points.length; i++) {
    const p0 = at(i - 1);
    const p1 = at(i);
    const p2 = at(i + 1);
    d += ` C${round((2 * p0.x + p1.x) / 3)},${round((2 * p0.y + p1.y) / 3)}`;
    d += ` ${round((p0.x + 2 * p1.x) / 3)},${round((p0.y + 2 * p1.y) / 3)}`;
    d += ` ${round((p0.x + 4 * p1.x + p2.x) / 6)},${round((p0.y + 4 * p1.y + p2.y) / 6)}`;
  }
  const last = at(points.length - 1);
  d += ` L${round(last.x)},${round(last.y)}`;
  return d;
}

/** Lays the skills out left to right with dagre: prerequisites before what needs them. */
export function layoutSkills(skills: readonly GraphSkill[]): SkillLayout {
  const graph = new dagre.graphlib.Graph();
  graph.setGraph({
    rankdir: 'LR',
    nodesep: 12,
    edgesep: 8,
    ranksep: 44,
    marginx: 12,
    marginy: 12,
  });
  graph.setDefaultEdgeLabel(() => ({}));
  for (const skill of skills) graph.setNode(skill.id, { width: NODE_WIDTH, height: NODE_HEIGHT });
  for (const [from, to] of directEdges(skills)) graph.setEdge(from, to);
  dagre.layout(graph);

  const nodes: NodeBox[] = skills.map((skill) => {
    const node = graph.node(skill.id);
    return {
      id: skill.id,
      x: round((node.x ?? 0) - NODE_WIDTH / 2),
      y: round((node.y ?? 0) - NODE_HEIGHT / 2),
      width: NODE_WIDTH,
      height: NODE_HEIGHT,
    };
  });
  const edges: EdgePath[] = graph.edges().map((edge) => ({
    from: edge.v,
    to: edge.w,
    d: smoothPath(graph.edge(edge).points ?? []),
  }));
  const label = graph.graph();
  return {
    width: Math.ceil(label.width ?? 0),
    height: Math.ceil(label.height ?? 0),
    nodes,
    edges,
  };
}

export type Direction = 'left' | 'right' | 'up' | 'down';

/**
 * The node an arrow key moves to: the nearest one whose centre lies in that direction, weighting
 * sideways distance twice so "right" prefers the node level with the current one.
 */
export function nearestInDirection(
  nodes: readonly NodeBox[],
  fromId: string,
  direction: Direction,
): string | null {
  const from = nodes.find((node) => node.id === fromId);
  if (!from) return null;
  const cx = from.x + from.width / 2;
  const cy = from.y + from.height / 2;
  let best: { id: string; score: number } | null = null;
  for (const node of nodes) {
    if (node.id === fromId) continue;
    const dx = node.x + node.width / 2 - cx;
    const dy = node.y + node.height / 2 - cy;
    const [along, across] =
      direction === 'left'
        ? [-dx, dy]
        : direction === 'right'
          ? [dx, dy]
          : direction === 'up'
            ? [-dy, dx]
            : [dy, dx];
    if (along <= 1) continue;
    const score = along + 2 * Math.abs(across);
    if (!best || score < best.score) best = { id: node.id, score };
  }
  return best?.id ?? null;
}
