import { daysBetween } from '../../plan/dates.js';
import { firstEntryDate, latestProjectStates, projectInProgress, projectTitle } from '../data.js';
import { longDate, weeksText } from '../format.js';
import type { Rule } from '../types.js';

/** Weeks after the first logged session by which one model should be live. */
export const WEEKS_BEFORE_DEPLOYMENT = 26;

export const noDeployment: Rule = {
  id: 'no-deployment',
  title: 'No model running anywhere',
  check(context) {
    const { progress, today, plan } = context;
    const first = firstEntryDate(progress, today);
    if (!first) return null;
    const days = daysBetween(first, today);
    if (days < WEEKS_BEFORE_DEPLOYMENT * 7) return null;
    if (progress.evidence.some((link) => link.type === 'deployed-url' && link.date <= today)) {
      return null;
    }

    const shipped = [...latestProjectStates(progress).values()]
      .filter((state) => state.status === 'shipped')
      .sort((a, b) => (b.shippedOn ?? '').localeCompare(a.shippedOn ?? ''));
    // Deploy what exists: the latest shipped project, else the one in progress, else the first
    // project of the plan that is meant to be deployed.
    const candidate =
      shipped[0]?.projectId ??
      projectInProgress(context)?.projectId ??
      plan.projects.find((project) => project.deployed)?.id;
    const shippedNote =
      shipped.length > 0
        ? ` You have shipped ${shipped.length} ${shipped.length === 1 ? 'project' : 'projects'}, but none is live.`
        : '';
    return {
      id: 'no-deployment',
      severity: 'warning',
      message:
        'Employers hiring applied ML engineers want to see a model answering requests, not a notebook. Half a year in, at least one of yours should be reachable at a public URL.',
      evidence: `It has been ${weeksText(days)} since your first logged session on ${longDate(first)}, and no deployed URL is recorded.${shippedNote}`,
      action: `Wrap ${candidate ? projectTitle(context, candidate) : 'your best model so far'} in a small API, package it in a container and host it at a public URL; then add the link as deployed-URL evidence.`,
    };
  },
};
