import { addDays, daysBetween } from '../../plan/dates.js';
import { firstEntryDate, latestProjectStates, projectInProgress, projectTitle } from '../data.js';
import { longDate, weeksText } from '../format.js';
import type { Rule } from '../types.js';

/** Weeks after the first logged session by which a first public write-up should exist. */
export const WEEKS_BEFORE_WRITING = 26;

export const noWriting: Rule = {
  id: 'no-writing',
  title: 'Nothing written in public',
  check(context) {
    const { progress, today } = context;
    const first = firstEntryDate(progress, today);
    if (!first) return null;
    const days = daysBetween(first, today);
    if (days < WEEKS_BEFORE_WRITING * 7) return null;
    if (progress.evidence.some((link) => link.type === 'blog-post' && link.date <= today)) {
      return null;
    }

    const shipped = [...latestProjectStates(progress).values()]
      .filter((state) => state.status === 'shipped')
      .sort((a, b) => (b.shippedOn ?? '').localeCompare(a.shippedOn ?? ''))[0];
    const subject = shipped ?? projectInProgress(context);
    return {
      id: 'no-writing',
      severity: 'info',
      message:
        'Nothing of yours is written up in public yet. A short post about a project proves you can explain your work, which every ML interview tests, and gives recruiters something to find.',
      evidence: `It has been ${weeksText(days)} since your first logged session on ${longDate(first)}, and no blog post is recorded.`,
      action: `By ${longDate(addDays(today, 14))}, publish a write-up of ${subject ? projectTitle(context, subject.projectId) : 'one thing you built this month'}: the question, the data, your result against a simple baseline and one mistake you fixed.`,
    };
  },
};
