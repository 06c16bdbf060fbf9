import ical from 'ical-generator';
import type { Plan } from './schema.js';

const utcDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * The plan as an iCalendar file (RFC 5545): an all-day event per milestone and one per week of
 * study. DTSTAMP is the plan's start and UIDs derive from the plan, so the output is the same
 * for the same plan and a subscribed calendar updates events in place after a re-plan.
 */
export function planToIcs(plan: Plan): string {
  const start = plan.weeks[0]?.start ?? plan.estimate.firstOfferDate.p50;
  const stamp = utcDate(start);
  const calendar = ical({
    name: 'mlpath plan',
    prodId: { company: 'mlpath', product: 'plan', language: 'EN' },
    timezone: null,
  });
  for (const milestone of plan.milestones) {
    calendar.createEvent({
      id: `mlpath-milestone-${milestone.id}`,
      start: utcDate(milestone.date),
      allDay: true,
      stamp,
      summary: milestone.title,
      description: `mlpath milestone, planned for week ${milestone.week}.`,
    });
  }
  for (const week of plan.weeks) {
    if (week.hours === 0) continue;
    const titles = [...new Set(week.items.map((item) => item.title))];
    calendar.createEvent({
      id: `mlpath-week-${week.index}`,
      start: utcDate(week.start),
      allDay: true,
      stamp,
      summary: `Study week ${week.index}: ${titles.slice(0, 2).join(', ')}${titles.length > 2 ? ' …' : ''}`,
      description: [
        `${week.hours} hours planned this week:`,
        ...week.items.map((item) => `- ${item.title} (${item.hours} h, ${item.mode})`),
      ].join('\n'),
    });
  }
  return calendar.toString();
}
