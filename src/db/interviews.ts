import {
  and,
  asc,
  count,
  desc,
  eq,
  gt,
  gte,
  inArray,
  lte,
  notExists,
  or,
  type SQL,
  sql,
} from 'drizzle-orm';
import {
  INTERVIEW_TOPICS,
  type InterviewCard,
  type InterviewTopic,
  LEVELS,
  loadInterviewCatalog,
} from '../catalog/interview/index.js';
import type { CodingEntry } from '../core/interview/coding.js';
import {
  type InterviewRoundInput,
  type StarStoryInput,
  type UserCardInput,
  userCardId,
  userCardUuid,
} from '../core/interview/records.js';
import {
  gradeCard,
  newCardState,
  type SrsReviewLog,
  type SrsState,
  SrsStateSchema,
  type TopicDue,
} from '../core/interview/srs.js';
import type { Database } from './client.js';
import { withoutNull } from './rows.js';
import {
  applications,
  cardReviews,
  cardStates,
  codingPractice,
  interviewCards,
  interviewRounds,
  portfolioProjects,
  starStories,
} from './schema.js';

/**
 * The interview area's queries: the user's own cards, review states and history, STAR stories,
 * planned rounds and the coding-practice log. Every query is scoped by `userId`.
 */

// ---------------------------------------------------------------------------------------------
// The catalog, ordered once: the order in which never-seen cards are offered.

const LEVEL_RANK = new Map(LEVELS.map((level, index) => [level, index]));

interface CatalogIndex {
  byId: Map<string, InterviewCard>;
  /** All catalog ids, for "this state belongs to a card that still exists". */
  ids: string[];
  /** Per topic (and `all`), the cards by level, then in catalog order. */
  newOrder: Map<InterviewTopic | 'all', string[]>;
}

let catalogIndex: CatalogIndex | undefined;

function catalog(): CatalogIndex {
  if (catalogIndex) return catalogIndex;
  const cards = loadInterviewCatalog().cards;
  const ordered = cards
    .map((card, index) => ({ card, index }))
    .sort(
      (a, b) =>
        (LEVEL_RANK.get(a.card.level) ?? 0) - (LEVEL_RANK.get(b.card.level) ?? 0) ||
        a.index - b.index,
    )
    .map(({ card }) => card);
  const newOrder = new Map<InterviewTopic | 'all', string[]>([
    ['all', ordered.map((card) => card.id)],
  ]);
  for (const topic of INTERVIEW_TOPICS) {
    newOrder.set(
      topic,
      ordered.filter((card) => card.topic === topic).map((card) => card.id),
    );
  }
  catalogIndex = {
    byId: new Map(cards.map((card) => [card.id, card])),
    ids: cards.map((card) => card.id),
    newOrder,
  };
  return catalogIndex;
}

/** The catalog card with this id, if any. */
export const catalogCard = (id: string): InterviewCard | undefined => catalog().byId.get(id);

// ---------------------------------------------------------------------------------------------
// The user's own cards.

export interface UserCardRecord extends UserCardInput {
  /** The review id: `user:<uuid>`. */
  id: string;
  createdAt: string;
}

const userCardColumns = {
  id: interviewCards.id,
  topic: interviewCards.topic,
  rounds: interviewCards.rounds,
  prompt: interviewCards.prompt,
  answer: interviewCards.answer,
  createdAt: interviewCards.createdAt,
};

const presentUserCard = (row: {
  id: string;
  topic: string;
  rounds: string[];
  prompt: string;
  answer: string;
  createdAt: Date;
}): UserCardRecord => ({
  id: userCardId(row.id),
  topic: row.topic as UserCardRecord['topic'],
  rounds: row.rounds as UserCardRecord['rounds'],
  prompt: row.prompt,
  answer: row.answer,
  createdAt: row.createdAt.toISOString(),
});

