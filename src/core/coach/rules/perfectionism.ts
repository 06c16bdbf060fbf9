import { addDays, daysBetween } from '../../plan/dates.js';
import { hoursOn, latestProjectStates, projectById, projectTitle } from '../data.js';
import { hoursText, longDate, percentText, round1, shortDate } from '../format.js';
import type { Rule } from '../types.js';

/** Logged hours past this multiple of the catalog estimate are too many. */
export const HOURS_OVERRUN = 1.5;
/** Open for more than this multiple of the planned weeks is too long. */
export const WEEKS_OVERRUN = 2;

export const perfectionism: Rule = {
  id: 'perfectionism',
  title: 'One project that never ends',
  check(context) {
    const { progress, today, catalog, plan, profile } = context;
    const candidates = [...latestProjectStates(progress).values()].flatMap((state) => {
      if (state.status !== 'in-progress') return [];
      const project = projectById(catalog, state.projectId);
      if (!project) return [];
      const logged = hoursOn(progress, today, 'project', project.id);
      const planned = plan.projects.find((item) => item.id === project.id);
      const plannedWeeks = planned
        ? planned.endWeek - planned.startWeek + 1
        : Math.max(1, Math.ceil(project.hours / profile.hoursPerWeek));
      const openDays =
        state.startedOn && state.startedOn <= today ? daysBetween(state.startedOn, today) : 0;
      const hoursRatio = logged / project.hours;
      const weeksRatio = openDays / (plannedWeeks * 7);
      if (hoursRatio <= HOURS_OVERRUN && weeksRatio <= WEEKS_OVERRUN) return [];
      return [
        {
          state,
          project,
          logged,
          plannedWeeks,
          openDays,
          hoursRatio,
          weeksRatio,
          score: Math.max(hoursRatio / HOURS_OVERRUN, weeksRatio / WEEKS_OVERRUN),
        },
      ];
    });
    const worst = candidates.sort((a, b) => b.score - a.score)[0];
    if (!worst) return null;

    const title = projectTitle(context, worst.project.id);
    const facts: string[] = [];
    if (worst.hoursRatio > HOURS_OVERRUN) {
      facts.push(
        `you have logged ${hoursText(worst.logged)} on ${title}, ${percentText(worst.hoursRatio - 1)} more than its estimate of ${hoursText(worst.project.hours)}`,
      );
    }
    if (worst.weeksRatio > WEEKS_OVERRUN && worst.state.startedOn) {
      facts.push(
        `${facts.length > 0 ? 'it' : title} has been open since ${longDate(worst.state.startedOn)}, ${round1(worst.openDays / 7)} weeks against ${worst.plannedWeeks} planned`,
      );
    }
    const evidence = facts.join(', and ');
    return {
      id: 'perfectionism',
      severity: 'warning',
      message:
        'One project is taking far longer than planned. Polishing past good enough costs you the next project, and several finished projects show more than one perfect one.',
      evidence: `${evidence.charAt(0).toUpperCase()}${evidence.slice(1)}.`,
      action: `Ship ${title} as it stands by ${shortDate(addDays(today, 7))}: write what is still missing under "Next steps" in its README, publish it, and mark it shipped.`,
    };
  },
};
