import { and, asc, count, gt, inArray, lt, min } from 'drizzle-orm';
import type { Database } from './client.js';
import { loginAttempts } from './schema.js';

export interface LoginLimit {
  /** Window over which failures are counted. */
  windowMs: number;
  maxPerEmail: number;
  maxPerIp: number;
}

export const DEFAULT_LOGIN_LIMIT: LoginLimit = {
  windowMs: 15 * 60 * 1000,
  maxPerEmail: 5,
  maxPerIp: 30,
};

const keysFor = (email: string, ip: string) => ({ email: `email:${email}`, ip: `ip:${ip}` });

/**
 * Seconds until another attempt is allowed, or 0 when the email and the address are both under
 * their limits. Stored in the database so every app process shares the count.
 */
export async function loginRetryAfter(
  db: Database,
  email: string,
  ip: string,
  limit: LoginLimit,
  now = new Date(),
): Promise<number> {
  const since = new Date(now.getTime() - limit.windowMs);
  const keys = keysFor(email, ip);
  const rows = await db
    .select({ key: loginAttempts.key, failures: count(), oldest: min(loginAttempts.attemptedAt) })
    .from(loginAttempts)
    .where(
      and(inArray(loginAttempts.key, [keys.email, keys.ip]), gt(loginAttempts.attemptedAt, since)),
    )
    .groupBy(loginAttempts.key)
    .orderBy(asc(loginAttempts.key));
  let wait = 0;
  for (const row of rows) {
    const max = row.key === keys.email ? limit.maxPerEmail : limit.maxPerIp;
    if (row.failures >= max && row.oldest) {
      const until = new Date(row.oldest).getTime() + limit.windowMs;
      wait = Math.max(wait, Math.ceil((until - now.getTime()) / 1000));
    }
  }
  return Math.max(wait, 0);
}

export async function recordLoginFailure(db: Database, email: string, ip: string): Promise<void> {
  const keys = keysFor(email, ip);
  await db.insert(loginAttempts).values([{ key: keys.email }, { key: keys.ip }]);
}

export async function pruneLoginAttempts(db: Database, limit: LoginLimit, now = new Date()) {
  await db
    .delete(loginAttempts)
    .where(lt(loginAttempts.attemptedAt, new Date(now.getTime() - limit.windowMs)));
}