/** Oldest first. */
export async function listUserCards(db: Database, userId: string): Promise<UserCardRecord[]> {
  const rows = await db
    .select(userCardColumns)
    .from(interviewCards)
    .where(eq(interviewCards.userId, userId))
    .orderBy(asc(interviewCards.createdAt), asc(interviewCards.id));
  return rows.map(presentUserCard);
}

/** A user card by its review id or uuid; null when it is not one of the user's. */
export async function getUserCard(
  db: Database,
  userId: string,
  id: string,
): Promise<UserCardRecord | null> {
  const uuid = userCardUuid(id);
  if (!uuid) return null;
  const [row] = await db
    .select(userCardColumns)
    .from(interviewCards)
    .where(and(eq(interviewCards.userId, userId), eq(interviewCards.id, uuid)));
  return row ? presentUserCard(row) : null;
}

export async function addUserCards(
  db: Database,
  userId: string,
  cards: UserCardInput[],
): Promise<UserCardRecord[]> {
  if (cards.length === 0) return [];
  const rows = await db
    .insert(interviewCards)
    .values(cards.map((card) => ({ userId, ...card })))
    .returning(userCardColumns);
  return rows.map(presentUserCard);
}

/** Rewrites a user card; its review state and history stay. Null when it is not the user's. */
export async function updateUserCard(
  db: Database,
  userId: string,
  id: string,
  card: UserCardInput,
): Promise<UserCardRecord | null> {
  const uuid = userCardUuid(id);
  if (!uuid) return null;
  const [row] = await db
    .update(interviewCards)
    .set(card)
    .where(and(eq(interviewCards.userId, userId), eq(interviewCards.id, uuid)))
    .returning(userCardColumns);
  return row ? presentUserCard(row) : null;
}

/** Deletes a user card with its review state and history; false when it is not the user's. */
export async function deleteUserCard(db: Database, userId: string, id: string): Promise<boolean> {
  const uuid = userCardUuid(id);
  if (!uuid) return false;
  return db.transaction(async (tx) => {
    const deleted = await tx
      .delete(interviewCards)
      .where(and(eq(interviewCards.userId, userId), eq(interviewCards.id, uuid)))
      .returning({ id: interviewCards.id });
    if (deleted.length === 0) return false;
    const cardId = userCardId(uuid);
    await tx
      .delete(cardStates)
      .where(and(eq(cardStates.userId, userId), eq(cardStates.cardId, cardId)));
    await tx
      .delete(cardReviews)
      .where(and(eq(cardReviews.userId, userId), eq(cardReviews.cardId, cardId)));
    return true;
  });
}

/**
 * Which of these card ids exist for the user (catalog cards, or their own `user:<uuid>` cards),
 * in one query for the user cards among them.
 */
export async function existingCardIds(
  db: Database,
  userId: string,
  ids: readonly string[],
): Promise<Set<string>> {
  const found = new Set(ids.filter((id) => catalog().byId.has(id)));
  const uuids = ids.filter((id) => id.startsWith('user:')).flatMap((id) => userCardUuid(id) ?? []);
  if (uuids.length > 0) {
    const rows = await db
      .select({ id: interviewCards.id })
      .from(interviewCards)
      .where(and(eq(interviewCards.userId, userId), inArray(interviewCards.id, uuids)));
    for (const row of rows) found.add(userCardId(row.id));
  }
  return found;
}

/** The topic of a card id the user can review, or null for an unknown id. */
export async function cardTopic(
  db: Database,
  userId: string,
  cardId: string,
): Promise<InterviewTopic | null> {
  const fromCatalog = catalog().byId.get(cardId);
  if (fromCatalog) return fromCatalog.topic;
  if (!cardId.startsWith('user:')) return null;
  const card = await getUserCard(db, userId, cardId);
  return card ? card.topic : null;
}

// ---------------------------------------------------------------------------------------------
// Review states.

