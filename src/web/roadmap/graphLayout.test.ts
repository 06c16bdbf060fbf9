import { describe, expect, it } from 'vitest';
import {
  directEdges,
  type GraphSkill,
  layoutSkills,
  NODE_HEIGHT,
  NODE_WIDTH,
  nearestInDirection,
  smoothPath,
} from './graphLayout';

const skills: GraphSkill[] = [
  { id: 'python', prerequisites: [] },
  { id: 'git', prerequisites: [] },
  { id: 'pandas', prerequisites: ['python'] },
  { id: 'sklearn', prerequisites: ['pandas', 'python'] },
  { id: 'serving', prerequisites: ['sklearn', 'git', 'docker'] },
];

describe('directEdges', () => {
  it('leaves out edges a longer path already shows, and unknown prerequisites', () => {
    expect(directEdges(skills)).toEqual([
      ['python', 'pandas'],
      ['pandas', 'sklearn'],
      ['sklearn', 'serving'],
      ['git', 'serving'],
    ]);
  });

  it('survives a cycle in bad data', () => {
    const cyclic = [
      { id: 'a', prerequisites: ['b'] },
      { id: 'b', prerequisites: ['a'] },
    ];
    expect(directEdges(cyclic).length).toBeGreaterThan(0);
  });
});

describe('layoutSkills', () => {
  const layout = layoutSkills(skills);

  it('places one box per skill inside the graph, none overlapping', () => {
    expect(layout.nodes.map((node) => node.id)).toEqual(skills.map((skill) => skill.id));
    for (const node of layout.nodes) {
      expect(node.width).toBe(NODE_WIDTH);
      expect(node.height).toBe(NODE_HEIGHT);
      expect(node.x).toBeGreaterThanOrEqual(0);
      expect(node.y).toBeGreaterThanOrEqual(0);
      expect(node.x + node.width).toBeLessThanOrEqual(layout.width);
      expect(node.y + node.height).toBeLessThanOrEqual(layout.height);
    }
    for (const a of layout.nodes) {
      for (const b of layout.nodes) {
        if (a === b) continue;
        const apart =
          a.x + a.width <= b.x ||
          b.x + b.width <= a.x ||
          a.y + a.height <= b.y ||
          b.y + b.height <= a.y;
        expect(apart, `${a.id} and ${b.id} overlap`).toBe(true);
      }
    }
  });

  it('draws prerequisites to the left of what needs them', () => {
    const x = (id: string) => layout.nodes.find((node) => node.id === id)?.x ?? Number.NaN;
    expect(layout.edges).toHaveLength(4);
    for (const edge of layout.edges) {
      expect(x(edge.from)).toBeLessThan(x(edge.to));
      expect(edge.d).toMatch(/^M[\d.]+,[\d.]+/);
    }
  });

  it('moves between neighbours with the arrow keys', () => {
    expect(nearestInDirection(layout.nodes, 'python', 'right')).toBe('pandas');
    expect(nearestInDirection(layout.nodes, 'pandas', 'left')).toBe('python');
    expect(nearestInDirection(layout.nodes, 'python', 'left')).toBeNull();
    expect(nearestInDirection(layout.nodes, 'missing', 'left')).toBeNull();
    // On a plain grid, "down" prefers the box in the same column over a nearer diagonal one.
    const box = (id: string, x: number, y: number) => ({ id, x, y, width: 100, height: 40 });
    const grid = [box('a', 0, 0), box('b', 0, 200), box('c', 150, 60), box('d', 150, 300)];
    expect(nearestInDirection(grid, 'a', 'down')).toBe('b');
    expect(nearestInDirection(grid, 'b', 'up')).toBe('a');
    expect(nearestInDirection(grid, 'a', 'right')).toBe('c');
    expect(nearestInDirection(grid, 'd', 'left')).toBe('b');
  });
});

describe('smoothPath', () => {
  it('draws lines for two points and a curve through more', () => {
    expect(smoothPath([])).toBe('');
    expect(
      smoothPath([
        { x: 0, y: 0 },
        { x: 10, y: 5 },
      ]),
    ).toBe('M0,0 L10,5');
    const curve = smoothPath([
      { x: 0, y: 0 },
      { x: 10, y: 10 },
      { x: 20, y: 0 },
    ]);
    expect(curve.startsWith('M0,0')).toBe(true);
    expect(curve).toContain('C');
    expect(curve.endsWith('L20,0')).toBe(true);
  });
});
