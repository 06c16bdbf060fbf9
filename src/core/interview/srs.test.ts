import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  daysUntilDue,
  dueCountsByTopic,
  gradeCard,
  isDue,
  newCardState,
  nextDue,
  retentionSeries,
  type SrsGrade,
  SrsReviewLogSchema,
  type SrsState,
  SrsStateSchema,
} from './srs.js';

const START = new Date('2026-03-02T09:00:00.000Z');
const later = (base: Date | string, minutes: number) =>
  new Date(new Date(base).getTime() + minutes * 60_000);

/** Grades a card through a list of (minutes after the last due time, grade) steps. */
function replay(steps: { wait: number; grade: SrsGrade }[], roundTrip: boolean) {
  let state = newCardState(START);
  const logs = [];
  for (const step of steps) {
    const at = later(state.due, step.wait);
    const result = gradeCard(state, step.grade, at);
    state = roundTrip
      ? SrsStateSchema.parse(JSON.parse(JSON.stringify(result.state)))
      : result.state;
    logs.push(result.log);
  }
  return { state, logs };
}

describe('newCardState and gradeCard', () => {
  it('starts new, due at once, and validates', () => {
    const state = newCardState(START);
    expect(state).toEqual({
      due: '2026-03-02T09:00:00.000Z',
      stability: 0,
      difficulty: 0,
      elapsedDays: 0,
      scheduledDays: 0,
      learningSteps: 0,
      reps: 0,
      lapses: 0,
      state: 'new',
      lastReview: null,
    });
    expect(SrsStateSchema.parse(state)).toEqual(state);
    expect(isDue(state, START)).toBe(true);
    expect(isDue(state, later(START, -1))).toBe(false);
  });

  it('moves a card through learning into review and pushes it further out on success', () => {
    const first = gradeCard(newCardState(START), 3, START);
    expect(first.state.state).toBe('learning');
    expect(first.state.lastReview).toBe(START.toISOString());
    expect(first.log).toMatchObject({ grade: 3, state: 'new', review: START.toISOString() });
    expect(SrsReviewLogSchema.parse(first.log)).toEqual(first.log);

    const second = gradeCard(first.state, 3, first.state.due);
    expect(second.state.state).toBe('review');
    const gap1 = Date.parse(second.state.due) - Date.parse(first.state.due);
    const third = gradeCard(second.state, 3, second.state.due);
    const gap2 = Date.parse(third.state.due) - Date.parse(second.state.due);
    expect(gap2).toBeGreaterThan(gap1);
  });

  it('counts a lapse when a reviewed card is forgotten', () => {
    const { state } = replay(
      [
        { wait: 0, grade: 3 },
        { wait: 0, grade: 3 },
      ],
      false,
    );
    const forgot = gradeCard(state, 1, state.due);
    expect(forgot.state.lapses).toBe(1);
    expect(forgot.state.state).toBe('relearning');
  });

  it('rejects grades outside 1–4, bad times and reviews before the last one', () => {
    const state = newCardState(START);
    for (const grade of [0, 5, 2.5, Number.NaN]) {
      expect(() => gradeCard(state, grade, START)).toThrow(RangeError);
    }
    expect(() => gradeCard(state, 3, 'yesterday')).toThrow(RangeError);
    const reviewed = gradeCard(state, 3, START).state;
    expect(() => gradeCard(reviewed, 3, later(START, -5))).toThrow(/before the last one/);
  });

  it('does not mutate the state it is given', () => {
    const state = newCardState(START);
    const copy = structuredClone(state);
    gradeCard(state, 4, START);
    expect(state).toEqual(copy);
  });

  it('rejects stored states with unknown fields or local-time timestamps', () => {
    const state = newCardState(START);
    expect(SrsStateSchema.safeParse({ ...state, extra: 1 }).success).toBe(false);
    expect(SrsStateSchema.safeParse({ ...state, due: '2026-03-02 09:00' }).success).toBe(false);
    expect(SrsStateSchema.safeParse({ ...state, state: 'suspended' }).success).toBe(false);
  });
});

describe('round trip through JSON (property)', () => {
  const step = fc.record({
    wait: fc.integer({ min: 0, max: 60 * 24 * 90 }),
    grade: fc.constantFrom<SrsGrade>(1, 2, 3, 4),
  });

  it('schedules the same whether or not the state went through JSON at every step', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 25 }), (steps) => {
        const direct = replay(steps, false);
        const stored = replay(steps, true);
        expect(stored.state).toEqual(direct.state);
        expect(stored.logs).toEqual(direct.logs);
        expect(SrsStateSchema.parse(JSON.parse(JSON.stringify(direct.state)))).toEqual(
          direct.state,
        );
        for (const log of direct.logs) expect(SrsReviewLogSchema.safeParse(log).success).toBe(true);
      }),
    );
  });

  it('is deterministic: the same history gives the same state', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 15 }), (steps) => {
        expect(replay(steps, false)).toEqual(replay(steps, false));
      }),
    );
  });

  it('never schedules a card earlier than its review, and keeps counters consistent', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 20 }), (steps) => {
        const { state, logs } = replay(steps, true);
        expect(state.reps).toBe(steps.length);
        expect(Date.parse(state.due)).toBeGreaterThan(Date.parse(state.lastReview ?? ''));
        expect(state.lapses).toBeLessThanOrEqual(logs.filter((log) => log.grade === 1).length);
      }),
    );
  });
});