/** Every stored state of the user's cards, by card id. */
export async function listCardStates(db: Database, userId: string): Promise<Map<string, SrsState>> {
  const rows = await db
    .select({ cardId: cardStates.cardId, state: cardStates.state })
    .from(cardStates)
    .where(eq(cardStates.userId, userId));
  return new Map(rows.map((row) => [row.cardId, row.state as SrsState]));
}

/** The next card to study: `state` is null for a card never reviewed. */
export interface NextCard {
  cardId: string;
  state: SrsState | null;
}

/** A catalog card, or a user card (whose state goes when the card is deleted). */
const isKnownCardId = (cardId: string) => cardId.startsWith('user:') || catalog().byId.has(cardId);

/** SQL that keeps states of cards that still exist, of one topic when given. */
function knownCards(userId: string, topic?: InterviewTopic): SQL | undefined {
  if (!topic) {
    return or(sql`${cardStates.cardId} LIKE 'user:%'`, inArray(cardStates.cardId, catalog().ids));
  }
  return or(
    inArray(cardStates.cardId, catalog().newOrder.get(topic) ?? []),
    sql`${cardStates.cardId} IN (SELECT 'user:' || ${interviewCards.id}::text FROM ${interviewCards}
      WHERE ${interviewCards.userId} = ${userId} AND ${interviewCards.topic} = ${topic})`,
  );
}

/**
 * The card to study next at `now`: the reviewed card due longest ago (one index lookup on
 * card_states by due time), else a card never seen — the user's own first, oldest first, then the
 * catalog's by level (entry, mid, senior) in catalog order. Null when nothing is due or new.
 */
export async function nextCard(
  db: Database,
  userId: string,
  now: Date,
  topic?: InterviewTopic,
): Promise<NextCard | null> {
  const dueFirst = (filter: SQL | undefined) =>
    db
      .select({ cardId: cardStates.cardId, state: cardStates.state })
      .from(cardStates)
      .where(and(eq(cardStates.userId, userId), lte(cardStates.dueAt, now), filter))
      .orderBy(asc(cardStates.dueAt), asc(cardStates.cardId))
      .limit(1);
  // Without a topic the plain index lookup answers; only a state left by a card the catalog
  // retired sends it again with the list of cards that exist.
  let [due] = await dueFirst(topic ? knownCards(userId, topic) : undefined);
  if (due && !topic && !isKnownCardId(due.cardId)) [due] = await dueFirst(knownCards(userId));
  if (due) return { cardId: due.cardId, state: due.state as SrsState };

  const [own] = await db
    .select({ id: interviewCards.id })
    .from(interviewCards)
    .where(
      and(
        eq(interviewCards.userId, userId),
        topic ? eq(interviewCards.topic, topic) : undefined,
        notExists(
          db
            .select({ one: sql`1` })
            .from(cardStates)
            .where(
              and(
                eq(cardStates.userId, userId),
                eq(cardStates.cardId, sql`'user:' || ${interviewCards.id}::text`),
              ),
            ),
        ),
      ),
    )
    .orderBy(asc(interviewCards.createdAt), asc(interviewCards.id))
    .limit(1);
  if (own) return { cardId: userCardId(own.id), state: null };

  const candidates = catalog().newOrder.get(topic ?? 'all') ?? [];
  if (candidates.length === 0) return null;
  const seen = await db
    .select({ cardId: cardStates.cardId })
    .from(cardStates)
    .where(and(eq(cardStates.userId, userId), inArray(cardStates.cardId, candidates)));
  const seenIds = new Set(seen.map((row) => row.cardId));
  const fresh = candidates.find((id) => !seenIds.has(id));
  return fresh ? { cardId: fresh, state: null } : null;
}

/** When the next reviewed card comes due after `now` (an index lookup), or null. */
export async function nextDueAfter(
  db: Database,
  userId: string,
  now: Date,
  topic?: InterviewTopic,
): Promise<string | null> {
  const [row] = await db
    .select({ dueAt: cardStates.dueAt })
    .from(cardStates)
    .where(and(eq(cardStates.userId, userId), gt(cardStates.dueAt, now), knownCards(userId, topic)))
    .orderBy(asc(cardStates.dueAt))
    .limit(1);
  return row ? row.dueAt.toISOString() : null;
}

