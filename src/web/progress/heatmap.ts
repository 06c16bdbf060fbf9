import { addDays, daysBetween, toEpochDay } from '../roadmap/dates';

export interface HeatCell {
  date: string;
  minutes: number;
  /** 0 (nothing) to 4 (two hours or more). */
  level: 0 | 1 | 2 | 3 | 4;
}

export interface Heatmap {
  /** Columns of seven days, Monday first; null for the days after today. */
  weeks: (HeatCell | null)[][];
  activeDays: number;
  totalMinutes: number;
  longestStreak: number;
  /** Days in a row up to today (or yesterday, when today has nothing yet). */
  currentStreak: number;
}

export const WEEKS_SHOWN = 53;

export function heatLevel(minutes: number): HeatCell['level'] {
  if (minutes <= 0) return 0;
  if (minutes < 30) return 1;
  if (minutes < 60) return 2;
  if (minutes < 120) return 3;
  return 4;
}

/** Monday of the week that holds the day (1970-01-01 was a Thursday). */
const mondayOf = (iso: string) => addDays(iso, -((toEpochDay(iso) + 3) % 7));

/**
 * The year of days as 53 week columns ending with the week of today, from the dashboard's
 * minutes per day (days without minutes may be missing), with the figures of its text summary.
 */
export function heatmapGrid(today: string, days: { date: string; minutes: number }[]): Heatmap {
  const minutesOn = new Map<string, number>();
  for (const day of days) minutesOn.set(day.date, (minutesOn.get(day.date) ?? 0) + day.minutes);
  const first = addDays(mondayOf(today), -7 * (WEEKS_SHOWN - 1));

  const weeks: (HeatCell | null)[][] = [];
  let activeDays = 0;
  let totalMinutes = 0;
  let longestStreak = 0;
  let run = 0;
  for (let week = 0; week < WEEKS_SHOWN; week++) {
    const column: (HeatCell | null)[] = [];
    for (let day = 0; day < 7; day++) {
      const date = addDays(first, week * 7 + day);
      if (daysBetween(date, today) < 0) {
        column.push(null);
        continue;
      }
      const minutes = minutesOn.get(date) ?? 0;
      if (minutes > 0) {
        activeDays++;
        totalMinutes += minutes;
        run++;
        longestStreak = Math.max(longestStreak, run);
      } else {
        run = 0;
      }
      column.push({ date, minutes, level: heatLevel(minutes) });
    }
    weeks.push(column);
  }

  let currentStreak = 0;
  let cursor = (minutesOn.get(today) ?? 0) > 0 ? today : addDays(today, -1);
  while ((minutesOn.get(cursor) ?? 0) > 0 && daysBetween(cursor, today) < WEEKS_SHOWN * 7) {
    currentStreak++;
    cursor = addDays(cursor, -1);
  }
  return { weeks, activeDays, totalMinutes, longestStreak, currentStreak };
}
