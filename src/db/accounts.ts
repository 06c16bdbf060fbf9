import { createHash, randomBytes } from 'node:crypto';
import { and, count, eq, gt, lt, sql } from 'drizzle-orm';
import type { Database } from './client.js';
import { decoyHash, hashPassword, verifyPassword } from './passwords.js';
import { sessions, users } from './schema.js';

export const MIN_PASSWORD_LENGTH = 10;
export const SESSION_DAYS = 30;

export interface Account {
  id: string;
  email: string;
}

export class EmailTakenError extends Error {
  constructor() {
    super('an account with this email already exists');
  }
}

/** Emails compare case-insensitively, so they are stored trimmed and lowercased. */
export const normalizeEmail = (email: string): string => email.trim().toLowerCase();

export async function countUsers(db: Database): Promise<number> {
  const [row] = await db.select({ value: count() }).from(users);
  return row?.value ?? 0;
}

export async function createAccount(
  db: Database,
  email: string,
  password: string,
): Promise<Account> {
  const passwordHash = await hashPassword(password);
  const rows = await db
    .insert(users)
    .values({ email: normalizeEmail(email), passwordHash })
    .onConflictDoNothing({ target: users.email })
    .returning({ id: users.id, email: users.email });
  const account = rows[0];
  if (!account) throw new EmailTakenError();
  return account;
}

export async function findAccountByEmail(db: Database, email: string): Promise<Account | null> {
  const [row] = await db
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(eq(users.email, normalizeEmail(email)));
  return row ?? null;
}

export async function listAccounts(db: Database): Promise<Account[]> {
  return db.select({ id: users.id, email: users.email }).from(users).orderBy(users.email);
}

/** Returns the account when the password matches; spends the same time when the email is unknown. */
export async function checkCredentials(
  db: Database,
  email: string,
  password: string,
): Promise<Account | null> {
  const [row] = await db
    .select()
    .from(users)
    .where(eq(users.email, normalizeEmail(email)));
  if (!row) {
    await verifyPassword(password, await decoyHash());
    return null;
  }
  return (await verifyPassword(password, row.passwordHash))
    ? { id: row.id, email: row.email }
    : null;
}

/** Sets a new password and signs the account out everywhere. */
export async function setPassword(db: Database, userId: string, password: string): Promise<void> {
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, updatedAt: new Date() }).where(eq(users.id, userId));
    await tx.delete(sessions).where(eq(sessions.userId, userId));
  });
}

/** Deletes the account; foreign keys cascade to every row the user owns. */
export async function deleteAccount(db: Database, userId: string): Promise<void> {
  await db.delete(users).where(eq(users.id, userId));
}

export const hashToken = (token: string): string =>
  createHash('sha256').update(token).digest('base64url');

export interface NewSession {
  id: string;
  token: string;
  expiresAt: Date;
}

export async function createSession(
  db: Database,
  userId: string,
  userAgent: string | undefined,
  now = new Date(),
): Promise<NewSession> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + SESSION_DAYS * 24 * 3600 * 1000);
  const [row] = await db
    .insert(sessions)
    .values({
      userId,
      tokenHash: hashToken(token),
      userAgent: userAgent?.slice(0, 300) ?? null,
      expiresAt,
    })
    .returning({ id: sessions.id });
  if (!row) throw new Error('session insert returned no row');
  return { id: row.id, token, expiresAt };
}

export interface SessionAccount extends Account {
  sessionId: string;
  /** The user's `data_version` as the session was checked: the key of read caches. */
  dataVersion: number;
}

/** Resolves a cookie token to its account; expired or revoked tokens resolve to null. */
function prepareFindSession(db: Database) {
  return db
    .select({
      sessionId: sessions.id,
      id: users.id,
      email: users.email,
      dataVersion: users.dataVersion,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(
        eq(sessions.tokenHash, sql.placeholder('tokenHash')),
        gt(sessions.expiresAt, sql.placeholder('now')),
      ),
    )
    .prepare('mlpath_find_session');
}

// Every signed-in request runs this lookup: a prepared statement skips building the SQL in Node
// and planning it in PostgreSQL each time. One per database handle.
const findSessionStatements = new WeakMap<Database, ReturnType<typeof prepareFindSession>>();

export async function findSession(
  db: Database,
  token: string,
  now = new Date(),
): Promise<SessionAccount | null> {
  let statement = findSessionStatements.get(db);
  if (!statement) {
    statement = prepareFindSession(db);
    findSessionStatements.set(db, statement);
  }
  const [row] = await statement.execute({ tokenHash: hashToken(token), now: now.toISOString() });
  return row ?? null;
}

export async function revokeSessionByToken(db: Database, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, hashToken(token)));
}

export async function listSessions(db: Database, userId: string, now = new Date()) {
  return db
    .select({
      id: sessions.id,
      userAgent: sessions.userAgent,
      createdAt: sessions.createdAt,
      expiresAt: sessions.expiresAt,
    })
    .from(sessions)
    .where(and(eq(sessions.userId, userId), gt(sessions.expiresAt, now)))
    .orderBy(sessions.createdAt);
}

/** Revokes one of the user's own sessions; false when the id is not theirs. */
export async function revokeSession(
  db: Database,
  userId: string,
  sessionId: string,
): Promise<boolean> {
  const rows = await db
    .delete(sessions)
    .where(and(eq(sessions.id, sessionId), eq(sessions.userId, userId)))
    .returning({ id: sessions.id });
  return rows.length > 0;
}

export async function deleteExpiredSessions(db: Database, now = new Date()): Promise<void> {
  await db.delete(sessions).where(lt(sessions.expiresAt, now));
}
