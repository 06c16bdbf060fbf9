import type { Plan } from './schema.js';

/** Keeps user or catalog text from breaking out of a Markdown table cell. */
const cell = (text: string | number) => String(text).replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The plan as Markdown: estimate, warnings, phases, projects, milestones, then every week. */
export function planToMarkdown(plan: Plan): string {
  const { estimate } = plan;
  const lines: string[] = [
    '# Your mlpath plan',
    '',
    '## Estimate',
    '',
    '| | P50 | P80 |',
    '|---|---|---|',
    `| Learning (months) | ${estimate.learningMonths.p50} | ${estimate.learningMonths.p80} |`,
    `| Job search (months) | ${estimate.jobSearchMonths.p50} | ${estimate.jobSearchMonths.p80} |`,
    `| Total (months) | ${estimate.totalMonths.p50} | ${estimate.totalMonths.p80} |`,
    `| First offer | ${estimate.firstOfferDate.p50} | ${estimate.firstOfferDate.p80} |`,
    '',
    estimate.method,
    '',
    `Specialization: **${plan.specialization.id}**. ${plan.specialization.reason}`,
    '',
  ];
  if (plan.warnings.length > 0) {
    lines.push(
      '## Warnings',
      '',
      ...plan.warnings.map((warning) => `- **${warning.id}**: ${warning.message}`),
      '',
    );
  }
  lines.push('## Phases', '', '| Phase | From | To | Skills |', '|---|---|---|---|');
  for (const phase of plan.phases) {
    lines.push(`| ${cell(phase.title)} | ${phase.start} | ${phase.end} | ${phase.skills.length} |`);
  }
  lines.push('', '## Projects', '');
  for (const project of plan.projects) {
    lines.push(
      `### ${project.title}${project.deployed ? ' (deployed)' : ''}`,
      '',
      `Weeks ${project.startWeek}–${project.endWeek}, about ${project.hours} hours. ${project.summary}`,
      '',
      `Data: ${project.data}`,
      '',
      ...project.deliverables.map((deliverable) => `- ${deliverable}`),
      '',
    );
  }
  lines.push('## Milestones', '', '| Milestone | Week | Date |', '|---|---|---|');
  for (const milestone of plan.milestones) {
    lines.push(`| ${cell(milestone.title)} | ${milestone.week} | ${milestone.date} |`);
  }
  lines.push('', '## Weeks', '');
  for (const week of plan.weeks) {
    lines.push(`### Week ${week.index} — ${week.start} (${week.hours} h)`, '');
    if (week.items.length === 0) lines.push('- A week off.');
    for (const item of week.items) lines.push(`- ${item.title}: ${item.hours} h ${item.mode}`);
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
