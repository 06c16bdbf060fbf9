import { addDays, daysBetween } from '../../plan/dates.js';
import type { NetworkingActivity } from '../../progress/types.js';
import { firstActivityDate } from '../data.js';
import { longDate, shortDate, weeksText } from '../format.js';
import type { Rule } from '../types.js';

/** Days without networking that trigger the alert, once the user has this much history. */
export const ISOLATION_DAYS = 28;
/** From this many days without networking, the alert is a warning. */
const WARNING_DAYS = 56;

const KIND_NAMES: Record<NetworkingActivity['kind'], string> = {
  'coffee-chat': 'coffee chat',
  meetup: 'meetup',
  post: 'public post',
  message: 'message',
};

export const isolation: Rule = {
  id: 'isolation',
  title: 'Learning alone',
  check({ progress, today }) {
    const first = firstActivityDate(progress, today);
    if (!first || daysBetween(first, today) < ISOLATION_DAYS) return null;
    const last = progress.networking
      .filter((activity) => activity.date <= today)
      .sort((a, b) => b.date.localeCompare(a.date))[0];
    const quiet = daysBetween(last?.date ?? first, today);
    if (last && quiet < ISOLATION_DAYS) return null;

    return {
      id: 'isolation',
      severity: quiet >= WARNING_DAYS ? 'warning' : 'info',
      message:
        'Many ML jobs are filled through people who already know you, and a referral leads to an interview far more often than a cold application. Contacts take months to grow, so start well before you apply.',
      evidence: last
        ? `Your last networking activity was a ${KIND_NAMES[last.kind]} on ${longDate(last.date)}, ${weeksText(quiet)} ago.`
        : `You have been at it since ${longDate(first)} (${weeksText(quiet)}) and have not logged any networking yet.`,
      action: `By ${shortDate(addDays(today, 7))}, message one person who does ML work in your former industry or at a company you would like to join, and ask for a 20-minute chat about their job.`,
    };
  },
};
