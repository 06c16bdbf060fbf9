import { describe, expect, it } from 'vitest';
import { createTestApp, signUp, type TestUser, VALID_PROFILE } from '../../../../test/app.js';
import { snapshotDatabase } from '../../../../test/snapshot.js';

const { app, database } = await createTestApp();

const entry = (overrides: Record<string, unknown> = {}) => ({
  date: '2027-01-05',
  minutes: 90,
  targetKind: 'skill',
  targetId: 'python',
  mode: 'build',
  ...overrides,
});
const log = (user: TestUser, payload: object) =>
  app.inject({
    method: 'POST',
    url: '/api/time-entries',
    headers: { cookie: user.cookie },
    payload,
  });
const entries = async (user: TestUser, query = '') =>
  (await app.inject({ url: `/api/time-entries${query}`, headers: { cookie: user.cookie } })).json<
    { id: string; date: string; note?: string }[]
  >();
const importCsv = (user: TestUser, csv: string) =>
  app.inject({
    method: 'POST',
    url: '/api/time-entries/import',
    headers: { cookie: user.cookie, 'content-type': 'text/csv' },
    payload: csv,
  });

describe('skill states', () => {
  it('records a status per catalog skill and re-plans without the done ones', async () => {
    const user = await signUp(app);
    await app.inject({
      method: 'PUT',
      url: '/api/profile',
      headers: { cookie: user.cookie },
      payload: VALID_PROFILE,
    });
    const before = (
      await app.inject({ url: '/api/plan', headers: { cookie: user.cookie } })
    ).json();
    const target = before.skills.find((skill: { status: string }) => skill.status === 'planned');

    const set = await app.inject({
      method: 'PUT',
      url: '/api/progress/skills',
      headers: { cookie: user.cookie },
      payload: { skillId: target.id, status: 'done' },
    });
    expect(set.statusCode).toBe(200);
    expect(set.json()).toMatchObject({
      skillId: target.id,
      status: 'done',
      changedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });

    const after = (await app.inject({ url: '/api/plan', headers: { cookie: user.cookie } })).json();
    expect(after.skills.find((skill: { id: string }) => skill.id === target.id)).toMatchObject({
      status: 'done',
      firstWeek: null,
    });
    expect(after.estimate.firstOfferDate.p50 <= before.estimate.firstOfferDate.p50).toBe(true);

    const list = await app.inject({
      url: '/api/progress/skills',
      headers: { cookie: user.cookie },
    });
    expect(list.json()).toEqual([set.json()]);
  });

  it('refuses a skill the catalog does not have, changing nothing', async () => {
    const user = await signUp(app);
    const before = await snapshotDatabase(database.db);
    const response = await app.inject({
      method: 'PUT',
      url: '/api/progress/skills',
      headers: { cookie: user.cookie },
      payload: { skillId: 'underwater-basket-weaving', status: 'done' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.issues[0]).toEqual({
      path: 'skillId',
      message: expect.stringContaining('no skill'),
    });
    expect(await snapshotDatabase(database.db)).toBe(before);
  });
});

describe('time log', () => {
  it('adds, lists by date range and deletes entries', async () => {
    const user = await signUp(app);
    const first = await log(user, entry({ date: '2027-01-05', note: 'first loop' }));
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ id: expect.any(String), minutes: 90, note: 'first loop' });
    await log(
      user,
      entry({
        date: '2027-02-10',
        targetKind: 'project',
        targetId: 'domain-flagship',
        mode: 'build',
      }),
    );
    expect((await entries(user)).map((item) => item.date)).toEqual(['2027-01-05', '2027-02-10']);
    expect((await entries(user, '?from=2027-02-01')).map((item) => item.date)).toEqual([
      '2027-02-10',
    ]);
    const removed = await app.inject({
      method: 'DELETE',
      url: `/api/time-entries/${first.json().id}`,
      headers: { cookie: user.cookie },
    });
    expect(removed.statusCode).toBe(204);
    expect(await entries(user)).toHaveLength(1);
  });

  it('refuses unknown targets and bad values with the field named', async () => {
    const user = await signUp(app);
    const unknown = await log(user, entry({ targetId: 'astrology' }));
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.issues[0].path).toBe('targetId');
    const tooLong = await log(user, entry({ minutes: 2000 }));
    expect(tooLong.json().error.issues[0].path).toBe('minutes');
    expect(await entries(user)).toEqual([]);
  });

  it('loses nothing when two tabs log at the same time', async () => {
    const user = await signUp(app);
    const responses = await Promise.all(
      Array.from({ length: 12 }, (_, index) => log(user, entry({ minutes: index + 1 }))),
    );
    expect(responses.every((response) => response.statusCode === 201)).toBe(true);
    expect(await entries(user)).toHaveLength(12);
  });

  it('exports CSV that imports into another account unchanged, notes with commas, quotes and newlines included', async () => {
    const source = await signUp(app);
    const tricky = 'Fixed the loader, then "checkpointing"\nsecond line; ünïcode';
    await log(source, entry({ note: tricky }));
    await log(source, entry({ date: '2027-01-06', minutes: 30, mode: 'theory' }));
    const csv = await app.inject({
      url: '/api/time-entries.csv',
      headers: { cookie: source.cookie },
    });
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.body.split('\n')[0]).toBe('date,minutes,targetKind,targetId,mode,note');

    const target = await signUp(app);
    const imported = await importCsv(target, csv.body);
    expect(imported.statusCode, imported.body).toBe(200);
    expect(imported.json()).toEqual({ imported: 2 });
    const strip = (items: { id: string }[]) => items.map(({ id: _id, ...rest }) => rest);
    expect(strip(await entries(target))).toEqual(strip(await entries(source)));
    expect((await entries(target))[0]?.note).toBe(tricky);
  });

  it('reports every bad row and imports nothing when any row is invalid', async () => {
    const user = await signUp(app);
    const before = await snapshotDatabase(database.db);
    const csv = [
      'date,minutes,targetKind,targetId,mode,note',
      '2027-01-05,60,skill,python,build,fine',
      '2027-02-30,60,skill,python,build,bad date',
      '2027-01-07,sixty,skill,python,build,bad minutes',
      '2027-01-08,60,skill,astrology,theory,unknown skill',
    ].join('\n');
    const response = await importCsv(user, csv);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.issues.map((issue: { path: string }) => issue.path)).toEqual([
      'row 3.date',
      'row 4.minutes',
      'row 5.targetId',
    ]);
    expect(await snapshotDatabase(database.db)).toBe(before);
  });

  it.each([
    ['an empty file', ''],
    ['a header only', 'date,minutes,targetKind,targetId,mode,note\n'],
    ['missing columns', 'date,minutes\n2027-01-05,60\n'],
    [
      'broken quoting',
      'date,minutes,targetKind,targetId,mode,note\n2027-01-05,60,skill,python,build,"open quote\n',
    ],
  ])('answers 400 to %s', async (_name, csv) => {
    const user = await signUp(app);
    const response = await importCsv(user, csv);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toEqual(expect.any(String));
  });
});

describe('networking', () => {
  it('adds, lists and deletes activities', async () => {
    const user = await signUp(app);
    const added = await app.inject({
      method: 'POST',
      url: '/api/networking',
      headers: { cookie: user.cookie },
      payload: {
        date: '2027-03-01',
        kind: 'coffee-chat',
        note: 'Former colleague now at a logistics SaaS',
      },
    });
    expect(added.statusCode).toBe(201);
    const list = await app.inject({ url: '/api/networking', headers: { cookie: user.cookie } });
    expect(list.json()).toEqual([added.json()]);
    const removed = await app.inject({
      method: 'DELETE',
      url: `/api/networking/${added.json().id}`,
      headers: { cookie: user.cookie },
    });
    expect(removed.statusCode).toBe(204);
  });
});
