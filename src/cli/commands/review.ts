import {
  INTERVIEW_TOPICS,
  type InterviewCard,
  type InterviewTopic,
} from '../../catalog/interview/index.js';
import { CardReviewRowSchema, userCardId, userCardUuid } from '../../core/interview/records.js';
import {
  gradeCard,
  isDue,
  newCardState,
  SRS_GRADES,
  type SrsState,
} from '../../core/interview/srs.js';
import type { Database } from '../../db/client.js';
import {
  cardTopic,
  catalogCard,
  dueCounts,
  getUserCard,
  listCardStates,
  nextCard,
  nextDueAfter,
  recordReview,
  type UserCardRecord,
} from '../../db/interviews.js';
import { pickAccount, withDatabase } from '../database.js';
import { UsageError } from '../errors.js';
import { table } from '../format.js';
import { print, printJson } from '../output.js';
import { parseInput } from '../validate.js';

/**
 * `mlpath cards` and `mlpath review`: the interview question bank with spaced repetition, on the
 * same queries and FSRS scheduler (`src/core/interview/srs.ts`) as the web app's review session.
 */

const GRADE_NAMES: Record<number, string> = { 1: 'again', 2: 'hard', 3: 'good', 4: 'easy' };

/** A card as the CLI prints it (the API's card fields), with its review state when it has one. */
interface CardView {
  id: string;
  source: 'catalog' | 'user';
  topic: InterviewTopic;
  rounds: readonly string[];
  level?: string;
  prompt: string;
  answer: string | readonly string[];
  outline?: InterviewCard['outline'];
  review?: ReviewView;
}

/** Where a card stands for the user, in the API's fields. */
interface ReviewView {
  state: SrsState['state'];
  due: string;
  reps: number;
  lapses: number;
  lastReview: string | null;
  dueNow: boolean;
}

const reviewOf = (state: SrsState, now: Date): ReviewView => ({
  state: state.state,
  due: state.due,
  reps: state.reps,
  lapses: state.lapses,
  lastReview: state.lastReview,
  dueNow: isDue(state, now),
});

function presentCard(
  card: InterviewCard | UserCardRecord,
  source: CardView['source'],
  state: SrsState | undefined,
  now: Date,
): CardView {
  const { id, topic, rounds, prompt, answer } = card;
  return {
    id,
    source,
    topic,
    rounds,
    ...('level' in card ? { level: card.level } : {}),
    prompt,
    answer,
    ...('outline' in card && card.outline ? { outline: card.outline } : {}),
    ...(state ? { review: reviewOf(state, now) } : {}),
  };
}

/** The card id as stored: a catalog id as it is, a user card as `user:<uuid>` (or its bare uuid). */
function cardIdOf(id: string): string {
  if (catalogCard(id)) return id;
  const uuid = userCardUuid(id);
  return uuid ? userCardId(uuid) : id;
}

/** A card the user can study, with its state; null when there is no such card. */
async function loadCard(
  db: Database,
  userId: string,
  cardId: string,
  state: SrsState | undefined,
  now: Date,
): Promise<CardView | null> {
  const fromCatalog = catalogCard(cardId);
  if (fromCatalog) return presentCard(fromCatalog, 'catalog', state, now);
  const own = await getUserCard(db, userId, cardId);
  return own ? presentCard(own, 'user', state, now) : null;
}

/** When each grade would bring the card back, as the web app's grade buttons show. */
const previewOf = (state: SrsState | undefined, now: Date) =>
  SRS_GRADES.map((grade) => ({
    grade,
    due: gradeCard(state ?? newCardState(now), grade, now).state.due,
  }));

/** "in 10 min", "in 5 h", "in 3 days", "now": how far a due time is from `now`. */
export function untilText(due: string, now: Date): string {
  const minutes = Math.round((Date.parse(due) - now.getTime()) / 60_000);
  if (minutes <= 0) return 'now';
  if (minutes < 60) return `in ${minutes} min`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `in ${hours} h`;
  const days = Math.round(hours / 24);
  return `in ${days} day${days === 1 ? '' : 's'}`;
}

/** The answer as text: a paragraph, a list of points, and a design outline when there is one. */
function answerText(card: CardView): string {
  const lines =
    typeof card.answer === 'string'
      ? [`  ${card.answer}`]
      : card.answer.map((point) => `  - ${point}`);
  for (const part of card.outline ?? []) {
    lines.push(`  ${part.section}: ${part.points.join('; ')}`);
  }
  return lines.join('\n');
}

