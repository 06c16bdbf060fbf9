import { and, asc, eq } from 'drizzle-orm';
import type {
  DismissalInput,
  EvidenceInput,
  NoteInput,
  ProjectStateInput,
} from '../core/progress/schema.js';
import type { ProjectState, RunwayInput } from '../core/progress/types.js';
import type { Database } from './client.js';
import { withoutNull } from './rows.js';
import { coachDismissals, evidenceLinks, notes, projectStates, runwaySettings } from './schema.js';

export async function listProjectStates(db: Database, userId: string): Promise<ProjectState[]> {
  const rows = await db
    .select({
      projectId: projectStates.projectId,
      status: projectStates.status,
      startedOn: projectStates.startedOn,
      shippedOn: projectStates.shippedOn,
    })
    .from(projectStates)
    .where(eq(projectStates.userId, userId))
    .orderBy(asc(projectStates.projectId));
  return rows.map((row) => withoutNull(row) as ProjectState);
}

/** Records a project's status; the start and ship dates are set the first time each is reached. */
export async function setProjectState(
  db: Database,
  userId: string,
  input: ProjectStateInput,
  today: string,
): Promise<ProjectState> {
  return db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ startedOn: projectStates.startedOn, shippedOn: projectStates.shippedOn })
      .from(projectStates)
      .where(and(eq(projectStates.userId, userId), eq(projectStates.projectId, input.projectId)));
    const started = input.status === 'in-progress' || input.status === 'shipped';
    const values = {
      status: input.status,
      startedOn: existing?.startedOn ?? (started ? today : null),
      shippedOn: input.status === 'shipped' ? (existing?.shippedOn ?? today) : null,
    };
    await tx
      .insert(projectStates)
      .values({ userId, projectId: input.projectId, ...values })
      .onConflictDoUpdate({
        target: [projectStates.userId, projectStates.projectId],
        set: { ...values, updatedAt: new Date() },
      });
    return withoutNull({ projectId: input.projectId, ...values }) as ProjectState;
  });
}

export interface EvidenceRecord extends EvidenceInput {
  id: string;
}

const evidenceColumns = {
  id: evidenceLinks.id,
  targetKind: evidenceLinks.targetKind,
  targetId: evidenceLinks.targetId,
  type: evidenceLinks.type,
  url: evidenceLinks.url,
  date: evidenceLinks.date,
};

export async function listEvidence(db: Database, userId: string): Promise<EvidenceRecord[]> {
  const rows = await db
    .select(evidenceColumns)
    .from(evidenceLinks)
    .where(eq(evidenceLinks.userId, userId))
    .orderBy(asc(evidenceLinks.date), asc(evidenceLinks.createdAt), asc(evidenceLinks.id));
  return rows as EvidenceRecord[];
}

export async function addEvidence(
  db: Database,
  userId: string,
  items: EvidenceInput[],
): Promise<EvidenceRecord[]> {
  if (items.length === 0) return [];
  const rows = await db
    .insert(evidenceLinks)
    .values(items.map((item) => ({ ...item, userId })))
    .returning(evidenceColumns);
  return rows as EvidenceRecord[];
}

export async function deleteEvidence(db: Database, userId: string, id: string): Promise<boolean> {
  const rows = await db
    .delete(evidenceLinks)
    .where(and(eq(evidenceLinks.id, id), eq(evidenceLinks.userId, userId)))
    .returning({ id: evidenceLinks.id });
  return rows.length > 0;
}

export async function listNotes(db: Database, userId: string): Promise<NoteInput[]> {
  const rows = await db
    .select({ targetKind: notes.targetKind, targetId: notes.targetId, body: notes.body })
    .from(notes)
    .where(eq(notes.userId, userId))
    .orderBy(asc(notes.targetKind), asc(notes.targetId));
  return rows as NoteInput[];
}

/** Saves a note; an empty body removes it. */
export async function saveNote(db: Database, userId: string, note: NoteInput): Promise<void> {
  if (note.body.trim() === '') {
    await db
      .delete(notes)
      .where(
        and(
          eq(notes.userId, userId),
          eq(notes.targetKind, note.targetKind),
          eq(notes.targetId, note.targetId),
        ),
      );
    return;
  }
  await db
    .insert(notes)
    .values({ ...note, userId })
    .onConflictDoUpdate({
      target: [notes.userId, notes.targetKind, notes.targetId],
      set: { body: note.body, updatedAt: new Date() },
    });
}

export async function listDismissals(db: Database, userId: string): Promise<DismissalInput[]> {
  const rows = await db
    .select({ ruleId: coachDismissals.ruleId, until: coachDismissals.until })
    .from(coachDismissals)
    .where(eq(coachDismissals.userId, userId))
    .orderBy(asc(coachDismissals.ruleId));
  return rows.map((row) => withoutNull(row) as DismissalInput);
}

export async function saveDismissal(
  db: Database,
  userId: string,
  input: DismissalInput,
): Promise<void> {
  const until = input.until ?? null;
  await db
    .insert(coachDismissals)
    .values({ userId, ruleId: input.ruleId, until })
    .onConflictDoUpdate({
      target: [coachDismissals.userId, coachDismissals.ruleId],
      set: { until, updatedAt: new Date() },
    });
}

export async function getRunway(db: Database, userId: string): Promise<RunwayInput | null> {
  const [row] = await db.select().from(runwaySettings).where(eq(runwaySettings.userId, userId));
  if (!row) return null;
  const { userId: _userId, updatedAt: _updatedAt, ...runway } = row;
  return runway;
}

export async function saveRunway(
  db: Database,
  userId: string,
  runway: RunwayInput,
): Promise<RunwayInput> {
  await db
    .insert(runwaySettings)
    .values({ userId, ...runway })
    .onConflictDoUpdate({
      target: runwaySettings.userId,
      set: { ...runway, updatedAt: new Date() },
    });
  return runway;
}
