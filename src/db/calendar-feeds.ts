import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { hashToken } from './accounts.js';
import type { Database } from './client.js';
import { calendarFeeds } from './schema.js';

/**
 * Makes a new secret feed token for the user, replacing any earlier one (which stops working).
 * The token is returned once; only its hash is stored.
 */
export async function createCalendarFeed(
  db: Database,
  userId: string,
): Promise<{ token: string; createdAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const values = { tokenHash: hashToken(token), createdAt: new Date() };
  await db
    .insert(calendarFeeds)
    .values({ userId, ...values })
    .onConflictDoUpdate({ target: calendarFeeds.userId, set: values });
  return { token, createdAt: values.createdAt };
}

export async function getCalendarFeed(
  db: Database,
  userId: string,
): Promise<{ createdAt: Date } | null> {
  const [row] = await db
    .select({ createdAt: calendarFeeds.createdAt })
    .from(calendarFeeds)
    .where(eq(calendarFeeds.userId, userId));
  return row ?? null;
}

/** True when there was a feed to revoke. */
export async function revokeCalendarFeed(db: Database, userId: string): Promise<boolean> {
  const rows = await db
    .delete(calendarFeeds)
    .where(eq(calendarFeeds.userId, userId))
    .returning({ userId: calendarFeeds.userId });
  return rows.length > 0;
}

/** The user a feed token belongs to, or null for an unknown or revoked token. */
export async function calendarFeedOwner(db: Database, token: string): Promise<string | null> {
  const [row] = await db
    .select({ userId: calendarFeeds.userId })
    .from(calendarFeeds)
    .where(eq(calendarFeeds.tokenHash, hashToken(token)));
  return row?.userId ?? null;
}
