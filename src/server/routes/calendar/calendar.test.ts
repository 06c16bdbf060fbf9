import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { createTestApp, signUp, type TestUser, VALID_PROFILE } from '../../../../test/app.js';

const { app } = await createTestApp();

const withProfile = async () => {
  const user = await signUp(app);
  await app.inject({
    method: 'PUT',
    url: '/api/profile',
    headers: { cookie: user.cookie },
    payload: VALID_PROFILE,
  });
  return user;
};
const newFeed = async (user: TestUser) => {
  const response = await app.inject({
    method: 'POST',
    url: '/api/calendar-feed',
    headers: { cookie: user.cookie, host: 'mlpath.example:3000' },
  });
  expect(response.statusCode).toBe(201);
  return new URL(response.json<{ url: string }>().url);
};
const fetchFeed = (path: string) => app.inject({ url: path });

describe('calendar subscription', () => {
  it('serves the current plan without a cookie and follows a re-plan', async () => {
    const user = await withProfile();
    const url = await newFeed(user);
    expect(url.origin).toBe('http://mlpath.example:3000');
    expect(url.pathname).toMatch(/^\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);

    const before = await fetchFeed(url.pathname);
    expect(before.statusCode).toBe(200);
    expect(before.headers['content-type']).toMatch(/^text\/calendar/);
    const eventsBefore = new ICAL.Component(ICAL.parse(before.body)).getAllSubcomponents('vevent');
    expect(eventsBefore.length).toBeGreaterThan(0);

    await app.inject({
      method: 'POST',
      url: '/api/plan/replan',
      headers: { cookie: user.cookie },
      payload: { hoursPerWeek: 40 },
    });
    const after = await fetchFeed(url.pathname);
    expect(after.body).not.toBe(before.body);
    // The same token without the extension works too (some calendar apps strip it).
    expect((await fetchFeed(url.pathname.replace(/\.ics$/, ''))).body).toBe(after.body);
  });

  it('stops serving an address that was replaced or revoked, with the same 404 as a wrong one', async () => {
    const user = await withProfile();
    const first = await newFeed(user);
    const second = await newFeed(user);
    expect((await fetchFeed(first.pathname)).statusCode).toBe(404);
    expect((await fetchFeed(second.pathname)).statusCode).toBe(200);

    const status = await app.inject({
      url: '/api/calendar-feed',
      headers: { cookie: user.cookie },
    });
    expect(status.json()).toMatchObject({ active: true });
    const revoked = await app.inject({
      method: 'DELETE',
      url: '/api/calendar-feed',
      headers: { cookie: user.cookie },
    });
    expect(revoked.statusCode).toBe(204);
    const gone = await fetchFeed(second.pathname);
    const wrong = await fetchFeed(`/api/calendar/${'x'.repeat(43)}.ics`);
    expect(gone.statusCode).toBe(404);
    expect(wrong.statusCode).toBe(404);
    expect(gone.json()).toEqual(wrong.json());
    expect((await fetchFeed('/api/calendar/short')).statusCode).toBe(404);
    const again = await app.inject({
      method: 'DELETE',
      url: '/api/calendar-feed',
      headers: { cookie: user.cookie },
    });
    expect(again.statusCode).toBe(404);
  });

  it('answers 404 for a feed whose owner has no profile yet', async () => {
    const user = await signUp(app);
    const url = await newFeed(user);
    expect((await fetchFeed(url.pathname)).statusCode).toBe(404);
  });
});

describe('plan history and re-plan', () => {
  it('keeps the estimate of each profile save and re-plan, and re-plans from today', async () => {
    const user = await withProfile();
    const today = new Date().toISOString().slice(0, 10);
    await app.inject({
      method: 'PUT',
      url: '/api/progress/skills',
      headers: { cookie: user.cookie },
      payload: { skillId: 'python', status: 'done' },
    });
    const replanned = await app.inject({
      method: 'POST',
      url: '/api/plan/replan',
      headers: { cookie: user.cookie },
      payload: { hoursPerWeek: 25 },
    });
    expect(replanned.statusCode).toBe(200);
    const plan = replanned.json();
    expect(plan.weeks[0].start <= today).toBe(true);
    expect(plan.profile.hoursPerWeek).toBe(25);
    expect(plan.skills.find((skill: { id: string }) => skill.id === 'python')?.status).toBe('done');

    const history = (
      await app.inject({ url: '/api/plan/history', headers: { cookie: user.cookie } })
    ).json();
    expect(history.map((snapshot: { reason: string }) => snapshot.reason)).toEqual([
      'profile',
      'replan',
    ]);
    expect(history[1]).toMatchObject({ madeOn: today, hoursPerWeek: 25 });
    expect(history[1].p50).toBe(plan.estimate.firstOfferDate.p50);
    expect(history[1].remainingSkills).toBeLessThan(history[0].remainingSkills);
  });

  it('refuses a re-plan with impossible hours and before the intake', async () => {
    const user = await signUp(app);
    const bad = await app.inject({
      method: 'POST',
      url: '/api/plan/replan',
      headers: { cookie: user.cookie },
      payload: { hoursPerWeek: 0 },
    });
    expect(bad.statusCode).toBe(400);
    const early = await app.inject({
      method: 'POST',
      url: '/api/plan/replan',
      headers: { cookie: user.cookie },
      payload: { hoursPerWeek: 10 },
    });
    expect(early.statusCode).toBe(404);
  });
});
