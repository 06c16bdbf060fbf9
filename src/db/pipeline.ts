import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { type ImportRow, importedHistory } from '../core/pipeline/csv.js';
import type { StageEvent } from '../core/pipeline/funnel.js';
import type {
  ApplicationInput,
  ApplicationPatch,
  ChecklistItemId,
  CompanyInput,
  CompanyPatch,
  ContactInput,
  ContactPatch,
  Fit,
  ReferralState,
  Source,
  Stage,
} from '../core/pipeline/records.js';
import type { Database } from './client.js';
import { withoutNull } from './rows.js';
import {
  applicationStages,
  applications,
  companies,
  contacts,
  jobAnalyses,
  profileChecklist,
} from './schema.js';

/**
 * The job-search pipeline: companies, applications with their dated stage history, contacts and
 * the public-profile checklist. Every query is scoped by the user; a reference to another user's
 * company or job analysis is refused with `ForeignReferenceError`.
 */

/** A body named a company or analysis id the user does not own (or that does not exist). */
export class ForeignReferenceError extends Error {
  constructor(
    readonly path: 'companyId' | 'analysisId',
    message: string,
  ) {
    super(message);
  }
}

export interface CompanyRecord {
  id: string;
  name: string;
  tier?: number;
  fit?: Fit;
  industry?: string;
  notes?: string;
}

export interface ApplicationRecord {
  id: string;
  companyId?: string;
  company: string;
  role: string;
  link?: string;
  analysisId?: string;
  source: Source;
  stage: Stage;
  nextAction?: string;
  nextActionOn?: string;
  notes?: string;
  /** The day it was sent: the latest "applied" row of its history. */
  appliedOn?: string;
  /** The day of its latest stage change. */
  stageOn?: string;
  updatedAt: string;
}

export interface StageHistoryRecord {
  id: string;
  stage: Stage;
  changedOn: string;
}

export interface ContactRecord {
  id: string;
  name: string;
  companyId?: string;
  howMet?: string;
  lastContactOn?: string;
  nextContactOn?: string;
  referral: ReferralState;
  notes?: string;
}

/** Empty text is stored as null, so a cleared field reads as absent. */
const orNull = <T>(value: T | null | undefined): T | null =>
  value === undefined || value === '' ? null : value;

/** Only the keys the patch names, empty text as null. */
function patchValues<T extends Record<string, unknown>>(patch: T): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(patch)
      .filter(([, value]) => value !== undefined)
      .map(([key, value]) => [key, orNull(value)]),
  );
}

// ---------------------------------------------------------------------------------------------
// Companies.

const presentCompany = (row: typeof companies.$inferSelect): CompanyRecord =>
  withoutNull({
    id: row.id,
    name: row.name,
    tier: row.tier,
    fit: row.fit as Fit | null,
    industry: row.industry,
    notes: row.notes,
  });

const companyValues = (input: CompanyInput) => ({
  name: input.name,
  tier: input.tier ?? null,
  fit: input.fit ?? null,
  industry: orNull(input.industry),
  notes: orNull(input.notes),
});

/** By name. */
export async function listCompanies(db: Database, userId: string): Promise<CompanyRecord[]> {
  const rows = await db
    .select()
    .from(companies)
    .where(eq(companies.userId, userId))
    .orderBy(asc(companies.name), asc(companies.id));
  return rows.map(presentCompany);
}

export async function addCompany(
  db: Database,
  userId: string,
  input: CompanyInput,
): Promise<CompanyRecord> {
  const [row] = await db
    .insert(companies)
    .values({ userId, ...companyValues(input) })
    .returning();
  if (!row) throw new Error('company insert returned no row');
  return presentCompany(row);
}

/** Null when the company is not the user's. */
export async function updateCompany(
  db: Database,
  userId: string,
  id: string,
  patch: CompanyPatch,
): Promise<CompanyRecord | null> {
  const [row] = await db
    .update(companies)
    .set(patchValues(patch))
    .where(and(eq(companies.userId, userId), eq(companies.id, id)))
    .returning();
  return row ? presentCompany(row) : null;
}

