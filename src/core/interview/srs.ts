import { type Card, fsrs, type Grade, type ReviewLog, State } from 'ts-fsrs';
import { z } from 'zod';
import { addDays, daysBetween, mondayOf } from '../plan/dates.js';

/**
 * Spaced repetition for interview cards, on top of ts-fsrs (FSRS-6).
 *
 * The scheduler's card and log use Date objects and numeric enums; we store plain JSON instead
 * (ISO timestamps, state names), so a state fits a jsonb column and a backup file and comes back
 * byte-for-byte. Fuzz is off, so the same state, grade and time always give the same next state,
 * and there is no clock here: every function takes `now`.
 */
export const SRS_STATES = ['new', 'learning', 'review', 'relearning'] as const;
export type SrsCardState = (typeof SRS_STATES)[number];

/** 1 again (forgot), 2 hard, 3 good, 4 easy: the answers a review can get. */
export const SRS_GRADES = [1, 2, 3, 4] as const;
export type SrsGrade = (typeof SRS_GRADES)[number];

/** The share of cards the scheduler aims to have remembered when they come due. */
export const REQUEST_RETENTION = 0.9;
/** Longest gap between two reviews, in days: interview prep has a horizon of months, not decades. */
export const MAXIMUM_INTERVAL_DAYS = 365;

const scheduler = fsrs({
  request_retention: REQUEST_RETENTION,
  maximum_interval: MAXIMUM_INTERVAL_DAYS,
  enable_fuzz: false,
  enable_short_term: true,
});

const timestamp = z.iso.datetime({ error: 'must be an ISO timestamp in UTC (…Z)' });
const count = z.number().int().min(0);
const gradeSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);

/** One card's memory state as stored: everything the scheduler needs, nothing else. */
export const SrsStateSchema = z.strictObject({
  /** When the card is next due. */
  due: timestamp,
  /** FSRS stability: days until recall probability falls to 90 %. */
  stability: z.number().min(0),
  /** FSRS difficulty, 1–10 once reviewed (0 while new). */
  difficulty: z.number().min(0).max(10),
  /** Days between the last two reviews (kept because ts-fsrs 5 still carries it). */
  elapsedDays: count,
  /** Days the scheduler set between the last review and `due`. */
  scheduledDays: count,
  /** Position in the (re)learning steps. */
  learningSteps: count,
  reps: count,
  lapses: count,
  state: z.enum(SRS_STATES),
  /** When the card was last reviewed; null while new. */
  lastReview: timestamp.nullable(),
});
export type SrsState = z.infer<typeof SrsStateSchema>;

/** What one review did, for history and charts; `state`, `due` and the memory are from before it. */
export const SrsReviewLogSchema = z.strictObject({
  grade: gradeSchema,
  state: z.enum(SRS_STATES),
  due: timestamp,
  stability: z.number().min(0),
  difficulty: z.number().min(0).max(10),
  elapsedDays: count,
  lastElapsedDays: count,
  scheduledDays: count,
  learningSteps: count,
  /** When the review happened. */
  review: timestamp,
});
export type SrsReviewLog = z.infer<typeof SrsReviewLogSchema>;

const STATE_BY_ENUM: Record<State, SrsCardState> = {
  [State.New]: 'new',
  [State.Learning]: 'learning',
  [State.Review]: 'review',
  [State.Relearning]: 'relearning',
};
const ENUM_BY_STATE: Record<SrsCardState, State> = {
  new: State.New,
  learning: State.Learning,
  review: State.Review,
  relearning: State.Relearning,
};

const toDate = (now: Date | string): Date => {
  const date = typeof now === 'string' ? new Date(now) : new Date(now.getTime());
  if (Number.isNaN(date.getTime())) throw new RangeError(`not a valid time: ${String(now)}`);
  return date;
};

const fromCard = (card: Card): SrsState => ({
  due: card.due.toISOString(),
  stability: card.stability,
  difficulty: card.difficulty,
  elapsedDays: card.elapsed_days,
  scheduledDays: card.scheduled_days,
  learningSteps: card.learning_steps,
  reps: card.reps,
  lapses: card.lapses,
  state: STATE_BY_ENUM[card.state],
  lastReview: card.last_review ? card.last_review.toISOString() : null,
});

const toCard = (state: SrsState): Card => ({
  due: new Date(state.due),
  stability: state.stability,
  difficulty: state.difficulty,
  elapsed_days: state.elapsedDays,
  scheduled_days: state.scheduledDays,
  learning_steps: state.learningSteps,
  reps: state.reps,
  lapses: state.lapses,
  state: ENUM_BY_STATE[state.state],
  ...(state.lastReview ? { last_review: new Date(state.lastReview) } : {}),
});

const fromLog = (log: ReviewLog, grade: SrsGrade): SrsReviewLog => ({
  grade,
  state: STATE_BY_ENUM[log.state],
  due: log.due.toISOString(),
  stability: log.stability,
  difficulty: log.difficulty,
  elapsedDays: log.elapsed_days,
  lastElapsedDays: log.last_elapsed_days,
  scheduledDays: log.scheduled_days,
  learningSteps: log.learning_steps,
  review: log.review.toISOString(),
});

