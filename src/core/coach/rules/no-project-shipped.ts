import { addDays, daysBetween } from '../../plan/dates.js';
import {
  firstEntryDate,
  hoursOf,
  latestProjectStates,
  nextPlannedProject,
  pastEntries,
  projectInProgress,
  projectTitle,
} from '../data.js';
import { hoursText, longDate, quoted, shortDate, weeksText } from '../format.js';
import type { Rule } from '../types.js';

/** Weeks of logged learning after which a first project should be out. */
export const WEEKS_BEFORE_FIRST_SHIP = 8;

export const noProjectShipped: Rule = {
  id: 'no-project-shipped',
  title: 'Nothing shipped yet',
  check(context) {
    const { progress, today } = context;
    const first = firstEntryDate(progress, today);
    if (!first) return null;
    const days = daysBetween(first, today);
    if (days < WEEKS_BEFORE_FIRST_SHIP * 7) return null;
    const states = [...latestProjectStates(progress).values()];
    if (states.some((state) => state.status === 'shipped')) return null;

    const total = hoursOf(pastEntries(progress, today));
    const current = projectInProgress(context);
    const next = nextPlannedProject(context);
    const evidence = `You started logging on ${longDate(first)}, ${weeksText(days)} ago, and have ${hoursText(total)} logged, but no project is marked shipped.`;
    const currentNote = current
      ? ` ${projectTitle(context, current.projectId)} is in progress${current.startedOn ? ` since ${longDate(current.startedOn)}` : ''}.`
      : '';
    const action = current
      ? `Cut ${projectTitle(context, current.projectId)} down to what already works and publish it with a README by ${shortDate(addDays(today, 7))}; list the rest as next steps.`
      : `Start ${next ? quoted(next.title) : 'the first project of your plan'} this week and publish a first working version by ${shortDate(addDays(today, 14))}, however small.`;
    return {
      id: 'no-project-shipped',
      severity: 'warning',
      message:
        'Months of learning with nothing shipped is where many career switchers stall. A small finished project teaches more than the next course, and it is the first thing a hiring manager opens.',
      evidence: evidence + currentNote,
      action,
    };
  },
};