/** Applications and contacts at the company keep their text and lose the link. */
export async function deleteCompany(db: Database, userId: string, id: string): Promise<boolean> {
  const rows = await db
    .delete(companies)
    .where(and(eq(companies.userId, userId), eq(companies.id, id)))
    .returning({ id: companies.id });
  return rows.length > 0;
}

async function requireOwnCompany(
  db: Database,
  userId: string,
  companyId: string | null | undefined,
) {
  if (!companyId) return;
  const [row] = await db
    .select({ id: companies.id })
    .from(companies)
    .where(and(eq(companies.userId, userId), eq(companies.id, companyId)));
  if (!row) throw new ForeignReferenceError('companyId', 'is not one of your companies');
}

async function requireOwnAnalysis(
  db: Database,
  userId: string,
  analysisId: string | null | undefined,
) {
  if (!analysisId) return;
  const [row] = await db
    .select({ id: jobAnalyses.id })
    .from(jobAnalyses)
    .where(and(eq(jobAnalyses.userId, userId), eq(jobAnalyses.id, analysisId)));
  if (!row) throw new ForeignReferenceError('analysisId', 'is not one of your saved job analyses');
}

// ---------------------------------------------------------------------------------------------
// Applications and their stage history.

/** Every stage row of the user, oldest first: the funnel, reminders and `appliedOn` read it. */
export async function listStageEvents(db: Database, userId: string): Promise<StageEvent[]> {
  const rows = await db
    .select({
      applicationId: applicationStages.applicationId,
      stage: applicationStages.stage,
      changedOn: applicationStages.changedOn,
    })
    .from(applicationStages)
    .where(eq(applicationStages.userId, userId))
    .orderBy(asc(applicationStages.changedOn), asc(applicationStages.createdAt));
  return rows as StageEvent[];
}

function presentApplication(
  row: typeof applications.$inferSelect,
  events: StageEvent[] = [],
): ApplicationRecord {
  const applied = events.filter((event) => event.stage === 'applied').at(-1);
  const latest = events.filter((event) => event.stage === row.stage).at(-1);
  return withoutNull({
    id: row.id,
    companyId: row.companyId,
    company: row.company,
    role: row.role,
    link: row.link,
    analysisId: row.analysisId,
    source: row.source as Source,
    stage: row.stage as Stage,
    nextAction: row.nextAction,
    nextActionOn: row.nextActionOn,
    notes: row.notes,
    appliedOn: applied?.changedOn ?? null,
    stageOn: latest?.changedOn ?? null,
    updatedAt: row.updatedAt.toISOString(),
  });
}

/** Most recently changed first. */
export async function listApplications(db: Database, userId: string): Promise<ApplicationRecord[]> {
  const [rows, events] = await Promise.all([
    db
      .select()
      .from(applications)
      .where(eq(applications.userId, userId))
      .orderBy(desc(applications.updatedAt), asc(applications.id)),
    listStageEvents(db, userId),
  ]);
  const byApplication = new Map<string, StageEvent[]>();
  for (const event of events) {
    const list = byApplication.get(event.applicationId) ?? [];
    list.push(event);
    byApplication.set(event.applicationId, list);
  }
  return rows.map((row) => presentApplication(row, byApplication.get(row.id)));
}

async function historyOf(db: Database, userId: string, applicationId: string) {
  const rows = await db
    .select({
      id: applicationStages.id,
      stage: applicationStages.stage,
      changedOn: applicationStages.changedOn,
    })
    .from(applicationStages)
    .where(
      and(eq(applicationStages.userId, userId), eq(applicationStages.applicationId, applicationId)),
    )
    .orderBy(asc(applicationStages.changedOn), asc(applicationStages.createdAt));
  return rows as StageHistoryRecord[];
}

/** One application with its stage history, oldest first; null when it is not the user's. */
export async function getApplication(
  db: Database,
  userId: string,
  id: string,
): Promise<(ApplicationRecord & { history: StageHistoryRecord[] }) | null> {
  const [row] = await db
    .select()
    .from(applications)
    .where(and(eq(applications.userId, userId), eq(applications.id, id)));
  if (!row) return null;
  const history = await historyOf(db, userId, id);
  const events = history.map((item) => ({ ...item, applicationId: id }));
  return { ...presentApplication(row, events), history };
}

