import { loadCatalog } from '../../catalog/index.js';
import { todayUtc } from '../../clock.js';
import { planToIcs } from '../../core/plan/ics.js';
import { planToMarkdown } from '../../core/plan/markdown.js';
import { buildPlan } from '../../core/plan/planner.js';
import type { Plan } from '../../core/plan/schema.js';
import { parseProfile } from '../../core/profile.js';
import { UsageError } from '../errors.js';
import { readJsonFile } from '../files.js';
import { print, printJson } from '../output.js';

export type PlanFormat = 'json' | 'ics' | 'md' | 'table';

/** `mlpath plan`: pure; reads the profile, writes the plan to stdout and nothing anywhere else. */
export function planCommand(options: { profile: string; json?: boolean; format?: string }): void {
  if (options.json && options.format && options.format !== 'json') {
    throw new UsageError(`--json and --format ${options.format} ask for two outputs; pick one`);
  }
  const result = parseProfile(readJsonFile(options.profile, 'profile'));
  if (!result.ok) throw new UsageError(`${result.issues[0]?.path}: ${result.issues[0]?.message}`);
  const plan = buildPlan({ profile: result.value, catalog: loadCatalog(), today: todayUtc() });
  const format = (options.json ? 'json' : (options.format ?? 'table')) as PlanFormat;
  if (format === 'json') printJson(plan);
  else if (format === 'ics') process.stdout.write(planToIcs(plan));
  else if (format === 'md') process.stdout.write(planToMarkdown(plan));
  else print(planSummary(plan));
}

const pad = (text: string | number, width: number) => String(text).padEnd(width);

/** The human-readable summary: estimate, phases, projects, milestones, warnings. */
export function planSummary(plan: Plan): string {
  const { estimate } = plan;
  const lines = [
    `First offer (P50 / P80): ${estimate.firstOfferDate.p50} / ${estimate.firstOfferDate.p80}`,
    `  learning ${estimate.learningMonths.p50} / ${estimate.learningMonths.p80} months, job search ${estimate.jobSearchMonths.p50} / ${estimate.jobSearchMonths.p80} months`,
    `Specialization: ${plan.specialization.id} — ${plan.specialization.reason}`,
    '',
    `${pad('Phase', 58)}${pad('From', 12)}To`,
    ...plan.phases.map((phase) => `${pad(phase.title, 58)}${pad(phase.start, 12)}${phase.end}`),
    '',
    `${pad('Project', 58)}${pad('Weeks', 12)}Deployed`,
    ...plan.projects.map(
      (project) =>
        `${pad(project.title.slice(0, 56), 58)}${pad(`${project.startWeek}–${project.endWeek}`, 12)}${project.deployed ? 'yes' : 'no'}`,
    ),
    '',
    `${pad('Milestone', 58)}${pad('Week', 12)}Date`,
    ...plan.milestones.map(
      (milestone) => `${pad(milestone.title, 58)}${pad(milestone.week, 12)}${milestone.date}`,
    ),
  ];
  if (plan.warnings.length > 0) {
    lines.push('', 'Warnings:', ...plan.warnings.map((warning) => `  ! ${warning.message}`));
  }
  lines.push('', 'Use --json for the full plan, --format md or --format ics to export it.');
  return lines.join('\n');
}
