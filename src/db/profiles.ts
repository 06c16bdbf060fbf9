import { eq } from 'drizzle-orm';
import { type Profile, SKILL_AREAS, type SkillArea, type SkillLevel } from '../core/profile.js';
import type { Database } from './client.js';
import { profiles } from './schema.js';

type ProfileRow = typeof profiles.$inferSelect;

/** Lists the stored columns explicitly, so no internal column leaks into a response. */
export function presentProfile(row: ProfileRow): Profile {
  const profile: Profile = {
    background: row.background as Profile['background'],
    // jsonb does not keep key order; present the areas in their canonical order.
    skills: Object.fromEntries(SKILL_AREAS.map((area) => [area, row.skills[area] ?? 0])) as Record<
      SkillArea,
      SkillLevel
    >,
    hoursPerWeek: row.hoursPerWeek,
    track: row.track as Profile['track'],
  };
  if (row.domain) profile.domain = row.domain;
  if (row.startDate) profile.startDate = row.startDate;
  if (row.targetDate) profile.targetDate = row.targetDate;
  if (row.specialization) profile.specialization = row.specialization as Profile['specialization'];
  if (row.education) profile.education = row.education as Profile['education'];
  return profile;
}

const toColumns = (profile: Profile) => ({
  background: profile.background,
  domain: profile.domain ?? null,
  skills: profile.skills,
  hoursPerWeek: profile.hoursPerWeek,
  startDate: profile.startDate ?? null,
  targetDate: profile.targetDate ?? null,
  track: profile.track,
  specialization: profile.specialization ?? null,
  education: profile.education ?? null,
});

export async function getProfile(db: Database, userId: string): Promise<Profile | null> {
  const [row] = await db.select().from(profiles).where(eq(profiles.userId, userId));
  return row ? presentProfile(row) : null;
}

/** Creates or replaces the user's profile; the whole profile is written, so cleared fields clear. */
export async function saveProfile(
  db: Database,
  userId: string,
  profile: Profile,
): Promise<Profile> {
  const columns = toColumns(profile);
  const [row] = await db
    .insert(profiles)
    .values({ userId, ...columns })
    .onConflictDoUpdate({ target: profiles.userId, set: { ...columns, updatedAt: new Date() } })
    .returning();
  if (!row) throw new Error('profile upsert returned no row');
  return presentProfile(row);
}
