import { eq } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import { INTERVIEW_TOPICS, LEVELS, ROUNDS } from '../catalog/interview/schema.js';
import { CODING_TOPICS, DIFFICULTIES } from '../core/interview/coding.js';
import { SrsStateSchema } from '../core/interview/srs.js';
import { PostingAnalysisSchema } from '../core/jobs/analyze.js';
import { MAX_BAND_AMOUNT } from '../core/offers/bands.js';
import {
  CHECKLIST_IDS,
  FIT_IDS,
  REFERRAL_STATES,
  SOURCES,
  STAGES,
} from '../core/pipeline/vocabulary.js';
import { PlanSnapshotSchema } from '../core/plan/history.js';
import { PORTFOLIO_STATUSES } from '../core/portfolio/records.js';
import {
  describeIssues,
  isIsoDate,
  NormalizedProfileSchema,
  normalizeProfile,
  ProfileSchema,
} from '../core/profile.js';
import {
  CheckinInputSchema,
  DismissalInputSchema,
  EvidenceInputSchema,
  NetworkingInputSchema,
  NoteInputSchema,
  ProjectStateInputSchema,
  RunwayInputSchema,
  SkillStateInputSchema,
  TimeEntryInputSchema,
} from '../core/progress/schema.js';
import { CoverLetterSchema } from '../core/resume/cover-letter.js';
import { ResumeSchema } from '../core/resume/schema.js';
import { type RowTable, rowTables } from './backup-rows.js';
import { listCheckins, saveCheckin } from './checkins.js';
import type { Database } from './client.js';
import { addPlanSnapshots, listPlanSnapshots } from './plan-history.js';
import { getProfile, saveProfile } from './profiles.js';
import {
  addNetworking,
  addTimeEntries,
  listNetworking,
  listSkillStates,
  listTimeEntries,
} from './progress.js';
import {
  addEvidence,
  getRunway,
  listDismissals,
  listEvidence,
  listNotes,
  listProjectStates,
  saveDismissal,
  saveNote,
  saveRunway,
} from './records.js';
import {
  applicationStages,
  applications,
  calendarFeeds,
  cardReviews,
  cardStates,
  coachDismissals,
  codingPractice,
  companies,
  contacts,
  evidenceLinks,
  growthGoals,
  interviewCards,
  interviewRounds,
  jobAnalyses,
  networkingActivities,
  notes,
  offers,
  planAdditions,
  planSnapshots,
  portfolioProjects,
  profileChecklist,
  profiles,
  projectStates,
  resumes,
  runwaySettings,
  salaryBandOverrides,
  sessions,
  skillStates,
  starStories,
  timeEntries,
  weeklyCheckins,
} from './schema.js';

const dateOnly = z
  .string({ error: 'must be a date written as YYYY-MM-DD' })
  .refine(isIsoDate, { error: 'must be a real date written as YYYY-MM-DD' });

/**
 * The tables of the job search, portfolio and interviews, backed up generically from their
 * column definitions (src/db/backup-rows.ts), with stricter checks where a column holds a
 * document or an enumerated value.
 */
