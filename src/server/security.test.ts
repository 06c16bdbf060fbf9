import type { FastifyInstance, InjectOptions } from 'fastify';
import { describe, expect, it } from 'vitest';
import { createTestApp, signUp, type TestUser, VALID_PROFILE } from '../../test/app.js';
import { snapshotDatabase } from '../../test/snapshot.js';
import { SESSION_COOKIE } from './session.js';

/**
 * The security suite walks Fastify's route table, so a route added later is covered without
 * editing this file — except to state, on purpose, that it is public or how to make its ids.
 */
const { app, database } = await createTestApp();

/** Routes that answer without a session. A new public route fails the suite until listed here. */
const PUBLIC_ROUTES = new Set([
  'GET /api/health',
  'GET /api/instance',
  'GET /api/openapi.json',
  'POST /api/auth/signup',
  'POST /api/auth/login',
  'POST /api/auth/logout',
  'GET /api/calendar/:file',
]);

async function savedAnalysis(instance: FastifyInstance, owner: TestUser): Promise<string> {
  const response = await instance.inject({
    method: 'POST',
    url: '/api/jobs/analyses',
    headers: { cookie: owner.cookie },
    payload: { text: 'ML Engineer\nRequirements: Python, SQL, Docker' },
  });
  return response.json<{ id: string }>().id;
}

type IdFactory = (app: FastifyInstance, owner: TestUser) => Promise<string>;

/** Each area keeps the factories of its own routes in test/id-factories/<area>.ts. */
const areaFactories = import.meta.glob<{ idFactories: Record<string, IdFactory> }>(
  '../../test/id-factories/*.ts',
  { eager: true },
);

/** Test-data factories for routes with ids: each creates a record owned by `owner`, returns its id. */
const ID_FACTORIES: Record<string, IdFactory> = {
  ...Object.assign({}, ...Object.values(areaFactories).map((module) => module.idFactories)),
  'GET /api/jobs/analyses/:id': (instance, owner) => savedAnalysis(instance, owner),
  'DELETE /api/jobs/analyses/:id': (instance, owner) => savedAnalysis(instance, owner),
  'POST /api/jobs/analyses/:id/add-to-plan': (instance, owner) => savedAnalysis(instance, owner),
  'DELETE /api/time-entries/:id': async (instance, owner) => {
    const response = await instance.inject({
      method: 'POST',
      url: '/api/time-entries',
      headers: { cookie: owner.cookie },
      payload: {
        date: '2027-01-05',
        minutes: 60,
        targetKind: 'skill',
        targetId: 'python',
        mode: 'build',
      },
    });
    return response.json<{ id: string }>().id;
  },
  'DELETE /api/evidence/:id': async (instance, owner) => {
    const response = await instance.inject({
      method: 'POST',
      url: '/api/evidence',
      headers: { cookie: owner.cookie },
      payload: {
        targetKind: 'project',
        targetId: 'domain-flagship',
        type: 'deployed-url',
        url: 'https://example.org/app',
        date: '2027-05-01',
      },
    });
    return response.json<{ id: string }>().id;
  },
  'DELETE /api/networking/:id': async (instance, owner) => {
    const response = await instance.inject({
      method: 'POST',
      url: '/api/networking',
      headers: { cookie: owner.cookie },
      payload: { date: '2027-01-05', kind: 'meetup' },
    });
    return response.json<{ id: string }>().id;
  },
  'DELETE /api/sessions/:id': async (instance, owner) => {
    const response = await instance.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: owner.email, password: 'correct horse battery' },
    });
    const token = response.cookies.find((cookie) => cookie.name === SESSION_COOKIE)?.value;
    const sessions = await instance.inject({
      url: '/api/sessions',
      cookies: { [SESSION_COOKIE]: token ?? '' },
    });
    const mine = sessions
      .json<{ id: string; current: boolean }[]>()
      .find((session) => session.current);
    if (!mine) throw new Error('no current session listed');
    return mine.id;
  },
};

const isCatchAll = (url: string) => url.endsWith('*');
const routes = app.routeTable.filter(
  (route) => route.url.startsWith('/api') && !isCatchAll(route.url) && route.method !== 'HEAD',
);
const key = (route: { method: string; url: string }) => `${route.method} ${route.url}`;
const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const withId = (url: string, id: string) => url.replace(/:[A-Za-z]+/g, encodeURIComponent(id));

/** Seeds the user's profile so that every area holds data a careless route could leak or alter. */
async function seededUser(): Promise<TestUser> {
  const user = await signUp(app);
  await app.inject({
    method: 'PUT',
    url: '/api/profile',
    headers: { cookie: user.cookie },
    payload: VALID_PROFILE,
  });
  return user;
}

describe('the route table', () => {
  it('holds the API routes', () => {
    expect(routes.length).toBeGreaterThan(8);
  });

  it('lists every public route on purpose', () => {
    const publicRoutes = routes.filter((route) => route.auth === 'public').map(key);
    expect(publicRoutes.sort()).toEqual([...PUBLIC_ROUTES].sort());
  });

  it('has a test-data factory for every route with an id', () => {
    const withIds = routes
      .filter((route) => route.url.includes(':') && route.auth === 'session')
      .map(key);
    expect(withIds.filter((route) => !ID_FACTORIES[route])).toEqual([]);
  });
});

