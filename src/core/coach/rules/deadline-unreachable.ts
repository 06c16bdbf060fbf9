import { forecast as forecastOf, remainingPlanInput } from '../../forecast/forecast.js';
import { addDays, DAYS_PER_MONTH, daysBetween, monthsToDays } from '../../plan/dates.js';
import { MODEL } from '../../plan/model.js';
import { medianTotalMonths } from '../../plan/planner.js';
import { hoursText, longDate, round1 } from '../format.js';
import type { CoachContext, Rule } from '../types.js';

/** Later than this many days past the target, the alert is critical. */
const CRITICAL_DAYS_LATE = 90;
/** Past this many weekly hours extra hours add almost nothing (the planner's saturation). */
const REALISTIC_MAX_HOURS = MODEL.secondTierHours;

/** The fewest whole weekly hours whose median first offer is on or before the target, if any. */
function hoursToMeet(context: CoachContext, from: number, target: string): number | undefined {
  const meets = (hours: number) => {
    const input = remainingPlanInput(context, hours);
    return addDays(context.today, monthsToDays(medianTotalMonths(input, hours))) <= target;
  };
  let low = Math.max(1, Math.ceil(from));
  let high: number = REALISTIC_MAX_HOURS;
  if (low > high || !meets(high)) return undefined;
  // More hours never give a later date, so the hours that meet the target form a range.
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (meets(middle)) high = middle;
    else low = middle + 1;
  }
  return low;
}

const lateText = (days: number) =>
  days < 60 ? `${days} days` : `${round1(days / DAYS_PER_MONTH)} months`;

export const deadlineUnreachable: Rule = {
  id: 'deadline-unreachable',
  title: 'Target date out of reach at this pace',
  check(context) {
    const { profile } = context;
    const target = profile.targetDate;
    if (!target) return null;
    const result = context.forecast ?? forecastOf(context);
    // Only the logged pace is evidence; at the planned pace the plan itself already warns.
    if (result.basis !== 'observed') return null;
    const p50 = result.firstOfferDate.p50;
    if (p50 <= target) return null;

    const daysLate = daysBetween(target, p50);
    const pace = result.velocity.hoursPerWeek;
    const needed = hoursToMeet(context, result.pace.p50, target);
    return {
      id: 'deadline-unreachable',
      severity: daysLate > CRITICAL_DAYS_LATE ? 'critical' : 'warning',
      message:
        'At the pace you have actually kept, your first offer comes after your target date. Adjusting the plan now is easier than cramming in the last months.',
      evidence: `You averaged ${hoursText(pace)} a week over the last ${result.velocity.weeksObserved} weeks (recent weeks weigh more); at that pace the median first offer is ${longDate(p50)}, ${lateText(daysLate)} after your target of ${longDate(target)}.`,
      action:
        needed !== undefined
          ? `Block ${needed} hours a week in your calendar from now on; if that cannot fit, move your target date to ${longDate(p50)}.`
          : `Move your target date to ${longDate(p50)} or later: no realistic number of weekly hours reaches the current one.`,
    };
  },
};