const ROW_TABLE_SPECS: Record<string, RowTable> = {
  job_analyses: {
    table: jobAnalyses,
    columns: { analysis: PostingAnalysisSchema.omit({ gap: true }), analyzedOn: dateOnly },
  },
  plan_additions: { table: planAdditions, columns: { addedOn: dateOnly } },
  resumes: { table: resumes, columns: { document: ResumeSchema, coverLetter: CoverLetterSchema } },
  companies: {
    table: companies,
    columns: { tier: z.number().int().min(1).max(4), fit: z.enum(FIT_IDS) },
  },
  applications: {
    table: applications,
    columns: { source: z.enum(SOURCES), stage: z.enum(STAGES), nextActionOn: dateOnly },
  },
  application_stages: {
    table: applicationStages,
    columns: { stage: z.enum(STAGES), changedOn: dateOnly },
  },
  contacts: {
    table: contacts,
    columns: {
      referral: z.enum(REFERRAL_STATES),
      lastContactOn: dateOnly,
      nextContactOn: dateOnly,
    },
  },
  profile_checklist: {
    table: profileChecklist,
    columns: { itemId: z.enum(CHECKLIST_IDS), doneOn: dateOnly },
  },
  portfolio_projects: { table: portfolioProjects, columns: { status: z.enum(PORTFOLIO_STATUSES) } },
  interview_cards: {
    table: interviewCards,
    columns: { topic: z.enum(INTERVIEW_TOPICS), rounds: z.array(z.enum(ROUNDS)) },
  },
  card_states: { table: cardStates, columns: { state: SrsStateSchema } },
  card_reviews: { table: cardReviews, columns: { grade: z.number().int().min(1).max(4) } },
  star_stories: { table: starStories, columns: { cardIds: z.array(z.string().max(200)) } },
  interview_rounds: {
    table: interviewRounds,
    columns: {
      round: z.enum(ROUNDS),
      scheduledOn: dateOnly,
      checklistDone: z.array(z.string().max(100)),
    },
  },
  coding_practice: {
    table: codingPractice,
    columns: { date: dateOnly, topic: z.enum(CODING_TOPICS), difficulty: z.enum(DIFFICULTIES) },
  },
  offers: {
    table: offers,
    columns: {
      level: z.enum(LEVELS),
      currency: z.string().regex(/^[A-Z]{3}$/),
      deadline: dateOnly,
      receivedOn: dateOnly,
      acceptedOn: dateOnly,
      negotiation: z.record(z.string().max(100), dateOnly),
    },
  },
  growth_goals: { table: growthGoals, columns: { doneOn: dateOnly } },
  salary_band_overrides: {
    table: salaryBandOverrides,
    columns: {
      level: z.enum(LEVELS),
      low: z.number().int().min(0).max(MAX_BAND_AMOUNT),
      high: z.number().int().min(0).max(MAX_BAND_AMOUNT),
      currency: z.string().regex(/^[A-Z]{3}$/),
      note: z.string().trim().min(1).max(500),
      changedOn: dateOnly,
    },
    refine: {
      check: (row) => Number(row.low) <= Number(row.high),
      path: 'high',
      message: 'must not be below the low end',
    },
  },
};
export const ROW_TABLES = rowTables(ROW_TABLE_SPECS);

export const BACKUP_FORMAT = 'mlpath-backup';
export const BACKUP_VERSION = 1;

/**
 * Every table with a `user_id`, and whether a backup carries it. A test compares this list with
 * the schema, so a new user-owned table cannot be forgotten by export and import.
 */
type UserOwnedTable = PgTable & { userId: AnyPgColumn };

export const USER_OWNED_TABLES: Record<
  string,
  { table: UserOwnedTable; backup: boolean; why?: string }
> = {
  sessions: { table: sessions, backup: false, why: 'sign-ins belong to one instance and expire' },
  profiles: { table: profiles, backup: true },
  skill_states: { table: skillStates, backup: true },
  time_entries: { table: timeEntries, backup: true },
  networking_activities: { table: networkingActivities, backup: true },
  project_states: { table: projectStates, backup: true },
  evidence_links: { table: evidenceLinks, backup: true },
  notes: { table: notes, backup: true },
  coach_dismissals: { table: coachDismissals, backup: true },
  runway_settings: { table: runwaySettings, backup: true },
  plan_snapshots: { table: planSnapshots, backup: true },
  weekly_checkins: { table: weeklyCheckins, backup: true },
  ...Object.fromEntries(
    Object.entries(ROW_TABLE_SPECS).map(([name, { table }]) => [name, { table, backup: true }]),
  ),
  calendar_feeds: {
    table: calendarFeeds,
    backup: false,
    why: 'a secret address; a restored backup must not revive a revoked feed',
  },
};

const dateField = z
  .string()
  .refine(isIsoDate, { error: 'must be a real date written as YYYY-MM-DD' });