/**
 * Grades one review in one transaction: the state row is created if new, then locked, so two tabs
 * grading the same card at once apply one after the other and both reviews are kept. A review
 * that lands a moment before the other tab's (clocks of concurrent requests) counts at its time.
 */
export async function recordReview(
  db: Database,
  userId: string,
  cardId: string,
  grade: number,
  now: Date,
): Promise<{ state: SrsState; log: SrsReviewLog }> {
  return db.transaction(async (tx) => {
    await tx
      .insert(cardStates)
      .values({ userId, cardId, state: newCardState(now), dueAt: now })
      .onConflictDoNothing();
    const [row] = await tx
      .select({ state: cardStates.state })
      .from(cardStates)
      .where(and(eq(cardStates.userId, userId), eq(cardStates.cardId, cardId)))
      .for('update');
    if (!row) throw new Error(`no review state for ${cardId}`);
    const current = SrsStateSchema.parse(row.state);
    const last = current.lastReview ? Date.parse(current.lastReview) : 0;
    const at = new Date(Math.max(now.getTime(), last));
    const result = gradeCard(current, grade, at);
    await tx
      .update(cardStates)
      .set({ state: result.state, dueAt: new Date(result.state.due) })
      .where(and(eq(cardStates.userId, userId), eq(cardStates.cardId, cardId)));
    await tx.insert(cardReviews).values({ userId, cardId, grade, reviewedAt: at });
    return result;
  });
}

/**
 * Per topic, the reviewed cards due at `now`, the cards never reviewed and all cards, counted by
 * one GROUP BY over the catalog's and the user's cards joined to their states. Topics in the
 * catalog's order; every topic is listed.
 */
export async function dueCounts(
  db: Database,
  userId: string,
  now: Date,
): Promise<(TopicDue & { topic: InterviewTopic })[]> {
  const pairs = JSON.stringify(
    [...catalog().byId.values()].map((card) => ({ card_id: card.id, topic: card.topic })),
  );
  const result = await db.execute(sql`
    WITH cards AS (
      SELECT card_id, topic FROM jsonb_to_recordset(${pairs}::jsonb) AS t(card_id text, topic text)
      UNION ALL
      SELECT 'user:' || ${interviewCards.id}::text, ${interviewCards.topic}
        FROM ${interviewCards} WHERE ${interviewCards.userId} = ${userId}
    )
    SELECT cards.topic AS topic,
      count(*)::int AS total,
      (count(*) FILTER (WHERE s.card_id IS NULL))::int AS "new",
      (count(*) FILTER (WHERE s.due_at <= ${now.toISOString()}::timestamptz))::int AS due
    FROM cards
    LEFT JOIN ${cardStates} s ON s.user_id = ${userId} AND s.card_id = cards.card_id
    GROUP BY cards.topic`);
  const rows = (result as unknown as { rows: TopicDue[] }).rows;
  const byTopic = new Map(rows.map((row) => [row.topic, row]));
  return INTERVIEW_TOPICS.map((topic) => {
    const row = byTopic.get(topic);
    return {
      topic,
      due: Number(row?.due ?? 0),
      new: Number(row?.new ?? 0),
      total: Number(row?.total ?? 0),
    };
  });
}

/** How many reviews the user has made, all time. */
export async function reviewCount(db: Database, userId: string): Promise<number> {
  const [row] = await db
    .select({ value: count() })
    .from(cardReviews)
    .where(eq(cardReviews.userId, userId));
  return Number(row?.value ?? 0);
}

