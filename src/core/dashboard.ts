import type { Catalog } from '../catalog/schema.js';
import { type Alert, runCoach } from './coach/index.js';
import {
  type Forecast,
  forecast,
  milestonesReached,
  plannerProgress,
  type ReachedMilestone,
} from './forecast/index.js';
import { addDays, daysBetween, mondayOf } from './plan/dates.js';
import { buildPlan } from './plan/planner.js';
import type { Plan, PlanItem } from './plan/schema.js';
import type { Profile } from './profile.js';
import type { Progress, RunwayInput } from './progress/types.js';
import { type Runway, runway } from './runway/index.js';

export interface DashboardInput {
  profile: Profile;
  catalog: Catalog;
  progress: Progress;
  dismissals: { ruleId: string; until?: string }[];
  runway: RunwayInput | null;
  /** Mondays of the weeks the user has checked in on. */
  checkedInWeeks?: string[];
  /** YYYY-MM-DD. */
  today: string;
}

export interface Dashboard {
  today: string;
  /** The plan week that contains today, with what was logged in it. */
  week: {
    index: number;
    start: string;
    plannedHours: number;
    items: PlanItem[];
    loggedHours: number;
    logged: { targetKind: string; targetId: string; hours: number }[];
  } | null;
  /** Cumulative planned and logged hours per plan week, up to the current week. */
  burnup: {
    week: number;
    start: string;
    planned: number;
    actual: number;
    skillsPlanned: number;
    skillsDone: number;
  }[];
  /** Minutes logged per day over the last 365 days (days with none are left out). */
  heatmap: { date: string; minutes: number }[];
  /** Build share of the hours logged in the last 28 days; null with nothing logged. */
  buildShare: { share: number | null; hours: number; since: string };
  nextMilestone: Plan['milestones'][number] | null;
  milestonesReached: ReachedMilestone[];
  forecast: Forecast;
  plan: {
    firstOfferDate: Plan['estimate']['firstOfferDate'];
    targetDate: string | null;
    warnings: Plan['warnings'];
  };
  alerts: Alert[];
  /** The weekly check-in asked for: the last full week (Monday) and whether it is done. */
  checkin: { weekStart: string; done: boolean };
  runway: (Runway & { currency: string }) | null;
  totals: {
    hours: number;
    entries: number;
    skillsDone: number;
    projectsShipped: number;
    networking: number;
  };
}

const hoursOf = (minutes: number) => Math.round((minutes / 60) * 100) / 100;

/**
 * Everything the dashboard and `mlpath status` show, from the user's data: pure, so the web page
 * and the CLI print the same figures.
 */
export function buildDashboard(input: DashboardInput): Dashboard {
  const { profile, catalog, progress, today } = input;
  const plan = buildPlan({ profile, catalog, today, progress: plannerProgress(progress) });
  const outlook = forecast({ profile, catalog, progress, today });
  const alerts = runCoach({
    profile,
    plan,
    progress,
    today,
    catalog,
    dismissals: input.dismissals,
    forecast: outlook,
  });

  const start = plan.weeks[0]?.start ?? today;
  const weekIndex = Math.floor(daysBetween(start, today) / 7) + 1;
  const planWeek = weekIndex >= 1 ? plan.weeks[weekIndex - 1] : undefined;
  const entriesIn = (from: string, to: string) =>
    progress.timeEntries.filter((entry) => entry.date >= from && entry.date <= to);

  let week: Dashboard['week'] = null;
  if (planWeek) {
    const logged = new Map<string, { targetKind: string; targetId: string; minutes: number }>();
    for (const entry of entriesIn(planWeek.start, addDays(planWeek.start, 6))) {
      const key = `${entry.targetKind}:${entry.targetId}`;
      const row = logged.get(key) ?? {
        targetKind: entry.targetKind,
        targetId: entry.targetId,
        minutes: 0,
      };
      row.minutes += entry.minutes;
      logged.set(key, row);
    }
    const rows = [...logged.values()].map(({ minutes, ...row }) => ({
      ...row,
      hours: hoursOf(minutes),
    }));
    week = {
      index: planWeek.index,
      start: planWeek.start,
      plannedHours: planWeek.hours,
      items: planWeek.items,
      loggedHours: Math.round(rows.reduce((sum, row) => sum + row.hours, 0) * 100) / 100,
      logged: rows,
    };
  }

  const doneOn = new Map(
    progress.skillStates
      .filter((state) => state.status === 'done')
      .map((state) => [state.skillId, state.changedOn]),
  );
  const burnup: Dashboard['burnup'] = [];
  let planned = 0;
  let actualMinutes = 0;
  let skillsPlanned = 0;
  const sortedEntries = [...progress.timeEntries].sort((a, b) => a.date.localeCompare(b.date));
  let cursor = 0;
  for (const planned_week of plan.weeks.slice(
    0,
    Math.max(0, Math.min(weekIndex, plan.weeks.length)),
  )) {
    const end = addDays(planned_week.start, 6);
    planned += planned_week.hours;
    skillsPlanned += plan.skills.filter((skill) => skill.lastWeek === planned_week.index).length;
    while (cursor < sortedEntries.length && (sortedEntries[cursor]?.date ?? '') <= end) {
      if ((sortedEntries[cursor]?.date ?? '') >= start)
        actualMinutes += sortedEntries[cursor]?.minutes ?? 0;
      cursor++;
    }
    burnup.push({
      week: planned_week.index,
      start: planned_week.start,
      planned: Math.round(planned * 100) / 100,
      actual: hoursOf(actualMinutes),
      skillsPlanned,
      skillsDone: [...doneOn.values()].filter((date) => date <= end).length,
    });
  }

  const yearAgo = addDays(today, -364);
  const byDay = new Map<string, number>();
  for (const entry of entriesIn(yearAgo, today))
    byDay.set(entry.date, (byDay.get(entry.date) ?? 0) + entry.minutes);
  const heatmap = [...byDay.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, minutes]) => ({ date, minutes }));

  const since = addDays(today, -27);
  const recent = entriesIn(since, today);
  const recentMinutes = recent.reduce((sum, entry) => sum + entry.minutes, 0);
  const buildMinutes = recent
    .filter((entry) => entry.mode === 'build')
    .reduce((sum, entry) => sum + entry.minutes, 0);

  const lastWeek = addDays(mondayOf(today), -7);

  const money = input.runway
    ? {
        ...runway({ input: input.runway, today, p80: outlook.firstOfferDate.p80 }),
        currency: input.runway.currency,
      }
    : null;

  return {
    today,
    week,
    burnup,
    heatmap,
    buildShare: {
      share: recentMinutes > 0 ? Math.round((buildMinutes / recentMinutes) * 1000) / 1000 : null,
      hours: hoursOf(recentMinutes),
      since,
    },
    nextMilestone: plan.milestones.find((milestone) => milestone.date >= today) ?? null,
    milestonesReached: milestonesReached({ plan, progress, catalog }),
    forecast: outlook,
    plan: {
      firstOfferDate: plan.estimate.firstOfferDate,
      targetDate: profile.targetDate ?? null,
      warnings: plan.warnings,
    },
    alerts,
    checkin: { weekStart: lastWeek, done: (input.checkedInWeeks ?? []).includes(lastWeek) },
    runway: money,
    totals: {
      hours: hoursOf(progress.timeEntries.reduce((sum, entry) => sum + entry.minutes, 0)),
      entries: progress.timeEntries.length,
      skillsDone: doneOn.size,
      projectsShipped: progress.projectStates.filter((state) => state.status === 'shipped').length,
      networking: progress.networking.length,
    },
  };
}
