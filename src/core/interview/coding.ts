import { z } from 'zod';
import { addDays, daysBetween } from '../plan/dates.js';
import { isIsoDate } from '../profile.js';

/**
 * Coding-practice analytics: the guides ask for 200 or more solved problems, mostly medium, before
 * the coding rounds. Entries are what the user logs per problem attempt; everything is counted
 * from them with `today` passed in.
 */
export const CODING_TOPICS = [
  'arrays',
  'strings',
  'hashing',
  'two-pointers',
  'sliding-window',
  'stack-queue',
  'linked-list',
  'trees',
  'graphs',
  'heap',
  'binary-search',
  'dynamic-programming',
  'greedy',
  'backtracking',
  'sql',
  'math',
  'other',
] as const;
export type CodingTopic = (typeof CODING_TOPICS)[number];

export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

/** The guides' target of solved problems before applying. */
export const DEFAULT_TARGET = 200;
/** Weeks of history behind the pace (fewer when practice started more recently). */
export const PACE_WEEKS = 4;
export const MAX_NAME = 200;

const isoDate = z
  .string({ error: 'must be a date written as YYYY-MM-DD' })
  .refine(isIsoDate, { error: 'must be a real date written as YYYY-MM-DD' });
const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `must be one of: ${values.join(', ')}` });

/** One logged attempt at a problem. A problem is known by its link, or its name without one. */
export const CodingEntryInputSchema = z
  .strictObject({
    name: z
      .string()
      .trim()
      .min(1, { error: 'must not be empty' })
      .max(MAX_NAME, { error: `must be at most ${MAX_NAME} characters` })
      .optional(),
    link: z
      .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
      .max(2000, { error: 'must be at most 2000 characters' })
      .optional(),
    topic: oneOf(CODING_TOPICS),
    difficulty: oneOf(DIFFICULTIES),
    date: isoDate,
    minutes: z
      .number({ error: 'must be a whole number of minutes from 1 to 600' })
      .int({ error: 'must be a whole number of minutes from 1 to 600' })
      .min(1, { error: 'must be a whole number of minutes from 1 to 600' })
      .max(600, { error: 'must be a whole number of minutes from 1 to 600' }),
    solvedAlone: z.boolean({ error: 'must be true or false' }),
  })
  .refine((entry) => entry.name !== undefined || entry.link !== undefined, {
    error: 'needs a name or a link',
    path: ['name'],
  });
export type CodingEntry = z.infer<typeof CodingEntryInputSchema>;

export interface CodingProgress {
  /** Logged attempts, repeats included. */
  attempts: number;
  /** Distinct problems (by link, else by name, case-insensitive). */
  problems: number;
  target: number;
  /** problems / target as a whole percentage, capped at 100. */
  percent: number;
  remaining: number;
  /** Distinct problems per topic (each counted under its first attempt's topic); every topic listed. */
  byTopic: Record<CodingTopic, number>;
  /** Distinct problems per difficulty, with each difficulty's share (0–1, 3 places). */
  byDifficulty: Record<Difficulty, { count: number; share: number }>;
  /** Share of attempts solved without hints or reading a solution (0–1, 3 places); null without attempts. */
  solvedAloneShare: number | null;
  totalMinutes: number;
  /** New distinct problems per week over the last PACE_WEEKS weeks (fewer if practice is younger). */
  weeklyPace: number;
  /** Weeks the pace is measured over (0 when the first attempt is today). */
  paceWeeks: number;
  /** When the target is reached at that pace; today when already reached, null at a pace of 0. */
  eta: string | null;
  reached: boolean;
}

const round3 = (value: number) => Math.round(value * 1000) / 1000;

/** The key that makes two attempts the same problem. */
export const problemKey = (entry: Pick<CodingEntry, 'name' | 'link'>): string => {
  if (entry.link) {
    const url = new URL(entry.link);
    const path = url.pathname.replace(/\/+$/, '');
    return `link:${url.hostname.toLowerCase().replace(/^www\./, '')}${path.toLowerCase()}`;
  }
  return `name:${(entry.name ?? '').trim().toLowerCase().replace(/\s+/g, ' ')}`;
};

/**
 * Counts, distributions, pace and ETA for a coding-practice log. The pace window is the last
 * PACE_WEEKS weeks before today (today excluded, it is not over), shortened to the weeks since the
 * first attempt, a started week counting as one (as the study velocity does); entries dated after
 * today are ignored.
 */
export function codingProgress(
  entries: readonly CodingEntry[],
  today: string,
  target = DEFAULT_TARGET,
): CodingProgress {
  const goal = Math.max(1, Math.floor(target));
  const past = entries.filter((entry) => entry.date <= today);
  const sorted = [...past].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const firstSeen = new Map<string, CodingEntry>();
  for (const entry of sorted) {
    const key = problemKey(entry);
    if (!firstSeen.has(key)) firstSeen.set(key, entry);
  }
  const problems = [...firstSeen.values()];

  const byTopic = Object.fromEntries(CODING_TOPICS.map((topic) => [topic, 0])) as Record<
    CodingTopic,
    number
  >;
  const counts: Record<Difficulty, number> = { easy: 0, medium: 0, hard: 0 };
  for (const problem of problems) {
    byTopic[problem.topic] += 1;
    counts[problem.difficulty] += 1;
  }
  const byDifficulty = Object.fromEntries(
    DIFFICULTIES.map((difficulty) => [
      difficulty,
      {
        count: counts[difficulty],
        share: problems.length === 0 ? 0 : round3(counts[difficulty] / problems.length),
      },
    ]),
  ) as CodingProgress['byDifficulty'];

  const first = sorted[0]?.date;
  const paceWeeks =
    first === undefined ? 0 : Math.min(PACE_WEEKS, Math.ceil(daysBetween(first, today) / 7));
  const windowStart = addDays(today, -7 * paceWeeks);
  const recent = problems.filter((problem) => problem.date >= windowStart && problem.date < today);
  const weeklyPace = paceWeeks === 0 ? 0 : recent.length / paceWeeks;

  const remaining = Math.max(0, goal - problems.length);
  const reached = remaining === 0;
  const eta = reached
    ? today
    : weeklyPace > 0
      ? addDays(today, Math.ceil((remaining / weeklyPace) * 7))
      : null;

  return {
    attempts: past.length,
    problems: problems.length,
    target: goal,
    percent: Math.min(100, Math.floor((problems.length / goal) * 100)),
    remaining,
    byTopic,
    byDifficulty,
    solvedAloneShare:
      past.length === 0
        ? null
        : round3(past.filter((entry) => entry.solvedAlone).length / past.length),
    totalMinutes: past.reduce((sum, entry) => sum + entry.minutes, 0),
    weeklyPace: Math.round(weeklyPace * 100) / 100,
    paceWeeks,
    eta,
    reached,
  };
}
