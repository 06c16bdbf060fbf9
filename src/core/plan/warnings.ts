import { MAX_HOURS_PER_WEEK } from '../profile.js';
import { addDays, DAYS_PER_MONTH, daysBetween } from './dates.js';
import { medianTotalMonths, type PlannerInput } from './planner.js';
import type { Plan } from './schema.js';

/** Below this many hours a week the timeline stretches a lot. */
export const LOW_HOURS = 8;
/** A deadline this close, from zero programming, is the "ML engineer in 6 months" pattern. */
const COMPRESSION_DAYS = 365;

const months = (days: number) => Math.round((days / DAYS_PER_MONTH) * 10) / 10;

/** The smallest weekly hours whose median first offer falls on or before the target, if any. */
function hoursToMeet(input: PlannerInput, start: string, target: string): number | undefined {
  const meets = (hours: number) =>
    addDays(start, Math.round(medianTotalMonths(input, hours) * DAYS_PER_MONTH)) <= target;
  let low = Math.ceil(input.profile.hoursPerWeek);
  let high = MAX_HOURS_PER_WEEK;
  if (!meets(high)) return undefined;
  // More hours never give a later date, so the feasible hours form a range we can bisect.
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (meets(middle)) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** The contract's warnings, each only where it applies. */
export function planWarnings(plan: Plan, input: PlannerInput): Plan['warnings'] {
  const { profile } = input;
  const start = profile.startDate ?? input.today;
  const warnings: Plan['warnings'] = [];
  const p50 = plan.estimate.firstOfferDate.p50;

  if (profile.targetDate && profile.targetDate < p50) {
    const short = months(daysBetween(profile.targetDate, p50));
    const hours = hoursToMeet(input, start, profile.targetDate);
    const remedy =
      hours !== undefined
        ? `It becomes feasible at about ${hours} hours a week, or with a target of ${p50} or later.`
        : `No weekly hours reach it, because learning saturates; a target of ${p50} or later is realistic at your hours.`;
    warnings.push({
      id: 'deadline-infeasible',
      message: `Your target date ${profile.targetDate} is ${short} months before the median estimate of a first offer (${p50}). ${remedy}`,
    });
  }

  if (profile.track === 'research' && profile.education !== 'phd') {
    warnings.push({
      id: 'research-track',
      message:
        'Research roles at labs hire mostly people with a PhD and published papers, so this door is nearly closed to career switchers. The applied track — building, shipping and monitoring models inside products — hires far more people and values your domain experience. This plan is the applied path; research depth can follow later.',
    });
  }

  if (profile.hoursPerWeek < LOW_HOURS) {
    warnings.push({
      id: 'low-hours',
      message: `At ${profile.hoursPerWeek} hours a week progress is slow and easy to lose between sessions. Even ${LOW_HOURS}–10 hours, in a few fixed blocks, would shorten the plan noticeably.`,
    });
  }

  const fromZero = profile.background === 'no-programming' || profile.skills.python === 0;
  if (fromZero && profile.targetDate && daysBetween(start, profile.targetDate) < COMPRESSION_DAYS) {
    warnings.push({
      id: 'unrealistic-compression',
      message:
        'Going from no programming to an ML engineering offer in under a year is the pattern bootcamp ads sell and that most people fail: skipping production software skills shows up at the first technical screen. Plan for at least a year and treat it as a project with deliverables.',
    });
  }
  return warnings;
}
