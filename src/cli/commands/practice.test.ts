import { describe, expect, it } from 'vitest';
import type { CodingProgress } from '../../core/interview/coding.js';
import { addDays } from '../../core/plan/dates.js';
import { cliUnderTest, expectUsageError, jsonOf } from '../testing.js';

const { mlpath } = cliUnderTest();

/** Days safely in the past on any machine's calendar: progress ignores entries after today. */
const daysAgo = (days: number) => addDays(new Date().toISOString().slice(0, 10), -days);

const stored = async () =>
  jsonOf<{ data: { coding_practice?: unknown[] } }>(await mlpath(['export', '-'])).data
    .coding_practice ?? [];

describe('mlpath practice', () => {
  it('logs problems by name and by address and counts distinct ones toward 200', {
    timeout: 120_000,
  }, async () => {
    expect((await mlpath(['user', 'create', '--email', 'ada@example.test'])).code).toBe(0);
    const empty = await mlpath(['practice']);
    expect(empty.stdout).toContain('0 of 200 problems (0%), 200 to go');

    const byName = jsonOf(
      await mlpath([
        'practice',
        'log',
        'Two Sum',
        '--topic',
        'arrays',
        '--difficulty',
        'easy',
        '--minutes',
        '25',
        '--date',
        daysAgo(9),
        '--json',
      ]),
    );
    expect(byName).toEqual({
      id: expect.any(String),
      name: 'Two Sum',
      topic: 'arrays',
      difficulty: 'easy',
      date: daysAgo(9),
      minutes: 25,
      solvedAlone: true,
    });

    const byLink = jsonOf(
      await mlpath([
        'practice',
        'log',
        'https://leetcode.com/problems/valid-anagram/',
        '--topic',
        'hashing',
        '--difficulty',
        'medium',
        '--with-help',
        '--date',
        daysAgo(5),
        '--json',
      ]),
    );
    expect(byLink).toEqual({
      id: expect.any(String),
      link: 'https://leetcode.com/problems/valid-anagram/',
      topic: 'hashing',
      difficulty: 'medium',
      date: daysAgo(5),
      minutes: 30,
      solvedAlone: false,
    });

    // The same problem again (without the trailing slash) is a second attempt, not a new problem.
    const again = await mlpath([
      'practice',
      'log',
      'https://leetcode.com/problems/valid-anagram',
      '--topic',
      'hashing',
      '--difficulty',
      'medium',
      '--minutes',
      '1h',
      '--date',
      daysAgo(2),
    ]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toMatch(
      /^Logged .*valid-anagram \(hashing, medium, 60 min\) on .*: 2 of 200 problems\.$/m,
    );

    const progress = jsonOf<CodingProgress>(await mlpath(['practice', '--json']));
    expect(progress).toMatchObject({
      attempts: 3,
      problems: 2,
      target: 200,
      percent: 1,
      remaining: 198,
      totalMinutes: 115,
      solvedAloneShare: 0.667,
      reached: false,
      byDifficulty: {
        easy: { count: 1, share: 0.5 },
        medium: { count: 1, share: 0.5 },
        hard: { count: 0, share: 0 },
      },
    });
    expect(Object.entries(progress.byTopic).filter(([, count]) => count > 0)).toEqual([
      ['arrays', 1],
      ['hashing', 1],
    ]);

    const text = await mlpath(['practice', 'progress']);
    expect(text.stdout).toContain('2 of 200 problems (1%), 198 to go');
    expect(text.stdout).toMatch(/topics\s+arrays 1, hashing 1/);
    expect(text.stdout).toMatch(/easy 1 \(50%\), medium 1 \(50%\), hard 0 \(0%\)/);
  });

  it('refuses bad input with exit 2 and one line, writing nothing', {
    timeout: 120_000,
  }, async () => {
    const before = await stored();
    expect(before).toHaveLength(3);
    const log = (...args: string[]) => mlpath(['practice', 'log', 'Valid Parentheses', ...args]);
    expectUsageError(
      await log('--difficulty', 'easy'),
      /^mlpath: --topic: must be one of: arrays, strings/,
    );
    expectUsageError(
      await log('--topic', 'stack-queue', '--difficulty', 'extreme'),
      /^mlpath: --difficulty: must be one of: easy, medium, hard$/,
    );
    expectUsageError(
      await log('--topic', 'stack-queue', '--difficulty', 'easy', '--minutes', '0'),
      /^mlpath: --minutes: must be a whole number of minutes from 1 to 600$/,
    );
    expectUsageError(
      await log('--topic', 'stack-queue', '--difficulty', 'easy', '--minutes', 'ages'),
      /^mlpath: --minutes: "ages" is not a duration/,
    );
    expectUsageError(
      await log('--topic', 'stack-queue', '--difficulty', 'easy', '--date', '2026-02-30'),
      /^mlpath: --date: must be a real date/,
    );
    expectUsageError(
      await mlpath(['practice', 'log', ' ', '--topic', 'arrays', '--difficulty', 'easy']),
      /^mlpath: problem: must not be empty$/,
    );
    expect(await stored()).toEqual(before);
  });
});
