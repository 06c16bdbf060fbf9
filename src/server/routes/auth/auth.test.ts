import { describe, expect, it } from 'vitest';
import {
  createTestApp,
  RELAXED_LOGIN_LIMIT,
  signUp,
  TEST_PASSWORD,
  uniqueEmail,
} from '../../../../test/app.js';
import { createTestDatabase } from '../../../../test/database.js';
import { SESSION_COOKIE } from '../../session.js';

const { app, database } = await createTestApp();

const login = (email: string, password: string, headers: Record<string, string> = {}) =>
  app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password }, headers });

describe('signup', () => {
  it('creates the account, answers 201 and sets an HttpOnly SameSite=Lax session cookie', async () => {
    const email = uniqueEmail();
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/signup',
      payload: { email, password: TEST_PASSWORD },
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toEqual({ id: expect.any(String), email });
    const cookie = response.cookies.find((item) => item.name === SESSION_COOKIE);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie?.secure).toBeUndefined();
    const me = await app.inject({
      url: '/api/me',
      cookies: { [SESSION_COOKIE]: cookie?.value ?? '' },
    });
    expect(me.json()).toEqual({ id: response.json().id, email });
  });

  it('refuses a password shorter than 10 characters with 400 naming the field', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/signup',
      payload: { email: uniqueEmail(), password: '123456789' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({
      error: {
        message: expect.any(String),
        issues: [{ path: 'password', message: 'must be at least 10 characters' }],
      },
    });
  });

  it('answers 409 for an email already taken, whatever its case', async () => {
    const user = await signUp(app);
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/signup',
      payload: { email: user.email.toUpperCase(), password: TEST_PASSWORD },
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.message).toMatch(/already exists/);
  });

  it('never stores the password itself', async () => {
    const user = await signUp(app);
    const stored = await database.db.query.users.findFirst({
      where: (users, { eq }) => eq(users.id, user.id),
    });
    expect(stored?.passwordHash).toMatch(/^scrypt\$/);
    expect(stored?.passwordHash).not.toContain(TEST_PASSWORD);
  });
});

describe('login and logout', () => {
  it('answers 401 with the same message for an unknown email and a wrong password', async () => {
    const user = await signUp(app);
    const unknown = await login(uniqueEmail('nobody'), TEST_PASSWORD);
    const wrong = await login(user.email, 'not the password');
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    expect(unknown.json()).toEqual(wrong.json());
  });

  it('signs in with the right password, and logout revokes the session on the server', async () => {
    const user = await signUp(app);
    const response = await login(` ${user.email.toUpperCase()} `, TEST_PASSWORD);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ id: user.id, email: user.email });
    const token = response.cookies.find((item) => item.name === SESSION_COOKIE)?.value ?? '';

    const logout = await app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      cookies: { [SESSION_COOKIE]: token },
    });
    expect(logout.statusCode).toBe(204);
    const me = await app.inject({ url: '/api/me', cookies: { [SESSION_COOKIE]: token } });
    expect(me.statusCode).toBe(401);
    // The other session of the same user is untouched.
    expect(
      (await app.inject({ url: '/api/me', headers: { cookie: user.cookie } })).statusCode,
    ).toBe(200);
  });

  it('answers 401 to /api/me without a session or with a forged token', async () => {
    expect((await app.inject({ url: '/api/me' })).statusCode).toBe(401);
    const forged = await app.inject({
      url: '/api/me',
      cookies: { [SESSION_COOKIE]: 'x'.repeat(43) },
    });
    expect(forged.statusCode).toBe(401);
    expect(forged.json()).toEqual({ error: { message: expect.any(String) } });
  });

  it('marks the cookie Secure when the request came over HTTPS through a trusted proxy', async () => {
    const { app: proxied } = await createTestApp({ database, trustProxy: true });
    const response = await proxied.inject({
      method: 'POST',
      url: '/api/auth/signup',
      payload: { email: uniqueEmail(), password: TEST_PASSWORD },
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(response.cookies.find((item) => item.name === SESSION_COOKIE)?.secure).toBe(true);
  });
});

describe('login rate limit', () => {
  it('answers 429 with Retry-After once an email has too many failures, even with the right password', async () => {
    const { app: limited } = await createTestApp({
      database,
      loginLimit: { ...RELAXED_LOGIN_LIMIT, maxPerEmail: 3, windowMs: 600_000 },
    });
    const user = await signUp(limited);
    for (let attempt = 0; attempt < 3; attempt++) {
      expect(
        (
          await limited.inject({
            method: 'POST',
            url: '/api/auth/login',
            payload: { email: user.email, password: 'wrong password' },
          })
        ).statusCode,
      ).toBe(401);
    }
    const blocked = await limited.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: user.email, password: TEST_PASSWORD },
    });
    expect(blocked.statusCode).toBe(429);
    const retryAfter = Number(blocked.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(600);
    // Another email from the same address is still allowed.
    const other = await signUp(limited);
    expect(
      (
        await limited.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { email: other.email, password: TEST_PASSWORD },
        })
      ).statusCode,
    ).toBe(200);
  });

  it('limits one address across many emails', async () => {
    const { app: limited } = await createTestApp({
      database,
      loginLimit: { windowMs: 600_000, maxPerEmail: 100, maxPerIp: 4 },
    });
    const ip = '203.0.113.7';
    for (let attempt = 0; attempt < 4; attempt++) {
      await limited.inject({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress: ip,
        payload: { email: uniqueEmail(), password: 'wrong password' },
      });
    }
    const blocked = await limited.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: ip,
      payload: { email: uniqueEmail(), password: 'wrong password' },
    });
    expect(blocked.statusCode).toBe(429);
    expect(blocked.headers['retry-after']).toBeDefined();
  });
});

describe('closed signup', () => {
  it('allows the first account, then answers 403', async () => {
    const fresh = await createTestDatabase();
    const { app: closed } = await createTestApp({ database: fresh, signup: 'closed' });
    try {
      expect((await closed.inject({ url: '/api/instance' })).json()).toEqual({
        hasUsers: false,
        signupOpen: true,
      });
      await signUp(closed);
      const second = await closed.inject({
        method: 'POST',
        url: '/api/auth/signup',
        payload: { email: uniqueEmail(), password: TEST_PASSWORD },
      });
      expect(second.statusCode).toBe(403);
      expect((await closed.inject({ url: '/api/instance' })).json()).toEqual({
        hasUsers: true,
        signupOpen: false,
      });
    } finally {
      await closed.close();
      await fresh.close();
    }
  });
});
