import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/database.js';
import { snapshotDatabase } from '../../test/snapshot.js';
import {
  createAccount,
  createSession,
  deleteExpiredSessions,
  findSession,
  SESSION_DAYS,
} from './accounts.js';
import { loginRetryAfter, pruneLoginAttempts, recordLoginFailure } from './login-attempts.js';

const database = await createTestDatabase();
afterAll(() => database.close());
const { db } = database;

describe('sessions', () => {
  it('expire after their lifetime and are pruned', async () => {
    const account = await createAccount(db, 'expiry@example.test', 'a long password');
    const longAgo = new Date(Date.now() - (SESSION_DAYS + 1) * 24 * 3600 * 1000);
    const old = await createSession(db, account.id, 'old browser', longAgo);
    const fresh = await createSession(db, account.id, 'new browser');
    expect(await findSession(db, old.token)).toBeNull();
    expect(await findSession(db, fresh.token)).toMatchObject({ id: account.id });
    await deleteExpiredSessions(db);
    const snapshot = await snapshotDatabase(db);
    expect(snapshot).toContain('new browser');
    expect(snapshot).not.toContain('old browser');
  });
});

describe('login attempts', () => {
  const limit = { windowMs: 60_000, maxPerEmail: 2, maxPerIp: 100 };

  it('count only failures inside the window, and the wait ends with the window', async () => {
    expect(await loginRetryAfter(db, 'a@example.test', '198.51.100.1', limit)).toBe(0);
    await recordLoginFailure(db, 'a@example.test', '198.51.100.1');
    await recordLoginFailure(db, 'a@example.test', '198.51.100.1');
    const now = new Date();
    const wait = await loginRetryAfter(db, 'a@example.test', '198.51.100.1', limit, now);
    expect(wait).toBeGreaterThan(50);
    expect(wait).toBeLessThanOrEqual(60);
    const later = new Date(now.getTime() + 61_000);
    expect(await loginRetryAfter(db, 'a@example.test', '198.51.100.1', limit, later)).toBe(0);
    await pruneLoginAttempts(db, limit, later);
    expect(await snapshotDatabase(db)).not.toContain('email:a@example.test');
  });
});
