import { and, asc, eq, isNotNull, min, ne, sql } from 'drizzle-orm';
import type { Level } from '../catalog/interview/schema.js';
import type { BandOverride } from '../core/offers/bands.js';
import type { Offer } from '../core/offers/compare.js';
import { acceptanceDayProblem, type GrowthGoalRow, type OfferRow } from '../core/offers/records.js';
import type { Database } from './client.js';
import { withoutNull } from './rows.js';
import {
  applicationStages,
  applications,
  growthGoals,
  offers,
  salaryBandOverrides,
  users,
} from './schema.js';

/** A stored offer as the API and backups see it. */
export type OfferRecord = OfferRow & { id: string };

/** Fields a change may set; null clears an optional one. */
export type OfferChange = Partial<Omit<Offer, 'benefits' | 'deadline' | 'receivedOn'>> & {
  benefits?: string | null;
  deadline?: string | null;
  receivedOn?: string | null;
  applicationId?: string | null;
};

/** The chosen acceptance day breaks a rule (`acceptanceDayProblem`); nothing was written. */
export class AcceptanceDayError extends Error {
  readonly path = 'on';
}

const present = (row: typeof offers.$inferSelect): OfferRecord => {
  const { userId: _user, createdAt: _created, ...rest } = row;
  return withoutNull(rest) as OfferRecord;
};

const mine = (userId: string, id: string) => and(eq(offers.userId, userId), eq(offers.id, id));

/** Oldest first, so the comparison keeps the order offers came in. */
export async function listOffers(db: Database, userId: string): Promise<OfferRecord[]> {
  const rows = await db
    .select()
    .from(offers)
    .where(eq(offers.userId, userId))
    .orderBy(asc(offers.createdAt), asc(offers.id));
  return rows.map(present);
}

export async function getOffer(
  db: Database,
  userId: string,
  id: string,
): Promise<OfferRecord | null> {
  const [row] = await db.select().from(offers).where(mine(userId, id));
  return row ? present(row) : null;
}

/**
 * Adds offers as they are (the API's new offer, or a backup's rows); all of them or none. Several
 * accepted offers in the input keep only the last one accepted.
 */
export async function addOffers(
  db: Database,
  userId: string,
  rows: OfferRow[],
): Promise<OfferRecord[]> {
  if (rows.length === 0) return [];
  const lastAccepted = rows.findLastIndex((row) => row.acceptedOn !== undefined);
  return db.transaction(async (tx) => {
    if (lastAccepted >= 0) {
      await tx
        .update(offers)
        .set({ acceptedOn: null })
        .where(and(eq(offers.userId, userId), isNotNull(offers.acceptedOn)));
    }
    const inserted = await tx
      .insert(offers)
      .values(
        rows.map((row, index) => ({
          userId,
          ...row,
          applicationId: row.applicationId ?? null,
          benefits: row.benefits ?? null,
          deadline: row.deadline ?? null,
          receivedOn: row.receivedOn ?? null,
          acceptedOn: index === lastAccepted ? (row.acceptedOn ?? null) : null,
        })),
      )
      .returning();
    return inserted.map(present);
  });
}

/** Changes the offer's own fields; null when it is not the user's. */
export async function updateOffer(
  db: Database,
  userId: string,
  id: string,
  change: OfferChange,
): Promise<OfferRecord | null> {
  const [row] = await db.update(offers).set(change).where(mine(userId, id)).returning();
  return row ? present(row) : null;
}

/** True when the offer existed and was the user's. */
export async function deleteOffer(db: Database, userId: string, id: string): Promise<boolean> {
  const rows = await db.delete(offers).where(mine(userId, id)).returning({ id: offers.id });
  return rows.length > 0;
}

/**
 * Marks a negotiation checklist item done on `doneOn`, or not done with null. An item already done
 * keeps its first date. Null when the offer is not the user's.
 */
export async function setNegotiationItem(
  db: Database,
  userId: string,
  id: string,
  itemId: string,
  doneOn: string | null,
): Promise<OfferRecord | null> {
  const negotiation =
    doneOn === null
      ? sql`${offers.negotiation} - ${itemId}::text`
      : sql`jsonb_build_object(${itemId}::text, ${doneOn}::text) || ${offers.negotiation}`;
  const [row] = await db.update(offers).set({ negotiation }).where(mine(userId, id)).returning();
  return row ? present(row) : null;
}

/**
 * The day the offer came: its own `receivedOn`, else the first day its linked application reached
 * the offer stage; null when neither is recorded.
 */
export async function offerReceivedOn(
  db: Database,
  userId: string,
  offer: { receivedOn?: string | null; applicationId?: string | null },
): Promise<string | null> {
  if (offer.receivedOn) return offer.receivedOn;
  if (!offer.applicationId) return null;
  const [row] = await db
    .select({ day: min(applicationStages.changedOn) })
    .from(applicationStages)
    .where(
      and(
        eq(applicationStages.userId, userId),
        eq(applicationStages.applicationId, offer.applicationId),
        eq(applicationStages.stage, 'offer'),
      ),
    );
  return row?.day ?? null;
}

