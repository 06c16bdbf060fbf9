import { eq } from 'drizzle-orm';
import type { CoverLetter } from '../core/resume/cover-letter.js';
import type { Resume } from '../core/resume/schema.js';
import type { Database } from './client.js';
import { resumes } from './schema.js';

/**
 * The user's one resume and its cover letter. Both are validated by the core's schemas before
 * they reach these functions, so what is read back is what was checked on the way in.
 */

/** The stored resume and, once saved, its cover letter. */
export interface ResumeRecord {
  resume: Resume;
  coverLetter: CoverLetter | null;
  updatedAt: Date;
}

export async function getResume(db: Database, userId: string): Promise<ResumeRecord | null> {
  const [row] = await db.select().from(resumes).where(eq(resumes.userId, userId));
  if (!row) return null;
  return {
    resume: row.document as Resume,
    coverLetter: (row.coverLetter as CoverLetter | null) ?? null,
    updatedAt: row.updatedAt,
  };
}

/** Creates or replaces the resume document; the cover letter is kept. */
export async function saveResume(db: Database, userId: string, resume: Resume): Promise<Resume> {
  await db
    .insert(resumes)
    .values({ userId, document: resume })
    .onConflictDoUpdate({
      target: resumes.userId,
      set: { document: resume, updatedAt: new Date() },
    });
  return resume;
}

/**
 * Saves the resume only when the user has none yet, in one statement so two imports at once
 * cannot both win. False when a resume already existed (and nothing changed).
 */
export async function createResume(db: Database, userId: string, resume: Resume): Promise<boolean> {
  const rows = await db
    .insert(resumes)
    .values({ userId, document: resume })
    .onConflictDoNothing({ target: resumes.userId })
    .returning({ userId: resumes.userId });
  return rows.length > 0;
}

/** Saves the cover letter beside the resume. False when there is no resume to attach it to. */
export async function saveCoverLetter(
  db: Database,
  userId: string,
  letter: CoverLetter,
): Promise<boolean> {
  const rows = await db
    .update(resumes)
    .set({ coverLetter: letter, updatedAt: new Date() })
    .where(eq(resumes.userId, userId))
    .returning({ userId: resumes.userId });
  return rows.length > 0;
}
