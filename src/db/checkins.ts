import { desc, eq } from 'drizzle-orm';
import type { CheckinInput } from '../core/progress/schema.js';
import type { Database } from './client.js';
import { weeklyCheckins } from './schema.js';

export async function listCheckins(db: Database, userId: string): Promise<CheckinInput[]> {
  return db
    .select({
      weekStart: weeklyCheckins.weekStart,
      wentWell: weeklyCheckins.wentWell,
      blockers: weeklyCheckins.blockers,
      nextFocus: weeklyCheckins.nextFocus,
    })
    .from(weeklyCheckins)
    .where(eq(weeklyCheckins.userId, userId))
    .orderBy(desc(weeklyCheckins.weekStart));
}

/** One check-in per week: saving the same week again replaces its answers. */
export async function saveCheckin(
  db: Database,
  userId: string,
  checkin: CheckinInput,
): Promise<CheckinInput> {
  const { weekStart, ...answers } = checkin;
  await db
    .insert(weeklyCheckins)
    .values({ userId, weekStart, ...answers })
    .onConflictDoUpdate({
      target: [weeklyCheckins.userId, weeklyCheckins.weekStart],
      set: { ...answers, updatedAt: new Date() },
    });
  return checkin;
}
