import {
  CODING_TOPICS,
  CodingEntryInputSchema,
  type CodingProgress,
  codingProgress,
} from '../../core/interview/coding.js';
import { parseDuration } from '../../core/progress/schema.js';
import { addCodingPractice, listCodingPractice } from '../../db/interviews.js';
import { localToday } from '../clock.js';
import { pickAccount, withDatabase } from '../database.js';
import { UsageError } from '../errors.js';
import { print, printJson } from '../output.js';
import { defined, parseInput } from '../validate.js';

/**
 * `mlpath practice`: the coding-practice log of the Interviews area, counted toward the guides'
 * 200 problems by the same core function as `GET /api/coding-practice/progress`.
 */

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** The progress in a few lines: count, difficulty mix, pace and when the target is reached. */
function progressText(email: string, progress: CodingProgress): string {
  const { byDifficulty } = progress;
  const topics = CODING_TOPICS.filter((topic) => progress.byTopic[topic] > 0)
    .sort((a, b) => progress.byTopic[b] - progress.byTopic[a])
    .map((topic) => `${topic} ${progress.byTopic[topic]}`);
  const lines = [
    `Coding practice of ${email}: ${progress.problems} of ${progress.target} problems (${progress.percent}%)${progress.reached ? ', target reached' : `, ${progress.remaining} to go`}`,
  ];
  if (progress.attempts === 0) {
    lines.push(
      '  Log the first one: mlpath practice log "Two Sum" --topic arrays --difficulty easy',
    );
    return lines.join('\n');
  }
  lines.push(
    `  attempts      ${progress.attempts} in ${progress.totalMinutes} min, ${percent(progress.solvedAloneShare ?? 0)} solved without help`,
    `  difficulty    easy ${byDifficulty.easy.count} (${percent(byDifficulty.easy.share)}), medium ${byDifficulty.medium.count} (${percent(byDifficulty.medium.share)}), hard ${byDifficulty.hard.count} (${percent(byDifficulty.hard.share)})`,
    `  pace          ${progress.paceWeeks === 0 ? 'measured from next week' : `${progress.weeklyPace} new problems a week over the last ${progress.paceWeeks} week${progress.paceWeeks === 1 ? '' : 's'}`}`,
    `  target        ${progress.reached ? 'reached' : progress.eta ? `${progress.eta} at this pace` : 'no date yet: the pace is zero'}`,
    `  topics        ${topics.join(', ')}`,
  );
  return lines.join('\n');
}

/** `mlpath practice`: progress toward the target and the topic mix. */
export async function practiceProgress(options: { email?: string; json?: boolean }) {
  await withDatabase(async ({ db }) => {
    const account = await pickAccount(db, options.email);
    const progress = codingProgress(await listCodingPractice(db, account.id), localToday());
    if (options.json) return printJson(progress);
    print(progressText(account.email, progress));
  });
}

export interface PracticeLogOptions {
  topic?: string;
  difficulty?: string;
  minutes?: string;
  date?: string;
  withHelp?: boolean;
  email?: string;
  json?: boolean;
}

/** `mlpath practice log PROBLEM`: one attempt; a web address is the link, anything else the name. */
export async function practiceLog(problem: string, options: PracticeLogOptions) {
  const minutes = parseDuration(options.minutes ?? '30');
  if (minutes === null) {
    throw new UsageError(`--minutes: "${options.minutes}" is not a duration (try 45 or 1h)`);
  }
  const isLink = /^https?:\/\//i.test(problem.trim());
  const entry = parseInput(
    CodingEntryInputSchema,
    defined({
      name: isLink ? undefined : problem,
      link: isLink ? problem.trim() : undefined,
      topic: options.topic,
      difficulty: options.difficulty,
      date: options.date ?? localToday(),
      minutes,
      solvedAlone: options.withHelp !== true,
    }),
    {
      name: 'problem',
      link: 'problem',
      topic: '--topic',
      difficulty: '--difficulty',
      date: '--date',
      minutes: '--minutes',
    },
  );
  await withDatabase(async ({ db }) => {
    const account = await pickAccount(db, options.email);
    const [saved] = await addCodingPractice(db, account.id, [entry]);
    if (options.json) return printJson(saved);
    const progress = codingProgress(await listCodingPractice(db, account.id), localToday());
    print(
      `Logged ${entry.name ?? entry.link} (${entry.topic}, ${entry.difficulty}, ${entry.minutes} min${entry.solvedAlone ? '' : ', with help'}) on ${entry.date}: ${progress.problems} of ${progress.target} problems.`,
    );
  });
}