const applicationValues = (input: ApplicationInput) => ({
  companyId: input.companyId ?? null,
  company: input.company,
  role: input.role,
  link: orNull(input.link),
  analysisId: input.analysisId ?? null,
  source: input.source,
  stage: input.stage,
  nextAction: orNull(input.nextAction),
  nextActionOn: orNull(input.nextActionOn),
  notes: orNull(input.notes),
});

/** Saves an application and the first row of its history (its stage, today), together. */
export async function addApplication(
  db: Database,
  userId: string,
  input: ApplicationInput,
  today: string,
): Promise<ApplicationRecord & { history: StageHistoryRecord[] }> {
  return db.transaction(async (tx) => {
    const txDb = tx as unknown as Database;
    await requireOwnCompany(txDb, userId, input.companyId);
    await requireOwnAnalysis(txDb, userId, input.analysisId);
    const [row] = await tx
      .insert(applications)
      .values({ userId, ...applicationValues(input) })
      .returning();
    if (!row) throw new Error('application insert returned no row');
    const [stage] = await tx
      .insert(applicationStages)
      .values({ userId, applicationId: row.id, stage: input.stage, changedOn: today })
      .returning({
        id: applicationStages.id,
        stage: applicationStages.stage,
        changedOn: applicationStages.changedOn,
      });
    const history = stage ? [stage as StageHistoryRecord] : [];
    const events = history.map((item) => ({ ...item, applicationId: row.id }));
    return { ...presentApplication(row, events), history };
  });
}

/**
 * Changes an application. A new stage is recorded in its history, dated `on`, in the same
 * transaction. The row is locked first, so two tabs moving it at once both leave their row and
 * the later one wins. Null when the application is not the user's.
 */
export async function updateApplication(
  db: Database,
  userId: string,
  id: string,
  patch: ApplicationPatch,
  on: string,
): Promise<(ApplicationRecord & { history: StageHistoryRecord[] }) | null> {
  const found = await db.transaction(async (tx) => {
    const txDb = tx as unknown as Database;
    const [current] = await tx
      .select({ stage: applications.stage })
      .from(applications)
      .where(and(eq(applications.userId, userId), eq(applications.id, id)))
      .for('update');
    if (!current) return false;
    await requireOwnCompany(txDb, userId, patch.companyId);
    await requireOwnAnalysis(txDb, userId, patch.analysisId);
    await tx
      .update(applications)
      .set({ ...patchValues(patch), updatedAt: new Date() })
      .where(and(eq(applications.userId, userId), eq(applications.id, id)));
    if (patch.stage && patch.stage !== current.stage) {
      await tx
        .insert(applicationStages)
        // The clock at the insert, not the transaction's start: a tab that waited for the row
        // lock must sort after the one that held it.
        .values({
          userId,
          applicationId: id,
          stage: patch.stage,
          changedOn: on,
          createdAt: sql`clock_timestamp()`,
        });
    }
    return true;
  });
  return found ? getApplication(db, userId, id) : null;
}

/** Moves an application to a stage on a day; see `updateApplication`. */
export const moveApplication = (
  db: Database,
  userId: string,
  id: string,
  stage: Stage,
  on: string,
) => updateApplication(db, userId, id, { stage }, on);

export async function deleteApplication(db: Database, userId: string, id: string) {
  const rows = await db
    .delete(applications)
    .where(and(eq(applications.userId, userId), eq(applications.id, id)))
    .returning({ id: applications.id });
  return rows.length > 0;
}

/**
 * Writes every imported row with its history in one transaction: all or none. A row whose
 * company has the name of one of the user's companies is linked to it.
 */
