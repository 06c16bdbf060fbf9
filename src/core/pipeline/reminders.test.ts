import { describe, expect, it } from 'vitest';
import type { StageEvent } from './funnel.js';
import { dueReminders, type ReminderApplication } from './reminders.js';

const TODAY = '2027-03-10';
const application = (
  id: string,
  stage: ReminderApplication['stage'],
  extra: Partial<ReminderApplication> = {},
): ReminderApplication => ({ id, company: `Company ${id}`, role: 'ML Engineer', stage, ...extra });
const applied = (applicationId: string, changedOn: string): StageEvent => ({
  applicationId,
  stage: 'applied',
  changedOn,
});

describe('dueReminders', () => {
  it('lists next actions and contacts due within the window, overdue ones first', () => {
    const reminders = dueReminders({
      today: TODAY,
      applications: [
        application('a', 'screen', {
          nextAction: 'Send thank-you note',
          nextActionOn: '2027-03-12',
        }),
        application('b', 'technical', { nextActionOn: '2027-03-08' }),
        application('c', 'applied', { nextAction: 'Check in', nextActionOn: '2027-03-30' }),
      ],
      history: [],
      contacts: [
        { id: 'k1', name: 'Priya', nextContactOn: '2027-03-10' },
        { id: 'k2', name: 'Sam', nextContactOn: '2027-04-10' },
        { id: 'k3', name: 'Lee' },
      ],
    });
    expect(reminders).toEqual([
      {
        kind: 'next-action',
        applicationId: 'b',
        title: 'Next step — ML Engineer at Company b',
        due: '2027-03-08',
        overdue: true,
      },
      {
        kind: 'contact',
        contactId: 'k1',
        title: 'Get back in touch with Priya',
        due: '2027-03-10',
        overdue: false,
      },
      {
        kind: 'next-action',
        applicationId: 'a',
        title: 'Send thank-you note — ML Engineer at Company a',
        due: '2027-03-12',
        overdue: false,
      },
    ]);
  });

  it('suggests a follow-up 14 days after applying with no answer and nothing planned', () => {
    const reminders = dueReminders({
      today: TODAY,
      applications: [
        application('old', 'applied'),
        application('recent', 'applied'),
        application('planned', 'applied', { nextActionOn: '2027-05-01' }),
        application('answered', 'screen'),
        application('closed', 'rejected', { nextActionOn: '2027-03-01' }),
      ],
      history: [
        applied('old', '2027-02-20'),
        applied('recent', '2027-03-01'),
        applied('planned', '2027-01-01'),
        applied('answered', '2027-01-01'),
        applied('closed', '2027-01-01'),
      ],
      contacts: [],
    });
    expect(reminders).toEqual([
      {
        kind: 'follow-up',
        applicationId: 'old',
        title: 'Follow up on ML Engineer at Company old: no answer 18 days after applying',
        due: '2027-03-06',
        overdue: false,
        waitingDays: 18,
      },
    ]);
  });

  it('takes a wider window when asked', () => {
    const reminders = dueReminders({
      today: TODAY,
      windowDays: 30,
      applications: [application('c', 'applied', { nextActionOn: '2027-03-30' })],
      history: [],
      contacts: [],
    });
    expect(reminders).toHaveLength(1);
  });
});