describe.each(routes.filter((route) => route.auth === 'session'))('$method $url', (route) => {
  const request = (extra: Partial<InjectOptions> = {}): InjectOptions => ({
    method: route.method as InjectOptions['method'],
    url: withId(route.url, '00000000-0000-4000-8000-000000000000'),
    ...extra,
  });

  it('answers 401 JSON without a session, with a forged one and with a revoked one', async () => {
    const revoked = await signUp(app);
    await app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: revoked.cookie },
    });
    for (const headers of [
      {},
      { cookie: `${SESSION_COOKIE}=forged-token` },
      { cookie: revoked.cookie },
    ]) {
      const before = await snapshotDatabase(database.db);
      const response = await app.inject(request({ headers }));
      expect(response.statusCode).toBe(401);
      expect(response.json()).toEqual({ error: { message: expect.any(String) } });
      expect(await snapshotDatabase(database.db)).toBe(before);
    }
  });
});

// Only session routes: the calendar feed's secret address is itself the credential (a capability
// URL), tested in routes/calendar; a wrong or revoked one answers 404 there.
describe.each(routes.filter((route) => route.url.includes(':') && route.auth === 'session'))(
  "$method $url with another user's id",
  (route) => {
    it('answers 404 and changes nothing', async () => {
      const factory = ID_FACTORIES[key(route)];
      if (!factory) throw new Error(`no test-data factory for ${key(route)}`);
      const owner = await seededUser();
      const intruder = await seededUser();
      const id = await factory(app, owner);
      const before = await snapshotDatabase(database.db);
      const response = await app.inject({
        method: route.method as InjectOptions['method'],
        url: withId(route.url, id),
        headers: { cookie: intruder.cookie },
        ...(route.hasBody ? { payload: {} } : {}),
      });
      expect(response.statusCode).toBe(route.hasBody ? 400 : 404);
      if (!route.hasBody) expect(response.json().error.message).toMatch(/not found/);
      expect(await snapshotDatabase(database.db)).toBe(before);
    });
  },
);

/** Bodies no route accepts: wrong JSON types, broken JSON, hostile keys, oversize payloads. */
const JUNK_BODIES: { name: string; payload: string; contentType?: string }[] = [
  { name: 'broken JSON', payload: '{"email": ' },
  { name: 'a JSON array', payload: '[1,2,3]' },
  { name: 'a JSON string', payload: '"hello"' },
  { name: 'a JSON number', payload: '42' },
  { name: 'JSON null', payload: 'null' },
  { name: 'an empty object', payload: '{}' },
  {
    name: 'unknown keys',
    payload: '{"isAdmin":true,"userId":"00000000-0000-4000-8000-000000000000"}',
  },
  {
    name: 'a prototype-pollution attempt',
    payload: '{"__proto__":{"polluted":true},"constructor":{"prototype":{"x":1}}}',
  },
  { name: 'deep nesting', payload: `${'{"a":'.repeat(500)}1${'}'.repeat(500)}` },
  {
    name: 'wrong types everywhere',
    payload: '{"email":[],"password":{},"background":7,"hoursPerWeek":"lots","format":1,"data":[]}',
  },
  {
    name: 'a form body',
    payload: 'email=a%40b.c&password=x',
    contentType: 'application/x-www-form-urlencoded',
  },
  { name: 'plain text', payload: 'hello', contentType: 'text/plain' },
  { name: 'an oversize body', payload: JSON.stringify({ padding: 'x'.repeat(21 * 1024 * 1024) }) },
];

describe.each(routes.filter((route) => STATE_CHANGING.has(route.method)))(
  '$method $url with junk bodies',
  (route) => {
    it.each(JUNK_BODIES)(
      'answers 4xx to $name and changes nothing',
      async ({ payload, contentType }) => {
        const user = await seededUser();
        const before = await snapshotDatabase(database.db);
        const response = await app.inject({
          method: route.method as InjectOptions['method'],
          url: withId(route.url, '00000000-0000-4000-8000-000000000000'),
          headers: { cookie: user.cookie, 'content-type': contentType ?? 'application/json' },
          payload,
        });
        expect(response.statusCode, response.body).toBeGreaterThanOrEqual(400);
        expect(response.statusCode, response.body).toBeLessThan(500);
        expect(response.json()).toEqual({
          error: expect.objectContaining({ message: expect.any(String) }),
        });
        expect(response.body).not.toMatch(/at .*\.(ts|js):\d+/);
        expect(await snapshotDatabase(database.db)).toBe(before);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      },
    );
  },
);

describe('cross-site requests', () => {
  const state = routes.filter((route) => STATE_CHANGING.has(route.method));

  it.each(state)(
    '$method $url refuses a foreign Origin or Sec-Fetch-Site with 403',
    async (route) => {
      const user = await seededUser();
      const before = await snapshotDatabase(database.db);
      for (const headers of [
        { origin: 'https://evil.example' },
        { origin: 'http://localhost:80' },
        { origin: 'null' },
        { 'sec-fetch-site': 'cross-site' },
        { 'sec-fetch-site': 'same-site' },
      ]) {
        const response = await app.inject({
          method: route.method as InjectOptions['method'],
          url: withId(route.url, '00000000-0000-4000-8000-000000000000'),
          headers: { cookie: user.cookie, host: 'localhost:3000', ...headers },
          ...(route.hasBody ? { payload: {} } : {}),
        });
        expect(response.statusCode).toBe(403);
      }
      expect(await snapshotDatabase(database.db)).toBe(before);
    },
  );

  it('accepts a same-origin request and one without either header (CLI, scripts)', async () => {
    const user = await signUp(app);
    for (const headers of [
      { origin: 'http://localhost:3000', 'sec-fetch-site': 'same-origin' },
      {},
    ]) {
      const response = await app.inject({
        method: 'PUT',
        url: '/api/profile',
        headers: { cookie: user.cookie, host: 'localhost:3000', ...headers },
        payload: VALID_PROFILE,
      });
      expect(response.statusCode).toBe(200);
    }
  });
});
