import { asc, eq } from 'drizzle-orm';
import type { PlanSnapshot } from '../core/plan/history.js';
import type { Database } from './client.js';
import { withoutNull } from './rows.js';
import { planSnapshots } from './schema.js';

const columns = {
  madeOn: planSnapshots.madeOn,
  reason: planSnapshots.reason,
  startDate: planSnapshots.startDate,
  hoursPerWeek: planSnapshots.hoursPerWeek,
  p50: planSnapshots.p50,
  p80: planSnapshots.p80,
  targetDate: planSnapshots.targetDate,
  remainingSkills: planSnapshots.remainingSkills,
  remainingHours: planSnapshots.remainingHours,
};

export async function listPlanSnapshots(db: Database, userId: string): Promise<PlanSnapshot[]> {
  const rows = await db
    .select(columns)
    .from(planSnapshots)
    .where(eq(planSnapshots.userId, userId))
    .orderBy(asc(planSnapshots.madeOn), asc(planSnapshots.createdAt));
  return rows.map((row) => withoutNull(row) as PlanSnapshot);
}

export async function addPlanSnapshots(
  db: Database,
  userId: string,
  snapshots: PlanSnapshot[],
): Promise<void> {
  if (snapshots.length === 0) return;
  await db.insert(planSnapshots).values(
    snapshots.map((snapshot) => ({
      userId,
      ...snapshot,
      targetDate: snapshot.targetDate ?? null,
    })),
  );
}