const heading = (card: CardView) =>
  `${card.id}  (${[card.topic, card.level ?? 'your card'].join(', ')})`;

const previewText = (preview: { grade: number; due: string }[], now: Date) =>
  preview
    .map(({ grade, due }) => `${grade} ${GRADE_NAMES[grade]} (${untilText(due, now)})`)
    .join(' · ');

function parseTopic(topic: string | undefined): InterviewTopic | undefined {
  if (topic === undefined) return undefined;
  if (!(INTERVIEW_TOPICS as readonly string[]).includes(topic)) {
    throw new UsageError(`--topic: must be one of: ${INTERVIEW_TOPICS.join(', ')}`);
  }
  return topic as InterviewTopic;
}

/** `mlpath cards due`: per topic, the cards due now, never studied, and in all. */
export async function cardsDue(options: { email?: string; json?: boolean }): Promise<void> {
  await withDatabase(async ({ db }) => {
    const account = await pickAccount(db, options.email);
    const now = new Date();
    const [topics, nextDue] = await Promise.all([
      dueCounts(db, account.id, now),
      nextDueAfter(db, account.id, now),
    ]);
    const totals = topics.reduce(
      (sum, row) => ({
        due: sum.due + row.due,
        new: sum.new + row.new,
        total: sum.total + row.total,
      }),
      { due: 0, new: 0, total: 0 },
    );
    if (options.json) return printJson({ topics, totals, nextDue });
    const lines = [
      `Interview cards of ${account.email}: ${totals.due} due now, ${totals.new} never studied, ${totals.total} in all`,
      table(
        [
          ['  topic', 'due', 'new', 'total'],
          ...topics.map((row) => [
            `  ${row.topic}`,
            String(row.due),
            String(row.new),
            String(row.total),
          ]),
        ],
        [1, 2, 3],
      ),
      '',
      nextDue
        ? `The next reviewed card comes due ${untilText(nextDue, now)} (${nextDue}).`
        : 'No reviewed card is waiting for a later day yet.',
      totals.due + totals.new > 0 ? 'Study now: mlpath review' : 'Nothing to study now.',
    ];
    print(lines.join('\n'));
  });
}

export interface ReviewOptions {
  grade?: string;
  topic?: string;
  email?: string;
  json?: boolean;
}

/**
 * `mlpath review`: with a card id and `--grade`, records the grade; with a card id alone, shows
 * the card and its answer; with neither, shows the next card's question (or, in a terminal, runs
 * a review session).
 */
export async function reviewCommand(card: string | undefined, options: ReviewOptions) {
  const topic = parseTopic(options.topic);
  if (options.grade !== undefined) {
    if (card === undefined) throw new UsageError('card: give the id of the card to grade');
    return gradeCommand(card, options.grade, options);
  }
  if (card !== undefined) return showCard(card, options);
  const interactive =
    !options.json && process.stdin.isTTY === true && process.stdout.isTTY === true;
  return interactive ? reviewSession(topic, options) : showNext(topic, options);
}

async function gradeCommand(card: string, grade: string, options: ReviewOptions) {
  const input = parseInput(
    CardReviewRowSchema.pick({ cardId: true, grade: true }),
    { cardId: cardIdOf(card.trim()), grade: Number(grade.trim() || Number.NaN) },
    { cardId: 'card', grade: '--grade' },
  );
  await withDatabase(async ({ db }) => {
    const account = await pickAccount(db, options.email);
    if (!(await cardTopic(db, account.id, input.cardId))) {
      throw new UsageError(`card: no card "${card}" to review (mlpath review shows the next one)`);
    }
    const now = new Date();
    const { state } = await recordReview(db, account.id, input.cardId, input.grade, now);
    if (options.json) {
      return printJson({ cardId: input.cardId, grade: input.grade, review: reviewOf(state, now) });
    }
    print(
      `Graded ${input.cardId} ${input.grade} (${GRADE_NAMES[input.grade]}): it comes back ${untilText(state.due, now)} (${state.due}).`,
    );
  });
}

async function showCard(card: string, options: ReviewOptions) {
  await withDatabase(async ({ db }) => {
    const account = await pickAccount(db, options.email);
    const now = new Date();
    const cardId = cardIdOf(card.trim());
    const state = (await listCardStates(db, account.id)).get(cardId);
    const view = await loadCard(db, account.id, cardId, state, now);
    if (!view) throw new UsageError(`card: no card "${card}" (mlpath review shows the next one)`);
    const preview = previewOf(state, now);
    if (options.json) return printJson({ card: view, preview });
    print(
      [
        heading(view),
        `  ${view.prompt}`,
        '',
        'Answer:',
        answerText(view),
        '',
        `Grade it:  mlpath review ${view.id} --grade N`,
        `  ${previewText(preview, now)}`,
      ].join('\n'),
    );
  });
}

