import type { PlanItem } from './schema.js';

/**
 * Hours are scheduled in quarter-hour units: integers add up exactly, and a quarter of an hour
 * is exact in binary floating point when converted back.
 */
export const UNITS_PER_HOUR = 4;
export const toUnits = (hours: number): number => Math.round(hours * UNITS_PER_HOUR);
export const toHours = (units: number): number => units / UNITS_PER_HOUR;

/** One piece of work in the learning stream: a skill to learn or a project to build. */
export interface Task {
  kind: 'skill' | 'project';
  id: string;
  title: string;
  units: number;
  /** Share of the task's time spent building, from the catalog. */
  buildShare: number;
  /** Tasks that must end in an earlier week than this one starts. */
  after: string[];
}

export interface TaskWeeks {
  first: number;
  last: number;
}

export interface StreamResult {
  /** Week span of each scheduled task, by id. */
  spans: Map<string, TaskWeeks>;
  /** The last week with learning in it (0 when nothing is left to learn). */
  lastWeek: number;
  /** Items per week (1-based index → items), when asked for. */
  items?: Map<number, PlanItem[]>;
}

/** Splits a slice of a task into its build and theory items; empty items are left out. */
function pushSlice(
  items: PlanItem[],
  kind: PlanItem['kind'],
  id: string,
  title: string,
  units: number,
  buildShare: number,
) {
  const build = Math.round(units * buildShare);
  if (build > 0) items.push({ kind, id, title, hours: toHours(build), mode: 'build' });
  if (units - build > 0)
    items.push({ kind, id, title, hours: toHours(units - build), mode: 'theory' });
}

/**
 * Lays the tasks, in the given order, one after another onto weeks of the given capacity. A task
 * that must wait for a prerequisite finishing this week starts next week; the rest of this week
 * goes to practice on what just finished. Because time only moves forward and every wait is a
 * ceiling of an earlier end, more capacity or fewer hours can only move every end earlier —
 * which is what keeps the contract's monotonicity.
 *
 * @param capacity units available in week `w` (1-based)
 */
export function scheduleStream(
  tasks: Task[],
  capacity: (week: number) => number,
  options: {
    collectItems: boolean;
    durations?: number[];
    /** The first week the stream may use (default 1). */
    startWeek?: number;
    /** Fill the rest of a week left by a waiting task with practice (default true). */
    fillWithReview?: boolean;
  },
): StreamResult {
  const spans = new Map<string, TaskWeeks>();
  const items = options.collectItems ? new Map<number, PlanItem[]>() : undefined;
  const itemsOf = (week: number) => {
    let list = items?.get(week);
    if (!list) {
      list = [];
      items?.set(week, list);
    }
    return list;
  };

  let week = options.startWeek ?? 1;
  let used = 0;
  let lastFinished: Task | undefined;
  let lastWeek = 0;
  // Zero-capacity weeks are holidays; a run of ten years of them means the input is broken.
  const maxIdleWeeks = 520;
  let idleWeeks = 0;

  const fillRestOfWeek = () => {
    const free = capacity(week) - used;
    if (options.fillWithReview === false) return;
    if (items && free > 0 && lastFinished && used > 0) {
      const title =
        lastFinished.kind === 'skill'
          ? `Practice and review: ${lastFinished.title}`
          : `Polish and write up: ${lastFinished.title}`;
      pushSlice(itemsOf(week), 'review', lastFinished.id, title, free, lastFinished.buildShare);
    }
  };

  tasks.forEach((task, index) => {
    const units = options.durations?.[index] ?? task.units;
    if (units <= 0) return;
    let earliest = options.startWeek ?? 1;
    for (const id of task.after) {
      const span = spans.get(id);
      if (span) earliest = Math.max(earliest, span.last + 1);
    }
    if (earliest > week) {
      fillRestOfWeek();
      week = earliest;
      used = 0;
    }
    let remaining = units;
    let first = 0;
    while (remaining > 0) {
      const free = capacity(week) - used;
      if (free <= 0) {
        if (capacity(week) <= 0 && ++idleWeeks > maxIdleWeeks) {
          throw new Error('no study hours in ten years of weeks');
        }
        week += 1;
        used = 0;
        continue;
      }
      idleWeeks = 0;
      const take = Math.min(free, remaining);
      if (items) pushSlice(itemsOf(week), task.kind, task.id, task.title, take, task.buildShare);
      if (first === 0) first = week;
      used += take;
      remaining -= take;
    }
    spans.set(task.id, { first, last: week });
    lastFinished = task;
    lastWeek = week;
  });
  if (lastWeek > 0) {
    week = lastWeek;
    fillRestOfWeek();
  }
  return { spans, lastWeek, ...(items && { items }) };
}
