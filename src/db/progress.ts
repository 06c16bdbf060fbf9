import { and, asc, eq, gte, isNotNull, lte } from 'drizzle-orm';
import type { NetworkingInput, SkillStateInput, TimeEntryInput } from '../core/progress/schema.js';
import type { Progress } from '../core/progress/types.js';
import type { Database } from './client.js';
import { listPlanAdditions } from './jobs.js';
import { listEvidence, listProjectStates } from './records.js';
import { withoutNull } from './rows.js';
import { contacts, networkingActivities, skillStates, timeEntries } from './schema.js';

export interface SkillStateRecord extends SkillStateInput {
  changedOn: string;
}

export async function listSkillStates(db: Database, userId: string): Promise<SkillStateRecord[]> {
  const rows = await db
    .select({
      skillId: skillStates.skillId,
      status: skillStates.status,
      reason: skillStates.reason,
      changedOn: skillStates.changedOn,
    })
    .from(skillStates)
    .where(eq(skillStates.userId, userId))
    .orderBy(asc(skillStates.skillId));
  return rows.map((row) => withoutNull(row) as SkillStateRecord);
}

/** Records a skill's status; `changedOn` moves only when the status itself changes. */
export async function setSkillState(
  db: Database,
  userId: string,
  state: SkillStateInput,
  today: string,
): Promise<SkillStateRecord> {
  return db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ status: skillStates.status, changedOn: skillStates.changedOn })
      .from(skillStates)
      .where(and(eq(skillStates.userId, userId), eq(skillStates.skillId, state.skillId)));
    const changedOn = existing && existing.status === state.status ? existing.changedOn : today;
    const values = { status: state.status, reason: state.reason ?? null, changedOn };
    await tx
      .insert(skillStates)
      .values({ userId, skillId: state.skillId, ...values })
      .onConflictDoUpdate({
        target: [skillStates.userId, skillStates.skillId],
        set: { ...values, updatedAt: new Date() },
      });
    return withoutNull({ skillId: state.skillId, ...values }) as SkillStateRecord;
  });
}

export interface TimeEntryRecord extends TimeEntryInput {
  id: string;
}

const timeEntryColumns = {
  id: timeEntries.id,
  date: timeEntries.date,
  minutes: timeEntries.minutes,
  targetKind: timeEntries.targetKind,
  targetId: timeEntries.targetId,
  mode: timeEntries.mode,
  note: timeEntries.note,
};

export async function listTimeEntries(
  db: Database,
  userId: string,
  range: { from?: string | undefined; to?: string | undefined } = {},
): Promise<TimeEntryRecord[]> {
  const rows = await db
    .select(timeEntryColumns)
    .from(timeEntries)
    .where(
      and(
        eq(timeEntries.userId, userId),
        range.from ? gte(timeEntries.date, range.from) : undefined,
        range.to ? lte(timeEntries.date, range.to) : undefined,
      ),
    )
    .orderBy(asc(timeEntries.date), asc(timeEntries.createdAt), asc(timeEntries.id));
  return rows.map((row) => withoutNull(row) as TimeEntryRecord);
}

/** Adds entries in one transaction: every one of them, or none. */
export async function addTimeEntries(
  db: Database,
  userId: string,
  entries: TimeEntryInput[],
): Promise<TimeEntryRecord[]> {
  if (entries.length === 0) return [];
  const rows = await db
    .insert(timeEntries)
    .values(entries.map((entry) => ({ ...entry, note: entry.note ?? null, userId })))
    .returning(timeEntryColumns);
  return rows.map((row) => withoutNull(row) as TimeEntryRecord);
}

export async function deleteTimeEntry(db: Database, userId: string, id: string): Promise<boolean> {
  const rows = await db
    .delete(timeEntries)
    .where(and(eq(timeEntries.id, id), eq(timeEntries.userId, userId)))
    .returning({ id: timeEntries.id });
  return rows.length > 0;
}

export interface NetworkingRecord extends NetworkingInput {
  id: string;
}

const networkingColumns = {
  id: networkingActivities.id,
  date: networkingActivities.date,
  kind: networkingActivities.kind,
  note: networkingActivities.note,
};

export async function listNetworking(db: Database, userId: string): Promise<NetworkingRecord[]> {
  const rows = await db
    .select(networkingColumns)
    .from(networkingActivities)
    .where(eq(networkingActivities.userId, userId))
    .orderBy(
      asc(networkingActivities.date),
      asc(networkingActivities.createdAt),
      asc(networkingActivities.id),
    );
  return rows.map((row) => withoutNull(row) as NetworkingRecord);
}

export async function addNetworking(
  db: Database,
  userId: string,
  activities: NetworkingInput[],
): Promise<NetworkingRecord[]> {
  if (activities.length === 0) return [];
  const rows = await db
    .insert(networkingActivities)
    .values(activities.map((activity) => ({ ...activity, note: activity.note ?? null, userId })))
    .returning(networkingColumns);
  return rows.map((row) => withoutNull(row) as NetworkingRecord);
}

export async function deleteNetworking(db: Database, userId: string, id: string): Promise<boolean> {
  const rows = await db
    .delete(networkingActivities)
    .where(and(eq(networkingActivities.id, id), eq(networkingActivities.userId, userId)))
    .returning({ id: networkingActivities.id });
  return rows.length > 0;
}

/** Everything the user recorded, in the shape the pure core reads (coach, forecast, dashboard). */
/** The last time the user talked with each contact, as networking activities. */
async function contactTouches(db: Database, userId: string): Promise<Progress['networking']> {
  const rows = await db
    .select({ date: contacts.lastContactOn })
    .from(contacts)
    .where(and(eq(contacts.userId, userId), isNotNull(contacts.lastContactOn)));
  return rows.map((row) => ({ date: row.date as string, kind: 'message' as const }));
}

export async function loadProgress(db: Database, userId: string): Promise<Progress> {
  const strip = <T extends { id: string }>({ id: _id, ...rest }: T) => rest;
  const [states, entries, networking, projects, evidence, additions, touches] = await Promise.all([
    listSkillStates(db, userId),
    listTimeEntries(db, userId),
    listNetworking(db, userId),
    listProjectStates(db, userId),
    listEvidence(db, userId),
    listPlanAdditions(db, userId),
    contactTouches(db, userId),
  ]);
  return {
    skillStates: states,
    timeEntries: entries.map(strip),
    // A contact's last conversation counts as networking too, so the coach sees it.
    networking: [...networking.map(strip), ...touches],
    projectStates: projects,
    evidence: evidence.map(strip),
    addedSkills: additions.map((addition) => addition.skillId),
  };
}