const ProjectStateRowSchema = ProjectStateInputSchema.extend({
  startedOn: dateField.optional(),
  shippedOn: dateField.optional(),
});
const unique = <T>(key: (item: T) => string, what: string) => ({
  check: (items: T[]) => new Set(items.map(key)).size === items.length,
  error: `lists a ${what} more than once`,
});
const uniqueProjects = unique((state: { projectId: string }) => state.projectId, 'project');
const uniqueNotes = unique(
  (note: { targetKind: string; targetId: string }) => `${note.targetKind}:${note.targetId}`,
  'note target',
);
const uniqueRules = unique((dismissal: { ruleId: string }) => dismissal.ruleId, 'rule');
const uniqueWeeks = unique((checkin: { weekStart: string }) => checkin.weekStart, 'week');

const SkillStateRowSchema = SkillStateInputSchema.extend({
  changedOn: z.string().refine(isIsoDate, { error: 'must be a real date written as YYYY-MM-DD' }),
});

export const BackupDataSchema = z.strictObject({
  profiles: z.array(ProfileSchema).max(1, { error: 'holds at most one profile' }),
  skill_states: z
    .array(SkillStateRowSchema)
    .default([])
    .refine((states) => new Set(states.map((state) => state.skillId)).size === states.length, {
      error: 'lists a skill more than once',
    }),
  time_entries: z.array(TimeEntryInputSchema).default([]),
  networking_activities: z.array(NetworkingInputSchema).default([]),
  project_states: z
    .array(ProjectStateRowSchema)
    .default([])
    .refine(uniqueProjects.check, { error: uniqueProjects.error }),
  evidence_links: z.array(EvidenceInputSchema).default([]),
  notes: z
    .array(
      NoteInputSchema.refine((note) => note.body.trim() !== '', {
        error: 'must not be empty',
        path: ['body'],
      }),
    )
    .default([])
    .refine(uniqueNotes.check, { error: uniqueNotes.error }),
  coach_dismissals: z
    .array(DismissalInputSchema)
    .default([])
    .refine(uniqueRules.check, { error: uniqueRules.error }),
  runway_settings: z
    .array(RunwayInputSchema)
    .max(1, { error: 'holds at most one runway' })
    .default([]),
  plan_snapshots: z.array(PlanSnapshotSchema).default([]),
  weekly_checkins: z
    .array(CheckinInputSchema)
    .default([])
    .refine(uniqueWeeks.check, { error: uniqueWeeks.error }),
  ...ROW_TABLES.schemas,
});

export const BackupSchema = z.strictObject(
  {
    format: z.literal(BACKUP_FORMAT, { error: `must be "${BACKUP_FORMAT}"` }),
    version: z.literal(BACKUP_VERSION, { error: `must be ${BACKUP_VERSION}` }),
    exportedAt: z.string({ error: 'must be a timestamp' }),
    data: BackupDataSchema,
  },
  { error: 'must be an mlpath backup object' },
);

/** The shape `GET /api/export` answers with, for the OpenAPI document. */
export const BackupResponseSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.string(),
  data: z.object({
    profiles: z.array(NormalizedProfileSchema),
    skill_states: z.array(SkillStateRowSchema),
    time_entries: z.array(TimeEntryInputSchema),
    networking_activities: z.array(NetworkingInputSchema),
    project_states: z.array(ProjectStateRowSchema),
    evidence_links: z.array(EvidenceInputSchema),
    notes: z.array(NoteInputSchema),
    coach_dismissals: z.array(DismissalInputSchema),
    runway_settings: z.array(RunwayInputSchema),
    plan_snapshots: z.array(PlanSnapshotSchema),
    weekly_checkins: z.array(CheckinInputSchema),
    ...Object.fromEntries(
      ROW_TABLES.names.map((name) => [name, z.array(z.record(z.string(), z.json()))]),
    ),
  }),
});

export type Backup = z.infer<typeof BackupResponseSchema>;

export class BackupConflictError extends Error {
  constructor() {
    super('this account already holds data; import with replace to overwrite it');
  }
}

export class InvalidBackupError extends Error {
  constructor(readonly issues: { path: string; message: string }[]) {
    super(`invalid backup: ${issues[0]?.path}: ${issues[0]?.message}`);
  }
}

