import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { createTestApp, signUp, VALID_PROFILE } from '../../../../test/app.js';
import { PlanSchema } from '../../../core/plan/schema.js';
import { buildApp } from '../../app.js';

const { app, database: shared } = await createTestApp();

describe('plan routes', () => {
  it('answer 404 before a profile is saved', async () => {
    const user = await signUp(app);
    for (const url of ['/api/plan', '/api/plan.ics', '/api/plan.md']) {
      const response = await app.inject({ url, headers: { cookie: user.cookie } });
      expect(response.statusCode).toBe(404);
      expect(response.json().error.message).toMatch(/profile/);
    }
  });

  it('serve the plan of the stored profile as JSON, iCalendar and Markdown', async () => {
    const user = await signUp(app);
    await app.inject({
      method: 'PUT',
      url: '/api/profile',
      headers: { cookie: user.cookie },
      payload: VALID_PROFILE,
    });

    const json = await app.inject({ url: '/api/plan', headers: { cookie: user.cookie } });
    expect(json.statusCode).toBe(200);
    const plan = PlanSchema.parse(json.json());
    expect(plan.profile).toEqual(VALID_PROFILE);
    expect(plan.specialization.id).toBe('time-series');

    const ics = await app.inject({ url: '/api/plan.ics', headers: { cookie: user.cookie } });
    expect(ics.headers['content-type']).toMatch(/^text\/calendar/);
    const events = new ICAL.Component(ICAL.parse(ics.body)).getAllSubcomponents('vevent');
    expect(events.length).toBeGreaterThanOrEqual(plan.milestones.length);

    const markdown = await app.inject({ url: '/api/plan.md', headers: { cookie: user.cookie } });
    expect(markdown.headers['content-type']).toMatch(/^text\/markdown/);
    expect(markdown.body).toContain(plan.estimate.firstOfferDate.p50);
  });

  it('follows profile edits', async () => {
    const user = await signUp(app);
    await app.inject({
      method: 'PUT',
      url: '/api/profile',
      headers: { cookie: user.cookie },
      payload: VALID_PROFILE,
    });
    const slow = (await app.inject({ url: '/api/plan', headers: { cookie: user.cookie } })).json();
    await app.inject({
      method: 'PUT',
      url: '/api/profile',
      headers: { cookie: user.cookie },
      payload: { ...VALID_PROFILE, hoursPerWeek: 30 },
    });
    const fast = (await app.inject({ url: '/api/plan', headers: { cookie: user.cookie } })).json();
    expect(fast.estimate.firstOfferDate.p50 < slow.estimate.firstOfferDate.p50).toBe(true);
  });
});

describe('cached reads', () => {
  it('are never stale: a write through another app process shows on the next read', async () => {
    const user = await signUp(app);
    const put = (target: typeof app, hoursPerWeek: number) =>
      target.inject({
        method: 'PUT',
        url: '/api/profile',
        headers: { cookie: user.cookie },
        payload: { ...VALID_PROFILE, hoursPerWeek },
      });
    const read = async (url: string) =>
      (await app.inject({ url, headers: { cookie: user.cookie } })).json();
    await put(app, 10);
    const before = await read('/api/plan');
    expect(await read('/api/plan')).toEqual(before);
    expect((await read('/api/profile')).hoursPerWeek).toBe(10);

    const other = await buildApp({ database: shared });
    expect((await put(other, 30)).statusCode).toBe(200);
    await other.close();

    expect((await read('/api/profile')).hoursPerWeek).toBe(30);
    const after = await read('/api/plan');
    expect(after.profile.hoursPerWeek).toBe(30);
    expect(after.estimate.firstOfferDate.p50 < before.estimate.firstOfferDate.p50).toBe(true);
  });
});

describe('catalog route', () => {
  it('serves the skill texts the roadmap shows beside the plan', async () => {
    const user = await signUp(app);
    const response = await app.inject({
      url: '/api/catalog/skills',
      headers: { cookie: user.cookie },
    });
    expect(response.statusCode).toBe(200);
    const skills = response.json<{ id: string; resources: unknown[]; why: string }[]>();
    expect(skills.length).toBeGreaterThanOrEqual(45);
    const python = skills.find((skill) => skill.id === 'python');
    expect(python?.resources.length).toBeGreaterThanOrEqual(2);
    expect(python?.why.length).toBeGreaterThan(20);
  });
});
