import type { SkillState } from '../../progress/types.js';
import {
  hoursOn,
  inWindow,
  latestSkillStates,
  skillById,
  skillTitle,
  windowStart,
} from '../data.js';
import { listText, longDate, shortDate } from '../format.js';
import type { Rule } from '../types.js';

/** Skills open at once from which the rule looks for a finished one. */
export const MANY_OPEN_SKILLS = 4;
/** The window in which at least one skill should have been finished. */
export const FINISH_WINDOW_DAYS = 42;

export const unfinishedResources: Rule = {
  id: 'unfinished-resources',
  title: 'Many skills started, none finished',
  check({ progress, today, catalog }) {
    const states = [...latestSkillStates(progress).values()].filter(
      (state) => state.changedOn <= today,
    );
    const learning = states
      .filter((state) => state.status === 'learning')
      .sort((a, b) => a.changedOn.localeCompare(b.changedOn));
    if (learning.length < MANY_OPEN_SKILLS) return null;
    const done = states
      .filter((state) => state.status === 'done')
      .sort((a, b) => b.changedOn.localeCompare(a.changedOn));
    if (done.some((state) => inWindow(state.changedOn, today, FINISH_WINDOW_DAYS))) return null;

    // The open skill with the most hours in it is the closest to done; the oldest on a tie.
    const hours = (state: SkillState) => hoursOn(progress, today, 'skill', state.skillId);
    const focus = learning.reduce((best, state) => (hours(state) > hours(best) ? state : best));
    const lastDone = done[0];
    const proof = skillById(catalog, focus.skillId)?.proof;
    return {
      id: 'unfinished-resources',
      severity: 'warning',
      message:
        'Several skills are open at the same time and none is getting finished. Half-done courses leave nothing to show; one finished skill with a piece of proof does.',
      evidence: `${learning.length} skills are in progress (${listText(learning.map((state) => skillTitle(catalog, state.skillId)))}) and none was finished since ${shortDate(windowStart(today, FINISH_WINDOW_DAYS))}${lastDone ? `; the last one you finished was ${skillTitle(catalog, lastDone.skillId)}, on ${longDate(lastDone.changedOn)}` : '; no skill is marked done yet'}.`,
      action: `Finish ${skillTitle(catalog, focus.skillId)} before you open anything else${proof ? `. Done means: ${proof}` : '.'}`,
    };
  },
};
