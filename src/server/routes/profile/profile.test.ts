import { describe, expect, it } from 'vitest';
import { createTestApp, signUp, VALID_PROFILE } from '../../../../test/app.js';
import { snapshotDatabase } from '../../../../test/snapshot.js';

const { app, database } = await createTestApp();

describe('profile', () => {
  it('answers 404 before the intake is saved, then the saved profile', async () => {
    const user = await signUp(app);
    const before = await app.inject({ url: '/api/profile', headers: { cookie: user.cookie } });
    expect(before.statusCode).toBe(404);
    expect(before.json()).toEqual({ error: { message: 'profile not found' } });

    const saved = await app.inject({
      method: 'PUT',
      url: '/api/profile',
      headers: { cookie: user.cookie },
      payload: { background: 'no-programming', hoursPerWeek: 7.5, skills: { math: 2 } },
    });
    expect(saved.statusCode).toBe(200);
    const normalized = {
      background: 'no-programming',
      hoursPerWeek: 7.5,
      skills: { python: 0, sql: 0, math: 2, git: 0, ml: 0, deployment: 0 },
      track: 'applied',
    };
    expect(saved.json()).toEqual(normalized);
    const read = await app.inject({ url: '/api/profile', headers: { cookie: user.cookie } });
    expect(read.json()).toEqual(normalized);
  });

  it('replaces the whole profile on edit, so a cleared answer is cleared', async () => {
    const user = await signUp(app);
    await app.inject({
      method: 'PUT',
      url: '/api/profile',
      headers: { cookie: user.cookie },
      payload: VALID_PROFILE,
    });
    const { domain: _domain, targetDate: _target, ...rest } = VALID_PROFILE;
    const edited = await app.inject({
      method: 'PUT',
      url: '/api/profile',
      headers: { cookie: user.cookie },
      payload: { ...rest, hoursPerWeek: 20 },
    });
    expect(edited.json()).not.toHaveProperty('domain');
    expect(edited.json()).not.toHaveProperty('targetDate');
    expect(edited.json().hoursPerWeek).toBe(20);
  });

  it('answers 400 naming each bad field, and keeps the stored profile', async () => {
    const user = await signUp(app);
    await app.inject({
      method: 'PUT',
      url: '/api/profile',
      headers: { cookie: user.cookie },
      payload: VALID_PROFILE,
    });
    const snapshot = await snapshotDatabase(database.db);
    const response = await app.inject({
      method: 'PUT',
      url: '/api/profile',
      headers: { cookie: user.cookie },
      payload: { ...VALID_PROFILE, hoursPerWeek: 120, skills: { sql: 9 }, favouriteColour: 'blue' },
    });
    expect(response.statusCode).toBe(400);
    const issues = response.json().error.issues;
    expect(issues).toEqual(
      expect.arrayContaining([
        { path: 'hoursPerWeek', message: 'must be a number between 1 and 80' },
        { path: 'skills.sql', message: 'must be a skill level from 0 to 3' },
        { path: 'favouriteColour', message: 'unknown field "favouriteColour"' },
      ]),
    );
    expect(await snapshotDatabase(database.db)).toBe(snapshot);
  });

  it('keeps each user to their own profile', async () => {
    const alice = await signUp(app);
    const bob = await signUp(app);
    await app.inject({
      method: 'PUT',
      url: '/api/profile',
      headers: { cookie: alice.cookie },
      payload: VALID_PROFILE,
    });
    expect(
      (await app.inject({ url: '/api/profile', headers: { cookie: bob.cookie } })).statusCode,
    ).toBe(404);
  });
});
