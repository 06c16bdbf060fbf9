import type { Catalog, Project, Skill } from '../../catalog/schema.js';
import { addDays, daysBetween } from '../plan/dates.js';
import type { Plan } from '../plan/schema.js';
import type { Progress, ProjectState, SkillState, TimeEntry } from '../progress/types.js';
import { quoted } from './format.js';
import type { CoachContext } from './types.js';

/**
 * Reading the recorded progress for the rules. A window of `days` days ends with today and
 * includes it: the 28-day window on Nov 22 runs from Oct 26 to Nov 22. Records dated after today
 * are ignored everywhere.
 */
export const windowStart = (today: string, days: number): string => addDays(today, -(days - 1));

/** True when `date` falls in the `days`-day window that ends with today. */
export function inWindow(date: string, today: string, days: number): boolean {
  const age = daysBetween(date, today);
  return age >= 0 && age < days;
}

export const pastEntries = (progress: Progress, today: string): TimeEntry[] =>
  progress.timeEntries.filter((entry) => entry.date <= today);

export const hoursOf = (entries: readonly TimeEntry[]): number =>
  entries.reduce((sum, entry) => sum + entry.minutes, 0) / 60;

/** The earliest date in a list, or undefined for an empty one. */
export function earliest(dates: Iterable<string>): string | undefined {
  let first: string | undefined;
  for (const date of dates) if (first === undefined || date < first) first = date;
  return first;
}

/** The date of the first time entry up to today: when the user's logged learning began. */
export const firstEntryDate = (progress: Progress, today: string): string | undefined =>
  earliest(pastEntries(progress, today).map((entry) => entry.date));

/** The first day with anything recorded up to today: time logged or a networking activity. */
export const firstActivityDate = (progress: Progress, today: string): string | undefined =>
  earliest(
    [...progress.timeEntries, ...progress.networking]
      .map((record) => record.date)
      .filter((date) => date <= today),
  );

export const skillById = (catalog: Catalog, id: string): Skill | undefined =>
  catalog.skills.find((skill) => skill.id === id);

export const projectById = (catalog: Catalog, id: string): Project | undefined =>
  catalog.projects.find((project) => project.id === id);

/** Hours logged on one skill or project up to today. */
export const hoursOn = (progress: Progress, today: string, kind: string, id: string): number =>
  hoursOf(
    pastEntries(progress, today).filter(
      (entry) => entry.targetKind === kind && entry.targetId === id,
    ),
  );

/** Each skill's current state: the latest change wins when a skill appears twice. */
export function latestSkillStates(progress: Progress): Map<string, SkillState> {
  const latest = new Map<string, SkillState>();
  for (const state of progress.skillStates) {
    const seen = latest.get(state.skillId);
    if (!seen || state.changedOn >= seen.changedOn) latest.set(state.skillId, state);
  }
  return latest;
}

/** Each project's current state: the last one listed wins when a project appears twice. */
export function latestProjectStates(progress: Progress): Map<string, ProjectState> {
  return new Map(progress.projectStates.map((state) => [state.projectId, state]));
}

/**
 * A project's title as the plan shows it (the domain variant), else the catalog's, quoted for use
 * inside a sentence (project titles often contain a colon).
 */
export function projectTitle(context: CoachContext, id: string): string {
  return quoted(
    context.plan.projects.find((project) => project.id === id)?.title ??
      projectById(context.catalog, id)?.title ??
      id,
  );
}

export const skillTitle = (catalog: Catalog, id: string): string =>
  skillById(catalog, id)?.title ?? id;

/** The project being built (the most recently started one), if any. */
export function projectInProgress(context: CoachContext): ProjectState | undefined {
  return [...latestProjectStates(context.progress).values()]
    .filter((state) => state.status === 'in-progress')
    .sort((a, b) => (b.startedOn ?? '').localeCompare(a.startedOn ?? ''))[0];
}

/** The first project of the plan that is neither shipped nor skipped. */
export function nextPlannedProject(context: CoachContext): Plan['projects'][number] | undefined {
  const states = latestProjectStates(context.progress);
  return context.plan.projects.find((project) => {
    const status = states.get(project.id)?.status;
    return status !== 'shipped' && status !== 'skipped';
  });
}

/** The title of what the user is building now, else of the next project in the plan. */
export function currentProjectTitle(context: CoachContext): string | undefined {
  const current = projectInProgress(context);
  if (current) return projectTitle(context, current.projectId);
  const next = nextPlannedProject(context);
  return next && quoted(next.title);
}