/**
 * Accepts the offer and un-accepts any other, in one transaction; the user's row is locked so two
 * accepts at once cannot both win. With `on`, the acceptance is dated that day (also correcting
 * the day of an offer already accepted); without, it is dated `today` and an offer already
 * accepted keeps its day. A new day after `today` or before the day the offer came throws an
 * AcceptanceDayError. Null when the offer is not the user's.
 */
export async function acceptOffer(
  db: Database,
  userId: string,
  id: string,
  today: string,
  options: { on?: string } = {},
): Promise<OfferRecord | null> {
  return db.transaction(async (tx) => {
    await tx.select({ id: users.id }).from(users).where(eq(users.id, userId)).for('update');
    const [offer] = await tx
      .select({
        acceptedOn: offers.acceptedOn,
        receivedOn: offers.receivedOn,
        applicationId: offers.applicationId,
      })
      .from(offers)
      .where(mine(userId, id));
    if (!offer) return null;
    const day = options.on ?? offer.acceptedOn ?? today;
    if (day !== offer.acceptedOn) {
      const receivedOn = await offerReceivedOn(tx as unknown as Database, userId, offer);
      const problem = acceptanceDayProblem(day, { today, receivedOn });
      if (problem) throw new AcceptanceDayError(problem);
    }
    await tx
      .update(offers)
      .set({ acceptedOn: null })
      .where(and(eq(offers.userId, userId), ne(offers.id, id), isNotNull(offers.acceptedOn)));
    const [row] = await tx
      .update(offers)
      .set({ acceptedOn: day })
      .where(mine(userId, id))
      .returning();
    return row ? present(row) : null;
  });
}

/** Takes back the acceptance (back to job-search mode); null when the offer is not the user's. */
export async function unacceptOffer(
  db: Database,
  userId: string,
  id: string,
): Promise<OfferRecord | null> {
  const [row] = await db
    .update(offers)
    .set({ acceptedOn: null })
    .where(mine(userId, id))
    .returning();
  return row ? present(row) : null;
}

/** The accepted offer, which puts the user in growth mode; null before one is accepted. */
export async function acceptedOffer(db: Database, userId: string): Promise<OfferRecord | null> {
  const [row] = await db
    .select()
    .from(offers)
    .where(and(eq(offers.userId, userId), isNotNull(offers.acceptedOn)))
    .limit(1);
  return row ? present(row) : null;
}

/** True when the application exists and is the user's, so an offer may link to it. */
export async function ownsApplication(
  db: Database,
  userId: string,
  applicationId: string,
): Promise<boolean> {
  const [row] = await db
    .select({ id: applications.id })
    .from(applications)
    .where(and(eq(applications.userId, userId), eq(applications.id, applicationId)));
  return row !== undefined;
}

export async function listGrowthGoals(db: Database, userId: string): Promise<GrowthGoalRow[]> {
  return db
    .select({ goalId: growthGoals.goalId, doneOn: growthGoals.doneOn })
    .from(growthGoals)
    .where(eq(growthGoals.userId, userId))
    .orderBy(asc(growthGoals.goalId));
}

/** Adds done goals (a backup's rows); a goal already done keeps its first date. */
export async function addGrowthGoals(
  db: Database,
  userId: string,
  rows: GrowthGoalRow[],
): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insert(growthGoals)
    .values(rows.map((row) => ({ userId, ...row })))
    .onConflictDoNothing();
}

/** Marks a growth goal done on `doneOn` (keeping an earlier date), or not done with null. */
export async function setGrowthGoal(
  db: Database,
  userId: string,
  goalId: string,
  doneOn: string | null,
): Promise<void> {
  if (doneOn === null) {
    await db
      .delete(growthGoals)
      .where(and(eq(growthGoals.userId, userId), eq(growthGoals.goalId, goalId)));
    return;
  }
  await addGrowthGoals(db, userId, [{ goalId, doneOn }]);
}

/** The user's edits of the salary bands, by level; levels without one show the article's. */
export async function listBandOverrides(db: Database, userId: string): Promise<BandOverride[]> {
  const rows = await db
    .select()
    .from(salaryBandOverrides)
    .where(eq(salaryBandOverrides.userId, userId))
    .orderBy(asc(salaryBandOverrides.level));
  return rows.map(({ userId: _user, ...row }) => withoutNull(row) as BandOverride);
}

/** Saves the user's figures for a level, replacing an earlier edit of it. */
export async function saveBandOverride(
  db: Database,
  userId: string,
  override: BandOverride,
): Promise<void> {
  const values = { ...override, note: override.note ?? null };
  const { level: _level, ...change } = values;
  await db
    .insert(salaryBandOverrides)
    .values({ userId, ...values })
    .onConflictDoUpdate({
      target: [salaryBandOverrides.userId, salaryBandOverrides.level],
      set: change,
    });
}

/** Removes the user's edit of a level (back to the article's figures); false when there was none. */
export async function deleteBandOverride(
  db: Database,
  userId: string,
  level: Level,
): Promise<boolean> {
  const rows = await db
    .delete(salaryBandOverrides)
    .where(and(eq(salaryBandOverrides.userId, userId), eq(salaryBandOverrides.level, level)))
    .returning({ level: salaryBandOverrides.level });
  return rows.length > 0;
}
