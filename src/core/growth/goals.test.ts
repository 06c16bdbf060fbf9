import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadInterviewCatalog } from '../../catalog/interview/index.js';
import { addDays } from '../plan/dates.js';
import { addYears, completedYears, growthGoals } from './goals.js';

const ACCEPTED = '2026-09-15';

describe('addYears and completedYears', () => {
  it('keeps the calendar day and clamps 29 February', () => {
    expect(addYears('2026-09-15', 2)).toBe('2028-09-15');
    expect(addYears('2028-02-29', 1)).toBe('2029-02-28');
    expect(addYears('2028-02-29', 4)).toBe('2032-02-29');
  });

  it('counts a year only on or after the anniversary', () => {
    expect(completedYears(ACCEPTED, '2027-09-14')).toBe(0);
    expect(completedYears(ACCEPTED, '2027-09-15')).toBe(1);
    expect(completedYears(ACCEPTED, '2031-09-14')).toBe(4);
    expect(completedYears(ACCEPTED, '2031-09-15')).toBe(5);
    expect(completedYears(ACCEPTED, '2020-01-01')).toBe(0);
    expect(completedYears('2028-02-29', '2029-02-28')).toBe(1);
  });
});

describe('growthGoals', () => {
  it('puts the first two years in stage one, with its goals open', () => {
    const status = growthGoals(ACCEPTED, '2027-03-15');
    expect(status).toMatchObject({
      started: true,
      daysInJob: 181,
      completedYears: 0,
      stage: {
        id: 'years-1-2',
        startsOn: ACCEPTED,
        endsOn: '2028-09-15',
        daysLeft: 550,
      },
      next: { id: 'years-3-5', startsOn: '2028-09-15' },
    });
    expect(status.goals.length).toBeGreaterThanOrEqual(3);
    expect(status.goals.every((goal) => !goal.done && goal.signal.length > 0)).toBe(true);
    expect(status.progress).toEqual({ done: 0, total: status.goals.length, percent: 0 });
  });

  it('switches stage on the second and fifth anniversaries', () => {
    expect(growthGoals(ACCEPTED, '2028-09-14').stage.id).toBe('years-1-2');
    expect(growthGoals(ACCEPTED, '2028-09-15').stage.id).toBe('years-3-5');
    expect(growthGoals(ACCEPTED, '2031-09-14').stage.id).toBe('years-3-5');
    const senior = growthGoals(ACCEPTED, '2031-09-15');
    expect(senior.stage).toMatchObject({ id: 'years-5-plus', endsOn: null, daysLeft: null });
    expect(senior.next).toBeNull();
  });

  it('marks completed goals of the current stage and ignores others', () => {
    const stage = loadInterviewCatalog().growth.stages[1];
    const [first, second] = stage?.goals ?? [];
    const status = growthGoals(ACCEPTED, '2029-01-01', {
      completed: [first?.id ?? '', second?.id ?? '', 'ship-a-model-to-production', 'unknown'],
    });
    expect(status.stage.id).toBe('years-3-5');
    expect(status.goals.filter((goal) => goal.done).map((goal) => goal.id)).toEqual([
      first?.id,
      second?.id,
    ]);
    expect(status.progress).toEqual({
      done: 2,
      total: status.goals.length,
      percent: Math.round((2 / status.goals.length) * 100),
    });
  });

  it('shows the first stage before the job starts', () => {
    const status = growthGoals(ACCEPTED, '2026-09-01');
    expect(status).toMatchObject({ started: false, daysInJob: 0, stage: { id: 'years-1-2' } });
  });

  it('rejects dates that are not YYYY-MM-DD', () => {
    expect(() => growthGoals('15/09/2026', '2027-01-01')).toThrow(RangeError);
    expect(() => growthGoals(ACCEPTED, '2027-02-30')).toThrow(RangeError);
  });

  it('never moves back a stage as time passes (property)', () => {
    const order = loadInterviewCatalog().growth.stages.map((stage) => stage.id);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 4000 }),
        fc.integer({ min: 0, max: 4000 }),
        fc.integer({ min: 0, max: 3000 }),
        (startOffset, a, b) => {
          const accepted = addDays('2024-01-01', startOffset);
          const [early, late] = [Math.min(a, b), Math.max(a, b)];
          const first = growthGoals(accepted, addDays(accepted, early));
          const second = growthGoals(accepted, addDays(accepted, late));
          expect(order.indexOf(second.stage.id)).toBeGreaterThanOrEqual(
            order.indexOf(first.stage.id),
          );
          expect(first.daysInJob).toBe(early);
          if (first.stage.daysLeft !== null) expect(first.stage.daysLeft).toBeGreaterThan(0);
        },
      ),
    );
  });
});
