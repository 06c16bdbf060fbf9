import { describe, expect, it } from 'vitest';
import { createTestApp, signUp, type TestUser } from '../../../../test/app.js';
import { snapshotDatabase } from '../../../../test/snapshot.js';
import { todayUtc } from '../../../clock.js';
import { addDays } from '../../../core/plan/dates.js';

const { app, database } = await createTestApp();

/** Dollars to cents. */
const usd = (dollars: number) => dollars * 100;

const OFFER = {
  company: 'Acme Health',
  role: 'ML Engineer',
  level: 'entry',
  location: 'Austin, TX',
  currency: 'USD',
  base: usd(140_000),
  bonus: usd(14_000),
  equityPerYear: usd(10_000),
  signOn: usd(15_000),
  deadline: '2099-06-12',
};

const call = (
  user: TestUser,
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  url: string,
  payload?: object,
) => app.inject({ method, url, headers: { cookie: user.cookie }, ...(payload ? { payload } : {}) });

async function addOffer(user: TestUser, overrides: object = {}): Promise<{ id: string }> {
  const response = await call(user, 'POST', '/api/offers', { ...OFFER, ...overrides });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

describe('offers', () => {
  it('are created with defaults, listed, read, changed and deleted', async () => {
    const user = await signUp(app);
    const created = await call(user, 'POST', '/api/offers', {
      company: 'Northwind',
      role: 'Junior ML Engineer',
      level: 'entry',
      location: 'Remote',
      currency: 'EUR',
      base: usd(60_000),
    });
    expect(created.statusCode).toBe(201);
    const offer = created.json();
    expect(offer).toEqual({
      id: expect.any(String),
      company: 'Northwind',
      role: 'Junior ML Engineer',
      level: 'entry',
      location: 'Remote',
      currency: 'EUR',
      base: usd(60_000),
      bonus: 0,
      equityPerYear: 0,
      signOn: 0,
      negotiation: {},
    });

    expect((await call(user, 'GET', '/api/offers')).json()).toEqual([offer]);
    expect((await call(user, 'GET', `/api/offers/${offer.id}`)).json()).toEqual(offer);

    const changed = await call(user, 'PATCH', `/api/offers/${offer.id}`, {
      bonus: usd(5_000),
      benefits: 'Learning budget',
      deadline: '2099-01-31',
    });
    expect(changed.json()).toMatchObject({ bonus: usd(5_000), benefits: 'Learning budget' });
    const cleared = await call(user, 'PATCH', `/api/offers/${offer.id}`, { benefits: null });
    expect(cleared.json()).not.toHaveProperty('benefits');
    expect(cleared.json().deadline).toBe('2099-01-31');

    expect((await call(user, 'DELETE', `/api/offers/${offer.id}`)).statusCode).toBe(204);
    expect((await call(user, 'GET', `/api/offers/${offer.id}`)).statusCode).toBe(404);
    expect((await call(user, 'DELETE', `/api/offers/${offer.id}`)).statusCode).toBe(404);
  });

  it('refuse fractional or negative amounts, an empty change and unknown fields', async () => {
    const user = await signUp(app);
    const paths = async (payload: object) =>
      (await call(user, 'POST', '/api/offers', payload))
        .json()
        .error.issues.map((issue: { path: string }) => issue.path);
    expect(await paths({ ...OFFER, base: 1234.5 })).toEqual(['base']);
    expect(await paths({ ...OFFER, signOn: -1 })).toEqual(['signOn']);
    expect(await paths({ ...OFFER, currency: 'usd' })).toEqual(['currency']);
    expect(await paths({ ...OFFER, acceptedOn: '2027-01-01' })).toHaveLength(1);
    const { id } = await addOffer(user);
    expect((await call(user, 'PATCH', `/api/offers/${id}`, {})).statusCode).toBe(400);
    expect((await call(user, 'PATCH', `/api/offers/${id}`, { negotiation: {} })).statusCode).toBe(
      400,
    );
    expect((await call(user, 'GET', '/api/offers/not-an-id')).statusCode).toBe(404);
  });

  it('link only to an application of the same user', async () => {
    const user = await signUp(app);
    const missing = await call(user, 'POST', '/api/offers', {
      ...OFFER,
      applicationId: '00000000-0000-4000-8000-000000000000',
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.issues[0].path).toBe('applicationId');
    expect((await call(user, 'GET', '/api/offers')).json()).toEqual([]);
  });
});

describe('the comparison', () => {
  it('gives totals, gaps to the best and the band with its source and caveat', async () => {
    const user = await signUp(app);
    const empty = (await call(user, 'GET', '/api/offers/compare')).json();
    expect(empty.offers).toEqual([]);
    expect(empty.bands.caveat).toMatch(/\w/);

    const first = await addOffer(user);
    const second = await addOffer(user, {
      company: 'Globex',
      base: usd(160_000),
      bonus: 0,
      equityPerYear: 0,
      signOn: 0,
    });
    const comparison = (await call(user, 'GET', '/api/offers/compare')).json();
    expect(comparison.currencyNote).toBeNull();
    expect(comparison.bands).toMatchObject({
      currency: 'USD',
      region: 'United States',
      source: { title: expect.any(String), year: expect.any(Number) },
    });
    expect(comparison.bands.levels.map((band: { level: string }) => band.level)).toEqual([
      'entry',
      'mid',
      'senior',
    ]);
    const [a, b] = comparison.offers;
    expect(a).toMatchObject({
      id: first.id,
      firstYearTotal: usd(179_000),
      steadyStateTotal: usd(164_000),
      firstYearVsBest: 0,
      bestFirstYear: true,
      bestSteadyState: true,
      accepted: false,
      band: { level: 'entry', below: false },
    });
    expect(b).toMatchObject({
      id: second.id,
      firstYearTotal: usd(160_000),
      firstYearVsBest: usd(-19_000),
      steadyStateVsBest: usd(-4_000),
    });
    expect(a.daysToDeadline).toBeGreaterThan(0);
  });

  it('notes differing currencies and leaves the band out where it does not apply', async () => {
    const user = await signUp(app);
    await addOffer(user);
    await addOffer(user, { company: 'Kiel AI', currency: 'EUR', base: usd(70_000) });
    const comparison = (await call(user, 'GET', '/api/offers/compare')).json();
    expect(comparison.currencies).toEqual(['USD', 'EUR']);
    expect(comparison.currencyNote).toMatch(/USD, EUR/);
    expect(comparison.offers[1]).toMatchObject({ band: null, bestFirstYear: true });
  });
});

describe('the negotiation checklist', () => {
  it('is listed, and items are ticked with today and unticked', async () => {
    const user = await signUp(app);
    const checklist = (await call(user, 'GET', '/api/offers/checklist')).json();
    expect(checklist.length).toBeGreaterThan(5);
    expect(checklist[0]).toEqual({
      id: expect.any(String),
      item: expect.any(String),
      why: expect.any(String),
    });
    const { id } = await addOffer(user);
    const url = `/api/offers/${id}/negotiation/get-it-in-writing`;
    const ticked = await call(user, 'PUT', url, { done: true });
    expect(ticked.json().negotiation).toEqual({ 'get-it-in-writing': todayUtc() });
    await call(user, 'PUT', `/api/offers/${id}/negotiation/ask-for-time`, { done: true });
    const unticked = await call(user, 'PUT', url, { done: false });
    expect(unticked.json().negotiation).toEqual({ 'ask-for-time': todayUtc() });
    expect(
      (await call(user, 'PUT', `/api/offers/${id}/negotiation/bluff-hard`, { done: true }))
        .statusCode,
    ).toBe(404);
    expect((await call(user, 'PUT', url, { done: 'yes' })).statusCode).toBe(400);
  });
});

describe('accepting an offer', () => {
  it('switches to growth mode, keeps one accepted offer, and can be taken back', async () => {
    const user = await signUp(app);
    expect((await call(user, 'GET', '/api/growth')).json()).toEqual({
      mode: null,
      offer: null,
      growth: null,
    });
    expect(
      (await call(user, 'PUT', '/api/growth/goals/master-the-stack', { done: true })).statusCode,
    ).toBe(409);

    const first = await addOffer(user);
    const second = await addOffer(user, { company: 'Globex' });
    const accepted = await call(user, 'POST', `/api/offers/${first.id}/accept`);
    expect(accepted.json().acceptedOn).toBe(todayUtc());
    await call(user, 'POST', `/api/offers/${second.id}/accept`);
    const offers = (await call(user, 'GET', '/api/offers')).json();
    expect(offers.map((offer: { acceptedOn?: string }) => offer.acceptedOn)).toEqual([
      undefined,
      todayUtc(),
    ]);

    const growth = (await call(user, 'GET', '/api/growth')).json();
    expect(growth).toMatchObject({
      mode: 'growth',
      offer: { id: second.id, company: 'Globex', acceptedOn: todayUtc() },
      growth: { started: true, stage: { id: 'years-1-2' }, progress: { done: 0, total: 5 } },
    });

    const done = await call(user, 'PUT', '/api/growth/goals/master-the-stack', { done: true });
    expect(done.json().growth.progress).toMatchObject({ done: 1, percent: 20 });
    expect(
      done.json().growth.goals.find((goal: { id: string }) => goal.id === 'master-the-stack'),
    ).toMatchObject({ done: true, doneOn: todayUtc() });
    const undone = await call(user, 'PUT', '/api/growth/goals/master-the-stack', { done: false });
    expect(undone.json().growth.progress.done).toBe(0);
    expect(
      (await call(user, 'PUT', '/api/growth/goals/retire-early', { done: true })).statusCode,
    ).toBe(404);

    const back = await call(user, 'DELETE', `/api/offers/${second.id}/accept`);
    expect(back.json()).not.toHaveProperty('acceptedOn');
    expect((await call(user, 'GET', '/api/growth')).json().mode).toBeNull();
  });

  it("never touches another user's accepted offer", async () => {
    const owner = await signUp(app);
    const other = await signUp(app);
    const mine = await addOffer(owner);
    await call(owner, 'POST', `/api/offers/${mine.id}/accept`);
    const theirs = await addOffer(other);
    await call(other, 'POST', `/api/offers/${theirs.id}/accept`);
    expect((await call(owner, 'GET', `/api/offers/${mine.id}`)).json().acceptedOn).toBe(todayUtc());
    expect((await call(other, 'POST', `/api/offers/${mine.id}/accept`)).statusCode).toBe(404);
  });
});

describe('salary bands', () => {
  type Band = {
    level: string;
    label: string;
    origin: string;
    low: number;
    high: number;
    currency: string;
  };
  const level = (bands: { levels: Band[] }, name: string) =>
    bands.levels.find((band) => band.level === name);

  it('start as the article’s figures, take the user’s own per level and reset', async () => {
    const user = await signUp(app);
    const initial = (await call(user, 'GET', '/api/offers/bands')).json();
    expect(initial.levels.map((band: Band) => band.origin)).toEqual([
      'article',
      'article',
      'article',
    ]);
    expect(initial.caveat).toMatch(/rough yardstick/);
    const article = level(initial, 'entry');

    const saved = await call(user, 'PUT', '/api/offers/bands/entry', {
      low: usd(120_000),
      high: usd(140_000),
      note: '  Austin, from people I asked  ',
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(level(saved.json(), 'entry')).toEqual({
      level: 'entry',
      label: article?.label,
      low: usd(120_000),
      high: usd(140_000),
      currency: 'USD',
      origin: 'mine',
      article: { low: article?.low, high: article?.high, currency: 'USD' },
      note: 'Austin, from people I asked',
      changedOn: todayUtc(),
    });
    expect(level(saved.json(), 'mid')?.origin).toBe('article');
    expect(saved.json().source).toEqual(initial.source);

    // The comparison checks offers against the edit: 164k total is above the user's 120–140k.
    await addOffer(user);
    const comparison = (await call(user, 'GET', '/api/offers/compare')).json();
    expect(comparison.offers[0].band).toMatchObject({
      origin: 'mine',
      low: usd(120_000),
      below: false,
    });
    expect(level(comparison.bands, 'entry')?.origin).toBe('mine');

    // Another user still sees the article's figures.
    const other = await signUp(app);
    expect(level((await call(other, 'GET', '/api/offers/bands')).json(), 'entry')).toEqual(
      level(initial, 'entry'),
    );
    expect((await call(other, 'DELETE', '/api/offers/bands/entry')).statusCode).toBe(404);

    const reset = await call(user, 'DELETE', '/api/offers/bands/entry');
    expect(reset.statusCode).toBe(200);
    expect(level(reset.json(), 'entry')).toEqual(level(initial, 'entry'));
    const again = await call(user, 'DELETE', '/api/offers/bands/entry');
    expect(again.statusCode).toBe(404);
    expect(again.json().error.message).toBe('edited salary band not found');
  });

  it('may be in another currency, so offers in it get a band', async () => {
    const user = await signUp(app);
    await addOffer(user, { company: 'Kiel AI', currency: 'EUR', base: usd(70_000), bonus: 0 });
    const before = (await call(user, 'GET', '/api/offers/compare')).json();
    expect(before.offers[0].band).toBeNull();
    await call(user, 'PUT', '/api/offers/bands/entry', {
      low: usd(65_000),
      high: usd(85_000),
      currency: 'EUR',
    });
    const after = (await call(user, 'GET', '/api/offers/compare')).json();
    expect(after.offers[0].band).toMatchObject({ currency: 'EUR', origin: 'mine', below: false });
  });

  it('refuse a bad range with a clear message and write nothing', async () => {
    const user = await signUp(app);
    await call(user, 'PUT', '/api/offers/bands/mid', { low: 100, high: 200 });
    const issues = async (payload: object, url = '/api/offers/bands/mid') => {
      const before = await snapshotDatabase(database.db);
      const response = await call(user, 'PUT', url, payload);
      expect(await snapshotDatabase(database.db)).toBe(before);
      return { status: response.statusCode, body: response.json() };
    };
    expect(await issues({ low: usd(300_000), high: usd(200_000) })).toEqual({
      status: 400,
      body: {
        error: {
          message: 'the request is invalid',
          issues: [{ path: 'high', message: 'must not be below the low end' }],
        },
      },
    });
    const paths = async (payload: object) =>
      (await issues(payload)).body.error.issues.map(
        (issue: { path: string; message: string }) => `${issue.path}: ${issue.message}`,
      );
    expect(await paths({ low: -100, high: 100 })).toEqual(['low: must not be negative']);
    expect(await paths({ low: 0, high: 1e13 })).toEqual([
      'high: must be at most 10,000,000,000 in minor units (cents)',
    ]);
    expect(await paths({ low: 10.5, high: 100 })).toEqual([
      'low: must be a whole amount in minor units (cents)',
    ]);
    expect(await paths({ high: 100 })).toHaveLength(1);
    expect(await paths({ low: 1, high: 2, currency: 'euro' })).toEqual([
      'currency: must be a three-letter currency code',
    ]);
    expect((await issues({ low: 1, high: 2 }, '/api/offers/bands/staff')).status).toBe(404);
    const mid = (await call(user, 'GET', '/api/offers/bands')).json().levels[1];
    expect(mid).toMatchObject({ low: 100, high: 200, origin: 'mine' });
  });
});

describe('accepting on a chosen day', () => {
  const today = todayUtc();
  const yesterday = addDays(today, -1);

  it('dates the acceptance and growth mode from that day', async () => {
    const user = await signUp(app);
    const { id } = await addOffer(user, { receivedOn: addDays(today, -30) });
    const accepted = await call(user, 'POST', `/api/offers/${id}/accept`, { on: yesterday });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json().acceptedOn).toBe(yesterday);
    const growth = (await call(user, 'GET', '/api/growth')).json();
    expect(growth.offer.acceptedOn).toBe(yesterday);
    expect(growth.growth).toMatchObject({ started: true, daysInJob: 1 });
    // A later accept with a day corrects it; one without keeps it.
    const earlier = addDays(today, -10);
    await call(user, 'POST', `/api/offers/${id}/accept`, { on: earlier });
    expect((await call(user, 'POST', `/api/offers/${id}/accept`)).json().acceptedOn).toBe(earlier);
    expect((await call(user, 'GET', '/api/growth')).json().growth.daysInJob).toBe(10);
  });

  it('refuses a day in the future, before the offer came, or an empty body', async () => {
    const user = await signUp(app);
    const { id } = await addOffer(user, { receivedOn: addDays(today, -5) });
    const refused = async (payload: object) => {
      const before = await snapshotDatabase(database.db);
      const response = await call(user, 'POST', `/api/offers/${id}/accept`, payload);
      expect(response.statusCode).toBe(400);
      expect(await snapshotDatabase(database.db)).toBe(before);
      return response.json().error.issues;
    };
    expect(await refused({ on: addDays(today, 1) })).toEqual([
      { path: 'on', message: `must not be after today (${today})` },
    ]);
    expect(await refused({ on: addDays(today, -6) })).toEqual([
      {
        path: 'on',
        message: `must not be before the day the offer came (${addDays(today, -5)})`,
      },
    ]);
    expect((await refused({}))[0].path).toBe('on');
    expect((await refused({ on: 'yesterday' }))[0].path).toBe('on');
    expect((await call(user, 'GET', '/api/growth')).json().mode).toBeNull();
  });

  it('keeps the day the offer came no later than the day it was accepted', async () => {
    const user = await signUp(app);
    const { id } = await addOffer(user, { receivedOn: addDays(today, -20) });
    await call(user, 'POST', `/api/offers/${id}/accept`, { on: addDays(today, -10) });
    const late = await call(user, 'PATCH', `/api/offers/${id}`, { receivedOn: addDays(today, -9) });
    expect(late.statusCode).toBe(400);
    expect(late.json().error.issues[0].path).toBe('receivedOn');
    const fine = await call(user, 'PATCH', `/api/offers/${id}`, {
      receivedOn: addDays(today, -12),
    });
    expect(fine.json().receivedOn).toBe(addDays(today, -12));
    const cleared = await call(user, 'PATCH', `/api/offers/${id}`, { receivedOn: null });
    expect(cleared.json()).not.toHaveProperty('receivedOn');
  });
});
