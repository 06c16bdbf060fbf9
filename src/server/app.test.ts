import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createTestApp, signUp, TEST_PASSWORD, VALID_PROFILE } from '../../test/app.js';
import { testEngine } from '../../test/database.js';
import { buildApp } from './app.js';

const { app, database } = await createTestApp();

describe('instance routes', () => {
  it('GET /api/health names the database engine', async () => {
    const response = await app.inject({ url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      status: 'ok',
      database: testEngine() === 'pglite' ? 'embedded' : 'postgres',
    });
  });

  it('GET /api/openapi.json documents every /api route with its schemas', async () => {
    const response = await app.inject({ url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    const document = response.json<{
      openapi: string;
      paths: Record<string, Record<string, unknown>>;
    }>();
    expect(document.openapi).toMatch(/^3\./);
    const documented = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map(
        (method) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`,
      ),
    );
    const routes = app.routeTable
      .filter(
        (route) =>
          route.url.startsWith('/api') && !route.url.endsWith('*') && route.method !== 'HEAD',
      )
      .filter((route) => route.url !== '/api/openapi.json')
      .map((route) => `${route.method} ${route.url}`);
    expect(documented.sort()).toEqual(routes.sort());
    const put = document.paths['/api/profile']?.put as {
      requestBody?: unknown;
      responses?: Record<string, unknown>;
    };
    expect(put.requestBody).toBeDefined();
    expect(put.responses?.['200']).toBeDefined();
  });

  it('answers unknown /api routes with 404 JSON', async () => {
    for (const [method, url] of [
      ['GET', '/api/nope'],
      ['POST', '/api/profile/extra'],
      ['DELETE', '/api'],
    ] as const) {
      const response = await app.inject({ method, url });
      expect(response.statusCode).toBe(404);
      expect(response.json()).toEqual({ error: { message: expect.stringContaining('no route') } });
    }
  });

  it('sends security headers with a strict Content-Security-Policy', async () => {
    const response = await app.inject({ url: '/api/health' });
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('same-origin');
  });

  it('answers 413 JSON to a body over the limit', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'a@b.co', password: 'x'.repeat(300 * 1024) },
    });
    expect(response.statusCode).toBe(413);
    expect(response.json()).toEqual({ error: { message: expect.any(String) } });
  });
});

describe('internal errors', () => {
  it('are logged with the request id and answered 500 without internals', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const failing = await buildApp({ database, logger: { level: 'error', stream } });
    failing.get('/api/boom', { config: { auth: 'public' } }, async () => {
      throw new Error('secret detail: connection string postgres://root:pw@db');
    });
    const response = await failing.inject({ url: '/api/boom' });
    await failing.close();
    expect(response.statusCode).toBe(500);
    expect(response.body).not.toContain('secret detail');
    const requestId = /request ([0-9a-f-]{36})/.exec(response.json().error.message)?.[1];
    expect(requestId).toBeDefined();
    const logged = lines.map((line) => JSON.parse(line)).find((entry) => entry.reqId === requestId);
    expect(logged?.err?.message).toContain('secret detail');
  });
});

describe('statelessness', () => {
  it('lets a second app process on the same database use a session made on the first', async () => {
    const { app: second } = await createTestApp({ database });
    const user = await signUp(app);
    const me = await second.inject({ url: '/api/me', headers: { cookie: user.cookie } });
    expect(me.json()).toEqual({ id: user.id, email: user.email });
    await second.inject({
      method: 'PUT',
      url: '/api/profile',
      headers: { cookie: user.cookie },
      payload: VALID_PROFILE,
    });
    const profile = await app.inject({ url: '/api/profile', headers: { cookie: user.cookie } });
    expect(profile.json()).toMatchObject({ domain: 'logistics', hoursPerWeek: 12 });
    await second.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: user.cookie },
    });
    expect(
      (await app.inject({ url: '/api/me', headers: { cookie: user.cookie } })).statusCode,
    ).toBe(401);
  });
});

describe('sessions', () => {
  it('lists the signed-in devices and revokes one', async () => {
    const user = await signUp(app);
    const other = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: user.email, password: TEST_PASSWORD },
      headers: { 'user-agent': 'Phone browser' },
    });
    const list = await app.inject({ url: '/api/sessions', headers: { cookie: user.cookie } });
    const sessions = list.json<{ id: string; current: boolean; userAgent: string | null }[]>();
    expect(sessions).toHaveLength(2);
    expect(sessions.filter((session) => session.current)).toHaveLength(1);
    const phone = sessions.find((session) => session.userAgent === 'Phone browser');
    const revoke = await app.inject({
      method: 'DELETE',
      url: `/api/sessions/${phone?.id}`,
      headers: { cookie: user.cookie },
    });
    expect(revoke.statusCode).toBe(204);
    const otherCookie = other.headers['set-cookie'];
    expect(
      (await app.inject({ url: '/api/me', headers: { cookie: String(otherCookie).split(';')[0] } }))
        .statusCode,
    ).toBe(401);
    const again = await app.inject({
      method: 'DELETE',
      url: `/api/sessions/${phone?.id}`,
      headers: { cookie: user.cookie },
    });
    expect(again.statusCode).toBe(404);
    const malformed = await app.inject({
      method: 'DELETE',
      url: '/api/sessions/not-a-uuid',
      headers: { cookie: user.cookie },
    });
    expect(malformed.statusCode).toBe(404);
  });
});

describe('account', () => {
  it('changes the password and signs out the other sessions', async () => {
    const user = await signUp(app);
    const elsewhere = await signUp(app, user.email.replace('@', '+x@'));
    const wrong = await app.inject({
      method: 'PUT',
      url: '/api/account/password',
      headers: { cookie: user.cookie },
      payload: { currentPassword: 'not it at all', newPassword: 'a new long password' },
    });
    expect(wrong.statusCode).toBe(403);
    const changed = await app.inject({
      method: 'PUT',
      url: '/api/account/password',
      headers: { cookie: user.cookie },
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'a new long password' },
    });
    expect(changed.statusCode).toBe(204);
    expect(
      (await app.inject({ url: '/api/me', headers: { cookie: user.cookie } })).statusCode,
    ).toBe(401);
    const fresh = String(changed.headers['set-cookie']).split(';')[0] ?? '';
    expect((await app.inject({ url: '/api/me', headers: { cookie: fresh } })).statusCode).toBe(200);
    expect(
      (await app.inject({ url: '/api/me', headers: { cookie: elsewhere.cookie } })).statusCode,
    ).toBe(200);
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: user.email, password: 'a new long password' },
    });
    expect(login.statusCode).toBe(200);
  });

  it('deletes the account and every row it owns after the password is confirmed', async () => {
    const user = await signUp(app);
    const bystander = await signUp(app);
    for (const cookie of [user.cookie, bystander.cookie]) {
      await app.inject({
        method: 'PUT',
        url: '/api/profile',
        headers: { cookie },
        payload: VALID_PROFILE,
      });
    }
    const refused = await app.inject({
      method: 'DELETE',
      url: '/api/account',
      headers: { cookie: user.cookie },
      payload: { password: 'wrong password' },
    });
    expect(refused.statusCode).toBe(403);
    expect(
      (await app.inject({ url: '/api/me', headers: { cookie: user.cookie } })).statusCode,
    ).toBe(200);

    const deleted = await app.inject({
      method: 'DELETE',
      url: '/api/account',
      headers: { cookie: user.cookie },
      payload: { password: TEST_PASSWORD },
    });
    expect(deleted.statusCode).toBe(204);
    const { db } = database;
    expect(
      await db.query.users.findFirst({ where: (t, { eq }) => eq(t.id, user.id) }),
    ).toBeUndefined();
    expect(
      await db.query.profiles.findFirst({ where: (t, { eq }) => eq(t.userId, user.id) }),
    ).toBeUndefined();
    expect(
      await db.query.sessions.findFirst({ where: (t, { eq }) => eq(t.userId, user.id) }),
    ).toBeUndefined();
    expect(
      (await app.inject({ url: '/api/profile', headers: { cookie: bystander.cookie } })).statusCode,
    ).toBe(200);
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: user.email, password: TEST_PASSWORD },
    });
    expect(login.statusCode).toBe(401);
  });
});
