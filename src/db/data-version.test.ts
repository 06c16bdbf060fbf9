import { eq, sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/database.js';
import { createAccount, deleteAccount } from './accounts.js';
import { USER_OWNED_TABLES } from './backup.js';
import { addTimeEntries, setSkillState } from './progress.js';
import { users } from './schema.js';

const database = await createTestDatabase();
afterAll(() => database.close());
const { db } = database;

const versionOf = async (userId: string) =>
  (await db.select({ v: users.dataVersion }).from(users).where(eq(users.id, userId)))[0]?.v;

/** Tables whose rows are not data the read caches show. */
const UNVERSIONED = new Set(['sessions', 'calendar_feeds']);

describe('data version', () => {
  it('has insert, update and delete triggers on every user-owned table that holds data', async () => {
    const result = await db.execute(
      sql`SELECT event_object_table AS "table", event_manipulation AS "event"
          FROM information_schema.triggers WHERE trigger_name LIKE '%_version_%'`,
    );
    const rows = (result as unknown as { rows: { table: string; event: string }[] }).rows;
    for (const name of Object.keys(USER_OWNED_TABLES)) {
      const events = rows
        .filter((row) => row.table === name)
        .map((row) => row.event)
        .sort();
      expect(events, name).toEqual(UNVERSIONED.has(name) ? [] : ['DELETE', 'INSERT', 'UPDATE']);
    }
  });

  it('moves on every write, once per statement, and only for the writer', async () => {
    const alice = await createAccount(db, 'version-alice@example.test', 'long enough password');
    const bob = await createAccount(db, 'version-bob@example.test', 'long enough password');
    const before = await versionOf(alice.id);
    await addTimeEntries(
      db,
      alice.id,
      Array.from({ length: 50 }, () => ({
        date: '2026-01-05',
        minutes: 30,
        targetKind: 'skill' as const,
        targetId: 'python',
        mode: 'build' as const,
      })),
    );
    const afterInsert = await versionOf(alice.id);
    expect(afterInsert).toBe((before ?? 0) + 1);
    await setSkillState(db, alice.id, { skillId: 'python', status: 'done' }, '2026-01-06');
    await setSkillState(db, alice.id, { skillId: 'python', status: 'learning' }, '2026-01-07');
    expect((await versionOf(alice.id)) ?? 0).toBeGreaterThan(afterInsert ?? 0);
    expect(await versionOf(bob.id)).toBe(0);
  });

  it('does not get in the way of deleting an account', async () => {
    const carol = await createAccount(db, 'version-carol@example.test', 'long enough password');
    await setSkillState(db, carol.id, { skillId: 'sql', status: 'done' }, '2026-01-06');
    await deleteAccount(db, carol.id);
    expect(await versionOf(carol.id)).toBeUndefined();
  });
});
