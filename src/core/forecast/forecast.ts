import type { Catalog } from '../../catalog/schema.js';
import { daysBetween } from '../plan/dates.js';
import { buildPlan, type PlannerInput, type PlanProgress } from '../plan/planner.js';
import { MAX_HOURS_PER_WEEK, MIN_HOURS_PER_WEEK, type Profile } from '../profile.js';
import type { Progress } from '../progress/types.js';
import { DEFAULT_WEEKS, observeVelocity, type Velocity } from './velocity.js';

/** Fewer observed weeks than this and the forecast uses the profile's planned hours. */
export const MIN_OBSERVED_WEEKS = 2;

export interface ForecastInput {
  profile: Profile;
  catalog: Catalog;
  progress: Progress;
  /** YYYY-MM-DD; the re-planned schedule starts here. */
  today: string;
  /** Full weeks of history the velocity looks at (default 8). */
  weeks?: number;
}

export interface Forecast {
  velocity: Velocity;
  /** Weekly hours the P50 and the P80 plans assume. */
  pace: { p50: number; p80: number };
  firstOfferDate: { p50: string; p80: string };
  /** Against the profile's target date: days the P50 is late (negative: early). */
  target?: { date: string; daysLate: number };
  /** `observed`: dates at the logged pace; `planned`: too little history, the profile's hours. */
  basis: 'observed' | 'planned';
}

const clampHours = (hours: number) =>
  Math.min(MAX_HOURS_PER_WEEK, Math.max(MIN_HOURS_PER_WEEK, hours));

/**
 * The recorded skill and project states as the planner reads them; the latest change of a skill
 * wins. Shipped and skipped projects are not planned again.
 */
export function plannerProgress(
  progress: Pick<Progress, 'skillStates'> &
    Partial<Pick<Progress, 'projectStates' | 'addedSkills'>>,
): PlanProgress {
  const latest = new Map<string, Progress['skillStates'][number]>();
  for (const state of progress.skillStates) {
    const seen = latest.get(state.skillId);
    if (!seen || state.changedOn >= seen.changedOn) latest.set(state.skillId, state);
  }
  const skills: NonNullable<PlanProgress['skills']> = {};
  for (const [id, state] of latest) {
    if (state.status !== 'todo') skills[id] = state.status;
  }
  const projects: NonNullable<PlanProgress['projects']> = {};
  for (const state of progress.projectStates ?? []) {
    if (state.status !== 'todo') projects[state.projectId] = state.status;
  }
  return { skills, projects, addedSkills: progress.addedSkills ?? [] };
}

/** The planner's input for the rest of the way: from today, at the given weekly hours. */
export function remainingPlanInput(
  input: Pick<ForecastInput, 'profile' | 'catalog' | 'progress' | 'today'>,
  hoursPerWeek: number,
): PlannerInput {
  return {
    profile: { ...input.profile, startDate: input.today, hoursPerWeek: clampHours(hoursPerWeek) },
    catalog: input.catalog,
    today: input.today,
    progress: plannerProgress(input.progress),
  };
}

/**
 * When the first offer comes at the pace the user really keeps. The remaining skills are planned
 * again from today at the observed velocity: that plan's P50 is the forecast's P50. The P80 is the
 * later of that plan's own P80 (task lengths vary) and the P50 of a plan at the slow pace (the
 * velocity minus its downside deviation: the weekly hours vary too). With fewer than two observed
 * weeks the profile's hours stand in for the velocity.
 */
export function forecast(input: ForecastInput): Forecast {
  const { profile, progress, today } = input;
  const observation = observeVelocity(progress.timeEntries, today, input.weeks ?? DEFAULT_WEEKS);
  const velocity: Velocity = {
    hoursPerWeek: observation.hoursPerWeek,
    sd: observation.sd,
    weeksObserved: observation.weeksObserved,
  };
  const basis = observation.weeksObserved >= MIN_OBSERVED_WEEKS ? 'observed' : 'planned';
  const pace =
    basis === 'observed'
      ? {
          p50: clampHours(observation.hoursPerWeek),
          p80: clampHours(observation.slowHoursPerWeek),
        }
      : { p50: profile.hoursPerWeek, p80: profile.hoursPerWeek };

  const plan = buildPlan(remainingPlanInput(input, pace.p50));
  const { p50, p80: planP80 } = plan.estimate.firstOfferDate;
  const slowP50 =
    pace.p80 < pace.p50
      ? buildPlan(remainingPlanInput(input, pace.p80)).estimate.firstOfferDate.p50
      : p50;
  const result: Forecast = {
    velocity,
    pace,
    firstOfferDate: { p50, p80: slowP50 > planP80 ? slowP50 : planP80 },
    basis,
  };
  if (profile.targetDate) {
    result.target = { date: profile.targetDate, daysLate: daysBetween(profile.targetDate, p50) };
  }
  return result;
}
