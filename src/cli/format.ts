import type { Dashboard } from '../core/dashboard.js';
import type { Profile } from '../core/profile.js';

const LEVELS = ['none', 'basic', 'working', 'production'];

/** The human-readable `profile show`. */
export function formatProfile(email: string, profile: Profile): string {
  const skills = Object.entries(profile.skills)
    .map(([area, level]) => `${area} ${LEVELS[level] ?? level}`)
    .join(', ');
  const lines = [
    `Profile of ${email}`,
    `  background      ${profile.background}`,
    `  education       ${profile.education ?? 'not given'}`,
    `  skills          ${skills}`,
    `  hours per week  ${profile.hoursPerWeek}`,
    `  start date      ${profile.startDate ?? 'not set (today)'}`,
    `  target date     ${profile.targetDate ?? 'not set'}`,
    `  domain          ${profile.domain ?? 'not given'}`,
    `  track           ${profile.track}`,
    `  specialization  ${profile.specialization ?? 'picked from the domain'}`,
  ];
  return lines.join('\n');
}

/** The human-readable `status`: the dashboard's figures as text. */
export function formatStatus(email: string, dashboard: Dashboard): string {
  const { forecast, week, buildShare, totals } = dashboard;
  const lines = [
    `Status of ${email} on ${dashboard.today}`,
    week
      ? `  this week (plan week ${week.index})  ${week.loggedHours} of ${week.plannedHours} planned hours logged`
      : '  this week                 the plan has not started yet',
    `  build share (28 days)     ${buildShare.share === null ? 'nothing logged' : `${Math.round(buildShare.share * 100)}% of ${buildShare.hours} h`}`,
    `  pace                      ${forecast.velocity.hoursPerWeek.toFixed(1)} h/week (${forecast.basis === 'observed' ? `observed over ${forecast.velocity.weeksObserved} weeks` : 'planned; log two weeks to see your own'})`,
    `  first offer (P50 / P80)   ${forecast.firstOfferDate.p50} / ${forecast.firstOfferDate.p80}`,
  ];
  if (forecast.target) {
    const late = forecast.target.daysLate;
    lines.push(
      `  target date               ${forecast.target.date} (${late > 0 ? `${late} days late` : `${-late} days to spare`})`,
    );
  }
  if (dashboard.nextMilestone) {
    lines.push(
      `  next milestone            ${dashboard.nextMilestone.title} (${dashboard.nextMilestone.date})`,
    );
  }
  lines.push(
    `  totals                    ${totals.hours} h in ${totals.entries} entries, ${totals.skillsDone} skills done, ${totals.projectsShipped} projects shipped, ${totals.networking} networking`,
  );
  if (dashboard.runway) {
    lines.push(
      `  money runway              ${dashboard.runway.runsOutOn ? `lasts until ${dashboard.runway.runsOutOn}` : 'lasts beyond ten years'}${dashboard.runway.warning ? ' — short of the P80 plus 3 months' : ''}`,
    );
  }
  if (!dashboard.checkin.done) {
    lines.push(
      `  weekly check-in           the week of ${dashboard.checkin.weekStart} is waiting: mlpath checkin`,
    );
  }
  if (dashboard.alerts.length > 0) {
    lines.push('', 'Coach:');
    for (const alert of dashboard.alerts) {
      lines.push(
        `  [${alert.severity}] ${alert.message}`,
        `      ${alert.evidence}`,
        `      → ${alert.action}`,
      );
    }
  }
  return lines.join('\n');
}

/**
 * Rows as aligned columns, two spaces apart; `right` lists the columns aligned right (numbers).
 * Widths count code points, so "—" and "€" take one column like any letter.
 */
export function table(rows: readonly (readonly string[])[], right: readonly number[] = []): string {
  const width = (text: string) => [...text].length;
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, index) => {
      widths[index] = Math.max(widths[index] ?? 0, width(cell));
    });
  }
  return rows
    .map((row) =>
      row
        .map((cell, index) => {
          const pad = ' '.repeat((widths[index] ?? 0) - width(cell));
          if (right.includes(index)) return pad + cell;
          return index === row.length - 1 ? cell : cell + pad;
        })
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
