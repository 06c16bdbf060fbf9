import { and, asc, desc, eq } from 'drizzle-orm';
import type { PostingAnalysis } from '../core/jobs/analyze.js';
import type { Database } from './client.js';
import { jobAnalyses, planAdditions } from './schema.js';

export interface JobAnalysisRecord {
  id: string;
  company?: string;
  url?: string;
  posting: string;
  /** Stored without `gap`: the gap is computed against the profile when read. */
  analysis: PostingAnalysis;
  analyzedOn: string;
}

const present = (row: typeof jobAnalyses.$inferSelect): JobAnalysisRecord => ({
  id: row.id,
  ...(row.company ? { company: row.company } : {}),
  ...(row.url ? { url: row.url } : {}),
  posting: row.posting,
  analysis: row.analysis as PostingAnalysis,
  analyzedOn: row.analyzedOn,
});

export async function addJobAnalyses(
  db: Database,
  userId: string,
  records: Omit<JobAnalysisRecord, 'id'>[],
): Promise<JobAnalysisRecord[]> {
  if (records.length === 0) return [];
  const rows = await db
    .insert(jobAnalyses)
    .values(
      records.map(({ analysis, ...record }) => {
        const { gap: _gap, ...stored } = analysis;
        return {
          userId,
          ...record,
          company: record.company ?? null,
          url: record.url ?? null,
          analysis: stored,
        };
      }),
    )
    .returning();
  return rows.map(present);
}

/** Newest first. */
export async function listJobAnalyses(db: Database, userId: string): Promise<JobAnalysisRecord[]> {
  const rows = await db
    .select()
    .from(jobAnalyses)
    .where(eq(jobAnalyses.userId, userId))
    .orderBy(desc(jobAnalyses.createdAt), asc(jobAnalyses.id));
  return rows.map(present);
}

export async function getJobAnalysis(
  db: Database,
  userId: string,
  id: string,
): Promise<JobAnalysisRecord | null> {
  const [row] = await db
    .select()
    .from(jobAnalyses)
    .where(and(eq(jobAnalyses.userId, userId), eq(jobAnalyses.id, id)));
  return row ? present(row) : null;
}

/** True when the analysis existed and was the user's. */
export async function deleteJobAnalysis(db: Database, userId: string, id: string) {
  const rows = await db
    .delete(jobAnalyses)
    .where(and(eq(jobAnalyses.userId, userId), eq(jobAnalyses.id, id)))
    .returning({ id: jobAnalyses.id });
  return rows.length > 0;
}

export async function listPlanAdditions(
  db: Database,
  userId: string,
): Promise<{ skillId: string; addedOn: string }[]> {
  return db
    .select({ skillId: planAdditions.skillId, addedOn: planAdditions.addedOn })
    .from(planAdditions)
    .where(eq(planAdditions.userId, userId))
    .orderBy(asc(planAdditions.skillId));
}

/** Adds skills to the plan; ones already added keep their first date. */
export async function addPlanAdditions(
  db: Database,
  userId: string,
  additions: { skillId: string; addedOn: string }[],
): Promise<void> {
  if (additions.length === 0) return;
  await db
    .insert(planAdditions)
    .values(additions.map((addition) => ({ userId, ...addition })))
    .onConflictDoNothing();
}
