import { loadInterviewCatalog } from '../../catalog/interview/index.js';
import type { GrowthStage, GrowthStageId } from '../../catalog/interview/schema.js';
import { daysBetween } from '../plan/dates.js';
import { isIsoDate } from '../profile.js';

/**
 * Growth mode: after an accepted offer, the stage of the career the person is in (years 1–2, 3–5,
 * 5+) and that stage's goals, each with a slot for progress. Stages are counted in completed years
 * since the acceptance date: anniversaries fall on the same calendar day, and a 29 February start
 * has its anniversary on 28 February in common years.
 */

export interface GoalProgress {
  id: string;
  title: string;
  why: string;
  /** What "done" looks like. */
  signal: string;
  done: boolean;
}

export interface GrowthStatus {
  /** False when today is before the acceptance date (the job has not started yet). */
  started: boolean;
  daysInJob: number;
  /** Completed years in the job. */
  completedYears: number;
  stage: {
    id: GrowthStageId;
    title: string;
    focus: string;
    /** First day of the stage. */
    startsOn: string;
    /** First day of the next stage; null for the open-ended last stage. */
    endsOn: string | null;
    /** Days from today until the next stage; null for the last stage. */
    daysLeft: number | null;
  };
  goals: GoalProgress[];
  progress: { done: number; total: number; percent: number };
  next: { id: GrowthStageId; title: string; startsOn: string } | null;
}

/** The same calendar day `years` later (28 February for a 29 February start in a common year). */
export function addYears(iso: string, years: number): string {
  const [year = 0, month = 1, day = 1] = iso.split('-').map(Number);
  const target = year + years;
  const lastDay = new Date(Date.UTC(target, month, 0)).getUTCDate();
  const date = new Date(Date.UTC(target, month - 1, Math.min(day, lastDay)));
  return date.toISOString().slice(0, 10);
}

/** Full years from `from` to `to` (0 when `to` is before the first anniversary or before `from`). */
export function completedYears(from: string, to: string): number {
  if (to <= from) return 0;
  let years = Number(to.slice(0, 4)) - Number(from.slice(0, 4));
  if (addYears(from, years) > to) years -= 1;
  return Math.max(0, years);
}

/**
 * The growth stage for someone who accepted an offer on `acceptedDate`, as of `today`, with the
 * stage's goals marked done when their id is in `completed`. Throws a RangeError for dates that are
 * not YYYY-MM-DD.
 */
export function growthGoals(
  acceptedDate: string,
  today: string,
  options: { completed?: Iterable<string>; stages?: readonly GrowthStage[] } = {},
): GrowthStatus {
  for (const date of [acceptedDate, today]) {
    if (!isIsoDate(date)) throw new RangeError(`not a date written as YYYY-MM-DD: ${date}`);
  }
  const stages = options.stages ?? loadInterviewCatalog().growth.stages;
  const started = today >= acceptedDate;
  const years = completedYears(acceptedDate, today);
  const index = stages.findIndex(
    (stage) => years >= stage.fromYear && (stage.toYear === null || years < stage.toYear),
  );
  const stage = stages[index];
  if (!stage) throw new RangeError(`no growth stage covers year ${years}`);
  const next = stages[index + 1];

  const completed = new Set(options.completed ?? []);
  const goals = stage.goals.map((goal) => ({ ...goal, done: completed.has(goal.id) }));
  const done = goals.filter((goal) => goal.done).length;
  const endsOn = stage.toYear === null ? null : addYears(acceptedDate, stage.toYear);

  return {
    started,
    daysInJob: started ? daysBetween(acceptedDate, today) : 0,
    completedYears: years,
    stage: {
      id: stage.id,
      title: stage.title,
      focus: stage.focus,
      startsOn: addYears(acceptedDate, stage.fromYear),
      endsOn,
      daysLeft: endsOn === null ? null : daysBetween(today, endsOn),
    },
    goals,
    progress: {
      done,
      total: goals.length,
      percent: goals.length === 0 ? 0 : Math.round((done / goals.length) * 100),
    },
    next: next
      ? { id: next.id, title: next.title, startsOn: addYears(acceptedDate, next.fromYear) }
      : null,
  };
}
