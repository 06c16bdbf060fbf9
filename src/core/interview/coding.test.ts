import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../plan/dates.js';
import {
  CODING_TOPICS,
  type CodingEntry,
  CodingEntryInputSchema,
  codingProgress,
  DIFFICULTIES,
  problemKey,
} from './coding.js';

const TODAY = '2026-05-20';

/** A valid entry with defaults, to override what a test is about. */
const buildEntry = (overrides: Partial<CodingEntry> = {}): CodingEntry => ({
  name: 'Two Sum',
  topic: 'hashing',
  difficulty: 'easy',
  date: '2026-05-10',
  minutes: 20,
  solvedAlone: true,
  ...overrides,
});

describe('CodingEntryInputSchema', () => {
  it('accepts a name, a link or both', () => {
    expect(CodingEntryInputSchema.safeParse(buildEntry()).success).toBe(true);
    const { name: _name, ...withoutName } = buildEntry({
      link: 'https://leetcode.com/problems/two-sum/',
    });
    expect(CodingEntryInputSchema.safeParse(withoutName).success).toBe(true);
    expect(
      CodingEntryInputSchema.safeParse(buildEntry({ link: 'http://example.com/p/1' })).success,
    ).toBe(true);
  });

  it('needs a name or a link', () => {
    const { name: _name, ...bare } = buildEntry();
    const result = CodingEntryInputSchema.safeParse(bare);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('needs a name or a link');
  });

  it('rejects non-web links, long names, bad dates, topics and minutes', () => {
    for (const link of ['javascript:alert(1)', 'ftp://example.com/x', 'file:///etc/passwd', 'no']) {
      expect(CodingEntryInputSchema.safeParse(buildEntry({ link })).success, link).toBe(false);
    }
    expect(CodingEntryInputSchema.safeParse(buildEntry({ name: 'x'.repeat(201) })).success).toBe(
      false,
    );
    expect(CodingEntryInputSchema.safeParse(buildEntry({ name: 'x'.repeat(200) })).success).toBe(
      true,
    );
    expect(CodingEntryInputSchema.safeParse(buildEntry({ name: '   ' })).success).toBe(false);
    expect(CodingEntryInputSchema.safeParse(buildEntry({ date: '2026-02-30' })).success).toBe(
      false,
    );
    expect(
      CodingEntryInputSchema.safeParse({ ...buildEntry(), topic: 'regex' } as unknown).success,
    ).toBe(false);
    for (const minutes of [0, 1.5, 601]) {
      expect(CodingEntryInputSchema.safeParse(buildEntry({ minutes })).success).toBe(false);
    }
    expect(CodingEntryInputSchema.safeParse({ ...buildEntry(), extra: true }).success).toBe(false);
  });
});

describe('problemKey', () => {
  it('treats the same link with different case, www or trailing slash as one problem', () => {
    expect(problemKey({ link: 'https://www.LeetCode.com/problems/Two-Sum/' })).toBe(
      problemKey({ link: 'https://leetcode.com/problems/two-sum' }),
    );
    expect(problemKey({ name: '  Two   Sum ' })).toBe(problemKey({ name: 'two sum' }));
    expect(problemKey({ name: 'Two Sum', link: 'https://x.dev/a' })).not.toBe(
      problemKey({ name: 'Two Sum' }),
    );
  });
});