/** Grades and times of reviews since a time (the retention chart's window), oldest first. */
export async function reviewsSince(
  db: Database,
  userId: string,
  since: Date,
): Promise<{ cardId: string; grade: number; review: string }[]> {
  const rows = await db
    .select({
      cardId: cardReviews.cardId,
      grade: cardReviews.grade,
      reviewedAt: cardReviews.reviewedAt,
    })
    .from(cardReviews)
    .where(and(eq(cardReviews.userId, userId), gte(cardReviews.reviewedAt, since)))
    .orderBy(asc(cardReviews.reviewedAt));
  return rows.map((row) => ({
    cardId: row.cardId,
    grade: row.grade,
    review: row.reviewedAt.toISOString(),
  }));
}

// ---------------------------------------------------------------------------------------------
// Links to other areas' rows: an id given by the client must be the user's own.

export async function ownsApplication(db: Database, userId: string, id: string) {
  const [row] = await db
    .select({ id: applications.id })
    .from(applications)
    .where(and(eq(applications.userId, userId), eq(applications.id, id)));
  return row !== undefined;
}

export async function ownsProject(db: Database, userId: string, id: string) {
  const [row] = await db
    .select({ id: portfolioProjects.id })
    .from(portfolioProjects)
    .where(and(eq(portfolioProjects.userId, userId), eq(portfolioProjects.id, id)));
  return row !== undefined;
}

// ---------------------------------------------------------------------------------------------
// STAR stories.

export interface StarStoryRecord extends StarStoryInput {
  id: string;
  createdAt: string;
}

const storyColumns = {
  id: starStories.id,
  title: starStories.title,
  situation: starStories.situation,
  task: starStories.task,
  action: starStories.action,
  result: starStories.result,
  projectId: starStories.projectId,
  cardIds: starStories.cardIds,
  createdAt: starStories.createdAt,
};

const presentStory = ({
  createdAt,
  ...row
}: {
  id: string;
  title: string;
  situation: string;
  task: string;
  action: string;
  result: string;
  projectId: string | null;
  cardIds: string[];
  createdAt: Date;
}): StarStoryRecord => ({ ...withoutNull(row), createdAt: createdAt.toISOString() });

/** Newest first. */
export async function listStories(db: Database, userId: string): Promise<StarStoryRecord[]> {
  const rows = await db
    .select(storyColumns)
    .from(starStories)
    .where(eq(starStories.userId, userId))
    .orderBy(desc(starStories.createdAt), asc(starStories.id));
  return rows.map(presentStory);
}

export async function addStories(
  db: Database,
  userId: string,
  stories: StarStoryInput[],
): Promise<StarStoryRecord[]> {
  if (stories.length === 0) return [];
  const rows = await db
    .insert(starStories)
    .values(stories.map((story) => ({ userId, ...story, projectId: story.projectId ?? null })))
    .returning(storyColumns);
  return rows.map(presentStory);
}

export async function updateStory(
  db: Database,
  userId: string,
  id: string,
  story: StarStoryInput,
): Promise<StarStoryRecord | null> {
  const [row] = await db
    .update(starStories)
    .set({ ...story, projectId: story.projectId ?? null })
    .where(and(eq(starStories.userId, userId), eq(starStories.id, id)))
    .returning(storyColumns);
  return row ? presentStory(row) : null;
}

export async function deleteStory(db: Database, userId: string, id: string): Promise<boolean> {
  const rows = await db
    .delete(starStories)
    .where(and(eq(starStories.userId, userId), eq(starStories.id, id)))
    .returning({ id: starStories.id });
  return rows.length > 0;
}

// ---------------------------------------------------------------------------------------------
// Planned interview rounds.

export interface RoundPlanRecord extends InterviewRoundInput {
  id: string;
  /** The linked application's company and role, for display. */
  application?: { id: string; company: string; role: string };
}