/** A card never reviewed, due at once. */
export function newCardState(now: Date | string): SrsState {
  const at = toDate(now).toISOString();
  return {
    due: at,
    stability: 0,
    difficulty: 0,
    elapsedDays: 0,
    scheduledDays: 0,
    learningSteps: 0,
    reps: 0,
    lapses: 0,
    state: 'new',
    lastReview: null,
  };
}

/**
 * Records one review: the card's next state and the log of the review. Throws a RangeError for a
 * grade outside 1–4 or a review earlier than the card's last one (a clock going backwards would
 * give negative elapsed days).
 */
export function gradeCard(
  state: SrsState,
  grade: number,
  now: Date | string,
): { state: SrsState; log: SrsReviewLog } {
  if (!SRS_GRADES.includes(grade as SrsGrade)) {
    throw new RangeError(`grade must be 1, 2, 3 or 4, not ${grade}`);
  }
  const at = toDate(now);
  if (state.lastReview && at.getTime() < Date.parse(state.lastReview)) {
    throw new RangeError(
      `review at ${at.toISOString()} is before the last one (${state.lastReview})`,
    );
  }
  const result = scheduler.next(toCard(state), at, grade as Grade);
  return { state: fromCard(result.card), log: fromLog(result.log, grade as SrsGrade) };
}

/** Whether the card should be reviewed at `now` (new cards are due at once). */
export const isDue = (state: SrsState, now: Date | string): boolean =>
  Date.parse(state.due) <= toDate(now).getTime();

/**
 * How many cards are due at `now`, and when the first of the others comes due (null when none
 * waits): "3 due now, the next one on Friday".
 */
export function nextDue(
  states: Iterable<SrsState>,
  now: Date | string,
): { dueNow: number; next: string | null } {
  const at = toDate(now).getTime();
  let dueNow = 0;
  let next: number | undefined;
  for (const state of states) {
    const due = Date.parse(state.due);
    if (due <= at) dueNow += 1;
    else if (next === undefined || due < next) next = due;
  }
  return { dueNow, next: next === undefined ? null : new Date(next).toISOString() };
}

export interface TopicDue {
  topic: string;
  /** Reviewed cards due at `now`. */
  due: number;
  /** Cards never reviewed (no state yet). */
  new: number;
  /** All cards of the topic. */
  total: number;
}

/**
 * Per topic, how many reviewed cards are due and how many were never studied; topics in the order
 * their first card appears. A state whose card is not in `cards` is ignored (a retired card).
 */
export function dueCountsByTopic(
  cards: readonly { id: string; topic: string }[],
  states: ReadonlyMap<string, SrsState> | Readonly<Record<string, SrsState>>,
  now: Date | string,
): TopicDue[] {
  const lookup =
    states instanceof Map
      ? (id: string) => states.get(id)
      : (id: string) =>
          Object.hasOwn(states, id) ? (states as Record<string, SrsState>)[id] : undefined;
  const at = toDate(now);
  const byTopic = new Map<string, TopicDue>();
  for (const card of cards) {
    let row = byTopic.get(card.topic);
    if (!row) {
      row = { topic: card.topic, due: 0, new: 0, total: 0 };
      byTopic.set(card.topic, row);
    }
    row.total += 1;
    const state = lookup(card.id);
    if (!state) row.new += 1;
    else if (isDue(state, at)) row.due += 1;
  }
  return [...byTopic.values()];
}

export interface RetentionWeek {
  /** Monday of the week (UTC), YYYY-MM-DD. */
  weekStart: string;
  reviews: number;
  /** Reviews graded 2 or better: the answer came back, if with effort. */
  recalled: number;
  /** recalled / reviews, rounded to 3 places; null for a week without reviews. */
  rate: number | null;
}

/**
 * The share of reviews recalled (graded ≥ 2), week by week from the week of the first review to
 * the week of `today` (YYYY-MM-DD), empty weeks included so a chart's x-axis has no gaps. Reviews
 * after `today` are ignored.
 */
export function retentionSeries(
  reviewLogs: readonly { grade: number; review: string }[],
  today: string,
): RetentionWeek[] {
  const lastWeek = mondayOf(today);
  const weeks = new Map<string, { reviews: number; recalled: number }>();
  let firstWeek: string | undefined;
  for (const log of reviewLogs) {
    const day = log.review.slice(0, 10);
    if (day > today) continue;
    const week = mondayOf(day);
    if (firstWeek === undefined || week < firstWeek) firstWeek = week;
    const row = weeks.get(week) ?? { reviews: 0, recalled: 0 };
    row.reviews += 1;
    if (log.grade >= 2) row.recalled += 1;
    weeks.set(week, row);
  }
  if (firstWeek === undefined) return [];
  const series: RetentionWeek[] = [];
  for (let week = firstWeek; week <= lastWeek; week = addDays(week, 7)) {
    const row = weeks.get(week) ?? { reviews: 0, recalled: 0 };
    series.push({
      weekStart: week,
      ...row,
      rate: row.reviews === 0 ? null : Math.round((row.recalled / row.reviews) * 1000) / 1000,
    });
  }
  return series;
}

/** Whole days from `now` until the card is due (0 when due); handy for "in 3 days" labels. */
export const daysUntilDue = (state: SrsState, now: Date | string): number =>
  Math.max(0, daysBetween(toDate(now).toISOString().slice(0, 10), state.due.slice(0, 10)));