describe('nextDue and dueCountsByTopic', () => {
  const at = (iso: string): SrsState => ({ ...newCardState(START), due: iso });

  it('counts what is due and finds the next one', () => {
    const states = [
      at('2026-03-01T00:00:00.000Z'),
      at('2026-03-02T09:00:00.000Z'),
      at('2026-03-05T00:00:00.000Z'),
      at('2026-03-04T00:00:00.000Z'),
    ];
    expect(nextDue(states, START)).toEqual({ dueNow: 2, next: '2026-03-04T00:00:00.000Z' });
    expect(nextDue([], START)).toEqual({ dueNow: 0, next: null });
    expect(nextDue(states.slice(0, 2), START)).toEqual({ dueNow: 2, next: null });
  });

  it('splits cards per topic into due, new and total', () => {
    const cards = [
      { id: 'a', topic: 'sql' },
      { id: 'b', topic: 'sql' },
      { id: 'c', topic: 'python' },
      { id: 'd', topic: 'sql' },
    ];
    const states = {
      a: at('2026-03-01T00:00:00.000Z'),
      b: at('2026-04-01T00:00:00.000Z'),
      retired: at('2026-01-01T00:00:00.000Z'),
    };
    const expected = [
      { topic: 'sql', due: 1, new: 1, total: 3 },
      { topic: 'python', due: 0, new: 1, total: 1 },
    ];
    expect(dueCountsByTopic(cards, states, START)).toEqual(expected);
    expect(dueCountsByTopic(cards, new Map(Object.entries(states)), START)).toEqual(expected);
    // Inherited keys are not states.
    expect(dueCountsByTopic([{ id: 'toString', topic: 'x' }], {}, START)).toEqual([
      { topic: 'x', due: 0, new: 1, total: 1 },
    ]);
  });

  it('gives whole days until due', () => {
    expect(daysUntilDue(at('2026-03-05T08:00:00.000Z'), START)).toBe(3);
    expect(daysUntilDue(at('2026-02-05T08:00:00.000Z'), START)).toBe(0);
  });
});

describe('retentionSeries', () => {
  const log = (review: string, grade: number) => ({ review, grade });

  it('buckets reviews into Monday weeks, fills gaps and ignores the future', () => {
    const series = retentionSeries(
      [
        log('2026-03-02T10:00:00.000Z', 3), // Monday
        log('2026-03-08T23:00:00.000Z', 1), // Sunday, same week
        log('2026-03-04T10:00:00.000Z', 2),
        log('2026-03-18T10:00:00.000Z', 4), // two weeks later
        log('2026-03-30T10:00:00.000Z', 1), // after today
      ],
      '2026-03-25',
    );
    expect(series).toEqual([
      { weekStart: '2026-03-02', reviews: 3, recalled: 2, rate: 0.667 },
      { weekStart: '2026-03-09', reviews: 0, recalled: 0, rate: null },
      { weekStart: '2026-03-16', reviews: 1, recalled: 1, rate: 1 },
      { weekStart: '2026-03-23', reviews: 0, recalled: 0, rate: null },
    ]);
  });

  it('is empty without reviews', () => {
    expect(retentionSeries([], '2026-03-25')).toEqual([]);
  });

  it('keeps every past review once, in consecutive weeks (property)', () => {
    const day = fc.integer({ min: 0, max: 400 }).map((offset) => {
      const date = new Date(Date.UTC(2025, 0, 1) + offset * 86_400_000);
      return date.toISOString();
    });
    fc.assert(
      fc.property(
        fc.array(fc.record({ review: day, grade: fc.integer({ min: 1, max: 4 }) })),
        (logs) => {
          const today = '2025-12-31';
          const series = retentionSeries(logs, today);
          const past = logs.filter((entry) => entry.review.slice(0, 10) <= today);
          expect(series.reduce((sum, week) => sum + week.reviews, 0)).toBe(past.length);
          expect(series.reduce((sum, week) => sum + week.recalled, 0)).toBe(
            past.filter((entry) => entry.grade >= 2).length,
          );
          for (const [index, week] of series.entries()) {
            expect(new Date(`${week.weekStart}T00:00:00Z`).getUTCDay()).toBe(1);
            if (index > 0) {
              const gap =
                Date.parse(week.weekStart) - Date.parse(series[index - 1]?.weekStart ?? '');
              expect(gap).toBe(7 * 86_400_000);
            }
            if (week.rate !== null) {
              expect(week.rate).toBeGreaterThanOrEqual(0);
              expect(week.rate).toBeLessThanOrEqual(1);
            }
          }
        },
      ),
    );
  });
});
