import { addDays, daysBetween } from '../plan/dates.js';
import type { TimeEntry } from '../progress/types.js';

/**
 * Study velocity from the time log.
 *
 * The window is the last `weeks` full weeks before today, today excluded (it is not over):
 * week 0 runs from today − 7 to today − 1, week 1 from today − 14 to today − 8, and so on.
 * Weeks before the user's first entry are not observed (a user who started two weeks ago has two
 * weeks, not six empty ones); observed weeks without entries count as 0 hours.
 *
 * Weighting: week i (0 = most recent) weighs 0.5^(i / 3), a half-life of 3 weeks, so last week
 * counts twice as much as the week three weeks earlier and four times the week six weeks earlier.
 * The velocity is the weighted mean of the weekly hours, and its uncertainty the weighted
 * (population) standard deviation sqrt(Σ w·(h − v)² / Σ w).
 *
 * The slow pace behind the P80 is the velocity minus its weighted downside deviation
 * sqrt(Σ_{h < v} w·(v − h)² / Σ w): only weeks below the average pull it down. Unlike v − sd, it
 * never drops when a week gets more hours (the weight a week adds to the deviation is never more
 * than what it adds to the mean), which keeps "more hours never give a later date" true for the
 * P80 too. It always lies between v − sd and v.
 */
export const HALF_LIFE_WEEKS = 3;
export const DEFAULT_WEEKS = 8;

export interface WeekHours {
  /** First and last day of the week, inclusive. */
  start: string;
  end: string;
  hours: number;
  weight: number;
}

export interface Velocity {
  /** Weighted mean of the observed weekly hours. */
  hoursPerWeek: number;
  /** Weighted standard deviation of the weekly hours. */
  sd: number;
  /** Full weeks in the window since the first entry (at most `weeks`). */
  weeksObserved: number;
}

export interface Observation extends Velocity {
  /** Velocity minus the weighted downside deviation, never below 0. */
  slowHoursPerWeek: number;
  /** The observed weeks, most recent first. */
  weeks: WeekHours[];
}

const round2 = (value: number) => Math.round(value * 100) / 100;

/** Weight of week `index` (0 = the last full week). */
export const weekWeight = (index: number): number => 0.5 ** (index / HALF_LIFE_WEEKS);

export function observeVelocity(
  entries: readonly TimeEntry[],
  today: string,
  weeks = DEFAULT_WEEKS,
): Observation {
  const span = Math.max(1, Math.floor(weeks));
  let first: string | undefined;
  for (const entry of entries) {
    if (entry.date < today && (first === undefined || entry.date < first)) first = entry.date;
  }
  const observed =
    first === undefined ? 0 : Math.min(span, Math.ceil(daysBetween(first, today) / 7));

  const minutes = new Array<number>(observed).fill(0);
  for (const entry of entries) {
    const age = daysBetween(entry.date, today);
    const index = Math.floor((age - 1) / 7);
    if (age >= 1 && index < observed) minutes[index] = (minutes[index] ?? 0) + entry.minutes;
  }
  const list: WeekHours[] = minutes.map((total, index) => {
    const start = addDays(today, -7 * (index + 1));
    return { start, end: addDays(start, 6), hours: total / 60, weight: weekWeight(index) };
  });

  const totalWeight = list.reduce((sum, week) => sum + week.weight, 0);
  if (totalWeight === 0) {
    return { hoursPerWeek: 0, sd: 0, weeksObserved: 0, slowHoursPerWeek: 0, weeks: [] };
  }
  const mean = list.reduce((sum, week) => sum + week.weight * week.hours, 0) / totalWeight;
  const squares = (keep: (week: WeekHours) => boolean) =>
    list.filter(keep).reduce((sum, week) => sum + week.weight * (week.hours - mean) ** 2, 0) /
    totalWeight;
  const sd = Math.sqrt(squares(() => true));
  const downside = Math.sqrt(squares((week) => week.hours < mean));
  return {
    hoursPerWeek: round2(mean),
    sd: round2(sd),
    weeksObserved: observed,
    slowHoursPerWeek: round2(Math.max(0, mean - downside)),
    weeks: list.map((week) => ({ ...week, hours: round2(week.hours) })),
  };
}
