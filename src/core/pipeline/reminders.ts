import { addDays, daysBetween } from './dates.js';
import type { StageEvent } from './funnel.js';
import { CLOSED_STAGES, type Stage } from './records.js';

/** After this many days in "applied" without an answer, a polite follow-up is worth sending. */
export const FOLLOW_UP_AFTER_DAYS = 14;
/** Reminders show this many days ahead by default. */
export const REMINDER_WINDOW_DAYS = 7;

export interface ReminderApplication {
  id: string;
  company: string;
  role: string;
  stage: Stage;
  nextAction?: string;
  nextActionOn?: string;
}

export interface ReminderContact {
  id: string;
  name: string;
  nextContactOn?: string;
}

export type Reminder =
  | {
      kind: 'next-action';
      applicationId: string;
      title: string;
      due: string;
      overdue: boolean;
    }
  | { kind: 'contact'; contactId: string; title: string; due: string; overdue: boolean }
  | {
      kind: 'follow-up';
      applicationId: string;
      title: string;
      due: string;
      overdue: boolean;
      /** Days since the application was sent. */
      waitingDays: number;
    };

const CLOSED = new Set<Stage>(CLOSED_STAGES);

/**
 * What needs doing soon: next actions and contact dates due within `windowDays` of today (and
 * any overdue), plus a follow-up for every application still in "applied" two weeks after it was
 * sent with nothing planned. Closed applications stay quiet. Sorted by due date.
 */
export function dueReminders(input: {
  applications: ReminderApplication[];
  history: StageEvent[];
  contacts: ReminderContact[];
  today: string;
  windowDays?: number;
}): Reminder[] {
  const { today } = input;
  const horizon = addDays(today, input.windowDays ?? REMINDER_WINDOW_DAYS);
  const reminders: Reminder[] = [];

  const appliedOn = new Map<string, string>();
  for (const event of input.history) {
    if (event.stage !== 'applied') continue;
    const known = appliedOn.get(event.applicationId);
    if (!known || event.changedOn > known) appliedOn.set(event.applicationId, event.changedOn);
  }

  for (const application of input.applications) {
    if (CLOSED.has(application.stage)) continue;
    const what = `${application.role} at ${application.company}`;
    if (application.nextActionOn) {
      if (application.nextActionOn <= horizon) {
        reminders.push({
          kind: 'next-action',
          applicationId: application.id,
          title: `${application.nextAction || 'Next step'} — ${what}`,
          due: application.nextActionOn,
          overdue: application.nextActionOn < today,
        });
      }
      continue;
    }
    const sent = appliedOn.get(application.id);
    if (application.stage !== 'applied' || !sent) continue;
    const waitingDays = daysBetween(sent, today);
    if (waitingDays < FOLLOW_UP_AFTER_DAYS) continue;
    reminders.push({
      kind: 'follow-up',
      applicationId: application.id,
      title: `Follow up on ${what}: no answer ${waitingDays} days after applying`,
      due: addDays(sent, FOLLOW_UP_AFTER_DAYS),
      overdue: false,
      waitingDays,
    });
  }

  for (const contact of input.contacts) {
    if (!contact.nextContactOn || contact.nextContactOn > horizon) continue;
    reminders.push({
      kind: 'contact',
      contactId: contact.id,
      title: `Get back in touch with ${contact.name}`,
      due: contact.nextContactOn,
      overdue: contact.nextContactOn < today,
    });
  }

  return reminders.sort((a, b) => a.due.localeCompare(b.due) || a.title.localeCompare(b.title));
}
