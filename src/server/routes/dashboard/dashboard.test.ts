import { describe, expect, it } from 'vitest';
import { createTestApp, signUp, type TestUser } from '../../../../test/app.js';
import { addDays } from '../../../core/plan/dates.js';

const { app } = await createTestApp();
const today = new Date().toISOString().slice(0, 10);

const seed = async (user: TestUser) => {
  const start = addDays(today, -70);
  await app.inject({
    method: 'PUT',
    url: '/api/profile',
    headers: { cookie: user.cookie },
    payload: {
      background: 'data-analyst',
      hoursPerWeek: 10,
      startDate: start,
      targetDate: addDays(today, 200),
      skills: { python: 1, sql: 2 },
    },
  });
  // Ten weeks of mostly theory: lessons watched, little built.
  for (let day = 70; day >= 1; day -= 3) {
    await app.inject({
      method: 'POST',
      url: '/api/time-entries',
      headers: { cookie: user.cookie },
      payload: {
        date: addDays(today, -day),
        minutes: 120,
        targetKind: 'skill',
        targetId: 'python',
        mode: 'theory',
      },
    });
  }
  await app.inject({
    method: 'PUT',
    url: '/api/runway',
    headers: { cookie: user.cookie },
    payload: {
      currency: 'USD',
      savings: 1_000_000,
      monthlyExpenses: 300_000,
      monthlyIncome: 0,
      learningBudget: 100_000,
      emergencyFundMonths: 1,
    },
  });
};

describe('dashboard', () => {
  it('answers 404 before the intake is saved', async () => {
    const user = await signUp(app);
    expect(
      (await app.inject({ url: '/api/dashboard', headers: { cookie: user.cookie } })).statusCode,
    ).toBe(404);
  });

  it('shows a seeded user where they stand: pace, alerts from their own data, runway', async () => {
    const user = await signUp(app);
    await seed(user);
    const response = await app.inject({ url: '/api/dashboard', headers: { cookie: user.cookie } });
    expect(response.statusCode).toBe(200);
    const dashboard = response.json();
    expect(dashboard.totals).toMatchObject({ entries: 24, hours: 48 });
    expect(dashboard.forecast.basis).toBe('observed');
    expect(dashboard.buildShare.share).toBe(0);
    const ids = dashboard.alerts.map((alert: { id: string }) => alert.id);
    expect(ids).toContain('tutorial-hell');
    expect(ids).toContain('no-project-shipped');
    expect(
      dashboard.alerts.find((alert: { id: string }) => alert.id === 'tutorial-hell').evidence,
    ).toMatch(/100%/);
    expect(dashboard.week.index).toBe(11);
    expect(dashboard.burnup).toHaveLength(11);
    expect(dashboard.burnup.at(-1).actual).toBe(48);
    expect(dashboard.heatmap.length).toBe(24);
    expect(dashboard.runway).toMatchObject({
      currency: 'USD',
      coversP80: false,
      warning: { id: 'runway-short' },
    });

    await app.inject({
      method: 'PUT',
      url: '/api/coach/dismissals',
      headers: { cookie: user.cookie },
      payload: { ruleId: 'tutorial-hell', until: addDays(today, 7) },
    });
    const snoozed = (
      await app.inject({ url: '/api/dashboard', headers: { cookie: user.cookie } })
    ).json();
    expect(snoozed.alerts.map((alert: { id: string }) => alert.id)).not.toContain('tutorial-hell');
  });
});