/** Rounds by date (undated last), then by when they were planned. */
export async function listRoundPlans(db: Database, userId: string): Promise<RoundPlanRecord[]> {
  const rows = await db
    .select({
      id: interviewRounds.id,
      applicationId: interviewRounds.applicationId,
      round: interviewRounds.round,
      scheduledOn: interviewRounds.scheduledOn,
      checklistDone: interviewRounds.checklistDone,
      notes: interviewRounds.notes,
      company: applications.company,
      role: applications.role,
    })
    .from(interviewRounds)
    .leftJoin(
      applications,
      and(
        eq(applications.id, interviewRounds.applicationId),
        eq(applications.userId, interviewRounds.userId),
      ),
    )
    .where(eq(interviewRounds.userId, userId))
    .orderBy(
      sql`${interviewRounds.scheduledOn} ASC NULLS LAST`,
      asc(interviewRounds.createdAt),
      asc(interviewRounds.id),
    );
  return rows.map(({ company, role, ...row }) => ({
    ...(withoutNull(row) as InterviewRoundInput & { id: string }),
    ...(row.applicationId && company !== null && role !== null
      ? { application: { id: row.applicationId, company, role } }
      : {}),
  }));
}

const roundValues = (plan: InterviewRoundInput) => ({
  applicationId: plan.applicationId ?? null,
  round: plan.round,
  scheduledOn: plan.scheduledOn ?? null,
  checklistDone: plan.checklistDone,
  notes: plan.notes ? plan.notes : null,
});

export async function addRoundPlans(
  db: Database,
  userId: string,
  plans: InterviewRoundInput[],
): Promise<string[]> {
  if (plans.length === 0) return [];
  const rows = await db
    .insert(interviewRounds)
    .values(plans.map((plan) => ({ userId, ...roundValues(plan) })))
    .returning({ id: interviewRounds.id });
  return rows.map((row) => row.id);
}

export async function updateRoundPlan(
  db: Database,
  userId: string,
  id: string,
  plan: InterviewRoundInput,
): Promise<boolean> {
  const rows = await db
    .update(interviewRounds)
    .set(roundValues(plan))
    .where(and(eq(interviewRounds.userId, userId), eq(interviewRounds.id, id)))
    .returning({ id: interviewRounds.id });
  return rows.length > 0;
}

export async function deleteRoundPlan(db: Database, userId: string, id: string) {
  const rows = await db
    .delete(interviewRounds)
    .where(and(eq(interviewRounds.userId, userId), eq(interviewRounds.id, id)))
    .returning({ id: interviewRounds.id });
  return rows.length > 0;
}

// ---------------------------------------------------------------------------------------------
// Coding practice.

export type CodingRecord = CodingEntry & { id: string };

const codingColumns = {
  id: codingPractice.id,
  name: codingPractice.name,
  link: codingPractice.link,
  topic: codingPractice.topic,
  difficulty: codingPractice.difficulty,
  date: codingPractice.date,
  minutes: codingPractice.minutes,
  solvedAlone: codingPractice.solvedAlone,
};

/** Newest first. */
export async function listCodingPractice(db: Database, userId: string): Promise<CodingRecord[]> {
  const rows = await db
    .select(codingColumns)
    .from(codingPractice)
    .where(eq(codingPractice.userId, userId))
    .orderBy(desc(codingPractice.date), desc(codingPractice.createdAt), asc(codingPractice.id));
  return rows.map((row) => withoutNull(row) as CodingRecord);
}

export async function addCodingPractice(
  db: Database,
  userId: string,
  entries: CodingEntry[],
): Promise<CodingRecord[]> {
  if (entries.length === 0) return [];
  const rows = await db
    .insert(codingPractice)
    .values(
      entries.map((entry) => ({
        userId,
        ...entry,
        name: entry.name ?? null,
        link: entry.link ?? null,
      })),
    )
    .returning(codingColumns);
  return rows.map((row) => withoutNull(row) as CodingRecord);
}

export async function deleteCodingPractice(db: Database, userId: string, id: string) {
  const rows = await db
    .delete(codingPractice)
    .where(and(eq(codingPractice.userId, userId), eq(codingPractice.id, id)))
    .returning({ id: codingPractice.id });
  return rows.length > 0;
}