export async function importApplications(
  db: Database,
  userId: string,
  rows: ImportRow[],
  today: string,
): Promise<number> {
  if (rows.length === 0) return 0;
  return db.transaction(async (tx) => {
    const known = await tx
      .select({ id: companies.id, name: companies.name })
      .from(companies)
      .where(eq(companies.userId, userId));
    const companyIds = new Map(known.map((company) => [company.name.toLowerCase(), company.id]));
    const inserted = await tx
      .insert(applications)
      .values(
        rows.map(({ application }) => ({
          userId,
          ...applicationValues(application),
          companyId: companyIds.get(application.company.toLowerCase()) ?? null,
          analysisId: null,
        })),
      )
      .returning({ id: applications.id });
    const history = rows.flatMap((row, index) => {
      const applicationId = inserted[index]?.id;
      if (!applicationId) throw new Error('application import returned fewer rows');
      return importedHistory(row, today).map((item) => ({ userId, applicationId, ...item }));
    });
    await tx.insert(applicationStages).values(history);
    return inserted.length;
  });
}

// ---------------------------------------------------------------------------------------------
// Contacts.

const presentContact = (row: typeof contacts.$inferSelect): ContactRecord =>
  withoutNull({
    id: row.id,
    name: row.name,
    companyId: row.companyId,
    howMet: row.howMet,
    lastContactOn: row.lastContactOn,
    nextContactOn: row.nextContactOn,
    referral: row.referral as ReferralState,
    notes: row.notes,
  });

export async function listContacts(db: Database, userId: string): Promise<ContactRecord[]> {
  const rows = await db
    .select()
    .from(contacts)
    .where(eq(contacts.userId, userId))
    .orderBy(asc(contacts.name), asc(contacts.id));
  return rows.map(presentContact);
}

export async function addContact(
  db: Database,
  userId: string,
  input: ContactInput,
): Promise<ContactRecord> {
  return db.transaction(async (tx) => {
    await requireOwnCompany(tx as unknown as Database, userId, input.companyId);
    const [row] = await tx
      .insert(contacts)
      .values({
        userId,
        name: input.name,
        companyId: input.companyId ?? null,
        howMet: orNull(input.howMet),
        lastContactOn: orNull(input.lastContactOn),
        nextContactOn: orNull(input.nextContactOn),
        referral: input.referral,
        notes: orNull(input.notes),
      })
      .returning();
    if (!row) throw new Error('contact insert returned no row');
    return presentContact(row);
  });
}

export async function updateContact(
  db: Database,
  userId: string,
  id: string,
  patch: ContactPatch,
): Promise<ContactRecord | null> {
  return db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ id: contacts.id })
      .from(contacts)
      .where(and(eq(contacts.userId, userId), eq(contacts.id, id)));
    if (!existing) return null;
    await requireOwnCompany(tx as unknown as Database, userId, patch.companyId);
    const [row] = await tx
      .update(contacts)
      .set(patchValues(patch))
      .where(and(eq(contacts.userId, userId), eq(contacts.id, id)))
      .returning();
    return row ? presentContact(row) : null;
  });
}

export async function deleteContact(db: Database, userId: string, id: string): Promise<boolean> {
  const rows = await db
    .delete(contacts)
    .where(and(eq(contacts.userId, userId), eq(contacts.id, id)))
    .returning({ id: contacts.id });
  return rows.length > 0;
}

// ---------------------------------------------------------------------------------------------
// The public-profile checklist.

/** The items the user has done, with the day each was ticked. */
export async function listChecklist(
  db: Database,
  userId: string,
): Promise<{ itemId: string; doneOn: string }[]> {
  return db
    .select({ itemId: profileChecklist.itemId, doneOn: profileChecklist.doneOn })
    .from(profileChecklist)
    .where(eq(profileChecklist.userId, userId))
    .orderBy(asc(profileChecklist.itemId));
}

/** Ticks an item (keeping its first day) or clears it. */
export async function setChecklistItem(
  db: Database,
  userId: string,
  itemId: ChecklistItemId,
  done: boolean,
  today: string,
): Promise<void> {
  if (done) {
    await db
      .insert(profileChecklist)
      .values({ userId, itemId, doneOn: today })
      .onConflictDoNothing();
  } else {
    await db
      .delete(profileChecklist)
      .where(and(eq(profileChecklist.userId, userId), eq(profileChecklist.itemId, itemId)));
  }
}