/** What is left to study now, in the topic when one is chosen (the card shown included). */
async function remainingOf(db: Database, userId: string, now: Date, topic?: InterviewTopic) {
  const counts = (await dueCounts(db, userId, now)).filter((row) => !topic || row.topic === topic);
  return {
    due: counts.reduce((sum, row) => sum + row.due, 0),
    new: counts.reduce((sum, row) => sum + row.new, 0),
  };
}

/** The next card without its answer: what `GET /api/interviews/review/next` gives the web app. */
async function showNext(topic: InterviewTopic | undefined, options: ReviewOptions) {
  await withDatabase(async ({ db }) => {
    const account = await pickAccount(db, options.email);
    const now = new Date();
    const [next, remaining] = await Promise.all([
      nextCard(db, account.id, now, topic),
      remainingOf(db, account.id, now, topic),
    ]);
    const view = next
      ? await loadCard(db, account.id, next.cardId, next.state ?? undefined, now)
      : null;
    const nextDue = view ? null : await nextDueAfter(db, account.id, now, topic);
    const preview = view ? previewOf(next?.state ?? undefined, now) : [];
    if (options.json) return printJson({ card: view, preview, remaining, nextDue });
    if (!view) {
      return print(
        `Nothing to review now${topic ? ` in ${topic}` : ''}.${nextDue ? ` The next card comes due ${untilText(nextDue, now)} (${nextDue}).` : ''}`,
      );
    }
    print(
      [
        `Next card (${remaining.due} due, ${remaining.new} new left): ${heading(view)}`,
        `  ${view.prompt}`,
        '',
        `Answer it aloud, then see the answer:  mlpath review ${view.id}`,
        `and grade it:  mlpath review ${view.id} --grade N`,
        `  ${previewText(preview, now)}`,
      ].join('\n'),
    );
  });
}

/** Waits for one of `keys` on a terminal in raw mode; Ctrl-C and Escape count as `q`. */
function readKey(keys: readonly string[]): Promise<string> {
  const { stdin } = process;
  return new Promise((resolve) => {
    const onData = (data: Buffer) => {
      const raw = data.toString('utf8');
      const key =
        raw === '\u0003' || raw === '\u001b' ? 'q' : raw === '\n' ? '\r' : raw.toLowerCase();
      if (!keys.includes(key)) return;
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      resolve(key);
    };
    stdin.setRawMode(true);
    stdin.resume();
    stdin.on('data', onData);
  });
}

/** In a terminal: question, Enter for the answer, 1–4 to grade, q to stop. */
async function reviewSession(topic: InterviewTopic | undefined, options: ReviewOptions) {
  await withDatabase(async ({ db }) => {
    const account = await pickAccount(db, options.email);
    let graded = 0;
    for (;;) {
      const now = new Date();
      const next = await nextCard(db, account.id, now, topic);
      const view = next
        ? await loadCard(db, account.id, next.cardId, next.state ?? undefined, now)
        : null;
      if (!next || !view) {
        const nextDue = await nextDueAfter(db, account.id, now, topic);
        print(
          `\nNothing left to review now.${nextDue ? ` The next card comes due ${untilText(nextDue, now)}.` : ''}`,
        );
        break;
      }
      const remaining = await remainingOf(db, account.id, now, topic);
      print(
        `\n${heading(view)} — ${remaining.due} due, ${remaining.new} new left\n  ${view.prompt}\n\n[Enter] show the answer  [q] stop`,
      );
      if ((await readKey(['\r', ' ', 'q'])) === 'q') break;
      const preview = previewOf(next.state ?? undefined, now);
      print(`Answer:\n${answerText(view)}\n\n${previewText(preview, now)}  [q] stop`);
      const key = await readKey(['1', '2', '3', '4', 'q']);
      if (key === 'q') break;
      const { state } = await recordReview(db, account.id, view.id, Number(key), new Date());
      graded += 1;
      print(`→ ${GRADE_NAMES[Number(key)]}: back ${untilText(state.due, new Date())}`);
    }
    print(`Graded ${graded} card${graded === 1 ? '' : 's'}.`);
  });
}