export async function exportBackup(
  db: Database,
  userId: string,
  now = new Date(),
): Promise<Backup> {
  const profile = await getProfile(db, userId);
  const strip = <T extends { id: string }>({ id: _id, ...rest }: T) => rest;
  const runway = await getRunway(db, userId);
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    data: {
      profiles: profile ? [profile] : [],
      skill_states: await listSkillStates(db, userId),
      time_entries: (await listTimeEntries(db, userId)).map(strip),
      networking_activities: (await listNetworking(db, userId)).map(strip),
      project_states: await listProjectStates(db, userId),
      evidence_links: (await listEvidence(db, userId)).map(strip),
      notes: await listNotes(db, userId),
      coach_dismissals: await listDismissals(db, userId),
      runway_settings: runway ? [runway] : [],
      plan_snapshots: await listPlanSnapshots(db, userId),
      weekly_checkins: await listCheckins(db, userId),
      ...(await ROW_TABLES.exportRows(db, userId)),
    },
  };
}

/** Parses untrusted backup JSON; throws InvalidBackupError naming the first bad field. */
export function parseBackup(input: unknown): z.output<typeof BackupSchema> {
  const result = BackupSchema.safeParse(input);
  if (!result.success) throw new InvalidBackupError(describeIssues(result.error, 'backup'));
  const problems = ROW_TABLES.referenceProblems(
    result.data.data as unknown as Record<string, Record<string, unknown>[]>,
  );
  if (problems.length > 0) throw new InvalidBackupError(problems);
  return result.data;
}

async function holdsData(db: Database, userId: string): Promise<boolean> {
  for (const { table, backup } of Object.values(USER_OWNED_TABLES)) {
    if (!backup) continue;
    const rows = await db
      .select({ userId: table.userId })
      .from(table)
      .where(eq(table.userId, userId))
      .limit(1);
    if (rows.length > 0) return true;
  }
  return false;
}

/** Restores a backup into one account in one transaction: all of it or nothing. */
export async function importBackup(
  db: Database,
  userId: string,
  input: unknown,
  options: { replace: boolean },
): Promise<void> {
  const backup = parseBackup(input);
  await db.transaction(async (tx) => {
    const txDb = tx as unknown as Database;
    if (await holdsData(txDb, userId)) {
      if (!options.replace) throw new BackupConflictError();
      for (const { table, backup: included } of Object.values(USER_OWNED_TABLES)) {
        if (!included) continue;
        await tx.delete(table).where(eq(table.userId, userId));
      }
    }
    for (const profile of backup.data.profiles) {
      await saveProfile(txDb, userId, normalizeProfile(profile));
    }
    if (backup.data.skill_states.length > 0) {
      await tx.insert(skillStates).values(
        backup.data.skill_states.map((state) => ({
          ...state,
          reason: state.reason ?? null,
          userId,
        })),
      );
    }
    await addTimeEntries(txDb, userId, backup.data.time_entries);
    await addNetworking(txDb, userId, backup.data.networking_activities);
    if (backup.data.project_states.length > 0) {
      await tx.insert(projectStates).values(
        backup.data.project_states.map((state) => ({
          ...state,
          startedOn: state.startedOn ?? null,
          shippedOn: state.shippedOn ?? null,
          userId,
        })),
      );
    }
    await addEvidence(txDb, userId, backup.data.evidence_links);
    for (const note of backup.data.notes) await saveNote(txDb, userId, note);
    for (const dismissal of backup.data.coach_dismissals)
      await saveDismissal(txDb, userId, dismissal);
    for (const runway of backup.data.runway_settings) await saveRunway(txDb, userId, runway);
    await addPlanSnapshots(txDb, userId, backup.data.plan_snapshots);
    for (const checkin of backup.data.weekly_checkins) await saveCheckin(txDb, userId, checkin);
    await ROW_TABLES.importRows(
      txDb,
      userId,
      backup.data as unknown as Record<string, Record<string, unknown>[]>,
    );
  });
}
