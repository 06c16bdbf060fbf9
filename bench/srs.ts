import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { INTERVIEW_TOPICS, loadInterviewCatalog } from '../src/catalog/interview/index.js';
import { userCardId } from '../src/core/interview/records.js';
import { gradeCard, newCardState } from '../src/core/interview/srs.js';
import type { DatabaseHandle } from '../src/db/client.js';
import { nextCard } from '../src/db/interviews.js';
import { cardReviews, cardStates, interviewCards, users } from '../src/db/schema.js';

const CARDS = 5_000;
const REVIEWS = 50_000;
const RUNS = 200;
const WARMUP = 10;
/** Rows per INSERT: few statements, well under PostgreSQL's 65,535 parameters each. */
const CHUNK = 5_000;
const DAY_MS = 86_400_000;

export interface SrsBench {
  cards: number;
  reviews: number;
  medianMs: number;
  p99Ms: number;
}

const percentile = (sorted: number[], share: number): number =>
  sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * share) - 1)] ?? Number.NaN;

async function insertChunks<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>) {
  for (let start = 0; start < rows.length; start += CHUNK) {
    await insert(rows.slice(start, start + CHUNK));
  }
}

/**
 * The next-card lookup of the review session on a heavy user: 5,000 cards (every catalog card
 * plus the user's own) whose states are due from 60 days ago to 60 days ahead, and 50,000 past
 * reviews. Times `nextCard` itself (the queries the route runs, on this process's connection)
 * `RUNS` times after a warm-up; the seeded user is deleted afterwards.
 */
export async function benchNextDue(handle: DatabaseHandle): Promise<SrsBench> {
  const { db } = handle;
  const [user] = await db
    .insert(users)
    .values({ email: `srs-bench-${randomUUID()}@example.test`, passwordHash: 'not-a-login' })
    .returning({ id: users.id });
  if (!user) throw new Error('bench user was not created');
  const userId = user.id;
  try {
    const now = new Date();
    const catalogIds = loadInterviewCatalog().cards.map((card) => card.id);
    const ownCount = CARDS - catalogIds.length;
    const ownRows = Array.from({ length: ownCount }, (_, index) => ({
      id: randomUUID(),
      userId,
      topic: INTERVIEW_TOPICS[index % INTERVIEW_TOPICS.length] ?? 'python',
      rounds: ['technical-screen'],
      prompt: `Practice question ${index + 1}: explain the idea in two sentences.`,
      answer: 'A short answer written by the user.',
    }));
    await insertChunks(ownRows, (chunk) => db.insert(interviewCards).values(chunk));

    const cardIds = [...catalogIds, ...ownRows.map((row) => userCardId(row.id))];
    const reviewedAt = new Date(now.getTime() - 90 * DAY_MS);
    const reviewed = gradeCard(newCardState(reviewedAt), 3, reviewedAt).state;
    const stateRows = cardIds.map((cardId, index) => {
      // Spread evenly over ±60 days, in an order unrelated to insertion.
      const offset = (((index * 7919) % CARDS) / CARDS - 0.5) * 120 * DAY_MS;
      const due = new Date(now.getTime() + offset);
      return { userId, cardId, state: { ...reviewed, due: due.toISOString() }, dueAt: due };
    });
    await insertChunks(stateRows, (chunk) => db.insert(cardStates).values(chunk));

    const reviewRows = Array.from({ length: REVIEWS }, (_, index) => ({
      userId,
      cardId: cardIds[index % cardIds.length] ?? 'python-list-vs-tuple',
      grade: (index % 4) + 1,
      reviewedAt: new Date(now.getTime() - ((index * 104_729) % (180 * DAY_MS))),
    }));
    await insertChunks(reviewRows, (chunk) => db.insert(cardReviews).values(chunk));
    // Fresh statistics, as autovacuum would give a real instance after such a load.
    await db.execute(sql`ANALYZE card_states`);

    for (let run = 0; run < WARMUP; run++) await nextCard(db, userId, now);
    const samples: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const started = performance.now();
      const next = await nextCard(db, userId, now);
      samples.push(performance.now() - started);
      if (!next?.state) throw new Error('the bench expected a due card');
    }
    samples.sort((a, b) => a - b);
    const round = (value: number) => Math.round(value * 1000) / 1000;
    return {
      cards: cardIds.length,
      reviews: reviewRows.length,
      medianMs: round(percentile(samples, 0.5)),
      p99Ms: round(percentile(samples, 0.99)),
    };
  } finally {
    await db.delete(users).where(eq(users.id, userId));
  }
}

export function printSrsBench(result: SrsBench): void {
  console.log(
    `\nSRS next due card: ${result.cards} cards, ${result.reviews} reviews — median ${result.medianMs} ms, p99 ${result.p99Ms} ms (${RUNS} lookups)`,
  );
}