describe('codingProgress', () => {
  it('is empty and has no ETA without entries', () => {
    const progress = codingProgress([], TODAY);
    expect(progress).toMatchObject({
      attempts: 0,
      problems: 0,
      target: 200,
      percent: 0,
      remaining: 200,
      solvedAloneShare: null,
      weeklyPace: 0,
      paceWeeks: 0,
      eta: null,
      reached: false,
    });
    expect(Object.keys(progress.byTopic)).toEqual([...CODING_TOPICS]);
  });

  it('counts repeats once toward the target but every attempt for the solved-alone share', () => {
    const entries = [
      buildEntry({ date: '2026-05-01', solvedAlone: false }),
      buildEntry({ date: '2026-05-08', name: 'two sum', solvedAlone: true }),
      buildEntry({ name: 'Course Schedule', topic: 'graphs', difficulty: 'medium' }),
      buildEntry({ name: 'LRU Cache', topic: 'linked-list', difficulty: 'medium' }),
    ];
    const progress = codingProgress(entries, TODAY);
    expect(progress.attempts).toBe(4);
    expect(progress.problems).toBe(3);
    expect(progress.byTopic).toMatchObject({ hashing: 1, graphs: 1, 'linked-list': 1, trees: 0 });
    expect(progress.byDifficulty).toEqual({
      easy: { count: 1, share: 0.333 },
      medium: { count: 2, share: 0.667 },
      hard: { count: 0, share: 0 },
    });
    expect(progress.solvedAloneShare).toBe(0.75);
    expect(progress.totalMinutes).toBe(80);
  });

  it('measures the pace over the last four full weeks and dates the target', () => {
    // 3 new problems a week for six weeks before today; the window sees the last four weeks.
    const entries: CodingEntry[] = [];
    for (let week = 1; week <= 6; week += 1) {
      for (let n = 0; n < 3; n += 1) {
        entries.push(buildEntry({ name: `w${week}-p${n}`, date: addDays(TODAY, -7 * week + n) }));
      }
    }
    const progress = codingProgress(entries, TODAY);
    expect(progress.problems).toBe(18);
    expect(progress.paceWeeks).toBe(4);
    expect(progress.weeklyPace).toBe(3);
    expect(progress.percent).toBe(9);
    // 182 left at 3 a week: ceil(182 / 3 * 7) = 425 days.
    expect(progress.eta).toBe(addDays(TODAY, 425));
  });

  it('uses fewer weeks when practice started recently, and none on the first day', () => {
    const twoWeeks = [
      buildEntry({ name: 'a', date: addDays(TODAY, -14) }),
      buildEntry({ name: 'b', date: addDays(TODAY, -3) }),
    ];
    expect(codingProgress(twoWeeks, TODAY)).toMatchObject({ paceWeeks: 2, weeklyPace: 1 });
    const firstWeek = [buildEntry({ name: 'a', date: addDays(TODAY, -2) })];
    expect(codingProgress(firstWeek, TODAY)).toMatchObject({ paceWeeks: 1, weeklyPace: 1 });
    const firstDay = [buildEntry({ name: 'a', date: TODAY })];
    expect(codingProgress(firstDay, TODAY)).toMatchObject({ paceWeeks: 0, eta: null });
  });

  it('ignores future entries and today in the pace, but counts today toward the total', () => {
    const entries = [
      buildEntry({ name: 'old', date: addDays(TODAY, -10) }),
      buildEntry({ name: 'today', date: TODAY }),
      buildEntry({ name: 'tomorrow', date: addDays(TODAY, 1) }),
    ];
    const progress = codingProgress(entries, TODAY);
    expect(progress.problems).toBe(2);
    expect(progress).toMatchObject({ paceWeeks: 2, weeklyPace: 0.5 });
  });

  it('reports reaching a custom target with today as the ETA', () => {
    const entries = ['a', 'b', 'c'].map((name) => buildEntry({ name }));
    expect(codingProgress(entries, TODAY, 3)).toMatchObject({
      percent: 100,
      remaining: 0,
      reached: true,
      eta: TODAY,
    });
    expect(codingProgress(entries, TODAY, 2).percent).toBe(100);
  });

  it('keeps totals consistent and never gives an ETA before today (property)', () => {
    const entry = fc.record({
      name: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'),
      topic: fc.constantFrom(...CODING_TOPICS),
      difficulty: fc.constantFrom(...DIFFICULTIES),
      date: fc.integer({ min: -120, max: 5 }).map((offset) => addDays(TODAY, offset)),
      minutes: fc.integer({ min: 1, max: 600 }),
      solvedAlone: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.array(entry, { maxLength: 60 }),
        fc.integer({ min: 1, max: 300 }),
        (list, target) => {
          const progress = codingProgress(list, TODAY, target);
          const topicTotal = Object.values(progress.byTopic).reduce((sum, n) => sum + n, 0);
          const difficultyTotal = DIFFICULTIES.reduce(
            (sum, difficulty) => sum + progress.byDifficulty[difficulty].count,
            0,
          );
          expect(topicTotal).toBe(progress.problems);
          expect(difficultyTotal).toBe(progress.problems);
          expect(progress.problems).toBeLessThanOrEqual(progress.attempts);
          expect(progress.remaining + Math.min(progress.problems, target)).toBe(target);
          expect(progress.percent).toBeGreaterThanOrEqual(0);
          expect(progress.percent).toBeLessThanOrEqual(100);
          if (progress.eta !== null) expect(progress.eta >= TODAY).toBe(true);
          if (progress.reached) expect(progress.eta).toBe(TODAY);
        },
      ),
    );
  });
});
