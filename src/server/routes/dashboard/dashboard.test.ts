import { afterAll, describe, expect, it } from 'vitest';
import { createTestApp, signUp, type TestUser } from '../../../../test/app.js';
import { createTestDatabase } from '../../../../test/database.js';
import { insertSyntheticHistory, syntheticHistory } from '../../../../test/synthetic-history.js';
import { addDays } from '../../../core/plan/dates.js';
import { buildApp } from '../../app.js';

const { app, database: shared } = await createTestApp();
const today = new Date().toISOString().slice(0, 10);

const statements: string[] = [];
let counting = false;
const countedDatabase = await createTestDatabase((sql) => {
  if (counting) statements.push(sql);
});
const { app: counted } = await createTestApp({ database: countedDatabase });
afterAll(() => countedDatabase.close());

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

  it('is never served stale: a write through another app process shows on the next read', async () => {
    const other = await buildApp({ database: shared });
    const user = await signUp(app);
    await seed(user);
    const read = async () =>
      (await app.inject({ url: '/api/dashboard', headers: { cookie: user.cookie } })).json();
    expect((await read()).totals.entries).toBe(24);
    const logged = await other.inject({
      method: 'POST',
      url: '/api/time-entries',
      headers: { cookie: user.cookie },
      payload: { date: today, minutes: 60, targetKind: 'skill', targetId: 'sql', mode: 'build' },
    });
    expect(logged.statusCode).toBe(201);
    await other.close();
    const after = await read();
    expect(after.totals.entries).toBe(25);
    expect(after.buildShare.share).toBeGreaterThan(0);
  });
});

describe('dashboard queries', () => {
  it('reads a two-year history in a fixed, small number of queries (no query per row)', async () => {
    const user = await signUp(counted);
    await counted.inject({
      method: 'PUT',
      url: '/api/profile',
      headers: { cookie: user.cookie },
      payload: { background: 'software-engineer', hoursPerWeek: 15, skills: { python: 3 } },
    });
    const me = (await counted.inject({ url: '/api/me', headers: { cookie: user.cookie } })).json();
    const history = syntheticHistory(today);
    await insertSyntheticHistory(countedDatabase.db, me.id, history);
    expect(history.timeEntries.length).toBeGreaterThan(1_500);

    counting = true;
    const response = await counted.inject({
      url: '/api/dashboard',
      headers: { cookie: user.cookie },
    });
    counting = false;
    expect(response.statusCode).toBe(200);
    expect(response.json().totals.entries).toBe(history.timeEntries.length);
    // Session, profile, time entries, skill states, project states, evidence, networking,
    // plan additions, contacts, dismissals, runway, check-ins: one query each, whatever the
    // history's size.
    expect(statements.length).toBeLessThanOrEqual(12);

    statements.length = 0;
    counting = true;
    const again = await counted.inject({ url: '/api/dashboard', headers: { cookie: user.cookie } });
    counting = false;
    expect(again.json()).toEqual(response.json());
    // Nothing changed since: only the session is read.
    expect(statements).toHaveLength(1);
  });
});

describe('weekly check-in', () => {
  it('asks for last week until it is saved, and keeps one check-in per week', async () => {
    const user = await signUp(app);
    await seed(user);
    const ask = (
      await app.inject({ url: '/api/dashboard', headers: { cookie: user.cookie } })
    ).json().checkin;
    expect(ask.done).toBe(false);
    expect(new Date(`${ask.weekStart}T00:00:00Z`).getUTCDay()).toBe(1);
    expect(ask.weekStart <= addDays(today, -7)).toBe(true);
    expect(ask.weekStart > addDays(today, -14)).toBe(true);

    const save = (payload: object) =>
      app.inject({
        method: 'PUT',
        url: '/api/checkins',
        headers: { cookie: user.cookie },
        payload,
      });
    const tuesday = addDays(ask.weekStart, 1);
    expect(
      (await save({ weekStart: tuesday, wentWell: 'x', blockers: '', nextFocus: '' })).statusCode,
    ).toBe(400);
    expect(
      (await save({ weekStart: ask.weekStart, wentWell: ' ', blockers: '', nextFocus: '' }))
        .statusCode,
    ).toBe(400);
    const first = await save({
      weekStart: ask.weekStart,
      wentWell: 'shipped the API',
      blockers: '',
      nextFocus: 'tests',
    });
    expect(first.statusCode).toBe(200);
    await save({
      weekStart: ask.weekStart,
      wentWell: 'shipped the API and a README',
      blockers: 'sleep',
      nextFocus: 'tests',
    });
    const list = (
      await app.inject({ url: '/api/checkins', headers: { cookie: user.cookie } })
    ).json();
    expect(list).toEqual([
      {
        weekStart: ask.weekStart,
        wentWell: 'shipped the API and a README',
        blockers: 'sleep',
        nextFocus: 'tests',
      },
    ]);
    const after = (
      await app.inject({ url: '/api/dashboard', headers: { cookie: user.cookie } })
    ).json().checkin;
    expect(after).toEqual({ weekStart: ask.weekStart, done: true });
  });
});

describe('contacts and the coach', () => {
  it('counts a recent conversation with a contact as networking', async () => {
    const user = await signUp(app);
    await seed(user);
    const alertIds = async () =>
      (await app.inject({ url: '/api/dashboard', headers: { cookie: user.cookie } }))
        .json()
        .alerts.map((alert: { id: string }) => alert.id);
    expect(await alertIds()).toContain('isolation');
    const contact = await app.inject({
      method: 'POST',
      url: '/api/contacts',
      headers: { cookie: user.cookie },
      payload: { name: 'Grace', referral: 'none', lastContactOn: addDays(today, -3) },
    });
    expect(contact.statusCode, contact.body).toBe(201);
    expect(await alertIds()).not.toContain('isolation');
  });
});
