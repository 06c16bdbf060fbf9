import { loadCatalog } from '../catalog/index.js';
import { plannerProgress } from '../core/forecast/index.js';
import { snapshotOf } from '../core/plan/history.js';
import { buildPlan } from '../core/plan/planner.js';
import type { Plan } from '../core/plan/schema.js';
import type { Profile } from '../core/profile.js';
import type { Database } from './client.js';
import { listPlanAdditions } from './jobs.js';
import { addPlanSnapshots } from './plan-history.js';
import { getProfile, saveProfile } from './profiles.js';
import { listSkillStates } from './progress.js';
import { listProjectStates } from './records.js';

/** The plan of the user's stored profile and recorded skill states; null before the intake. */
export async function currentPlan(
  db: Database,
  userId: string,
  today: string,
): Promise<Plan | null> {
  const profile = await getProfile(db, userId);
  if (!profile) return null;
  return planOf(db, userId, profile, today);
}

async function planOf(db: Database, userId: string, profile: Profile, today: string) {
  // Recorded states make this a re-plan: done and skipped skills, shipped and skipped projects
  // are not planned again. Read one after another: inside a transaction `db` is one connection,
  // and node-postgres deprecates (pg 9 refuses) a query sent while another is still running.
  const skillStates = await listSkillStates(db, userId);
  const projectStates = await listProjectStates(db, userId);
  const additions = await listPlanAdditions(db, userId);
  const progress = plannerProgress({
    skillStates,
    projectStates,
    addedSkills: additions.map((addition) => addition.skillId),
  });
  return buildPlan({ profile, catalog: loadCatalog(), today, progress });
}

/** Saves the profile and keeps the estimate it leads to in the plan history, atomically. */
export async function saveProfileAndSnapshot(
  db: Database,
  userId: string,
  profile: Profile,
  today: string,
): Promise<Profile> {
  return db.transaction(async (tx) => {
    const txDb = tx as unknown as Database;
    const saved = await saveProfile(txDb, userId, profile);
    const plan = await planOf(txDb, userId, saved, today);
    await addPlanSnapshots(txDb, userId, [snapshotOf(plan, 'profile', today)]);
    return saved;
  });
}

/**
 * "Re-plan from today": the plan starts again today (optionally at new weekly hours) with what is
 * done and skipped left out; the new estimate joins the history. Null before the intake.
 */
export async function replanFromToday(
  db: Database,
  userId: string,
  today: string,
  hoursPerWeek?: number,
): Promise<Plan | null> {
  return db.transaction(async (tx) => {
    const txDb = tx as unknown as Database;
    const profile = await getProfile(txDb, userId);
    if (!profile) return null;
    const next: Profile = {
      ...profile,
      startDate: today,
      ...(hoursPerWeek ? { hoursPerWeek } : {}),
    };
    // A target date that is no longer after the new start would make the profile invalid.
    if (next.targetDate && next.targetDate <= today) delete next.targetDate;
    const saved = await saveProfile(txDb, userId, next);
    const plan = await planOf(txDb, userId, saved, today);
    await addPlanSnapshots(txDb, userId, [snapshotOf(plan, 'replan', today)]);
    return plan;
  });
}
