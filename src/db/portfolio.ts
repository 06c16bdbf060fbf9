/**
 * Portfolio projects, always scoped by the owner: every query filters on `userId`, so another
 * user's id reads as missing.
 */
import { and, asc, eq } from 'drizzle-orm';
import {
  OPTIONAL_FIELDS,
  type PortfolioProject,
  type PortfolioProjectInput,
  type PortfolioProjectPatch,
  type PortfolioStatus,
} from '../core/portfolio/records.js';
import type { Database } from './client.js';
import { portfolioProjects } from './schema.js';

type Row = typeof portfolioProjects.$inferSelect;

/** The stored row as the API shows it: no owner, no nulls, ISO timestamps. */
function present(row: Row): PortfolioProject {
  const project: PortfolioProject = {
    id: row.id,
    title: row.title,
    status: row.status as PortfolioStatus,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
  for (const key of OPTIONAL_FIELDS) {
    const value = row[key];
    if (value !== null) project[key] = value;
  }
  return project;
}

/** Oldest first, so the list keeps its order as projects are added. */
export async function listPortfolioProjects(
  db: Database,
  userId: string,
): Promise<PortfolioProject[]> {
  const rows = await db
    .select()
    .from(portfolioProjects)
    .where(eq(portfolioProjects.userId, userId))
    .orderBy(asc(portfolioProjects.createdAt), asc(portfolioProjects.id));
  return rows.map(present);
}

export async function getPortfolioProject(
  db: Database,
  userId: string,
  id: string,
): Promise<PortfolioProject | null> {
  const [row] = await db
    .select()
    .from(portfolioProjects)
    .where(and(eq(portfolioProjects.userId, userId), eq(portfolioProjects.id, id)));
  return row ? present(row) : null;
}

export async function addPortfolioProject(
  db: Database,
  userId: string,
  input: PortfolioProjectInput,
): Promise<PortfolioProject> {
  const [row] = await db
    .insert(portfolioProjects)
    .values({ ...input, userId })
    .returning();
  if (!row) throw new Error('the portfolio project was not saved');
  return present(row);
}

/** Applies a change (`null` clears a field); null when the project is not the user's. */
export async function updatePortfolioProject(
  db: Database,
  userId: string,
  id: string,
  patch: PortfolioProjectPatch,
): Promise<PortfolioProject | null> {
  const [row] = await db
    .update(portfolioProjects)
    .set({ ...patch, updatedAt: new Date() })
    .where(and(eq(portfolioProjects.userId, userId), eq(portfolioProjects.id, id)))
    .returning();
  return row ? present(row) : null;
}

/** True when the project existed and was the user's. */
export async function deletePortfolioProject(
  db: Database,
  userId: string,
  id: string,
): Promise<boolean> {
  const rows = await db
    .delete(portfolioProjects)
    .where(and(eq(portfolioProjects.userId, userId), eq(portfolioProjects.id, id)))
    .returning({ id: portfolioProjects.id });
  return rows.length > 0;
}
