import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../plan/dates.js';
import type { TimeEntry } from '../progress/types.js';
import { observeVelocity, weekWeight } from './velocity.js';

const TODAY = '2026-11-23';
const entry = (date: string, hours: number): TimeEntry => ({
  date,
  minutes: Math.round(hours * 60),
  targetKind: 'skill',
  targetId: 'python',
  mode: 'build',
});

describe('observeVelocity', () => {
  it('matches a hand computation', () => {
    // Weeks before Mon Nov 23: Nov 16–22 (6 h), Nov 9–15 (0 h), Nov 2–8 (3 h), Oct 26–Nov 1 (9 h).
    // Weights 1, 2^-1/3 = 0.7937, 2^-2/3 = 0.6300, 0.5; sum 2.9237.
    // Mean (6 + 0 + 1.8899 + 4.5) / 2.9237 = 4.2378.
    // Variance (1·1.7623² + 0.7937·4.2378² + 0.6300·1.2378² + 0.5·4.7622²) / 2.9237 = 10.146,
    // sd 3.1853. Downside: weeks below the mean (0 h and 3 h):
    // sqrt((0.7937·4.2378² + 0.6300·1.2378²) / 2.9237) = 2.2816, slow pace 4.2378 − 2.2816 = 1.9562.
    const result = observeVelocity(
      [
        entry('2026-11-22', 4),
        entry('2026-11-16', 2),
        entry('2026-11-05', 3),
        entry('2026-10-26', 9),
        entry(TODAY, 20),
        entry('2026-12-01', 20),
      ],
      TODAY,
    );
    expect(result).toMatchObject({
      hoursPerWeek: 4.24,
      sd: 3.19,
      slowHoursPerWeek: 1.96,
      weeksObserved: 4,
    });
    expect(result.weeks.map((week) => [week.start, week.end, week.hours])).toEqual([
      ['2026-11-16', '2026-11-22', 6],
      ['2026-11-09', '2026-11-15', 0],
      ['2026-11-02', '2026-11-08', 3],
      ['2026-10-26', '2026-11-01', 9],
    ]);
  });

  it('halves a week’s weight every 3 weeks', () => {
    expect(weekWeight(0)).toBe(1);
    expect(weekWeight(3)).toBeCloseTo(0.5, 12);
    expect(weekWeight(6)).toBeCloseTo(0.25, 12);
  });

  it('weighs recent weeks more', () => {
    const recent = observeVelocity(
      [entry(addDays(TODAY, -1), 10), entry(addDays(TODAY, -50), 2)],
      TODAY,
    );
    const old = observeVelocity(
      [entry(addDays(TODAY, -1), 2), entry(addDays(TODAY, -50), 10)],
      TODAY,
    );
    expect(recent.weeksObserved).toBe(8);
    expect(old.weeksObserved).toBe(8);
    expect(recent.hoursPerWeek).toBeGreaterThan(old.hoursPerWeek);
  });

  it('observes only the weeks since the first entry, up to the window', () => {
    expect(observeVelocity([], TODAY).weeksObserved).toBe(0);
    expect(observeVelocity([entry(TODAY, 5)], TODAY).weeksObserved).toBe(0);
    expect(observeVelocity([entry(addDays(TODAY, -7), 5)], TODAY).weeksObserved).toBe(1);
    expect(observeVelocity([entry(addDays(TODAY, -8), 5)], TODAY).weeksObserved).toBe(2);
    expect(observeVelocity([entry(addDays(TODAY, -400), 5)], TODAY).weeksObserved).toBe(8);
    expect(observeVelocity([entry(addDays(TODAY, -400), 5)], TODAY, 3).weeksObserved).toBe(3);
    // Two observed weeks; the last one is empty and counts as 0: 0.7937·10 / 1.7937 = 4.42.
    expect(observeVelocity([entry(addDays(TODAY, -10), 10)], TODAY).hoursPerWeek).toBe(4.42);
  });

  const weekly = fc.array(fc.integer({ min: 0, max: 1800 }), { minLength: 8, maxLength: 8 });
  const entriesOf = (minutes: number[]): TimeEntry[] =>
    minutes.map((total, week) => ({
      ...entry(addDays(TODAY, -7 * week - 2), 0),
      minutes: week === 7 ? total + 30 : total,
    }));

  it('keeps the slow pace between velocity − sd and velocity', () => {
    fc.assert(
      fc.property(weekly, (minutes) => {
        const result = observeVelocity(entriesOf(minutes), TODAY);
        expect(result.slowHoursPerWeek).toBeLessThanOrEqual(result.hoursPerWeek);
        expect(result.slowHoursPerWeek).toBeGreaterThanOrEqual(
          result.hoursPerWeek - result.sd - 0.02,
        );
      }),
    );
  });

  it('never lowers the velocity or the slow pace when a week gets more hours', () => {
    fc.assert(
      fc.property(
        weekly,
        fc.integer({ min: 0, max: 7 }),
        fc.integer({ min: 1, max: 1200 }),
        (minutes, week, extra) => {
          const before = observeVelocity(entriesOf(minutes), TODAY);
          const more = minutes.map((value, index) => (index === week ? value + extra : value));
          const after = observeVelocity(entriesOf(more), TODAY);
          expect(after.hoursPerWeek).toBeGreaterThanOrEqual(before.hoursPerWeek);
          expect(after.slowHoursPerWeek).toBeGreaterThanOrEqual(before.slowHoursPerWeek);
        },
      ),
      { numRuns: 500 },
    );
  });
});
