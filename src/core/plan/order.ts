/** A node of the learning order: lower `rank` wants to come earlier. */
export interface OrderNode {
  id: string;
  rank: number;
  prerequisites: string[];
}

/** A binary min-heap over [key tuple, id]; small enough to keep here rather than add a package. */
class MinHeap {
  private readonly items: { key: number[]; id: string }[] = [];

  get size() {
    return this.items.length;
  }

  private less(a: { key: number[]; id: string }, b: { key: number[]; id: string }) {
    for (let index = 0; index < a.key.length; index++) {
      const diff = (a.key[index] ?? 0) - (b.key[index] ?? 0);
      if (diff !== 0) return diff < 0;
    }
    return a.id < b.id;
  }

  push(item: { key: number[]; id: string }) {
    const items = this.items;
    items.push(item);
    let index = items.length - 1;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      const parentItem = items[parent];
      if (!parentItem || !this.less(item, parentItem)) break;
      items[index] = parentItem;
      index = parent;
    }
    items[index] = item;
  }

  pop(): { key: number[]; id: string } | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (!top || !last || items.length === 0) return top;
    let index = 0;
    for (;;) {
      const left = index * 2 + 1;
      const right = left + 1;
      let smallest = last;
      let target = -1;
      const leftItem = items[left];
      const rightItem = items[right];
      if (leftItem && this.less(leftItem, smallest)) {
        smallest = leftItem;
        target = left;
      }
      if (rightItem && this.less(rightItem, smallest)) {
        smallest = rightItem;
        target = right;
      }
      if (target < 0) break;
      items[index] = smallest;
      index = target;
    }
    items[index] = last;
    return top;
  }
}

/**
 * Orders nodes so that prerequisites come first and, among the nodes ready at any moment, the
 * one wanted earliest goes next. A prerequisite inherits the urgency of everything that needs it
 * (its rank becomes the lowest rank among its dependants), so an early skill is never held back
 * by a prerequisite that on its own would come late. Prerequisites outside `nodes` are ignored.
 */
export function learningOrder(nodes: OrderNode[], bandWidth = 10): string[] {
  const phaseBand = (rank: number | undefined) => Math.floor((rank ?? 0) / bandWidth);
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const dependants = new Map<string, string[]>();
  const waiting = new Map<string, number>();
  for (const node of nodes) {
    const inside = node.prerequisites.filter((id) => byId.has(id));
    waiting.set(node.id, inside.length);
    for (const id of inside) {
      const list = dependants.get(id);
      if (list) list.push(node.id);
      else dependants.set(id, [node.id]);
    }
  }

  // Effective rank: the lowest rank in the node's set of dependants, computed in reverse order
  // of a plain topological sort so each node is final before its prerequisites read it.
  const topological: string[] = [];
  const pending = new Map(waiting);
  const queue = nodes.filter((node) => pending.get(node.id) === 0).map((node) => node.id);
  while (queue.length > 0) {
    const id = queue.pop() as string;
    topological.push(id);
    for (const next of dependants.get(id) ?? []) {
      const left = (pending.get(next) ?? 0) - 1;
      pending.set(next, left);
      if (left === 0) queue.push(next);
    }
  }
  const effective = new Map(nodes.map((node) => [node.id, node.rank]));
  for (let index = topological.length - 1; index >= 0; index--) {
    const id = topological[index] as string;
    for (const next of dependants.get(id) ?? []) {
      effective.set(id, Math.min(effective.get(id) ?? 0, effective.get(next) ?? 0));
    }
  }

  const heap = new MinHeap();
  const keyOf = (id: string) => [effective.get(id) ?? 0, byId.get(id)?.rank ?? 0];
  for (const node of nodes)
    if (waiting.get(node.id) === 0) heap.push({ key: keyOf(node.id), id: node.id });
  const order: string[] = [];
  const needs = (id: string, other: string | undefined) =>
    other !== undefined && (byId.get(id)?.prerequisites.includes(other) ?? false);
  while (heap.size > 0) {
    let next = heap.pop() as { key: number[]; id: string };
    // A skill right after its own prerequisite has to wait for the next week, so a ready skill
    // of the same band (phase) that does not need the previous one goes first.
    const last = order.at(-1);
    if (needs(next.id, last)) {
      const passed: { key: number[]; id: string }[] = [];
      while (heap.size > 0) {
        const candidate = heap.pop() as { key: number[]; id: string };
        if (phaseBand(candidate.key[0]) !== phaseBand(next.key[0])) {
          passed.push(candidate);
          break;
        }
        if (!needs(candidate.id, last)) {
          passed.push(next);
          next = candidate;
          break;
        }
        passed.push(candidate);
      }
      for (const item of passed) heap.push(item);
    }
    order.push(next.id);
    for (const dependant of dependants.get(next.id) ?? []) {
      const left = (waiting.get(dependant) ?? 0) - 1;
      waiting.set(dependant, left);
      if (left === 0) heap.push({ key: keyOf(dependant), id: dependant });
    }
  }
  return order;
}
