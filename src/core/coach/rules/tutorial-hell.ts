import { currentProjectTitle, hoursOf, inWindow, pastEntries, windowStart } from '../data.js';
import { dateRange, hoursText, percentText } from '../format.js';
import type { Rule } from '../types.js';

/** The 70/30 rule: at most 30% of the hours on theory, over the last 4 weeks. */
export const THEORY_SHARE_LIMIT = 0.3;
export const TUTORIAL_WINDOW_DAYS = 28;
/** Below this many hours in the window a share says little. */
export const TUTORIAL_MIN_HOURS = 5;
/** From this share on, the alert is critical. */
const CRITICAL_SHARE = 0.6;

export const tutorialHell: Rule = {
  id: 'tutorial-hell',
  title: 'More watching than building',
  check({ progress, today, ...context }) {
    const entries = pastEntries(progress, today).filter((entry) =>
      inWindow(entry.date, today, TUTORIAL_WINDOW_DAYS),
    );
    const total = hoursOf(entries);
    if (total < TUTORIAL_MIN_HOURS) return null;
    const theory = hoursOf(entries.filter((entry) => entry.mode === 'theory'));
    const share = theory / total;
    if (share <= THEORY_SHARE_LIMIT) return null;

    // Hours of building alone that bring the window back to the limit.
    const buildHours = Math.max(1, Math.ceil(theory / THEORY_SHARE_LIMIT - total));
    const project = currentProjectTitle({ progress, today, ...context });
    const from = windowStart(today, TUTORIAL_WINDOW_DAYS);
    return {
      id: 'tutorial-hell',
      severity: share >= CRITICAL_SHARE ? 'critical' : 'warning',
      message:
        'Courses, videos and reading are taking most of your time, and knowledge only sticks once you build with it. Keep theory to about 30% of your hours and spend the other 70% writing code that does something.',
      evidence: `Theory was ${percentText(share)} of your ${hoursText(total)} over the last 4 weeks (${dateRange(from, today)}).`,
      action: `Spend your next ${hoursText(buildHours)} on building only${project ? `, on ${project},` : ''} before you open another lesson: that alone brings your 4-week theory share back to 30%.`,
    };
  },
};
